/**
 * Arrears from before the app was used (nợ đảng phí từ trước): a member who already owed months
 * when the cell started keeping its dues here. Entered once per member — "nợ từ tháng …, số tháng
 * còn nợ …" — as a run of consecutive months. Those months count as unpaid (warnings, the sheet's
 * "còn nợ") until a payment covers them, although they lie before the cell's first sheet, whose
 * earlier months are otherwise unknown to the app and never judged.
 */
import { z } from 'zod';
import { isActiveMember, membershipKind } from '../members/status';
import { lastDayOfPeriod } from '../text';
import { DuesPeriodSchema, type DuesMember } from './basis';
import { shiftPeriod } from './ledger';
import { periodText } from './money';

/** Longest run of arrears one entry records (5 years). */
export const MAX_ARREARS_MONTHS = 60;

export const DuesArrearsSchema = z.object({
  /** First month owed. */
  from: DuesPeriodSchema,
  /** Consecutive months owed from `from`. */
  months: z
    .number({ error: 'Số tháng còn nợ phải là số' })
    .int('Số tháng còn nợ phải là số nguyên')
    .min(1, 'Số tháng còn nợ phải từ 1 trở lên')
    .max(MAX_ARREARS_MONTHS, `Số tháng còn nợ tối đa ${MAX_ARREARS_MONTHS} tháng`),
  note: z.string().max(1_000).optional(),
});
export type DuesArrears = z.infer<typeof DuesArrearsSchema>;

/** The last month of the arrears. */
export function arrearsThrough(a: Pick<DuesArrears, 'from' | 'months'>): string {
  return shiftPeriod(a.from, a.months - 1);
}

/** Whether a month is one of the arrears. */
export function inArrears(a: Pick<DuesArrears, 'from' | 'months'> | undefined, period: string): boolean {
  return a !== undefined && a.from <= period && period <= arrearsThrough(a);
}

/**
 * Vietnamese message of the first problem of an arrears entry, or undefined. `firstSheet`: the
 * cell's first month kept in the app (its months and later ones are in the sheets, where an unpaid
 * month is already counted); `thisPeriod`: today's month (arrears are of months already over).
 */
export function arrearsProblem(
  arrears: unknown,
  context: { member: DuesMember; firstSheet?: string; thisPeriod: string },
): string | undefined {
  const parsed = DuesArrearsSchema.safeParse(arrears);
  if (!parsed.success) return parsed.error.issues[0]!.message;
  const a = parsed.data;
  const through = arrearsThrough(a);
  if (through >= context.thisPeriod)
    return `Nợ từ trước chỉ gồm các tháng đã qua: ${a.months} tháng từ ${periodText(a.from)} kéo đến ${periodText(through)}; hãy bớt số tháng.`;
  if (context.firstSheet && through >= context.firstSheet)
    return `Từ tháng ${periodText(context.firstSheet)} chi bộ đã ghi bảng thu trong ứng dụng; nợ từ trước phải kết thúc trước tháng đó (đang kéo đến ${periodText(through)}).`;
  const start = lastDayOfPeriod(a.from);
  if (!isActiveMember(context.member, start) || membershipKind(context.member, start) === undefined)
    return `Đồng chí ${context.member.fullName} chưa sinh hoạt ở chi bộ vào tháng ${periodText(a.from)}; kiểm tra lại tháng bắt đầu nợ.`;
  return undefined;
}
