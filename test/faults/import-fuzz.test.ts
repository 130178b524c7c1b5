/**
 * Fuzz of the import pipeline's single entry point (db/exchange.ts: prepareImport → applyImport)
 * and of the backup restore: random bytes, byte-mutated valid files, structurally mutated and
 * resealed files (valid checksum, so they reach the schema checks), very long strings, deep
 * nesting, __proto__/constructor/prototype keys, HTML/script in text fields.
 *
 * For every case: nothing throws; a refused file has a Vietnamese message and the database is
 * identical to before (full dump); an accepted file was written by exactly one transaction
 * (one import-log entry) and its text is stored verbatim; Object.prototype is never polluted.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, decodeBytes, encodeText, sha256Hex } from '../../src-renderer/core/exchange';
import {
  BackupError,
  createBackupBytes,
  decodeBackup,
  dumpDatabase,
  primaryKeyOf,
  restoreBackup,
  type DatabaseDump,
} from '../../src-renderer/db/backup';
import { rowProblem } from '../../src-renderer/db/backup-rows';
import { TABLE_NAMES } from '../../src-renderer/db/database';
import type { SoNeuGuongDb } from '../../src-renderer/db/database';
import { applyImport, buildUnitReport, encodeExport, prepareImport } from '../../src-renderer/db/exchange';
import { makeAggregator, makeCell } from '../db/exchange-helpers';

const FIXED = new Date('2026-12-01T00:00:00.000Z');
const RUNS = 250;

let agg: SoNeuGuongDb;
let cell: SoNeuGuongDb;
let before: DatabaseDump;
let validBytes: Uint8Array;
let validEnvelope: Record<string, unknown>;

beforeAll(async () => {
  ({ db: cell } = await makeCell('CB-SOTUPHAP', 4, 5, 3));
  const env = await buildUnitReport(cell, { period: { year: 2026, month: 11 }, aggregateOnly: false, now: FIXED });
  validBytes = (await encodeExport(env)).bytes;
  validEnvelope = JSON.parse((await decodeBytes(validBytes)).text) as Record<string, unknown>;
  agg = await makeAggregator(['CB-SOTUPHAP']);
  before = await dumpDatabase(agg, FIXED);
}, 60_000);

afterAll(() => {
  agg.close();
  cell.close();
});

async function reseal(envelope: Record<string, unknown>, gzip: boolean): Promise<Uint8Array> {
  const { sha256: _drop, ...rest } = envelope;
  const text = canonicalJson({ ...rest, sha256: await sha256Hex(canonicalJson(rest)) });
  return encodeText(text, { compress: gzip });
}

/** Puts every table back exactly (test helper; the app's replaceDatabase also rewrites meta). */
async function resetTables(db: SoNeuGuongDb, tables: DatabaseDump['tables']): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      await table.clear();
      await table.bulkAdd(tables[table.name as keyof DatabaseDump['tables']]);
    }
  });
}

function setPath(target: Record<string, unknown>, path: Array<string | number>, value: unknown): void {
  let node: unknown = target;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return;
    node = (node as Record<string | number, unknown>)[key];
  }
  if (node !== null && typeof node === 'object') (node as Record<string | number, unknown>)[path.at(-1)!] = value;
}

const TEXT_PATHS: Array<Array<string | number>> = [
  ['unit', 'name'],
  ['payload', 'placeName'],
  ['payload', 'superiorName'],
  ['payload', 'texts', 'results'],
  ['payload', 'members', 0, 'fullName'],
  ['payload', 'members', 0, 'workplace'],
  ['payload', 'commendations', 0, 'reason'],
];
const ANY_PATHS: Array<Array<string | number>> = [
  ...TEXT_PATHS,
  ['kind'],
  ['format'],
  ['formatVersion'],
  ['schemaVersion'],
  ['exportedAt'],
  ['unit', 'code'],
  ['period'],
  ['period', 'month'],
  ['counts', 'members'],
  ['payload'],
  ['payload', 'detail'],
  ['payload', 'statistics'],
  ['payload', 'statistics', 'members'],
  ['payload', 'members', 0],
  ['payload', 'members', 0, 'id'],
  ['payload', 'monthly', 0, 'memberId'],
  ['payload', 'monthly', 0, 'period'],
  ['payload', 'pledges'],
];

const HOSTILE_TEXT = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(document.cookie)">',
  'javascript:alert(1)',
  '"; DROP TABLE members; --',
  '{{constructor.constructor("alert(1)")()}}',
  '\u202eRTL override\u202c',
  'Nguyễn\u0000Văn',
  'A'.repeat(150_000),
  'Ðặng Thị Ánh Tuyết (NFD: Đặng Thị Ánh Tuyết)'.normalize('NFD'),
);

