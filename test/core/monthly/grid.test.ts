import { resolveRule } from '../../../src-renderer/core/rules';
import { describe, expect, it } from 'vitest';
import {
  OVERALL_COLUMN,
  SCALE_TOT_KHA_TB_KEM,
  UndoStack,
  cellEditable,
  cellValue,
  copyCellFromPrevious,
  copyRowFromPrevious,
  effectiveLevel,
  emptyAssessment,
  exampleReportText,
  gridColumns,
  gridMembers,
  levelForKey,
  markNotApplicable,
  monthSummary,
  nextPeriod,
  notReported,
  previousPeriod,
  setCell,
  suggestedNotApplicable,
} from '../../../src-renderer/core/monthly';
import { form, member, record } from './fixtures';

const scale = resolveRule('monthly_scale', { date: '2026-01-01', code: SCALE_TOT_KHA_TB_KEM, ruleSets: [] }).data;
const NOW = '2026-11-20T10:00:00.000Z';

describe('periods', () => {
  it('steps across year boundaries', () => {
    expect(previousPeriod('2026-01')).toBe('2025-12');
    expect(previousPeriod('2026-11')).toBe('2026-10');
    expect(nextPeriod('2026-12')).toBe('2027-01');
    expect(nextPeriod('2026-09')).toBe('2026-10');
  });
});

describe('grid columns and cells', () => {
  const fa = form('a', [
    ['a1', 'c1'],
    ['a2', 'c1'],
    ['a3', 'c3'],
  ]);
  const fb = form('b', [['b1', 'c2']]);

  it('uses the categories of the forms in framework order, then the overall column', () => {
    expect(gridColumns([fa, fb]).map((c) => c.key)).toEqual(['c1', 'c2', 'c3', OVERALL_COLUMN]);
    expect(gridColumns([]).map((c) => c.key)).toEqual([OVERALL_COLUMN]);
  });

  it('a member without a form can only use the overall column', () => {
    expect(cellEditable(undefined, 'c1')).toBe(false);
    expect(cellEditable(undefined, OVERALL_COLUMN)).toBe(true);
    expect(cellEditable(fa, 'c2')).toBe(false);
    expect(cellEditable(fa, 'c1')).toBe(true);
  });

  it('setting a category sets every item of that category; clearing removes them', () => {
    const r0 = record('a', '2026-11');
    const r1 = setCell(r0, fa, 'c1', 'kha', NOW);
    expect(r0.results).toEqual([]); // input untouched
    expect(r1.results).toEqual([
      { itemId: 'a1', level: 'kha' },
      { itemId: 'a2', level: 'kha' },
    ]);
    expect(cellValue(scale, r1, fa, 'c1')).toEqual({ level: 'kha', mixed: false, derived: false });
    const r2 = setCell(r1, fa, 'c1', undefined, NOW);
    expect(r2.results).toEqual([]);
    expect(cellValue(scale, r2, fa, 'c1').level).toBeUndefined();
  });

  it('typing a key in a cell sets its fixed level; the same key again keeps it (no cycling)', () => {
    let r = record('a', '2026-11');
    for (const key of ['t', 't', 'T']) {
      r = setCell(r, fa, 'c1', levelForKey(scale, key), NOW);
      expect(cellValue(scale, r, fa, 'c1').level).toBe('tot');
    }
    r = setCell(r, fa, 'c1', levelForKey(scale, 'b'), NOW);
    expect(cellValue(scale, r, fa, 'c1').level).toBe('trung_binh');
    r = setCell(r, fa, 'c1', levelForKey(scale, 'k'), NOW);
    r = setCell(r, fa, 'c1', levelForKey(scale, 'k'), NOW);
    expect(cellValue(scale, r, fa, 'c1').level).toBe('kha');
    r = setCell(r, fa, OVERALL_COLUMN, levelForKey(scale, 'e'), NOW);
    expect(cellValue(scale, r, fa, OVERALL_COLUMN).level).toBe('kem');
  });

  it('shows the worst level of mixed items and derives the overall level from items', () => {
    const r = record('a', '2026-11', {
      results: [
        { itemId: 'a1', level: 'tot' },
        { itemId: 'a2', level: 'trung_binh' },
        { itemId: 'a3', level: 'kha' },
      ],
    });
    expect(cellValue(scale, r, fa, 'c1')).toEqual({ level: 'trung_binh', mixed: true, derived: false });
    expect(cellValue(scale, r, fa, OVERALL_COLUMN)).toEqual({ level: 'trung_binh', mixed: false, derived: true });
    expect(effectiveLevel(scale, r)).toBe('trung_binh');
    const explicit = setCell(r, fa, OVERALL_COLUMN, 'kha', NOW);
    expect(cellValue(scale, explicit, fa, OVERALL_COLUMN)).toEqual({ level: 'kha', mixed: false, derived: false });
    expect(effectiveLevel(scale, explicit)).toBe('kha');
  });

  it('setting a level clears a not-applicable mark; a not-applicable record has no level', () => {
    const na = markNotApplicable(record('a', '2026-11', { overallLevel: 'tot' }), 'vang', 'Đi học dài hạn', NOW);
    expect(na.notApplicable).toEqual({ reason: 'vang', note: 'Đi học dài hạn' });
    expect(effectiveLevel(scale, na)).toBeUndefined();
    expect(setCell(na, undefined, OVERALL_COLUMN, 'kha', NOW).notApplicable).toBeUndefined();
    expect(markNotApplicable(na, undefined, undefined, NOW).notApplicable).toBeUndefined();
  });
});

