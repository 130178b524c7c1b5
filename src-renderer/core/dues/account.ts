/**
 * One member's dues month by month: owed or not, expected amount, what was paid for it and its
 * status. The sheet, the warnings and the totals all read this one function.
 */
import type { IsoDate } from '../model';
import { basisFor, expectedAmount, owesDues, type DuesBasisEntry, type DuesMember, type ExpectedIssue } from './basis';
import { allocatePayments, coveredMonths, monthsInRange, monthStatus, shiftPeriod, type DuesPayment, type MonthDuesStatus } from './ledger';
import type { DuesArrears } from './arrears';
import type { DuesGroup, PartyDuesRules } from './rules';

export interface MemberMonth {
  period: string;
  owed: boolean;
  /** Expected amount of the month; undefined when not owed or not computable (see issue). */
  expected?: number;
  issue?: ExpectedIssue;
  group?: DuesGroup;
  /** Money put on this month by the payments (advance and arrears included). */
  paid: number;
  status: MonthDuesStatus;
  /** Collection months of the payments that covered this month. */
  collectedIn: string[];
  /** Covered by a payment collected in an earlier month (đóng trước). */
  prepaid: boolean;
  deferredReason?: string;
}

export interface DuesAccountInput {
  member: DuesMember;
  history: readonly DuesBasisEntry[] | undefined;
  /** The member's payments (any months; those covering other months are ignored). */
  payments: readonly DuesPayment[];
  rules: PartyDuesRules;
  today: IsoDate;
  /** Months owed from before the app was used (counted as unpaid until paid). */
  arrears?: DuesArrears | undefined;
}

/** Expected amount of a month for a member (undefined when not owed or unknown). */
export function expectedFor(
  input: Pick<DuesAccountInput, 'member' | 'history' | 'rules'>,
  period: string,
): { owed: boolean; expected?: number; issue?: ExpectedIssue; group?: DuesGroup } {
  const owed = owesDues(input.member, period, input.rules);
  if (!owed) return { owed };
  const e = expectedAmount(basisFor(input.history, period), input.rules);
  return {
    owed,
    ...(e.amount !== undefined ? { expected: e.amount } : {}),
    ...(e.issue ? { issue: e.issue } : {}),
    ...(e.group ? { group: e.group } : {}),
  };
}

/** A member's account, computed once and read for any month (the sheet, the report and the warnings share it). */
export interface DuesAccount {
  readonly input: DuesAccountInput;
  /** The member's months from `from` to `through` (YYYY-MM, inclusive). */
  months(from: string, through: string): MemberMonth[];
  month(period: string): MemberMonth;
  /** How the money collected in a month's sheet splits between months and channels. */
  collectedSplit(period: string): CollectedSplit;
}

export interface CollectedSplit {
  /** Sum of the payments entered in the month's sheet. */
  collected: number;
  /** Part of it put on earlier months (truy nộp). */
  arrears: number;
  /** Part of it put on the month itself. */
  forMonth: number;
  /** Part of it put on later months (đóng trước). */
  advance: number;
  byChannel: { cong_dvc: number; tien_mat: number; unknown: number };
}

export function createAccount(input: DuesAccountInput): DuesAccount {
  const cache = new Map<string, ReturnType<typeof expectedFor>>();
  const info = (period: string) => {
    let v = cache.get(period);
    if (!v) {
      v = expectedFor(input, period);
      cache.set(period, v);
    }
    return v;
  };
  const mine = input.payments.filter((p) => p.memberId === input.member.id);
  // Allocation needs every month a payment touches, not only the months shown.
  const allocation = allocatePayments(mine, (period) => {
    const i = info(period);
    return i.owed ? i.expected : 0;
  });
  const month = (period: string): MemberMonth => {
    const i = info(period);
    const a = allocation.get(period);
    const status = monthStatus({
      owed: i.owed,
      expected: i.expected,
      allocation: a,
      period,
      today: input.today,
      graceDays: input.rules.graceDays,
    });
    const collectedIn = a?.collectedIn ?? [];
    return {
      period,
      owed: i.owed,
      ...(i.expected !== undefined ? { expected: i.expected } : {}),
      ...(i.issue ? { issue: i.issue } : {}),
      ...(i.group ? { group: i.group } : {}),
      paid: a?.allocated ?? 0,
      status,
      collectedIn,
      prepaid: (a?.allocated ?? 0) > 0 && collectedIn.length > 0 && collectedIn.every((c) => c < period),
      ...(a?.deferredReason && status === 'deferred' ? { deferredReason: a.deferredReason } : {}),
    };
  };
  return {
    input,
    month,
    months: (from, through) => monthsInRange(from, through).map(month),
    collectedSplit(period) {
      const split: CollectedSplit = {
        collected: 0,
        arrears: 0,
        forMonth: 0,
        advance: 0,
        byChannel: { cong_dvc: 0, tien_mat: 0, unknown: 0 },
      };
      for (const p of mine) {
        if (p.period !== period || p.amount === 0) continue;
        split.collected += p.amount;
        split.byChannel[p.channel ?? 'unknown'] += p.amount;
        for (const m of coveredMonths(p)) {
          const part = allocation.get(m)?.byPayment.get(p.id) ?? 0;
          if (m < period) split.arrears += part;
          else if (m > period) split.advance += part;
          else split.forMonth += part;
        }
      }
      return split;
    },
  };
}

/** The member's months from `from` to `through` (YYYY-MM, inclusive). */
export function memberMonths(input: DuesAccountInput, from: string, through: string): MemberMonth[] {
  return createAccount(input).months(from, through);
}

/** Unpaid months (status 'unpaid') of a member in a range, in order — across year boundaries. */
export function unpaidMonths(input: DuesAccountInput, from: string, through: string): string[] {
  return memberMonths(input, from, through)
    .filter((m) => m.status === 'unpaid')
    .map((m) => m.period);
}

/** The run of consecutive unpaid months ending at `through` (e.g. 11/2026, 12/2026, 01/2027). */
export function unpaidRunEndingAt(input: DuesAccountInput, through: string, maxMonths = 36): string[] {
  const months = memberMonths(input, shiftPeriod(through, -(maxMonths - 1)), through);
  const run: string[] = [];
  for (let i = months.length - 1; i >= 0; i -= 1) {
    const m = months[i]!;
    if (m.status === 'unpaid') run.unshift(m.period);
    else if (m.status === 'open' && run.length === 0)
      continue; // the month under way is not over yet
    else break;
  }
  return run;
}
