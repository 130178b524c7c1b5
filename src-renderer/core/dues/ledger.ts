/**
 * Dues payments and what they cover.
 *
 * A payment is recorded in the sheet of the month it was collected (`period`) and covers a run
 * of months `coversFrom`..`coversThrough`: normally the month itself; several later months when
 * paid in advance (đóng trước); earlier months when arrears are paid (truy nộp). The amount is
 * spread over the covered months in order, each month taking what it still lacks of its
 * expected amount, the last month taking the rest (an overpayment stays on the last month).
 * A month with nothing paid but a recorded reason (chậm đóng có lý do chính đáng) is "deferred"
 * and does not count towards the warnings.
 */
import { z } from 'zod';
import type { IsoDate } from '../model';
import { addDays, addMonths, isValidIsoDate, lastDayOfPeriod } from '../text';
import { DuesPeriodSchema } from './basis';
import { MAX_DONG } from './rules';

export const DUES_CHANNELS = ['cong_dvc', 'tien_mat'] as const;
export type DuesChannel = (typeof DUES_CHANNELS)[number];
export const CHANNEL_LABELS: Record<DuesChannel, string> = { cong_dvc: 'Cổng Dịch vụ công', tien_mat: 'Tiền mặt' };

/** Longest run of months one payment may cover. */
export const MAX_COVERED_MONTHS = 24;

export const DuesPaymentSchema = z
  .object({
    id: z.string().min(1).max(100),
    memberId: z.string().min(1).max(100),
    /** Month of the sheet the payment was entered in (collected in). */
    period: DuesPeriodSchema,
    coversFrom: DuesPeriodSchema,
    coversThrough: DuesPeriodSchema,
    amount: z
      .number({ error: 'Số tiền phải là số' })
      .int('Số tiền phải là số đồng nguyên')
      .min(0, 'Số tiền không được âm')
      .max(MAX_DONG, 'Số tiền quá lớn'),
    paidOn: z.string().refine(isValidIsoDate, 'Ngày nộp không hợp lệ').optional(),
    channel: z.enum(DUES_CHANNELS).optional(),
    /** Nothing paid for a good reason (chậm đóng): the covered months are not counted as unpaid. */
    deferredReason: z.string().max(1_000).optional(),
    note: z.string().max(1_000).optional(),
  })
  .superRefine((p, ctx) => {
    if (p.coversFrom > p.coversThrough)
      ctx.addIssue({ code: 'custom', path: ['coversThrough'], message: 'Tháng cuối được nộp phải sau tháng đầu' });
    else if (monthsInRange(p.coversFrom, p.coversThrough).length > MAX_COVERED_MONTHS) {
      ctx.addIssue({ code: 'custom', path: ['coversThrough'], message: `Một lần nộp chỉ tính cho tối đa ${MAX_COVERED_MONTHS} tháng` });
    }
    if (p.amount > 0) {
      if (!p.paidOn) ctx.addIssue({ code: 'custom', path: ['paidOn'], message: 'Nhập ngày nộp' });
      if (!p.channel) ctx.addIssue({ code: 'custom', path: ['channel'], message: 'Chọn hình thức nộp (Cổng Dịch vụ công hoặc tiền mặt)' });
    }
    if (p.amount === 0 && !p.deferredReason?.trim())
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'Nhập số tiền đã nộp, hoặc ghi lý do chậm đóng' });
    if (p.paidOn && p.paidOn.slice(0, 7) > p.period) {
      ctx.addIssue({ code: 'custom', path: ['paidOn'], message: 'Ngày nộp ở sau tháng của bảng thu' });
    }
  });
export type DuesPayment = z.infer<typeof DuesPaymentSchema>;

/** Vietnamese message of the first problem of a payment, or undefined when it is valid. */
export function paymentProblem(payment: unknown): string | undefined {
  const parsed = DuesPaymentSchema.safeParse(payment);
  return parsed.success ? undefined : parsed.error.issues[0]!.message;
}

export function monthsInRange(from: string, through: string): string[] {
  const out: string[] = [];
  for (let p = from; p <= through && out.length <= MAX_COVERED_MONTHS * 10; p = shiftPeriod(p, 1)) out.push(p);
  return out;
}

export function shiftPeriod(period: string, months: number): string {
  return addMonths(`${period}-01`, months).slice(0, 7);
}

