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

describe('one clock: nothing but platform/clock reads the time, and no date is cut from a UTC instant', () => {
  async function clockErrors(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
  }
  it.each([
    ['src-renderer/core/x.ts', 'export const d = new Date();'],
    ['src-renderer/db/x.ts', 'export const t = Date.now();'],
    ['src-renderer/features/monthly/x.tsx', 'export const day = new Date(1).toISOString().slice(0, 10);'],
    ['src-renderer/ui/x.tsx', "export const day = (d: Date) => d.toISOString().split('T')[0];"],
    ['src-main/x.ts', 'export const day = (d: Date) => d.toISOString().substring(0, 10);'],
  ])('%s refuses: %s', async (file, code) => {
    expect(await clockErrors(file, code)).not.toHaveLength(0);
  });
  it.each([
    ['src-renderer/platform/clock.ts', 'export const now = () => new Date();'],
    ['src-renderer/core/x.ts', "export const parse = (s: string) => new Date(s).toISOString();"],
    ['src-renderer/db/x.ts', "import { clock } from '../platform/clock'; export const at = clock.nowIso();"],
  ])('%s allows: %s', async (file, code) => {
    expect(await clockErrors(file, code)).toEqual([]);
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});