describe('who is expected and who has not reported', () => {
  const active = member('m1', 'Nguyễn Văn An');
  const exempt = member('m2', 'Trần Thị Bình', {
    statusPeriods: [{ id: 'p', kind: 'mien_sinh_hoat', from: '2026-01-01', reason: 'Tuổi cao' }],
  });
  const suspended = member('m3', 'Lê Văn Cường', { statusPeriods: [{ id: 'p', kind: 'dinh_chi', from: '2026-11-10', to: '2026-12-31' }] });
  const newcomer = member('m4', 'Phạm Thị Dung', { admissionDate: '2026-12-05', fullMembershipDate: undefined });
  const leftInOctober = member('m5', 'Hoàng Văn Em', { statusPeriods: [{ id: 'p', kind: 'chuyen_di', from: '2026-10-15' }] });
  const leftMidNovember = member('m6', 'Vũ Thị Giang', { statusPeriods: [{ id: 'p', kind: 'chuyen_di', from: '2026-11-15' }] });
  const all = [active, exempt, suspended, newcomer, leftInOctober, leftMidNovember];

  it('suggests not-applicable reasons from status periods', () => {
    expect(suggestedNotApplicable(active, '2026-11')).toBeUndefined();
    expect(suggestedNotApplicable(exempt, '2026-11')).toBe('mien');
    expect(suggestedNotApplicable(suspended, '2026-11')).toBe('dinh_chi');
    expect(suggestedNotApplicable(suspended, '2026-10')).toBeUndefined();
    expect(suggestedNotApplicable(newcomer, '2026-11')).toBe('chua_vao_dang');
    expect(suggestedNotApplicable(newcomer, '2026-12')).toBeUndefined();
    expect(suggestedNotApplicable(leftInOctober, '2026-11')).toBe('chuyen_di');
    expect(suggestedNotApplicable(leftMidNovember, '2026-11')).toBeUndefined();
  });

  it('lists in the grid everyone on the roster during the month', () => {
    expect(gridMembers(all, '2026-11').map((m) => m.id)).toEqual(['m1', 'm2', 'm3', 'm6']);
  });

  it('lists as not reported only expected members without any level', () => {
    const records = [
      record('m6', '2026-11', { overallLevel: 'tot' }),
      record('m1', '2026-10', { overallLevel: 'tot' }), // last month does not count
    ];
    expect(notReported(gridMembers(all, '2026-11'), records, '2026-11').map((m) => m.id)).toEqual(['m1']);
    const marked = [...records, markNotApplicable(record('m1', '2026-11'), 'vang', undefined, NOW)];
    expect(notReported(gridMembers(all, '2026-11'), marked, '2026-11')).toEqual([]);
  });

  it('summarises the month and drafts the report text for the minutes', () => {
    const records = [
      record('m1', '2026-11', { overallLevel: 'kem', selfNote: 'Chậm nộp báo cáo', reminded: true }),
      record('m6', '2026-11', { overallLevel: 'tot', praised: true }),
    ];
    const s = monthSummary(scale, all, records, '2026-11');
    expect(s).toMatchObject({ expected: 2, reported: 2, notApplicable: 2, good: 1, notGood: 1, praised: 1, reminded: 1 });
    expect(s.byLevel).toMatchObject({ tot: 1, kem: 1, kha: 0 });
    const text = exampleReportText(scale, all, records, '2026-11');
    expect(text).toContain('Có 2/2 đảng viên tự đánh giá');
    expect(text).toContain('tháng 11/2026');
    expect(text).toContain('Tốt: 1 đồng chí; Kém: 1 đồng chí');
    expect(text).toContain('đồng chí Nguyễn Văn An – Kém (Chậm nộp báo cáo)');
    expect(text).toContain('Đề nghị biểu dương: đồng chí Vũ Thị Giang.');
    expect(text).toContain('Nhắc nhở: đồng chí Nguyễn Văn An.');
    expect(exampleReportText(scale, all, [], '2026-11')).toContain('Chưa báo cáo: đồng chí Nguyễn Văn An, đồng chí Vũ Thị Giang.');
  });
});

