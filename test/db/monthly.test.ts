import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type SoNeuGuongDb } from '../../src-renderer/db/database';
import { MonthlyError, loadMonth, loadMonthData, loadMonthView, loadYear, saveMonthGrid } from '../../src-renderer/db/monthly';
import type { Unit } from '../../src-renderer/core/model';
import { form, member, record } from '../core/monthly/fixtures';

let db: SoNeuGuongDb;
let n = 0;
function fresh(): SoNeuGuongDb {
  n += 1;
  db = createDatabase(`monthly-test-${n}-${Math.random()}`);
  return db;
}
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('saveMonthGrid', () => {
  it('stores one record per member per month with item results inside, NFC', async () => {
    fresh();
    const nfd = 'Hoàn thành tốt'.normalize('NFD');
    const saved = await saveMonthGrid(db, [
      record('a', '2026-11', { results: [{ itemId: 'i1', level: 'tot', note: nfd }], selfNote: ` ${nfd} ` }),
      record('b', '2026-11', { overallLevel: 'kha' }),
    ]);
    expect(saved).toHaveLength(2);
    const month = await loadMonth(db, 'u1', '2026-11');
    expect(month).toHaveLength(2);
    const a = month.find((r) => r.memberId === 'a')!;
    expect(a.results).toEqual([{ itemId: 'i1', level: 'tot', note: 'Hoàn thành tốt' }]);
    expect(a.selfNote).toBe('Hoàn thành tốt');
    expect(await db.monthlyAssessments.count()).toBe(2);
  });

  it('keeps the stored id when the same member and month is saved under another id', async () => {
    fresh();
    const [first] = await saveMonthGrid(db, [record('a', '2026-11', { overallLevel: 'tot' })]);
    const [second] = await saveMonthGrid(db, [record('a', '2026-11', { overallLevel: 'kem' })]);
    expect(second!.id).toBe(first!.id);
    expect(await db.monthlyAssessments.count()).toBe(1);
    expect((await db.monthlyAssessments.get(first!.id))!.overallLevel).toBe('kem');
  });

  it('writes nothing when one record of the burst is bad', async () => {
    fresh();
    await expect(saveMonthGrid(db, [record('a', '2026-11'), record('b', '2026-13')])).rejects.toThrow(MonthlyError);
    await expect(saveMonthGrid(db, [record('a', '2026-11'), record('a', '2026-11')])).rejects.toThrow('hai bản tự đánh giá');
    expect(await db.monthlyAssessments.count()).toBe(0);
    expect(await saveMonthGrid(db, [])).toEqual([]);
  });

  it('runs as one transaction: a failure inside rolls the whole burst back', async () => {
    fresh();
    await saveMonthGrid(db, [record('a', '2026-11', { overallLevel: 'tot' })]);
    const bad = record('b', '2026-11', { overallLevel: 'kha' });
    // A record whose key cannot be cloned makes bulkPut fail inside the transaction.
    (bad as unknown as { fn: () => void }).fn = () => undefined;
    await expect(saveMonthGrid(db, [record('a', '2026-11', { overallLevel: 'kem' }), bad])).rejects.toThrow();
    const month = await loadMonth(db, 'u1', '2026-11');
    expect(month.map((r) => [r.memberId, r.overallLevel])).toEqual([['a', 'tot']]);
  });

  it('saves a 60 × 12 year in bursts and loads months and the year', async () => {
    fresh();
    const burst = [];
    for (let m = 1; m <= 12; m++)
      for (let i = 0; i < 60; i++) burst.push(record(`m${i}`, `2026-${String(m).padStart(2, '0')}`, { overallLevel: 'tot' }));
    await saveMonthGrid(db, burst);
    expect(await loadMonth(db, 'u1', '2026-11')).toHaveLength(60);
    expect(await loadYear(db, 'u1', 2026)).toHaveLength(720);
    expect(await loadYear(db, 'u1', 2025)).toHaveLength(0);
  });
});

describe('loadMonthData', () => {
  it('returns members, forms of the year and of last month’s year, this and last month', async () => {
    fresh();
    await db.members.bulkPut([member('a', 'Nguyễn Văn An'), member('b', 'Trần Thị Bình'), { ...member('x', 'Người Khác'), unitId: 'u2' }]);
    await db.pledgeForms.bulkPut([
      form('a', [['a1', 'c1']]),
      { ...form('b', [['b0', 'c2']]), id: 'fb25', year: 2025 },
      { ...form('x', []), id: 'fx' },
    ]);
    await saveMonthGrid(db, [record('a', '2025-12', { overallLevel: 'kha' }), record('a', '2026-01', { overallLevel: 'tot' })]);
    const d = await loadMonthData(db, 'u1', '2026-01', '2025-12');
    expect(d.members.map((m) => m.id).sort()).toEqual(['a', 'b']);
    expect(d.forms.map((f) => f.memberId)).toEqual(['a']);
    expect(d.previousForms.map((f) => f.id)).toEqual(['fb25']);
    expect(d.records.map((r) => r.overallLevel)).toEqual(['tot']);
    expect(d.previous.map((r) => r.overallLevel)).toEqual(['kha']);
  });
});

describe('loadMonthView', () => {
  const unit = (id: string, isOwn: boolean): Unit => ({
    id,
    code: id.toUpperCase(),
    type: 'chi_bo_co_so',
    history: [{ validFrom: '2025-07-01', name: `Chi bộ ${id}`, superiorName: '', superiorCommittee: '', placeName: '', issuerCode: 'CB' }],
    isOwn,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });

  it('reads in one go and keeps only the own unit’s members, forms and records', async () => {
    fresh();
    await db.units.bulkPut([unit('u1', true), unit('u2', false)]);
    await db.members.bulkPut([member('a', 'Nguyễn Văn An'), { ...member('x', 'Người Khác'), unitId: 'u2' }]);
    await db.pledgeForms.bulkPut([form('a', [['a1', 'c1']]), { ...form('x', []), id: 'fx' }]);
    await saveMonthGrid(db, [
      record('a', '2026-10', { overallLevel: 'kha' }),
      record('a', '2026-11', { overallLevel: 'tot' }),
      record('a', '2026-09', { overallLevel: 'kem' }),
      { ...record('x', '2026-11', { overallLevel: 'kem' }), unitId: 'u2' },
    ]);
    const view = await loadMonthView(db, '2026-11', '2026-10');
    expect(view.unit?.id).toBe('u1');
    expect(view.data!.members.map((m) => m.id)).toEqual(['a']);
    expect(view.data!.forms.map((f) => f.memberId)).toEqual(['a']);
    expect(view.data!.records.map((r) => [r.memberId, r.overallLevel])).toEqual([['a', 'tot']]);
    expect(view.data!.previous.map((r) => [r.memberId, r.overallLevel])).toEqual([['a', 'kha']]);
    // The same as the unit's own read.
    expect(view.data).toEqual(await loadMonthData(db, 'u1', '2026-11', '2026-10'));
  });

  it('before the set-up: no unit, no month, the default settings', async () => {
    fresh();
    const view = await loadMonthView(db, '2026-11', '2026-10');
    expect(view).toMatchObject({ unit: undefined, data: undefined, ruleSets: [] });
    expect(view.settings.setupDone).toBe(false);
  });
});
