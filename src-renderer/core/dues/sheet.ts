/**
 * A month's dues sheet (bảng thu đảng phí): one row per member who owes the month or paid
 * something in it, with the expected amount, what covers the month, the payment entered in this
 * sheet (amount, date, channel, note), and the month's totals. "Đã thu đủ" in one step creates
 * the payments of the expected amount for the rows still unpaid; an advance is one payment that
 * covers several months.
 */
import type { IsoDate } from '../model';
import { createAccount, expectedFor, type DuesAccount, type MemberMonth } from './account';
import { arrearsThrough, type DuesArrears } from './arrears';
import type { DuesBasisEntry, DuesMember } from './basis';
import { advanceAmount, shiftPeriod, type DuesChannel, type DuesPayment } from './ledger';
import type { PartyDuesRules } from './rules';

export interface DuesSheetMember extends DuesMember {
  duesBasis?: readonly DuesBasisEntry[];
  /** Months owed from before the app was used (core/dues arrears). */
  duesArrears?: DuesArrears;
}

export interface DuesSheetRow {
  memberId: string;
  name: string;
  month: MemberMonth;
  /** The payment entered in this sheet for the member (the grid's editable cells), if any. */
  entry?: DuesPayment;
  /** Other payments entered in this sheet for the member (arrears of earlier months, …). */
  otherEntries: DuesPayment[];
  /** Sum of what the member paid in this sheet (all payments entered in it). */
  collected: number;
  /** The entry of this sheet covers months after this one: "nộp trước đến tháng …". */
  advanceThrough?: string;
  /** The month was already covered by a payment of an earlier sheet (collection month). */
  prepaidIn?: string;
  /** The member's arrears from before the app still unpaid (or paid in part) on the sheet's month, in order. */
  arrearsOwed: string[];
  /** "Đã thu đủ" may fill this row: owed, expected amount known, nothing paid for the month yet. */
  canMarkPaid: boolean;
}

export interface DuesMonthTotals {
  period: string;
  /** Members who owe the month. */
  owedMembers: number;
  paidMembers: number;
  partialMembers: number;
  /** Nothing paid yet (month not over, or over). */
  unpaidMembers: number;
  deferredMembers: number;
  /** Owed members whose expected amount cannot be computed (no basis, no salary). */
  unknownExpectedMembers: number;
  /** Sum of the expected amounts that are known. */
  expected: number;
  /** Money put on this month (by payments of this or other sheets). */
  paidForMonth: number;
  /** Money collected in this month's sheet (what the cell received and remits). */
  collected: number;
  arrearsCollected: number;
  advanceCollected: number;
  collectedByChannel: { cong_dvc: number; tien_mat: number; unknown: number };
}

export interface DuesSheet {
  period: string;
  rows: DuesSheetRow[];
  totals: DuesMonthTotals;
}

export interface DuesSheetInput {
  period: string;
  /** Members in the order the sheet shows them (the caller sorts: office holders first, by tên). */
  members: readonly DuesSheetMember[];
  /** Payments of these members (every month is fine; the sheet picks what concerns it). */
  payments: readonly DuesPayment[];
  rules: PartyDuesRules;
  today: IsoDate;
}

const emptyTotals = (period: string): DuesMonthTotals => ({
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
});

function paymentsByMember(payments: readonly DuesPayment[]): Map<string, DuesPayment[]> {
  const map = new Map<string, DuesPayment[]>();
  for (const p of payments) map.set(p.memberId, [...(map.get(p.memberId) ?? []), p]);
  return map;
}

/** One account per member (payments grouped once); reuse it for several months. */
export function sheetAccounts(input: Omit<DuesSheetInput, 'period'>): DuesAccount[] {
  const byMember = paymentsByMember(input.payments);
  return input.members.map((member) =>
    createAccount({
      member,
      history: member.duesBasis,
      payments: byMember.get(member.id) ?? [],
      rules: input.rules,
      today: input.today,
      arrears: member.duesArrears,
    }),
  );
}

export function buildDuesSheet(input: DuesSheetInput): DuesSheet {
  return sheetFromAccounts(input.period, sheetAccounts(input));
}