export function coveredMonths(p: Pick<DuesPayment, 'coversFrom' | 'coversThrough'>): string[] {
  return monthsInRange(p.coversFrom, p.coversThrough);
}

export interface MonthAllocation {
  allocated: number;
  /** Payments that put money on this month. */
  paymentIds: string[];
  /** Collection months of those payments. */
  collectedIn: string[];
  /** Amount each payment put on this month, by payment id. */
  byPayment: Map<string, number>;
  deferredReason?: string;
}

const byOrder = (a: DuesPayment, b: DuesPayment) =>
  (a.paidOn ?? `${a.period}-99`).localeCompare(b.paidOn ?? `${b.period}-99`) ||
  a.period.localeCompare(b.period) ||
  a.id.localeCompare(b.id);

/**
 * Spread a member's payments over months. `expectedOf(period)` gives the expected amount of a
 * month (undefined when not known: the payment is then split evenly over its months).
 */
export function allocatePayments(
  payments: readonly DuesPayment[],
  expectedOf: (period: string) => number | undefined,
): Map<string, MonthAllocation> {
  const result = new Map<string, MonthAllocation>();
  const slot = (period: string) => {
    let a = result.get(period);
    if (!a) {
      a = { allocated: 0, paymentIds: [], collectedIn: [], byPayment: new Map() };
      result.set(period, a);
    }
    return a;
  };
  for (const p of [...payments].sort(byOrder)) {
    const months = coveredMonths(p);
    if (months.length === 0) continue;
    if (p.amount === 0) {
      if (p.deferredReason?.trim()) for (const m of months) slot(m).deferredReason ??= p.deferredReason.trim();
      continue;
    }
    const even = Math.floor(p.amount / months.length);
    let remaining = p.amount;
    months.forEach((m, i) => {
      const s = slot(m);
      const last = i === months.length - 1;
      const expected = expectedOf(m);
      const need = expected === undefined ? even : Math.max(0, expected - s.allocated);
      const give = last ? remaining : Math.min(remaining, need);
      remaining -= give;
      if (give > 0 || last) {
        s.allocated += give;
        s.byPayment.set(p.id, (s.byPayment.get(p.id) ?? 0) + give);
        if (!s.paymentIds.includes(p.id)) s.paymentIds.push(p.id);
        if (!s.collectedIn.includes(p.period)) s.collectedIn.push(p.period);
      }
    });
  }
  return result;
}

/** The amount of an advance covering `months` months from `from`: the sum of their expected amounts. */
export function advanceAmount(from: string, months: number, expectedOf: (period: string) => number | undefined): number | undefined {
  let sum = 0;
  for (let i = 0; i < months; i += 1) {
    const e = expectedOf(shiftPeriod(from, i));
    if (e === undefined) return undefined;
    sum += e;
  }
  return sum;
}

export type MonthDuesStatus =
  | 'not_owed' // not a member of this cell that month, or in a status that owes nothing here
  | 'paid' // the expected amount is covered (or something was paid when the expected amount is unknown)
  | 'partial' // something was paid, less than expected
  | 'deferred' // nothing paid, with a recorded good reason
  | 'open' // nothing paid yet, the month is not over (plus grace days)
  | 'unpaid'; // nothing paid, the month is over

export const MONTH_STATUS_LABELS: Record<MonthDuesStatus, string> = {
  not_owed: 'Không phải nộp',
  paid: 'Đã nộp đủ',
  partial: 'Nộp thiếu',
  deferred: 'Chậm đóng có lý do',
  open: 'Chưa nộp',
  unpaid: 'Không nộp',
};

/** Last day on which a month's dues count as paid on time (end of the month + grace days). */
export function monthDueDate(period: string, graceDays: number): IsoDate {
  return addDays(lastDayOfPeriod(period), graceDays);
}

export function monthStatus(args: {
  owed: boolean;
  expected: number | undefined;
  allocation: MonthAllocation | undefined;
  period: string;
  today: IsoDate;
  graceDays: number;
}): MonthDuesStatus {
  const { owed, expected, allocation, period, today, graceDays } = args;
  if (!owed) return 'not_owed';
  const paid = allocation?.allocated ?? 0;
  if (paid > 0) return expected === undefined || paid >= expected ? 'paid' : 'partial';
  if (expected === 0) return 'paid';
  if (allocation?.deferredReason) return 'deferred';
  return today > monthDueDate(period, graceDays) ? 'unpaid' : 'open';
}
