/**
 * Dues warnings (QĐ 01-QĐ/TW 2026): unpaid months without a recorded reason, counted in the
 * rule set's window — the calendar year of the month judged (default) or the 12 months ending
 * with it. At `reminderUnpaidMonths` (2) the chi bộ reminds the member; at
 * `removalUnpaidMonths` (3) the chi bộ must consider proposing xóa tên. A warning never changes
 * anything stored: the decision belongs to the chi bộ and the competent committee.
 */
import type { IsoDate } from '../model';
import { periodLabel } from '../text';
import { unpaidMonths, type DuesAccountInput } from './account';
import { inArrears } from './arrears';
import { shiftPeriod } from './ledger';

export type DuesWarningLevel = 'reminder' | 'consider_removal';

export interface DuesWarning {
  memberId: string;
  name: string;
  level: DuesWarningLevel;
  /** The unpaid months counted, in order. */
  months: string[];
  message: string;
}

/** The counting window of the month judged: [from, through]. */
export function countingWindow(period: string, window: DuesAccountInput['rules']['countWindow']): { from: string; through: string } {
  if (window === 'rolling_12_months') return { from: shiftPeriod(period, -11), through: period };
  return { from: `${period.slice(0, 4)}-01`, through: period };
}

/** "tháng 3, 4/2026", "tháng 11, 12/2026 và tháng 1/2027". */
export function monthsText(months: readonly string[]): string {
  const byYear = new Map<string, number[]>();
  for (const m of months) {
    const y = m.slice(0, 4);
    byYear.set(y, [...(byYear.get(y) ?? []), Number(m.slice(5, 7))]);
  }
  const parts = [...byYear.entries()].map(([y, ms]) => `tháng ${ms.join(', ')}/${y}`);
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

/**
 * The warning of one member for the month judged, if any. `since`: the first month the cell keeps
 * its dues in the app (its first sheet); earlier months are not known here and are not counted,
 * except the member's arrears from before the app (`input.arrears`), unpaid until a payment covers them.
 */
export function memberDuesWarning(input: DuesAccountInput, period: string, since?: string): DuesWarning | undefined {
  const { rules } = input;
  const window = countingWindow(period, rules.countWindow);
  const from = window.from;
  const through = window.through;
  const months = unpaidMonths(input, from, through).filter((m) => !since || m >= since || inArrears(input.arrears, m));
  if (months.length < rules.reminderUnpaidMonths) return undefined;
  const name = input.member.fullName;
  const where = rules.countWindow === 'calendar_year' ? `trong năm ${period.slice(0, 4)}` : `trong 12 tháng đến ${periodLabel(period)}`;
  const head = `Đồng chí ${name} không nộp đảng phí ${months.length} tháng ${where} (${monthsText(months)}), chưa ghi lý do`;
  if (months.length >= rules.removalUnpaidMonths) {
    return {
      memberId: input.member.id,
      name,
      level: 'consider_removal',
      months,
      message: `${head}: chi bộ xem xét, đề nghị cấp ủy có thẩm quyền xóa tên nếu không có lý do chính đáng.`,
    };
  }
  return { memberId: input.member.id, name, level: 'reminder', months, message: `${head}: chi bộ nhắc nhở đồng chí nộp đủ.` };
}

/** Warnings of every member for the month judged, most serious first, then by the order given. */
export function duesWarnings(
  accounts: ReadonlyArray<Omit<DuesAccountInput, 'today' | 'rules'>>,
  rules: DuesAccountInput['rules'],
  period: string,
  today: IsoDate,
  since?: string,
): DuesWarning[] {
  const out: DuesWarning[] = [];
  for (const a of accounts) {
    const w = memberDuesWarning({ ...a, rules, today }, period, since);
    if (w) out.push(w);
  }
  return out.sort((a, b) => Number(b.level === 'consider_removal') - Number(a.level === 'consider_removal'));
}