type Case = { label: string; bytes: () => Promise<Uint8Array>; hostileText?: string };

const randomBytes: fc.Arbitrary<Case> = fc
  .tuple(
    fc.uint8Array({ maxLength: 3000 }),
    fc.constantFrom<number[]>([], [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff], [0x7b], [0x53, 0x4e, 0x47, 0x45, 0x4e, 0x43, 1, 1]),
  )
  .map(([body, prefix]) => ({ label: 'random bytes', bytes: async () => new Uint8Array([...prefix, ...body]) }));

const byteMutation: fc.Arbitrary<Case> = fc
  .tuple(
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 6 }),
    fc.option(fc.nat(), { nil: undefined }),
  )
  .map(([flips, cut]) => ({
    label: 'mutated bytes',
    bytes: async () => {
      const out = new Uint8Array(validBytes);
      for (const [pos, x] of flips) out[pos % out.length]! ^= x;
      return cut === undefined ? out : out.subarray(0, cut % out.length);
    },
  }));

const structural: fc.Arbitrary<Case> = fc
  .tuple(
    fc.constantFrom(...ANY_PATHS),
    fc.oneof(fc.anything({ maxDepth: 3, maxKeys: 4 }), HOSTILE_TEXT, fc.string({ maxLength: 50 })),
    fc.boolean(),
  )
  .map(([path, value, gzip]) => ({
    label: `set ${path.join('.')}`,
    bytes: async () => {
      const env = structuredClone(validEnvelope);
      setPath(env, path, value);
      return reseal(env, gzip);
    },
  }));

const hostileTextField: fc.Arbitrary<Case> = fc.tuple(fc.constantFrom(...TEXT_PATHS), HOSTILE_TEXT).map(([path, text]) => ({
  label: `text ${path.join('.')}`,
  hostileText: text,
  bytes: async () => {
    const env = structuredClone(validEnvelope);
    setPath(env, path, text);
    return reseal(env, true);
  },
}));

const deepNesting: fc.Arbitrary<Case> = fc
  .tuple(fc.integer({ min: 100, max: 60_000 }), fc.constantFrom('[', '{"a":'))
  .map(([depth, open]) => ({
    label: `nesting ${depth}`,
    bytes: async () => {
      const close = open === '[' ? ']' : '}';
      const deep = open.repeat(depth) + '1' + close.repeat(depth);
      const text = canonicalJson(validEnvelope).replace('"texts":{', `"texts":{"deep":${deep},`);
      return encodeText(text, { compress: depth % 2 === 0 });
    },
  }));

const forbiddenKeys: fc.Arbitrary<Case> = fc
  .tuple(
    fc.constantFrom('__proto__', 'constructor', 'prototype'),
    fc.constantFrom('"payload":{', '"unit":{', '"statistics":{', '"members":[{'),
  )
  .map(([key, at]) => ({
    label: `forbidden ${key}`,
    bytes: async () => {
      const text = canonicalJson(validEnvelope).replace(at, `${at}"${key}":{"polluted":true,"isAdmin":true},`);
      return encodeText(text, { compress: true });
    },
  }));

const anyCase = fc.oneof(
  { arbitrary: randomBytes, weight: 2 },
  { arbitrary: byteMutation, weight: 3 },
  { arbitrary: structural, weight: 4 },
  { arbitrary: hostileTextField, weight: 2 },
  { arbitrary: deepNesting, weight: 1 },
  { arbitrary: forbiddenKeys, weight: 1 },
);

const VIETNAMESE = /[ăâđêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ]/iu;

