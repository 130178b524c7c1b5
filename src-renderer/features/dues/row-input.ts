/**
 * One row of the dues sheet as typed (strings), and what it means: a payment to store, the
 * removal of the row's payment, nothing, or a problem (Vietnamese). Pure, so the grid's rules are
 * tested without a browser.
 */
import {
  MAX_COVERED_MONTHS,
  monthsInRange,
  parseDong,
  paymentProblem,
  shiftPeriod,
  type DuesChannel,
  type DuesPayment,
} from '../../core/dues';
import { formatDate, formatInteger, parseDate } from '../../core/text';

export interface RowInput {
  amount: string;
  /** dd/mm/yyyy */
  paidOn: string;
  channel?: DuesChannel;
  /** Months covered from the sheet's month (1 = this month; more = nộp trước). */
  months: string;
  note: string;
}

export const EMPTY_ROW: RowInput = { amount: '', paidOn: '', months: '1', note: '' };

export function inputOf(entry: DuesPayment | undefined, period: string): RowInput {
  if (!entry) return { ...EMPTY_ROW };
  const deferred = entry.amount === 0 && entry.deferredReason !== undefined;
  return {
    amount: formatInteger(entry.amount),
    paidOn: entry.paidOn ? formatDate(entry.paidOn) : '',
    ...(entry.channel ? { channel: entry.channel } : {}),
    months: String(Math.max(1, monthsInRange(period, entry.coversThrough).length)),
    note: (deferred ? entry.deferredReason : entry.note) ?? '',
  };
}

export type RowEdit =
  { kind: 'none' } | { kind: 'delete'; id: string } | { kind: 'put'; payment: DuesPayment } | { kind: 'problem'; message: string };

/** Months typed: a whole number 1..24. */
export function parseMonths(text: string): number | undefined {
  const t = text.trim();
  if (!t) return 1;
  if (!/^\d{1,2}$/u.test(t)) return undefined;
  const n = Number(t);
  return n >= 1 && n <= MAX_COVERED_MONTHS ? n : undefined;
}

/** What a typed row means for the sheet of `period`; `entry` is the payment the row showed, `id` the id a new payment takes. */
export function rowEdit(args: { input: RowInput; period: string; memberId: string; entry?: DuesPayment; id: string }): RowEdit {
  const { input, period, memberId, entry } = args;
  const amountText = input.amount.trim();
  const note = input.note.normalize('NFC').trim();
  if (!amountText && !note) return entry ? { kind: 'delete', id: entry.id } : { kind: 'none' };
  if (!amountText)
    return { kind: 'problem', message: 'Nhập số tiền đã nộp, hoặc 0 nếu đồng chí chậm đóng có lý do (ghi lý do ở cột Ghi chú)' };
  const amount = parseDong(amountText);
  if (amount === undefined) return { kind: 'problem', message: `Số tiền "${amountText}" không hợp lệ (ví dụ: 80.000)` };
  const months = parseMonths(input.months);
  if (months === undefined) return { kind: 'problem', message: `Số tháng phải từ 1 đến ${MAX_COVERED_MONTHS}` };
  let paidOn: string | undefined;
  if (amount > 0) {
    if (!input.paidOn.trim()) return { kind: 'problem', message: 'Nhập ngày nộp (ngày/tháng/năm)' };
    paidOn = parseDate(input.paidOn);
    if (!paidOn) return { kind: 'problem', message: `Ngày nộp "${input.paidOn.trim()}" không hợp lệ (ngày/tháng/năm)` };
  }
  const coversFrom = entry && entry.coversFrom < period ? entry.coversFrom : period;
  const payment: DuesPayment = {
    id: entry?.id ?? args.id,
    memberId,
    period,
    coversFrom,
    coversThrough: shiftPeriod(period, months - 1),
    amount,
    ...(paidOn ? { paidOn } : {}),
    ...(amount > 0 && input.channel ? { channel: input.channel } : {}),
    ...(amount === 0 ? { deferredReason: note } : note ? { note } : {}),
  };
  const problem = paymentProblem(payment);
  return problem ? { kind: 'problem', message: problem } : { kind: 'put', payment };
}
