import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer directions of DESIGN.md are enforced by lint', () => {
  it.each([
    ['src-renderer/core/x.ts', "import Dexie from 'dexie';"],
    ['src-renderer/core/x.ts', "import { useState } from 'react';"],
    ['src-renderer/core/x.ts', "import { app } from 'electron';"],
    ['src-renderer/core/x.ts', "import { getDb } from '../db/instance';"],
    ['src-renderer/db/x.ts', "import { x } from '../features/members/MembersPage';"],
    ['src-renderer/db/x.ts', "import { x } from '../documents/render-pdf';"],
    ['src-renderer/documents/x.ts', "import { getDb } from '../db/instance';"],
    ['src-renderer/platform/x.ts', "import { getDb } from '../db/instance';"],
    ['src-renderer/ui/x.tsx', "import { getDb } from '../db/instance';"],
    ['src-renderer/features/members/x.tsx', "import P from '../pledges/PledgesPage';"],
    ['src-renderer/features/members/x.tsx', "import { readFile } from 'node:fs/promises';"],
    ['src-renderer/features/members/x.tsx', "import { Shell } from '../../app/Shell';"],
    ['src-main/x.ts', "import { getDb } from '../src-renderer/db/instance';"],
  ])('%s refuses: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).not.toHaveLength(0);
  });

  it.each([
    ['src-renderer/core/x.ts', "import { cleanText } from './text';"],
    ['src-renderer/db/x.ts', "import Dexie from 'dexie'; import type { Member } from '../core/model';"],
    ['src-renderer/documents/x.ts', "import { placeDateLine } from '../core/text';"],
    ['src-renderer/features/members/x.tsx', "import { getDb } from '../../db/instance'; import { useSettings } from '../../app/hooks'; import { y } from './y';"],
    ['src-main/x.ts', "import { IPC_CHANNELS } from '../src-renderer/platform/desktop-api';"],
  ])('%s allows: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});
