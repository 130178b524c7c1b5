import { afterEach, describe, expect, it } from 'vitest';
import type { DuesPayment } from '../../src-renderer/core/dues';
import type { Member } from '../../src-renderer/core/model';
import { doneKeys, setDone } from '../../src-renderer/db/calendar';
import { createDatabase, type SoNeuGuongDb } from '../../src-renderer/db/database';
import {
  DuesError,
  basisOf,
  loadDuesData,
  memberPayments,
  removeBasisEntry,
  saveBasisEntries,
  saveBasisEntry,
  saveDuesEdits,
} from '../../src-renderer/db/dues';
import { deleteMember, memberRecordCounts } from '../../src-renderer/db/members';

let db: SoNeuGuongDb;
let n = 0;
function fresh(): SoNeuGuongDb {
  n += 1;
  db = createDatabase(`dues-test-${n}-${Math.random()}`);
  return db;
}
afterEach(async () => {
  db.close();
  await db.delete();
});

const pay = (id: string, memberId: string, period: string, patch: Partial<DuesPayment> = {}): DuesPayment => ({
  id,
  memberId,
  period,
  coversFrom: period,
  coversThrough: period,
  amount: 80_000,
  paidOn: `${period}-05`,
  channel: 'tien_mat',
  ...patch,
});

const member = (id: string, unitId = 'u1'): Member =>
  ({
    id,
    unitId,
    fullName: `Đảng viên ${id}`,
    familyName: 'Đảng',
    middleName: 'viên',
    givenName: id,
    nameSplitOverride: false,
    searchKey: id,
    partyPosition: 'dang_vien',
    isLeader: false,
    inPoliticalSystem: false,
    statusPeriods: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }) as Member;

describe('dues payments', () => {
  it('saves a burst in one transaction, NFC notes, and deletes cleared rows', async () => {
    fresh();
    const nfd = 'Nộp trước'.normalize('NFD');
    await saveDuesEdits(db, { unitId: 'u1', put: [pay('p1', 'a', '2026-11', { note: ` ${nfd} ` }), pay('p2', 'b', '2026-11')] });
    const stored = await db.duesPayments.toArray();
    expect(stored).toHaveLength(2);
    expect(stored.find((p) => p.id === 'p1')).toMatchObject({ unitId: 'u1', note: 'Nộp trước' });
    expect(stored[0]!.updatedAt).toMatch(/^\d{4}-/u);
    await saveDuesEdits(db, { unitId: 'u1', put: [pay('p1', 'a', '2026-11', { amount: 90_000 })], deleteIds: ['p2'] });
    expect((await db.duesPayments.toArray()).map((p) => [p.id, p.amount])).toEqual([['p1', 90_000]]);
  });

  it('refuses a bad row before writing anything, naming the member', async () => {
    fresh();
    const bad = pay('p2', 'b', '2026-11', { amount: 50_000, channel: undefined });
    await expect(
      saveDuesEdits(db, { unitId: 'u1', put: [pay('p1', 'a', '2026-11'), bad], names: new Map([['b', 'Trần Thị Bình']]) }),
    ).rejects.toThrow(/Trần Thị Bình: Chọn hình thức nộp/u);
    await expect(saveDuesEdits(db, { unitId: 'u1', put: [pay('p1', 'a', '2026-11', { paidOn: '2026-12-01' })] })).rejects.toBeInstanceOf(
      DuesError,
    );
    expect(await db.duesPayments.count()).toBe(0);
  });

  it('loads the payments that can touch a month (24 months either side) and the bases of the unit', async () => {
    fresh();
    await db.members.bulkAdd([member('a'), member('b'), member('x', 'u2')]);
    await saveDuesEdits(db, {
      unitId: 'u1',
      put: [
        pay('old', 'a', '2024-10'),
        pay('p1', 'a', '2024-11', { coversThrough: '2026-10', amount: 1_920_000 }),
        pay('p2', 'b', '2026-11'),
        pay('later', 'b', '2028-12'),
      ],
    });
    await saveDuesEdits(db, { unitId: 'u2', put: [pay('other', 'x', '2026-11')] });
    await saveBasisEntry(db, member('a'), { from: '2026-01', groupCode: 'bhxh_luong', base: 8_000_000 });
    const data = await loadDuesData(db, 'u1', '2026-11');
    expect(data.members.map((m) => m.id).sort()).toEqual(['a', 'b']);
    expect(data.payments.map((p) => p.id).sort()).toEqual(['p1', 'p2']);
    expect(data.bases).toHaveLength(1);
    expect((await memberPayments(db, 'a')).map((p) => p.id)).toEqual(['old', 'p1']);
  });
});

describe('dues basis history', () => {
  it('a change from a month is a new entry; the same month replaces; removal; several members at once', async () => {
    fresh();
    const a = member('a');
    await saveBasisEntry(db, a, { from: '2026-01', groupCode: 'bhxh_luong', base: 8_000_000 });
    await saveBasisEntry(db, a, { from: '2026-07', groupCode: 'bhxh_luong', base: 8_765_432, note: ' Nâng  lương ' });
    await saveBasisEntry(db, a, { from: '2026-01', groupCode: 'bhxh_luong', base: 8_100_000 });
    const rec = await basisOf(db, 'a');
    expect(rec!.history).toEqual([
      { from: '2026-01', groupCode: 'bhxh_luong', base: 8_100_000 },
      { from: '2026-07', groupCode: 'bhxh_luong', base: 8_765_432, note: 'Nâng lương' },
    ]);
    await expect(saveBasisEntry(db, a, { from: '2026-13', groupCode: 'x' })).rejects.toThrow(/Tháng phải có dạng/u);
    await removeBasisEntry(db, 'a', '2026-07');
    expect((await basisOf(db, 'a'))!.history).toHaveLength(1);
    expect(
      await saveBasisEntries(
        db,
        [member('a'), member('b')].map((m) => ({ member: m, entry: { from: '2026-09', groupCode: 'luong_huu', base: 6_000_000 } })),
      ),
    ).toBe(2);
    expect((await basisOf(db, 'a'))!.history).toHaveLength(2);
    expect((await basisOf(db, 'b'))!.history).toHaveLength(1);
    expect(await db.duesBases.count()).toBe(2);
  });

  it('a member with payments is not deleted; one without loses the basis record with it', async () => {
    fresh();
    await db.members.bulkAdd([member('a'), member('b')]);
    await saveDuesEdits(db, { unitId: 'u1', put: [pay('p1', 'a', '2026-11')] });
    await saveBasisEntry(db, member('b'), { from: '2026-01', groupCode: 'hoc_sinh_sinh_vien' });
    expect((await memberRecordCounts(db, member('a'))).duesPayments).toBe(1);
    await expect(deleteMember(db, 'a')).rejects.toThrow(/1 lần nộp đảng phí/u);
    await deleteMember(db, 'b');
    expect(await db.duesBases.count()).toBe(0);
  });
});

describe('calendar done keys', () => {
  it('ticks off and back on, per unit, idempotent', async () => {
    fresh();
    await setDone(db, 'u1', 'review:2026:draft', true);
    await setDone(db, 'u1', 'review:2026:draft', true);
    await setDone(db, 'u2', 'review:2026:draft', true);
    expect([...(await doneKeys(db, 'u1'))]).toEqual(['review:2026:draft']);
    expect(await db.calendarDone.count()).toBe(2);
    await setDone(db, 'u1', 'review:2026:draft', false);
    expect((await doneKeys(db, 'u1')).size).toBe(0);
  });
});
