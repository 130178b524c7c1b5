/**
 * Arrears from before the app (nợ từ trước): entered once, counted by the warnings although they
 * lie before the cell's first sheet, shown on the sheet's row and in the printed note until a
 * payment (truy nộp) covers them; refused when they overlap the sheets or the future.
 */
import { describe, expect, it } from 'vitest';
import {
  DUES_GROUP,
  QD01_2026_DUES,
  arrearsProblem,
  arrearsThrough,
  buildDuesSheet,
  duesMinutesLine,
  duesTableRows,
  inArrears,
  memberDuesWarning,
  parsePeriodText,
  periodText,
  type DuesPayment,
} from '../../../src-renderer/core/dues';
import { member } from '../members/helpers';

const basis = [{ from: '2026-09', groupCode: DUES_GROUP.bhxhSalary, base: 8_000_000 }];
const m = { ...member({ admissionDate: '2010-05-19' }), duesBasis: basis };
const pay = (period: string, coversFrom = period, coversThrough = period, amount = 80_000): DuesPayment => ({
  id: `${period}-${coversFrom}`,
  memberId: m.id,
  period,
  coversFrom,
  coversThrough,
  amount,
  paidOn: `${period}-05`,
  channel: 'tien_mat',
});
// The cell keeps its sheets from 09/2026; the member paid Sep, Oct, Nov but owed Jun, Jul, Aug from before.
const payments = [pay('2026-09'), pay('2026-10'), pay('2026-11')];
const arrears = { from: '2026-06', months: 3 };
const input = { member: m, history: basis, payments, rules: QD01_2026_DUES, today: '2026-12-10', arrears };

describe('arrears from before the app', () => {
  it('run of months: from, months → through; membership of a month', () => {
    expect(arrearsThrough(arrears)).toBe('2026-08');
    expect(arrearsThrough({ from: '2025-11', months: 3 })).toBe('2026-01');
    expect(inArrears(arrears, '2026-06')).toBe(true);
    expect(inArrears(arrears, '2026-08')).toBe(true);
    expect(inArrears(arrears, '2026-09')).toBe(false);
    expect(inArrears(undefined, '2026-06')).toBe(false);
    expect(parsePeriodText('6/2026')).toBe('2026-06');
    expect(parsePeriodText('13/2026')).toBeUndefined();
    expect(periodText('2026-06')).toBe('06/2026');
  });

  it('are counted by the warnings although they lie before the first sheet (3 → xem xét xóa tên)', () => {
    // Without arrears the months before the first sheet are unknown: no warning.
    expect(memberDuesWarning({ ...input, arrears: undefined }, '2026-11', '2026-09')).toBeUndefined();
    expect(memberDuesWarning(input, '2026-11', '2026-09')).toMatchObject({
      level: 'consider_removal',
      months: ['2026-06', '2026-07', '2026-08'],
    });
    // Two months of arrears: a reminder; May (before the arrears) is still not judged.
    expect(memberDuesWarning({ ...input, arrears: { from: '2026-07', months: 2 } }, '2026-11', '2026-09')).toMatchObject({
      level: 'reminder',
      months: ['2026-07', '2026-08'],
    });
    // The calendar-year window: arrears of the year before do not count in 2027.
    expect(memberDuesWarning({ ...input, today: '2027-02-10' }, '2027-01', '2026-09')).toBeUndefined();
  });

  it('a payment that covers them (truy nộp) ends the warning and the sheet’s “còn nợ”', () => {
    const sheet = buildDuesSheet({
      period: '2026-11',
      members: [{ ...m, duesArrears: arrears }],
      payments,
      rules: QD01_2026_DUES,
      today: '2026-12-10',
    });
    expect(sheet.rows[0]!.arrearsOwed).toEqual(['2026-06', '2026-07', '2026-08']);
    const rows = duesTableRows(sheet, () => basis);
    expect(rows[0]!.note).toContain('Còn nợ 3 tháng từ trước (tháng 6, 7, 8/2026)');
    expect(duesMinutesLine(sheet)).toContain(`Còn nợ đảng phí từ trước: ${m.fullName} (3 tháng).`);
    // 240.000 đ collected in November for June–August (before the basis: split evenly over the months).
    const paid = [...payments, pay('2026-11', '2026-06', '2026-08', 240_000)];
    const after = buildDuesSheet({
      period: '2026-11',
      members: [{ ...m, duesArrears: arrears }],
      payments: paid,
      rules: QD01_2026_DUES,
      today: '2026-12-10',
    });
    expect(after.rows[0]!.arrearsOwed).toEqual([]);
    expect(after.totals.arrearsCollected).toBe(240_000);
    expect(memberDuesWarning({ ...input, payments: paid }, '2026-11', '2026-09')).toBeUndefined();
    // Part of it: the month still unpaid stays owed.
    const part = [...payments, pay('2026-11', '2026-06', '2026-07', 160_000)];
    expect(
      buildDuesSheet({
        period: '2026-11',
        members: [{ ...m, duesArrears: arrears }],
        payments: part,
        rules: QD01_2026_DUES,
        today: '2026-12-10',
      }).rows[0]!.arrearsOwed,
    ).toEqual(['2026-08']);
  });

  it('are refused when they reach the first sheet, today’s month, or a month before the member joined', () => {
    const ctx = { member: m, firstSheet: '2026-09', thisPeriod: '2026-11' };
    expect(arrearsProblem(arrears, ctx)).toBeUndefined();
    expect(arrearsProblem({ from: '2026-07', months: 3 }, ctx)).toContain('nợ từ trước phải kết thúc trước tháng đó');
    expect(arrearsProblem({ from: '2026-07', months: 3 }, { member: m, thisPeriod: '2026-09' })).toContain('chỉ gồm các tháng đã qua');
    expect(arrearsProblem({ from: '2026-07', months: 0 }, ctx)).toBe('Số tháng còn nợ phải từ 1 trở lên');
    expect(arrearsProblem({ from: '2026-7', months: 2 }, ctx)).toBe('Tháng phải có dạng YYYY-MM');
    const late = { ...member({ admissionDate: '2026-08-15' }), fullName: 'Lê Văn Mới' };
    expect(arrearsProblem({ from: '2026-06', months: 2 }, { ...ctx, member: late })).toContain(
      'Lê Văn Mới chưa sinh hoạt ở chi bộ vào tháng 06/2026',
    );
  });
});
