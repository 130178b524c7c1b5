/**
 * Faults injected in the middle of multi-record writes: the transaction must abort and the
 * database must be identical to before, compared by a full dump of every table.
 * (Disk full / unwritable backup folder on the main side: test/main/backups.test.ts.)
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackupFiles, readBackupFile, writeBackupFile } from '../../src-main/backups';
import {
  BackupError,
  createBackupBytes,
  decodeBackup,
  dumpDatabase,
  encodeBackup,
  restoreBackup,
  type DatabaseDump,
} from '../../src-renderer/db/backup';
import type { SoNeuGuongDb } from '../../src-renderer/db/database';
import { applyImport, buildUnitReport, encodeExport, prepareImport } from '../../src-renderer/db/exchange';
import { makeAggregator, makeCell } from '../db/exchange-helpers';
import { openFixture, readFixture } from '../db/migration-harness';

const FIXED = new Date('2026-12-01T00:00:00.000Z');
const tables = async (db: SoNeuGuongDb) => (await dumpDatabase(db, FIXED)).tables;

const opened: SoNeuGuongDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function fixtureDb(): Promise<SoNeuGuongDb> {
  const db = await openFixture(readFixture('db-v1.json'), `faults-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  opened.push(db);
  return db;
}

/** A different but valid backup to restore over the fixture data. */
async function otherBackup(): Promise<Uint8Array> {
  const { db } = await makeCell('CB-KHAC', 5, 7, 3);
  opened.push(db);
  return createBackupBytes(db);
}

describe('restore: failure in the middle of the one transaction', () => {
  it('an error after some tables were replaced leaves every table as it was', async () => {
    const db = await fixtureDb();
    const before = await tables(db);
    const err = await restoreBackup(db, await otherBackup(), async () => 'saved', {
      afterTable: (t) => {
        if (t === 'monthlyAssessments') throw new Error('mất điện giả lập');
      },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackupError);
    expect((err as BackupError).code).toBe('apply_failed');
    expect((err as Error).message).toMatch(/vẫn giữ nguyên/u);
    expect(await tables(db)).toEqual(before);
  });

  it('a unique-index violation inside the data (two units with the same code) aborts everything', async () => {
    const db = await fixtureDb();
    const before = await tables(db);
    const good = await decodeBackup(await otherBackup());
    const units = good.tables.units;
    const bad: DatabaseDump = {
      ...good,
      tables: { ...good.tables, units: [...units, { ...units[0]!, id: 'another-id' }] },
    };
    const err = await restoreBackup(db, await encodeBackup(bad), async () => 'saved').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackupError);
    expect((err as BackupError).code).toBe('apply_failed');
    expect(await tables(db)).toEqual(before);
  });

  it('the restore still works afterwards (nothing left half-open)', async () => {
    const db = await fixtureDb();
    const bytes = await otherBackup();
    await restoreBackup(db, bytes, async () => 'x', {
      afterTable: (t) => {
        if (t === 'units') throw new Error('lỗi giả lập');
      },
    }).catch(() => undefined);
    await restoreBackup(db, bytes, async () => 'x');
    const expected = (await decodeBackup(bytes)).tables;
    expect((await tables(db)).members).toEqual(expected.members);
  });
});

describe('import: failure in the middle of a file’s transaction', () => {
  async function setup() {
    const { db: cell } = await makeCell('CB-SOTUPHAP', 12, 3, 11);
    opened.push(cell);
    const env = await buildUnitReport(cell, { period: { year: 2026, month: 11 }, aggregateOnly: false, now: FIXED });
    const file = await encodeExport(env);
    const agg = await makeAggregator([]); // the unit is unknown: applying also adds it to the units table
    opened.push(agg);
    await agg.open();
    const prepared = await prepareImport(agg, [{ name: file.fileName, bytes: file.bytes }], { addUnits: new Set(['CB-SOTUPHAP']) });
    expect(prepared[0]?.status).toBe('ready');
    return { agg, prepared };
  }

  it('the last write (import log) fails: the unit and the report written before it are rolled back', async () => {
    const { agg, prepared } = await setup();
    const before = await tables(agg);
    agg.importLog.hook('creating', () => {
      throw new Error('ổ đĩa đầy (giả lập)');
    });
    const results = await applyImport(agg, prepared, { addUnits: new Set(['CB-SOTUPHAP']), now: () => FIXED });
    expect(results[0]?.outcome).toBe('refused');
    expect(results[0]?.message.length).toBeGreaterThan(10);
    expect(await tables(agg)).toEqual(before);
  });

  it('the second write (report) fails after the unit was added: rolled back too', async () => {
    const { agg, prepared } = await setup();
    const before = await tables(agg);
    agg.unitReports.hook('creating', () => {
      throw new Error('lỗi giả lập');
    });
    const results = await applyImport(agg, prepared, { addUnits: new Set(['CB-SOTUPHAP']), now: () => FIXED });
    expect(results[0]?.outcome).toBe('refused');
    expect(await tables(agg)).toEqual(before);
  });

  it('sanity: without a fault the same import writes the unit, the report and the log', async () => {
    const { agg, prepared } = await setup();
    const results = await applyImport(agg, prepared, { addUnits: new Set(['CB-SOTUPHAP']), now: () => FIXED });
    expect(results[0]?.outcome).toBe('applied');
    const after = await tables(agg);
    expect(after.unitReports).toHaveLength(1);
    expect(after.importLog).toHaveLength(1);
    expect(after.units.map((u) => u.code)).toContain('CB-SOTUPHAP');
  });
});

describe('backup files on disk', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('a backup corrupted on disk is refused at restore and nothing changes', async () => {
    dir = await mkdtemp(join(tmpdir(), 'sng-corrupt-'));
    const db = await fixtureDb();
    const info = await writeBackupFile(dir, await createBackupBytes(db), 'daily', new Date(2026, 1, 3, 17));
    // Bit rot / a half-synchronised USB stick: flip bytes in the middle of the file.
    const path = join(dir, info.name);
    const bytes = new Uint8Array(await readFile(path));
    for (let i = 100; i < 110 && i < bytes.length; i++) bytes[i] = bytes[i]! ^ 0x5a;
    await writeFile(path, bytes);
    await db.members.delete('7c1e0d4a-2222-4b6f-8a10-000000000003');
    const before = await tables(db);
    let saved = false;
    const err = await restoreBackup(db, await readBackupFile(dir, info.name), async () => {
      saved = true;
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackupError);
    expect((err as Error).message).toMatch(/hỏng|không khớp/u);
    expect(saved).toBe(false);
    expect(await tables(db)).toEqual(before);
  });

  it('a file truncated to zero bytes (disk full during a copy) is refused with a message', async () => {
    dir = await mkdtemp(join(tmpdir(), 'sng-empty-'));
    const db = await fixtureDb();
    const info = await writeBackupFile(dir, await createBackupBytes(db), 'manual', new Date(2026, 1, 3, 17));
    await writeFile(join(dir, info.name), new Uint8Array());
    expect((await listBackupFiles(dir)).map((b) => b.sizeBytes)).toEqual([0]);
    const err = await decodeBackup(await readBackupFile(dir, info.name)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackupError);
    expect((err as Error).message).toMatch(/rỗng/u);
  });
});