/** The sheet of a month from accounts already built (members in the order of the accounts). */
export function sheetFromAccounts(period: string, accounts: readonly DuesAccount[]): DuesSheet {
  const rows: DuesSheetRow[] = [];
  const totals = emptyTotals(period);
  for (const account of accounts) {
    const { member, payments } = account.input;
    const month = account.month(period);
    const inSheet = payments.filter((p) => p.period === period && p.memberId === member.id);
    if (!month.owed && inSheet.length === 0) continue;
    const entry = inSheet.find((p) => p.coversFrom <= period && period <= p.coversThrough);
    const split = account.collectedSplit(period);
    const prepaidIn = month.prepaid ? month.collectedIn[month.collectedIn.length - 1] : undefined;
    const arrears = account.input.arrears;
    rows.push({
      memberId: member.id,
      name: member.fullName,
      month,
      ...(entry ? { entry } : {}),
      otherEntries: inSheet.filter((p) => p !== entry),
      collected: split.collected,
      ...(entry && entry.coversThrough > period ? { advanceThrough: entry.coversThrough } : {}),
      ...(prepaidIn ? { prepaidIn } : {}),
      arrearsOwed: arrears ? arrearsOwed(account, arrears, period) : [],
      canMarkPaid: month.owed && month.expected !== undefined && month.expected > 0 && month.paid === 0 && !entry,
    });
    if (month.owed) {
      totals.owedMembers += 1;
      if (month.status === 'paid') totals.paidMembers += 1;
      else if (month.status === 'partial') totals.partialMembers += 1;
      else if (month.status === 'deferred') totals.deferredMembers += 1;
      else totals.unpaidMembers += 1;
      if (month.expected === undefined) totals.unknownExpectedMembers += 1;
      else totals.expected += month.expected;
    }
    totals.paidForMonth += month.paid;
    totals.collected += split.collected;
    totals.arrearsCollected += split.arrears;
    totals.advanceCollected += split.advance;
    totals.collectedByChannel.cong_dvc += split.byChannel.cong_dvc;
    totals.collectedByChannel.tien_mat += split.byChannel.tien_mat;
    totals.collectedByChannel.unknown += split.byChannel.unknown;
  }
  return { period, rows, totals };
}

/** Arrears months (before the sheet's month) not yet paid in full. */
function arrearsOwed(account: DuesAccount, arrears: DuesArrears, period: string): string[] {
  const through = arrearsThrough(arrears);
  if (arrears.from >= period) return [];
  return account
    .months(arrears.from, through < period ? through : period)
    .filter((m) => m.period < period && (m.status === 'unpaid' || m.status === 'partial'))
    .map((m) => m.period);
}

export interface MarkPaidOptions {
  paidOn: IsoDate;
  channel: DuesChannel;
  /** Only these members (default: every row that can be marked). */
  memberIds?: readonly string[];
  newId: () => string;
}

/** "Đã thu đủ": a payment of the expected amount for each row still unpaid (nothing is changed in place). */
export function markPaidInFull(sheet: DuesSheet, options: MarkPaidOptions): DuesPayment[] {
  const only = options.memberIds ? new Set(options.memberIds) : undefined;
  return sheet.rows
    .filter((r) => r.canMarkPaid && (!only || only.has(r.memberId)))
    .map((r) => ({
      id: options.newId(),
      memberId: r.memberId,
      period: sheet.period,
      coversFrom: sheet.period,
      coversThrough: sheet.period,
      amount: r.month.expected!,
      paidOn: options.paidOn,
      channel: options.channel,
    }));
}

export interface AdvanceOptions {
  member: DuesSheetMember;
  rules: PartyDuesRules;
  /** Sheet month the money is collected in; the advance covers it and the following months. */
  period: string;
  months: number;
  paidOn: IsoDate;
  channel: DuesChannel;
  id: string;
  note?: string;
}

/**
 * A payment covering `months` months from the sheet's month, of the sum of their expected amounts
 * (with the basis known today: a later change of salary leaves a difference to pay). Undefined when
 * an expected amount is not known or the member does not owe one of the months.
 */
export function advancePayment(o: AdvanceOptions): DuesPayment | undefined {
  if (!Number.isInteger(o.months) || o.months < 1) return undefined;
  const account = { member: o.member, history: o.member.duesBasis, rules: o.rules };
  const amount = advanceAmount(o.period, o.months, (p) => {
    const e = expectedFor(account, p);
    return e.owed ? e.expected : undefined;
  });
  if (amount === undefined) return undefined;
  return {
    id: o.id,
    memberId: o.member.id,
    period: o.period,
    coversFrom: o.period,
    coversThrough: shiftPeriod(o.period, o.months - 1),
    amount,
    paidOn: o.paidOn,
    channel: o.channel,
    ...(o.note ? { note: o.note } : {}),
  };
}
