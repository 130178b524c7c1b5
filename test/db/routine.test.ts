import { afterEach, describe, expect, it } from 'vitest';
import type { Meeting, RuleSet, Unit, YearReview } from '../../src-renderer/core/model';
import { newMeeting } from '../../src-renderer/core/meetings';
import { createDatabase, type SoNeuGuongDb } from '../../src-renderer/db/database';
import { deadlinesOf, isPrepared, lastExportOf, loadRoutine, recordExport, type CellRoutine } from '../../src-renderer/db/routine';
import { member, record } from '../core/monthly/fixtures';

let db: SoNeuGuongDb;
let n = 0;
afterEach(async () => {
  db.close();
  await db.delete();
});

const unit: Unit = {
  id: 'u1',
  code: 'CB01',
  type: 'chi_bo_truc_thuoc',
  isOwn: true,
  history: [
    {
      validFrom: '2025-01-01',
      name: 'Chi bộ Sở Tư pháp',
      superiorName: 'Đảng bộ Khối',
      superiorCommittee: 'Ban Thường vụ',
      placeName: 'Phan Rang',
      issuerCode: 'CB',
    },
  ],
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

async function fresh(mode: 'cell' | 'aggregator' = 'cell') {
  n += 1;
  db = createDatabase(`routine-test-${n}-${Math.random()}`);
  await db.units.put(unit);
  await db.settings.put({
    key: 'settings',
    mode,
    ownUnitId: 'u1',
    meetingDay: 3,
    textSize: 'normal',
    officeHoldersFirst: false,
    monthlyScaleCode: 'TOT-KHA-TB-KEM',
    meetingRubricCode: 'HD42-2025',
    documentStyleCode: 'HD36-2018',
    setupDone: true,
  });
  await db.members.bulkPut([
    member('a', 'Nguyễn Văn An'),
    member('b', 'Trần Thị Bình'),
    member('c', 'Lê Văn Cường'),
    // Exempt for the whole year: not expected to self-assess nor to register.
    member('d', 'Phạm Văn Dũng', { statusPeriods: [{ id: 'p1', kind: 'mien_sinh_hoat', from: '2025-06-01' }] }),
    // Left before November: not on the grid at all.
    member('e', 'Hoàng Thị Em', { statusPeriods: [{ id: 'p2', kind: 'chuyen_di', from: '2026-08-01' }] }),
  ]);
}

function meeting(period: string, over: Partial<Meeting> = {}): Meeting {
  const m = newMeeting({
    id: crypto.randomUUID(),
    unitId: 'u1',
    date: `${period}-03`,
    place: 'Hội trường',
    now: '2026-10-01T00:00:00.000Z',
  });
  return { ...m, chairName: 'Nguyễn Văn An', ...over };
}

const stepOf = (r: CellRoutine, key: string) => r.steps.find((s) => s.key === key)!;

describe('loadRoutine (cell)', () => {
  it('names who has not self-assessed, leaving out the exempt and those who left', async () => {
    await fresh();
    await db.monthlyAssessments.bulkPut([record('a', '2026-11', { overallLevel: 'tot' }), record('b', '2026-11')]);
    const r = (await loadRoutine(db, '2026-11-02', '2026-11')) as CellRoutine;
    expect(r.mode).toBe('cell');
    const sa = stepOf(r, 'self_assessment');
    expect(sa.detail).toContain('1/3');
    expect(new Set(sa.names)).toEqual(new Set(['Trần Thị Bình', 'Lê Văn Cường']));
    expect(sa.state).toBe('in_progress');
  });

  it('a member marked not applicable in the grid is not expected', async () => {
    await fresh();
    await db.monthlyAssessments.bulkPut([
      record('a', '2026-11', { overallLevel: 'tot' }),
      record('b', '2026-11', { overallLevel: 'kha' }),
      record('c', '2026-11', { notApplicable: { reason: 'vang' } }),
    ]);
    const r = (await loadRoutine(db, '2026-11-02', '2026-11')) as CellRoutine;
    expect(stepOf(r, 'self_assessment').state).toBe('done');
    expect(stepOf(r, 'self_assessment').detail).toContain('2/2');
  });

  it('reads the regular meeting of the month and of the next month', async () => {
    await fresh();
    await db.meetings.bulkPut([
      meeting('2026-11', { state: 'finalised', documentNumber: 7, finalisedAt: '2026-11-03' }),
      meeting('2026-11', { type: 'chi_uy', date: '2026-11-01' }),
      meeting('2026-12', { place: '' }),
    ]);
    const r = (await loadRoutine(db, '2026-11-15', '2026-11')) as CellRoutine;
    expect(stepOf(r, 'meeting').state).toBe('done');
    expect(stepOf(r, 'minutes').detail).toContain('07-BB/CB');
    expect(stepOf(r, 'prepare_next').state).toBe('in_progress'); // next meeting has no place yet
  });

  it('isPrepared needs place and chair', () => {
    expect(isPrepared(meeting('2026-11'))).toBe(true);
    expect(isPrepared(meeting('2026-11', { place: '  ' }))).toBe(false);
    expect(isPrepared(meeting('2026-11', { chairName: undefined }))).toBe(false);
  });

  it('the report step is done once a unit report covering the month was recorded as exported', async () => {
    await fresh();
    await db.meetings.put(meeting('2026-11'));
    let r = (await loadRoutine(db, '2026-11-10', '2026-11')) as CellRoutine;
    expect(stepOf(r, 'report').state).toBe('todo');
    await recordExport(db, { kind: 'roster', periodKey: '2026-11', sha256: 'x'.repeat(64), fileName: 'ds.sng' });
    r = (await loadRoutine(db, '2026-11-10', '2026-11')) as CellRoutine;
    expect(stepOf(r, 'report').state).toBe('todo'); // a roster is not the report
    await recordExport(db, { kind: 'unit_report', periodKey: '2026-10', sha256: 'y'.repeat(64), fileName: 'bc-10.sng' });
    r = (await loadRoutine(db, '2026-11-10', '2026-11')) as CellRoutine;
    expect(stepOf(r, 'report').state).toBe('todo'); // another month
    await recordExport(db, {
      kind: 'unit_report',
      periodKey: '2026-11',
      unitCode: 'CB01',
      sha256: 'z'.repeat(64),
      fileName: 'bc-11.sng',
      at: '2026-11-06T08:00:00.000Z',
    });
    r = (await loadRoutine(db, '2026-11-10', '2026-11')) as CellRoutine;
    expect(stepOf(r, 'report').state).toBe('done');
    expect(stepOf(r, 'report').detail).toContain('06/11/2026');
    const log = await db.importLog.toArray();
    expect(log.filter((e) => e.outcome === 'exported')).toHaveLength(3);
    expect(await lastExportOf(db, ['2026-Q4'])).toBeUndefined();
  });

  it('January lists who still has to register pledges', async () => {
    await fresh();
    const r = (await loadRoutine(db, '2026-01-10', '2026-01')) as CellRoutine;
    const p = stepOf(r, 'pledge_registration');
    expect(p.state).toBe('todo');
    // a, b, c and e (still in the cell on 31/01/2026, left in August); d is exempt.
    expect(p.detail).toContain('0/4');
    expect(new Set(p.names)).toEqual(new Set(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Hoàng Thị Em']));
    expect(p.names).not.toContain('Phạm Văn Dũng');
  });

  it('uses the deadlines of an imported framework package', async () => {
    await fresh();
    const deadlines: RuleSet = {
      id: 'dl',
      kind: 'deadlines',
      code: 'THOI-HAN-DUK-2026',
      name: 'Thời hạn năm 2026',
      version: 1,
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
      source: 'superior',
      data: { pledgeRegistrationBy: '2026-02-15', monthlyReportDay: 10, yearReviewBy: '2026-12-20' },
      updatedAt: '2026-01-02T00:00:00.000Z',
    };
    await db.ruleSets.put(deadlines);
    expect(await deadlinesOf(db, 2026)).toEqual({ pledgeRegistrationBy: '2026-02-15', monthlyReportDay: 10, yearReviewBy: '2026-12-20' });
    expect(await deadlinesOf(db, 2027)).toEqual({});
    const r = (await loadRoutine(db, '2026-02-01', '2026-02')) as CellRoutine;
    expect(stepOf(r, 'pledge_registration').due).toBe('2026-02-15');
    expect(stepOf(r, 'report').due).toBe('2026-02-10');
  });

  it('December shows the review with the rated count', async () => {
    await fresh();
    const review = (memberId: string, extra: Partial<YearReview>): YearReview => ({
      id: crypto.randomUUID(),
      memberId,
      unitId: 'u1',
      year: 2026,
      reviewDate: '2026-12-15',
      formVariant: '2B',
      sections: {},
      forcedFailure: [],
      updatedAt: '2026-12-15T00:00:00.000Z',
      ...extra,
    });
    await db.yearReviews.bulkPut([review('a', { finalLevel: 'tot' }), review('b', {}), review('d', { excluded: { reason: 'mien' } })]);
    const r = (await loadRoutine(db, '2026-12-16', '2026-12')) as CellRoutine;
    const y = stepOf(r, 'year_review');
    expect(y.state).toBe('in_progress');
    expect(y.detail).toContain('1/2');
  });

  it('with no members yet, the first step is to add them', async () => {
    await fresh();
    await db.members.clear();
    const r = (await loadRoutine(db, '2026-11-10', '2026-11')) as CellRoutine;
    expect(r.steps[0]!.key).toBe('members');
    const withMembers = (await (async () => {
      await db.members.put(member('a', 'Nguyễn Văn An'));
      return loadRoutine(db, '2026-11-10', '2026-11');
    })()) as CellRoutine;
    expect(withMembers.steps.some((s) => s.key === 'members')).toBe(false);
  });

  it('returns nothing before the first-run set-up', async () => {
    n += 1;
    db = createDatabase(`routine-empty-${n}-${Math.random()}`);
    expect(await loadRoutine(db, '2026-11-10')).toBeUndefined();
  });
});

describe('loadRoutine (aggregator)', () => {
  it('lists units that reported the month and those that have not', async () => {
    await fresh('aggregator');
    const other = (code: string, name: string): Unit => ({
      ...unit,
      id: code,
      code,
      isOwn: false,
      history: [{ ...unit.history[0]!, name }],
    });
    await db.units.bulkPut([other('A', 'Chi bộ A'), other('B', 'Chi bộ B')]);
    await db.unitReports.put({
      id: 'r1',
      unitCode: 'A',
      unitName: 'Chi bộ A',
      periodKey: '2026-11',
      year: 2026,
      exportedAt: '2026-11-05T00:00:00.000Z',
      importedAt: '2026-11-06T00:00:00.000Z',
      sha256: 'a'.repeat(64),
      summary: {} as never,
      detail: 'aggregate',
    });
    const r = await loadRoutine(db, '2026-11-10', '2026-11');
    expect(r).toEqual({ mode: 'aggregator', period: '2026-11', reported: ['Chi bộ A'], missing: ['Chi bộ B'] });
  });
});