describe('copy last month', () => {
  const fa = form('a', [
    ['a1', 'c1'],
    ['a3', 'c3'],
  ]);
  const cols = gridColumns([fa]);

  it('copies a row by item id within the same form, without flags or notes', () => {
    const prev = record('a', '2026-10', {
      overallLevel: 'kha',
      results: [
        { itemId: 'a1', level: 'tot' },
        { itemId: 'a3', level: 'trung_binh' },
      ],
      praised: true,
      selfNote: 'x',
    });
    const cur = record('a', '2026-11');
    const next = copyRowFromPrevious(scale, cur, prev, fa, fa, cols, NOW);
    expect(next.overallLevel).toBe('kha');
    expect(next.results).toEqual([
      { itemId: 'a1', level: 'tot' },
      { itemId: 'a3', level: 'trung_binh' },
    ]);
    expect(next.praised).toBe(false);
    expect(next.selfNote).toBeUndefined();
    expect(next.id).toBe(cur.id);
  });

  it('copies by category when the form changed (new year) and ignores not-applicable months', () => {
    const oldForm = form('a', [['old1', 'c1']]);
    const prev = record('a', '2025-12', { results: [{ itemId: 'old1', level: 'kem' }] });
    const next = copyCellFromPrevious(scale, record('a', '2026-01'), prev, fa, oldForm, 'c1', NOW);
    expect(next.results).toEqual([{ itemId: 'a1', level: 'kem' }]);
    const na = markNotApplicable(prev, 'vang', undefined, NOW);
    const unchanged = record('a', '2026-01');
    expect(copyCellFromPrevious(scale, unchanged, na, fa, oldForm, 'c1', NOW)).toBe(unchanged);
    expect(copyRowFromPrevious(scale, unchanged, undefined, fa, fa, cols, NOW)).toBe(unchanged);
  });
});

describe('UndoStack and emptyAssessment', () => {
  it('restores the records as they were, most recent first, and caps its length', () => {
    const stack = new UndoStack(2);
    const r = record('a', '2026-11', { overallLevel: 'tot' });
    stack.push([r]);
    r.overallLevel = 'kem'; // later mutation must not leak into the stored step
    stack.push([record('b', '2026-11')]);
    stack.push([record('c', '2026-11')]);
    expect(stack.size).toBe(2);
    expect(stack.pop()!.before[0]!.memberId).toBe('c');
    expect(stack.pop()!.before[0]!.memberId).toBe('b');
    expect(stack.pop()).toBeUndefined();
    const s2 = new UndoStack();
    s2.push([record('a', '2026-11', { overallLevel: 'tot' })]);
    expect(s2.pop()!.before[0]!.overallLevel).toBe('tot');
  });

  it('creates an empty record for a member and month', () => {
    const e = emptyAssessment('m', 'u', '2026-11', { newId: () => 'id1', now: NOW, scaleCode: 'X' });
    expect(e).toEqual({
      id: 'id1',
      memberId: 'm',
      unitId: 'u',
      period: '2026-11',
      scaleCode: 'X',
      results: [],
      praised: false,
      reminded: false,
      updatedAt: NOW,
    });
  });
});
