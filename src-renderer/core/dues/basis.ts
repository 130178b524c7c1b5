/**
 * A member's dues basis with its dated history: from a month on, the member belongs to a group of
 * the rule set and (for a percentage group) has a basis amount — the salary on which BHXH is
 * paid, the allowance or the pension. The latest entry whose month is on or before a month
 * applies to it; a change of salary is a new entry, never an overwrite, so past sheets keep
 * their amounts.
 */
import { z } from 'zod';
import type { IsoDate, Member } from '../model';
import { isActiveMember, membershipKind, coveringPeriod } from '../members/status';
import { lastDayOfPeriod } from '../text';
import { MAX_DONG, findGroup, percentAmount, roundDong, type DuesGroup, type PartyDuesRules } from './rules';

export const DuesPeriodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/u, 'Tháng phải có dạng YYYY-MM');
const Dong = z
  .number({ error: 'Số tiền phải là số' })
  .int('Số tiền phải là số đồng nguyên')
  .min(0, 'Số tiền không được âm')
  .max(MAX_DONG, 'Số tiền quá lớn');

export const DuesBasisEntrySchema = z.object({
  /** First month this basis applies to. */
  from: DuesPeriodSchema,
  groupCode: z.string().min(1, 'Chọn nhóm đối tượng').max(50),
  /** Basis amount of a percentage group (salary, allowance, pension), whole đồng. */
  base: Dong.optional(),
  /** A monthly amount decided for this member (voluntary higher amount, superior's decision); wins over the rule. */
  amount: Dong.optional(),
  note: z.string().max(1_000).optional(),
});
export type DuesBasisEntry = z.infer<typeof DuesBasisEntrySchema>;

/** The basis that applies to a month: the latest `from` ≤ month (on equal months, the later entry). */
export function basisFor(history: readonly DuesBasisEntry[] | undefined, period: string): DuesBasisEntry | undefined {
  let found: DuesBasisEntry | undefined;
  for (const entry of history ?? []) {
    if (entry.from <= period && (!found || entry.from >= found.from)) found = entry;
  }
  return found;
}

/** Insert or replace the entry of a month, keeping the history sorted by month. */
export function setBasis(history: readonly DuesBasisEntry[] | undefined, entry: DuesBasisEntry): DuesBasisEntry[] {
  const rest = (history ?? []).filter((e) => e.from !== entry.from);
  return [...rest, entry].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

export type ExpectedIssue = 'no_basis' | 'unknown_group' | 'no_base';

export interface ExpectedAmount {
  /** Rounded monthly amount in đồng; undefined when it cannot be computed (see issue). */
  amount?: number;
  group?: DuesGroup;
  basis?: DuesBasisEntry;
  /** The amount was set for the member (basis.amount), not computed from the group. */
  decided?: boolean;
  issue?: ExpectedIssue;
}

export const EXPECTED_ISSUE_LABELS: Record<ExpectedIssue, string> = {
  no_basis: 'Chưa khai báo đối tượng đóng đảng phí',
  unknown_group: 'Nhóm đối tượng không còn trong quy định đảng phí',
  no_base: 'Chưa nhập mức lương (trợ cấp, lương hưu) làm căn cứ',
};

/** The expected amount of one month for a basis under a rule set. */
export function expectedAmount(basis: DuesBasisEntry | undefined, rules: PartyDuesRules): ExpectedAmount {
  if (!basis) return { issue: 'no_basis' };
  if (basis.amount !== undefined) {
    const group = findGroup(rules, basis.groupCode);
    return { amount: roundDong(basis.amount, rules.rounding), basis, decided: true, ...(group ? { group } : {}) };
  }
  const group = findGroup(rules, basis.groupCode);
  if (!group) return { basis, issue: 'unknown_group' };
  if (group.method === 'fixed') return { amount: group.amount, group, basis };
  if (basis.base === undefined) return { group, basis, issue: 'no_base' };
  return { amount: percentAmount(basis.base, group.ratePercent, rules.rounding), group, basis };
}

export type DuesMember = Pick<Member, 'id' | 'fullName' | 'statusPeriods' | 'admissionDate' | 'fullMembershipDate'>;

/**
 * Whether the member owes this cell dues for a month: a party member of this cell on the last
 * day of the month (so a new member pays from the month of admission or transfer in, a member
 * transferred out during the month pays it at the new cell), dự bị included, and not in a status
 * period of `notOwedStatuses` on that day.
 */
export function owesDues(member: DuesMember, period: string, rules: Pick<PartyDuesRules, 'notOwedStatuses'>): boolean {
  const day: IsoDate = lastDayOfPeriod(period);
  if (!isActiveMember(member, day) || membershipKind(member, day) === undefined) return false;
  return !rules.notOwedStatuses.some((kind) => coveringPeriod(member, kind, day) !== undefined);
}
