/**
 * The đảng phí job: a month's sheet with what its screen needs already resolved (members as of the
 * month in roster order with their dues basis, the payments that can touch the month, the rule set
 * of the month through the one resolver, today), its saves, "đã thu đủ", advances, the dues basis
 * history, the warnings, the minutes line, and the documents (PDF, .xlsx).
 */
import {
  createAccount,
  duesMinutesLine,
  duesTableRows,
  firstSheetPeriod,
  duesWarnings,
  markPaidInFull,
  monthDueDate,
  sheetFromAccounts,
  shiftPeriod,
  type DuesAccount,
  type DuesArrears,
  type DuesBasisEntry,
  type DuesChannel,
  type DuesPayment,
  type DuesReport,
  type DuesSheet,
  type DuesSheetMember,
  type DuesWarning,
  type PartyDuesRules,
} from '../core/dues';
import { documentHeader, type DocumentHeader } from '../core/documents/header';
import type { AppSettings, DuesBasisRecord, Id, IsoDate, Meeting, Member, RuleSet, StoredDuesPayment, Unit } from '../core/model';
import { documentStyleOn, resolveRule } from '../core/rules';
import { lastDayOfPeriod, sortMembers } from '../core/text';
import * as repo from '../db/dues';
import { getDb } from '../db/instance';
import { saveMeetingDraft } from '../db/meetings';
import { regularMeetingOf } from '../db/routine';
import { loadSettings } from '../db/settings';
import type { DocumentStyleData } from '../core/documents/style';
import type { DuesDocumentInput } from '../documents/dues';
import { clock } from '../platform/clock';
import { useLive } from './live';
import { loadRuleSets } from './rules';

export { firstSheetPeriod } from '../core/dues';
export type { DuesDocumentInput } from '../documents/dues';

/** The rule set of đảng phí for a month (judged on its last day). */
export function duesRulesOn(period: string, ruleSets: readonly RuleSet[]): RuleSet<PartyDuesRules> {
  return resolveRule('party_dues', { date: lastDayOfPeriod(period), ruleSets });
}

/** Members with their basis history, in roster order (office holders first when the settings say so). */
export function sheetMembers(
  members: readonly Member[],
  bases: readonly DuesBasisRecord[],
  officeHoldersFirst: boolean,
): Array<Member & DuesSheetMember> {
  const byMember = new Map(bases.map((b) => [b.memberId, b]));
  return sortMembers(members, officeHoldersFirst).map((m) => {
    const basis = byMember.get(m.id);
    return {
      ...m,
      ...(basis?.history.length ? { duesBasis: basis.history } : {}),
      ...(basis?.arrears ? { duesArrears: basis.arrears } : {}),
    };
  });
}

/**
 * The month whose warnings are shown for a month: the month itself once it is over (plus the
 * grace days), else the month before (a month under way has nothing unpaid yet; in January this
 * still counts the months of the year before).
 */
export function judgedPeriod(period: string, today: IsoDate, rules: Pick<PartyDuesRules, 'graceDays'>): string {
  return today > monthDueDate(period, rules.graceDays) ? period : shiftPeriod(period, -1);
}

/**
 * The warnings of the judged month from the members' accounts: months from the first sheet on,
 * plus each member's arrears from before the app. Nothing is judged while the cell keeps no sheet
 * and no arrears.
 */
export function accountWarnings(
  accounts: readonly DuesAccount[],
  rules: PartyDuesRules,
  period: string,
  today: IsoDate,
  since: string | undefined,
): DuesWarning[] {
  if (!since && !accounts.some((a) => a.input.arrears)) return [];
  return duesWarnings(
    accounts.map((a) => ({ member: a.input.member, history: a.input.history, payments: a.input.payments, arrears: a.input.arrears })),
    rules,
    period,
    today,
    // No sheet yet: only the arrears are known.
    since ?? '9999-12',
  );
}

export interface DuesSheetView {
  /** First month judged by the warnings (firstSheetPeriod), if any. */
  since?: string;
  unitId: Id;
  unitName: string;
  period: string;
  today: IsoDate;
  rules: RuleSet<PartyDuesRules>;
  members: Array<Member & DuesSheetMember>;
  payments: StoredDuesPayment[];
  accounts: DuesAccount[];
  sheet: DuesSheet;
  /** Warnings of the judged month (judgedPeriod). */
  warnings: DuesWarning[];
  warningsPeriod: string;
  header: DocumentHeader;
  style: DocumentStyleData;
}

