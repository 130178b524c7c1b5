/**
 * Schema v2 → v3 (issue 20: duesPayments, duesBases, calendarDone): the committed v2 fixture opened
 * by the current app keeps every record, the new tables are empty and answer their indexes, a v2
 * backup restores into v3, and a backup of a v3 database with dues rows round-trips them.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { CalendarDoneRecord, DuesBasisRecord, StoredDuesPayment } from '../../src-renderer/core/model';
import { decodeBackup, dumpDatabase, encodeBackup, restoreBackup } from '../../src-renderer/db/backup';
import { SCHEMA_VERSION, STORES_V2, TABLE_NAMES, type SoNeuGuongDb } from '../../src-renderer/db/database';
import { openDatabase } from '../../src-renderer/db/open';
import { expectFixtureRecordsKept, fixtureAsBackup, openFixture, readFixture, type DumpFixture } from './migration-harness';

const fixture = readFixture('db-v2.json');
const NEW_TABLES = ['duesPayments', 'duesBases', 'calendarDone'] as const;
const unitId = '3f9a1c2e-0b1d-4c5e-9f00-000000000001';
const memberId = '7c1e0d4a-2222-4b6f-8a10-000000000001';

const payment: StoredDuesPayment = {
  id: 'd0000000-0000-4000-8000-000000000001',
  unitId,
  memberId,
  period: '2026-11',
  coversFrom: '2026-11',
  coversThrough: '2027-01',
  amount: 264_000,
  paidOn: '2026-11-05',
  channel: 'cong_dvc',
  note: 'Nộp trước 3 tháng',
  updatedAt: '2026-11-05T08:00:00.000Z',
};
const basis: DuesBasisRecord = {
  id: 'd0000000-0000-4000-8000-000000000002',
  memberId,
  unitId,
  history: [
    { from: '2026-01', groupCode: 'bhxh_luong', base: 8_000_000 },
    { from: '2026-07', groupCode: 'bhxh_luong', base: 8_765_432, note: 'Nâng lương' },
  ],
  updatedAt: '2026-07-01T08:00:00.000Z',
};
const done: CalendarDoneRecord = {
  id: 'd0000000-0000-4000-8000-000000000003',
  unitId,
  key: 'review:2026:draft',
  doneAt: '2026-12-01T08:00:00.000Z',
};

const expectV2RecordsKept = (db: SoNeuGuongDb) => expectFixtureRecordsKept(db, fixture, STORES_V2, NEW_TABLES);

async function writeDuesRows(db: SoNeuGuongDb) {
  await db.transaction('rw', [db.duesPayments, db.duesBases, db.calendarDone], async () => {
    await db.duesPayments.add(payment);
    await db.duesBases.add(basis);
    await db.calendarDone.add(done);
  });
}

describe('schema v2 → v3', () => {
  it('opens the v2 fixture: every record kept, the new tables empty and indexed', async () => {
    expect(fixture.schemaVersion).toBe(2);
    expect(Object.keys(fixture.tables).sort()).toEqual(Object.keys(STORES_V2).sort());
    const db = await openFixture(fixture as DumpFixture);
    try {
      await expectV2RecordsKept(db);
      expect(await db.meta.get('schema')).toMatchObject({ schemaVersion: SCHEMA_VERSION });
      await writeDuesRows(db);
      expect(await db.duesPayments.where('[unitId+period]').equals([unitId, '2026-11']).count()).toBe(1);
      expect(await db.duesPayments.where('[memberId+coversThrough]').between([memberId, '2026-12'], [memberId, '9999-12']).count()).toBe(1);
      expect((await db.duesBases.where('memberId').equals(memberId).first())?.history).toHaveLength(2);
      expect(await db.calendarDone.where('[unitId+key]').equals([unitId, 'review:2026:draft']).count()).toBe(1);
      // One basis record per member, one done row per key.
      await expect(db.duesBases.add({ ...basis, id: 'other' })).rejects.toThrow();
      await expect(db.calendarDone.add({ ...done, id: 'other' })).rejects.toThrow();
    } finally {
      db.close();
    }
  });

  it('restores a v2 backup into v3 and a v3 backup carries the dues and calendar rows', async () => {
    const v2bytes = await fixtureAsBackup(fixture);
    const name = `restore-v2-${Date.now()}`;
    const db = await openDatabase(name);
    try {
      const result = await restoreBackup(db, v2bytes, async () => undefined);
      expect(result.restored.schemaVersion).toBe(2);
      await expectV2RecordsKept(db);
      await writeDuesRows(db);
      const bytes = await encodeBackup(await dumpDatabase(db));
      const back = await decodeBackup(bytes);
      expect(TABLE_NAMES).toEqual(expect.arrayContaining([...NEW_TABLES]));
      expect(back.tables.duesPayments).toEqual([payment]);
      expect(back.tables.duesBases).toEqual([basis]);
      expect(back.tables.calendarDone).toEqual([done]);
      // Restore the v3 backup over a changed database: the rows come back exactly.
      await db.duesPayments.clear();
      await db.duesBases.put({ ...basis, history: [] });
      await restoreBackup(db, bytes, async () => undefined);
      expect(await db.duesPayments.toArray()).toEqual([payment]);
      expect(await db.duesBases.toArray()).toEqual([basis]);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });

  it('refuses a backup whose dues row is malformed, naming the table', async () => {
    const name = `restore-bad-${Date.now()}`;
    const db = await openDatabase(name);
    try {
      await writeDuesRows(db);
      const dump = await dumpDatabase(db);
      dump.tables.duesPayments = [{ ...payment, period: 11 }];
      await expect(decodeBackup(await encodeBackup(dump))).rejects.toThrow(/duesPayments/u);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });
});