describe('import pipeline fuzz', () => {
  it('sanity: the valid file is accepted', async () => {
    const prepared = await prepareImport(agg, [{ name: 'ok.sng', bytes: validBytes }]);
    expect(prepared[0]?.status).toBe('ready');
  });

  it(`${RUNS} hostile files: no crash, no partial write, each refusal explained`, async () => {
    let refused = 0;
    let applied = 0;
    await fc.assert(
      fc.asyncProperty(anyCase, async (c) => {
        const bytes = await c.bytes();
        const prepared = await prepareImport(agg, [{ name: 'fuzz.sng', bytes }]);
        expect(prepared).toHaveLength(1);
        const results = await applyImport(agg, prepared, { now: () => FIXED });
        expect(results).toHaveLength(1);
        const result = results[0]!;
        const after = await dumpDatabase(agg, FIXED);
        if (result.outcome === 'applied') {
          applied++;
          expect(after.tables.importLog.length).toBe(before.tables.importLog.length + 1);
          expect(after.tables.unitReports.length).toBe(before.tables.unitReports.length + 1);
          if (c.hostileText !== undefined) {
            // Stored as plain text (NFC), never interpreted; React escapes it when shown.
            expect(JSON.stringify(after.tables)).toContain(JSON.stringify(c.hostileText.normalize('NFC')).slice(1, 40));
          }
          await resetTables(agg, before.tables);
        } else {
          if (result.outcome === 'refused') refused++;
          expect(result.message.length).toBeGreaterThan(15);
          expect(result.message).toMatch(VIETNAMESE);
          if (prepared[0]!.status === 'error') expect(prepared[0]!.problem.message).toBe(result.message);
          expect(after.tables).toEqual(before.tables);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
    // The generators really reach both outcomes.
    expect(refused).toBeGreaterThan(RUNS / 3);
    expect(applied).toBeGreaterThan(0);
  }, 600_000);
});

describe('restore fuzz', () => {
  it('200 hostile backup files: refused with a Vietnamese message, database unchanged, no before-restore copy written', async () => {
    const target = await makeAggregator(['CB-SOTUPHAP']);
    const snapshot = (await dumpDatabase(target, FIXED)).tables;
    const backupEnvelope = JSON.parse((await decodeBytes(await createBackupBytes(cell, FIXED))).text) as Record<string, unknown>;
    const backupCases = fc.oneof(
      randomBytes,
      byteMutation,
      deepNesting,
      forbiddenKeys,
      fc
        .tuple(
          fc.constantFrom<Array<string | number>>(
            ['kind'],
            ['payload', 'tables'],
            ['payload', 'tables', 'members'],
            ['payload', 'tables', 'evil'],
            ['payload', 'tables', 'members', 0, 'id'],
            ['payload', 'tables', 'members', 0, 'unitId'],
            ['payload', 'tables', 'members', 0, 'fullName'],
            ['payload', 'tables', 'members', 0, 'note'],
            ['payload', 'tables', 'monthlyAssessments', 0, 'period'],
            ['payload', 'tables', 'monthlyAssessments', 0, 'memberId'],
            ['payload', 'tables', 'meetings', 0, 'state'],
            ['payload', 'tables', 'units', 0, 'isOwn'],
            ['payload', 'tables', 'units', 0, 'history'],
            ['payload', 'tables', 'pledgeForms', 0, 'year'],
            ['schemaVersion'],
            ['appVersion'],
            ['payload', 'databaseSchemaVersion'],
          ),
          fc.oneof(
            fc.anything({ maxDepth: 2 }),
            fc.string({ maxLength: 20 }),
            fc.integer(),
            fc.constantFrom('2026-11', 'draft', true, 2026),
          ),
        )
        .map(([path, value]) => ({
          label: `backup ${path.join('.')}`,
          bytes: async () => {
            const env = structuredClone(backupEnvelope);
            setPath(env, path, value);
            return reseal(env, true);
          },
        })),
    );
    let refusedCount = 0;
    let acceptedCount = 0;
    const byKey = (table: (typeof TABLE_NAMES)[number], rows: Array<Record<string, unknown>>) =>
      [...rows].sort((a, b) => String(a[primaryKeyOf(table)]).localeCompare(String(b[primaryKeyOf(table)])));
    await fc.assert(
      fc.asyncProperty(backupCases, async (c) => {
        let saved = false;
        const bytes = await c.bytes();
        try {
          await restoreBackup(target, bytes, async () => {
            saved = true;
          });
        } catch (e) {
          refusedCount++;
          expect(e).toBeInstanceOf(BackupError);
          expect((e as Error).message).toMatch(VIETNAMESE);
          const code = (e as BackupError).code;
          if (code !== 'apply_failed') expect(saved).toBe(false);
          expect((await dumpDatabase(target, FIXED)).tables).toEqual(snapshot);
          return;
        }
        // Accepted (the mutation left a valid backup, e.g. another valid period or a note): the
        // before-restore copy came first, every row satisfies its table's schema, and the database
        // now holds exactly the file's rows — restored whole, not partly.
        acceptedCount++;
        expect(saved).toBe(true);
        const file = (await decodeBackup(bytes)).tables;
        const now = (await dumpDatabase(target, FIXED)).tables;
        for (const table of TABLE_NAMES) {
          for (const row of file[table]) expect(rowProblem(table, row), `${c.label}: ${table}`).toBeUndefined();
          if (table === 'meta') continue;
          expect(byKey(table, now[table]), `${c.label}: ${table}`).toEqual(byKey(table, file[table]));
        }
        await resetTables(target, snapshot);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 200 },
    );
    expect(refusedCount).toBeGreaterThan(100);
    expect(acceptedCount).toBeGreaterThan(0);
    target.close();
  }, 600_000);
});