/** Everything the sheet shows, computed from what was read (pure; the grid recomputes one member at a time). */
export function buildSheetView(args: {
  unit: Unit;
  period: string;
  today: IsoDate;
  data: repo.DuesData;
  ruleSets: readonly RuleSet[];
  settings: Pick<AppSettings, 'officeHoldersFirst' | 'documentStyleCode'>;
}): DuesSheetView {
  const { unit, period, today, data, ruleSets, settings } = args;
  const rules = duesRulesOn(period, ruleSets);
  const members = sheetMembers(data.members, data.bases, settings.officeHoldersFirst);
  const byMember = new Map<string, StoredDuesPayment[]>();
  for (const p of data.payments) byMember.set(p.memberId, [...(byMember.get(p.memberId) ?? []), p]);
  const accounts = members.map((member) =>
    createAccount({
      member,
      history: member.duesBasis,
      payments: byMember.get(member.id) ?? [],
      rules: rules.data,
      today,
      arrears: member.duesArrears,
    }),
  );
  const sheet = sheetFromAccounts(period, accounts);
  const warningsPeriod = judgedPeriod(period, today, rules.data);
  const since = firstSheetPeriod(data.payments);
  const warnings = accountWarnings(accounts, rules.data, warningsPeriod, today, since);
  const header = documentHeader(unit, lastDayOfPeriod(period));
  const style = documentStyleOn(lastDayOfPeriod(period), ruleSets, settings).data;
  return {
    unitId: unit.id,
    unitName: header.unitName,
    period,
    today,
    rules,
    members,
    payments: data.payments,
    accounts,
    sheet,
    warnings,
    warningsPeriod,
    header,
    style,
    ...(since ? { since } : {}),
  };
}

async function ownUnit(): Promise<Unit | undefined> {
  const db = getDb();
  const settings = await loadSettings(db);
  return settings.ownUnitId ? db.units.get(settings.ownUnitId) : db.units.filter((u) => u.isOwn).first();
}

/** A month's sheet of the own unit, read once (undefined before the set-up). */
export async function openDuesSheet(period: string, today = clock.today()): Promise<DuesSheetView | undefined> {
  const db = getDb();
  const unit = await ownUnit();
  if (!unit) return undefined;
  const [data, ruleSets, settings] = await Promise.all([repo.loadDuesData(db, unit.id, period), loadRuleSets(), loadSettings(db)]);
  return buildSheetView({ unit, period, today, data, ruleSets, settings });
}

/** Save a burst of the grid's edits in one transaction (nothing is saved when one row is wrong). */
export function saveDuesEdits(edits: repo.DuesEdits): Promise<StoredDuesPayment[]> {
  return repo.saveDuesEdits(getDb(), edits);
}

/** "Đã thu đủ": a payment of the expected amount for each row still unpaid (or the chosen ones), stored in one transaction. */
export async function markSheetPaid(
  view: Pick<DuesSheetView, 'sheet' | 'unitId'>,
  options: { paidOn: IsoDate; channel: DuesChannel; memberIds?: readonly string[] },
): Promise<DuesPayment[]> {
  const rows = markPaidInFull(view.sheet, { ...options, newId: () => crypto.randomUUID() });
  if (rows.length) await repo.saveDuesEdits(getDb(), { unitId: view.unitId, put: rows });
  return rows;
}

export function saveBasisEntry(member: Pick<Member, 'id' | 'unitId'>, entry: DuesBasisEntry): Promise<DuesBasisRecord> {
  return repo.saveBasisEntry(getDb(), member, entry);
}

export function saveBasisEntries(
  entries: ReadonlyArray<{ member: Pick<Member, 'id' | 'unitId'>; entry: DuesBasisEntry }>,
): Promise<number> {
  return repo.saveBasisEntries(getDb(), entries);
}

/** Record or clear (undefined) a member's arrears from before the app (checked: nothing stored when wrong). */
export function saveArrears(memberId: Id, arrears: DuesArrears | undefined): Promise<DuesBasisRecord | undefined> {
  return repo.saveArrears(getDb(), memberId, arrears, clock.thisPeriod());
}

export function removeBasisEntry(memberId: Id, from: string): Promise<DuesBasisRecord | undefined> {
  return repo.removeBasisEntry(getDb(), memberId, from);
}

/** The warnings "Tháng này" and the meeting show for a month (of the judged month, see judgedPeriod). */
export async function duesWarningsFor(
  period: string,
  today = clock.today(),
): Promise<{ period: string; warnings: DuesWarning[] } | undefined> {
  const view = await openDuesSheet(period, today);
  return view ? { period: view.warningsPeriod, warnings: view.warnings } : undefined;
}

