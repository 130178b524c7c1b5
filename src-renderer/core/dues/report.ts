/**
 * The year's dues totals as the unit report file carries them: per month the counts and amounts
 * of the month's sheet (one function: buildDuesSheet), and, only when the report carries member
 * detail, each member's months. The zod schema is the shape the exchange format will adopt under
 * `payload.dues`; the aggregator sums `months` across units with sumDuesMonths.
 */
import { z } from 'zod';
import type { IsoDate } from '../model';
import type { DuesPayment } from './ledger';
import { sheetAccounts, sheetFromAccounts, type DuesMonthTotals, type DuesSheetInput } from './sheet';

const Amount = z.number().int().min(0).max(1e13);
const Count = z.number().int().min(0).max(10_000_000);
const Period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/u);

export const DuesMonthTotalsSchema = z.object({
  period: Period,
  owedMembers: Count,
  paidMembers: Count,
  partialMembers: Count,
  unpaidMembers: Count,
  deferredMembers: Count,
  unknownExpectedMembers: Count,
  expected: Amount,
  paidForMonth: Amount,
  collected: Amount,
  arrearsCollected: Amount,
  advanceCollected: Amount,
  collectedByChannel: z.object({ cong_dvc: Amount, tien_mat: Amount, unknown: Amount }),
}) satisfies z.ZodType<DuesMonthTotals>;

export const DuesMemberMonthSchema = z.object({
  period: Period,
  expected: Amount.optional(),
  paid: Amount,
  status: z.enum(['not_owed', 'paid', 'partial', 'deferred', 'open', 'unpaid']),
});

export const DuesReportSchema = z.object({
  year: z.number().int().min(1930).max(2200),
  /** Rule set the amounts were computed with (code and version). */
  ruleSet: z.object({ code: z.string().max(100), version: z.number().int().min(1) }).optional(),
  months: z.array(DuesMonthTotalsSchema).max(12),
  /** Named detail: only when the report carries member detail. */
  members: z
    .array(z.object({ memberId: z.string().min(1).max(100), name: z.string().max(300), months: z.array(DuesMemberMonthSchema).max(12) }))
    .optional(),
});
export type DuesReport = z.infer<typeof DuesReportSchema>;

/**
 * The first month the cell kept its dues in the app: the earliest sheet with a payment (of those
 * read). Months before it are not judged (a cell that starts in November has no record of
 * January–October); no payment at all: nothing is judged. The sheet's month counts, not the months
 * a payment covers: one member's truy nộp of earlier months says nothing of the other members'
 * (a member's own arrears from before the app are entered as such, core/dues arrears).
 */
export function firstSheetPeriod(payments: readonly Pick<DuesPayment, 'period'>[]): string | undefined {
  let first: string | undefined;
  for (const p of payments) if (!first || p.period < first) first = p.period;
  return first;
}

export interface DuesReportInput extends Omit<DuesSheetInput, 'period'> {
  year: number;
  /** Months of the year to include (default: every month up to and including today's month, all 12 for a past year). */
  throughPeriod?: string;
  withMembers: boolean;
  ruleSet?: { code: string; version: number };
  /** First month reported (the cell's first sheet, firstSheetPeriod): earlier months are not known to the app. */
  fromPeriod?: string;
}

function lastMonthOf(year: number, today: IsoDate): string | undefined {
  const y = String(year).padStart(4, '0');
  if (today.slice(0, 4) > y) return `${y}-12`;
  if (today.slice(0, 4) < y) return undefined;
  return today.slice(0, 7);
}

export function duesReport(input: DuesReportInput): DuesReport {
  const y = String(input.year).padStart(4, '0');
  const through = input.throughPeriod ?? lastMonthOf(input.year, input.today);
  const periods: string[] = [];
  if (through)
    for (let m = 1; m <= 12 && `${y}-${String(m).padStart(2, '0')}` <= through; m += 1) {
      const p = `${y}-${String(m).padStart(2, '0')}`;
      if (!input.fromPeriod || p >= input.fromPeriod) periods.push(p);
    }
  const accounts = sheetAccounts(input);
  const months = periods.map((period) => sheetFromAccounts(period, accounts).totals);
  const report: DuesReport = { year: input.year, months, ...(input.ruleSet ? { ruleSet: input.ruleSet } : {}) };
  if (input.withMembers && periods.length > 0) {
    report.members = accounts.map((account) => ({
      memberId: account.input.member.id,
      name: account.input.member.fullName,
      months: account
        .months(periods[0]!, periods[periods.length - 1]!)
        .map((m) => ({ period: m.period, paid: m.paid, status: m.status, ...(m.expected !== undefined ? { expected: m.expected } : {}) })),
    }));
  }
  return report;
}

/** Sum month totals (a year's months, or the same month of several units). */
export function sumDuesMonths(months: readonly DuesMonthTotals[], period = ''): DuesMonthTotals {
  const total: DuesMonthTotals = {
    period,
    owedMembers: 0,
    paidMembers: 0,
    partialMembers: 0,
    unpaidMembers: 0,
    deferredMembers: 0,
    unknownExpectedMembers: 0,
    expected: 0,
    paidForMonth: 0,
    collected: 0,
    arrearsCollected: 0,
    advanceCollected: 0,
    collectedByChannel: { cong_dvc: 0, tien_mat: 0, unknown: 0 },
  };
  for (const m of months) {
    total.owedMembers += m.owedMembers;
    total.paidMembers += m.paidMembers;
    total.partialMembers += m.partialMembers;
    total.unpaidMembers += m.unpaidMembers;
    total.deferredMembers += m.deferredMembers;
    total.unknownExpectedMembers += m.unknownExpectedMembers;
    total.expected += m.expected;
    total.paidForMonth += m.paidForMonth;
    total.collected += m.collected;
    total.arrearsCollected += m.arrearsCollected;
    total.advanceCollected += m.advanceCollected;
    total.collectedByChannel.cong_dvc += m.collectedByChannel.cong_dvc;
    total.collectedByChannel.tien_mat += m.collectedByChannel.tien_mat;
    total.collectedByChannel.unknown += m.collectedByChannel.unknown;
  }
  return total;
}

/** The aggregator's view: per month, the sum over the units' reports (units without a month are not counted). */
export function aggregateDuesReports(reports: ReadonlyArray<Pick<DuesReport, 'year' | 'months'>>, year: number): DuesMonthTotals[] {
  const y = String(year).padStart(4, '0');
  const out: DuesMonthTotals[] = [];
  for (let m = 1; m <= 12; m += 1) {
    const period = `${y}-${String(m).padStart(2, '0')}`;
    const same = reports.filter((r) => r.year === year).flatMap((r) => r.months.filter((x) => x.period === period));
    if (same.length > 0) out.push(sumDuesMonths(same, period));
  }
  return out;
}

/** The aggregator's "chưa báo cáo": units expected to report whose reports carry no dues totals for the month. */
export function unitsWithoutDues<U extends { code: string }>(
  units: readonly U[],
  reports: ReadonlyArray<{ unitCode: string; dues?: Pick<DuesReport, 'year' | 'months'> }>,
  period: string,
): U[] {
  const year = Number(period.slice(0, 4));
  const reported = new Set(
    reports.filter((r) => r.dues?.year === year && r.dues.months.some((m) => m.period === period)).map((r) => r.unitCode),
  );
  return units.filter((u) => !reported.has(u.code));
}
