import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The fixtures are virtual files outside the TypeScript projects: lint them without type information
// (the type-aware promise rules are checked on the real tree by `npm run lint`).
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: {
    languageOptions: { parserOptions: { project: null } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
  },
});

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
    // Features reach the data only through services/.
    ['src-renderer/features/members/x.tsx', "import { getDb } from '../../db/instance';"],
    ['src-renderer/features/members/x.tsx', "import { listMembers } from '../../db/members';"],
    ['src-renderer/features/meetings/sections/x.tsx', "import { getMeeting } from '../../../db/meetings';"],
    ['src-renderer/features/members/x.tsx', "import Dexie from 'dexie';"],
    ['src-renderer/features/members/x.tsx', "import { useLiveQuery } from 'dexie-react-hooks';"],
    ['src-renderer/features/guide/x.tsx', "import { getDb } from '../../db/instance';"],
    // Holes of the old rule: another feature through ../../features/x/y, and app/hooks.
    ['src-renderer/features/members/x.tsx', "import P from '../../features/pledges/PledgesPage';"],
    ['src-renderer/features/members/x.tsx', "import { useSettings } from '../../app/hooks';"],
    // ui/ holds no data and no rules.
    ['src-renderer/ui/x.tsx', "import { resolveRule } from '../core/rules';"],
    ['src-renderer/ui/x.tsx', "import { useSettings } from '../services/settings';"],
    ['src-renderer/ui/x.tsx', "import { useLiveQuery } from 'dexie-react-hooks';"],
    // services/ never import screens; app/ reaches data only through services/.
    ['src-renderer/services/x.ts', "import { MeetingForm } from '../features/meetings/MeetingForm';"],
    ['src-renderer/services/x.ts', "import { PeriodPicker } from '../ui/PeriodPicker';"],
    ['src-renderer/app/x.tsx', "import { getDb } from '../db/instance';"],
    ['src-renderer/app/x.tsx', "import { useLiveQuery } from 'dexie-react-hooks';"],
    ['src-renderer/db/x.ts', "import { getDesktopApi } from '../platform/index';"],
    ['src-renderer/db/x.ts', "import { useMeetings } from '../services/meetings';"],
  ])('%s refuses: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).not.toHaveLength(0);
  });

  it.each([
    ['src-renderer/core/x.ts', "import { cleanText } from './text';"],
    ['src-renderer/db/x.ts', "import Dexie from 'dexie'; import type { Member } from '../core/model';"],
    ['src-renderer/documents/x.ts', "import { placeDateLine } from '../core/text';"],
    [
      'src-renderer/features/members/x.tsx',
      "import { listMembers } from '../../services/members'; import { useSettings } from '../../services/settings'; import { y } from './y';",
    ],
    [
      'src-renderer/features/meetings/sections/x.tsx',
      "import { useDraft } from '../../../services/drafts'; import { z } from '../useMeetingDraft'; import { cleanText } from '../../../core/text';",
    ],
    [
      'src-renderer/services/x.ts',
      "import { getDb } from '../db/instance'; import { buildMinutesPdf } from '../documents/minutes-pdf'; import { clock } from '../platform/clock'; import { useLiveQuery } from 'dexie-react-hooks';",
    ],
    ['src-renderer/db/x.ts', "import { clock } from '../platform/clock';"],
    [
      'src-renderer/app/x.tsx',
      "import MembersPage from '../features/members/MembersPage'; import { useSettings } from '../services/settings';",
    ],
    ['src-renderer/ui/x.tsx', "import { formatDate } from '../core/text';"],
    ['src-main/x.ts', "import { IPC_CHANNELS } from '../src-renderer/platform/desktop-api';"],
  ])('%s allows: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });

  it('the tree itself passes: no feature, app or ui file imports db/, dexie or dexie-react-hooks', async () => {
    const results = await eslint.lintFiles([
      'src-renderer/features/**/*.{ts,tsx}',
      'src-renderer/app/**/*.{ts,tsx}',
      'src-renderer/ui/**/*.{ts,tsx}',
    ]);
    const restricted = results.flatMap((r) =>
      r.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => `${r.filePath}: ${m.message}`),
    );
    expect(restricted).toEqual([]);
  }, 180_000); // lints a hundred files: minutes on a loaded two-core machine
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
    ['src-renderer/core/x.ts', 'export const parse = (s: string) => new Date(s).toISOString();'],
    ['src-renderer/db/x.ts', "import { clock } from '../platform/clock'; export const at = clock.nowIso();"],
  ])('%s allows: %s', async (file, code) => {
    expect(await clockErrors(file, code)).toEqual([]);
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});