export function useDuesWarnings(period: string): { period: string; warnings: DuesWarning[] } | undefined {
  return useLive(() => duesWarningsFor(period), [period]);
}

/** The minutes' line "Tình hình thu nộp đảng phí" from the sheet of the meeting's month. */
export async function duesLineFor(meeting: Pick<Meeting, 'period'>): Promise<string | undefined> {
  const view = await openDuesSheet(meeting.period);
  return view && sheetInUse(view.sheet) ? duesMinutesLine(view.sheet) : undefined;
}

/** The cell keeps its dues in the app for this month: something entered, or a basis declared. */
export function sheetInUse(sheet: DuesSheet): boolean {
  return sheet.rows.some((r) => r.entry || r.otherEntries.length > 0 || r.month.paid > 0 || r.month.issue !== 'no_basis');
}

export type FillMinutesResult =
  | { status: 'filled'; meetingId: Id; text: string }
  | { status: 'no_meeting' | 'no_unit' }
  | { status: 'finalised'; meetingId: Id }
  | { status: 'has_text'; meetingId: Id; text: string; current: string };

/**
 * Put the sheet's line into the minutes of the month's regular meeting (a draft only). A typed
 * text different from the line is replaced only with `replace` (the screen asks first).
 */
export async function fillMinutesPartyFees(period: string, options: { replace?: boolean } = {}): Promise<FillMinutesResult> {
  const view = await openDuesSheet(period);
  if (!view) return { status: 'no_unit' };
  const meeting = await regularMeetingOf(getDb(), view.unitId, period);
  if (!meeting) return { status: 'no_meeting' };
  if (meeting.state === 'finalised') return { status: 'finalised', meetingId: meeting.id };
  const text = duesMinutesLine(view.sheet);
  const current = meeting.partyFees.trim();
  if (current && current !== text && !options.replace) return { status: 'has_text', meetingId: meeting.id, text, current };
  await saveMeetingDraft(getDb(), { ...meeting, partyFees: text });
  return { status: 'filled', meetingId: meeting.id, text };
}

/** The minutes line of a sheet (the dues page shows it before it goes into the minutes). */
export { duesMinutesLine };

/** The year's dues totals for the unit report (named detail only with member detail). */
export async function duesReportOf(unitId: Id, year: number, withMembers: boolean, today = clock.today()): Promise<DuesReport> {
  return repo.duesReportOf(getDb(), { unitId, year, withMembers, today, ruleSets: await loadRuleSets() });
}

// ---------- documents ----------

export type DuesDocumentKind = 'sheet' | 'statement';

/** What both documents print, from a sheet (the grid's latest, or the stored one). */
export function duesDocumentInput(view: DuesSheetView, sheet: DuesSheet, date = clock.today()): DuesDocumentInput {
  const history = new Map(view.members.map((m) => [m.id, m.duesBasis]));
  const issued = date < `${view.period}-01` ? lastDayOfPeriod(view.period) : date;
  return {
    period: view.period,
    superiorName: view.header.superiorName,
    superiorCommittee: view.header.superiorCommittee,
    unitName: view.header.unitName || 'Chi bộ',
    placeName: view.header.placeName,
    issuerCode: view.header.issuerCode,
    date: issued,
    rows: duesTableRows(sheet, (id) => history.get(id)),
    totals: sheet.totals,
    ruleSetName: `${view.rules.name} (mã ${view.rules.code}, phiên bản ${view.rules.version})`,
    ...(view.header.secretaryName ? { signerName: view.header.secretaryName } : {}),
    style: view.style,
  };
}

export function duesFileBase(kind: DuesDocumentKind, period: string): string {
  return `${kind === 'sheet' ? 'bang-thu-dang-phi' : 'bao-cao-thu-nop-dang-phi'}-${period}`;
}

/** The collection sheet or the month's statement as PDF bytes (the document style in force in the month). */
export async function buildDuesPdf(view: DuesSheetView, sheet: DuesSheet, kind: DuesDocumentKind): Promise<Uint8Array<ArrayBuffer>> {
  const { buildDuesSheetPdf, buildDuesStatementPdf } = await import('../documents/dues');
  const { renderPdf } = await import('../documents/render-pdf');
  const input = duesDocumentInput(view, sheet);
  const bytes = await renderPdf(kind === 'sheet' ? buildDuesSheetPdf(input) : buildDuesStatementPdf(input));
  return new Uint8Array(bytes);
}
