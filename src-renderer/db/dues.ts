/**
 * Đảng phí in the database: one row per payment (duesPayments), one row per member with the dated
 * dues basis history (duesBases). A burst of sheet edits is saved in ONE transaction (bulkPut +
 * bulkDelete), so a sheet is never half saved; a bad row refuses the whole burst before anything
 * is written (Vietnamese message naming the member when known).
 */
import {
  DuesArrearsSchema,
  arrearsProblem,
  DuesBasisEntrySchema,
  DuesPaymentSchema,
  MAX_COVERED_MONTHS,
  duesReport,
  firstSheetPeriod,
  setBasis,
  shiftPeriod,
  type DuesArrears,
  type DuesBasisEntry,
  type DuesPayment,
  type DuesReport,
} from '../core/dues';
import type { DuesBasisRecord, Id, IsoDate, Member, RuleSet, StoredDuesPayment } from '../core/model';
import { resolveRule } from '../core/rules';
import { cleanText, lastDayOfPeriod, nfc, sortMembers } from '../core/text';
import type { SoNeuGuongDb } from './database';
import { clock } from '../platform/clock';

export class DuesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DuesError';
  }
}

/** What a month's sheet (or a year's report) reads: the unit's members, their bases and the payments that can touch the months. */
export interface DuesData {
  members: Member[];
  bases: DuesBasisRecord[];
  payments: StoredDuesPayment[];
}

/**
 * Payments of the unit entered in sheets from `from` − 24 months to `through` + 24 months: a payment
 * covers at most MAX_COVERED_MONTHS months around its sheet, so this is every payment that can put
 * money on a month of [from, through]. One range read on [unitId+period].
 */
export async function paymentsAround(db: SoNeuGuongDb, unitId: Id, from: string, through: string): Promise<StoredDuesPayment[]> {
  return db.duesPayments
    .where('[unitId+period]')
    .between([unitId, shiftPeriod(from, -MAX_COVERED_MONTHS)], [unitId, shiftPeriod(through, MAX_COVERED_MONTHS)], true, true)
    .toArray();
}

export async function loadDuesData(db: SoNeuGuongDb, unitId: Id, from: string, through = from): Promise<DuesData> {
  return db.transaction('r', [db.members, db.duesBases, db.duesPayments], async () => {
    const [members, bases, payments] = await Promise.all([
      db.members.where('unitId').equals(unitId).toArray(),
      db.duesBases.where('unitId').equals(unitId).toArray(),
      paymentsAround(db, unitId, from, through),
    ]);
    return { members, bases, payments };
  });
}

function cleanPayment(p: DuesPayment, unitId: Id, now: string): StoredDuesPayment {
  const out: StoredDuesPayment = { ...p, unitId, updatedAt: now };
  if (p.note !== undefined) {
    const note = cleanText(p.note);
    if (note) out.note = note;
    else delete out.note;
  }
  if (p.deferredReason !== undefined) {
    const reason = cleanText(p.deferredReason);
    if (reason) out.deferredReason = reason;
    else delete out.deferredReason;
  }
  for (const k of Object.keys(out) as Array<keyof StoredDuesPayment>) if (out[k] === undefined) delete out[k];
  return out;
}

export interface DuesEdits {
  unitId: Id;
  /** New or changed payments (the grid's rows). */
  put: readonly DuesPayment[];
  /** Payments removed (a row cleared). */
  deleteIds?: readonly Id[];
  /** Names by member id, for the refusal message. */
  names?: ReadonlyMap<Id, string>;
}

/**
 * Save a burst of sheet edits in one transaction. Every payment is checked (core/dues
 * DuesPaymentSchema) before anything is written; returns the rows as stored.
 */
export async function saveDuesEdits(db: SoNeuGuongDb, edits: DuesEdits): Promise<StoredDuesPayment[]> {
  const now = clock.nowIso();
  const rows = edits.put.map((p) => {
    // One zod pass per row: its problem, or the parsed row.
    const parsed = DuesPaymentSchema.safeParse(p);
    if (!parsed.success) {
      const who = edits.names?.get(p.memberId);
      throw new DuesError(`${who ? `Đồng chí ${who}: ` : ''}${parsed.error.issues[0]!.message}; chưa lưu gì.`);
    }
    return cleanPayment(parsed.data, edits.unitId, now);
  });
  const ids = new Set<string>();
  for (const r of rows) {
    if (ids.has(r.id)) throw new DuesError('Một lần nộp xuất hiện hai lần trong cùng một lần lưu; chưa lưu gì.');
    ids.add(r.id);
  }
  const deleteIds = (edits.deleteIds ?? []).filter((id) => !ids.has(id));
  if (rows.length === 0 && deleteIds.length === 0) return [];
  await db.transaction('rw', db.duesPayments, async () => {
    if (rows.length) await db.duesPayments.bulkPut(rows);
    if (deleteIds.length) await db.duesPayments.bulkDelete(deleteIds);
  });
  return rows;
}

/** A member's payments, every month (the member's page). */
export async function memberPayments(db: SoNeuGuongDb, memberId: Id): Promise<StoredDuesPayment[]> {
  return db.duesPayments.where('memberId').equals(memberId).sortBy('period');
}

export async function basisOf(db: SoNeuGuongDb, memberId: Id): Promise<DuesBasisRecord | undefined> {
  return db.duesBases.where('memberId').equals(memberId).first();
}

function cleanEntry(entry: DuesBasisEntry): DuesBasisEntry {
  const parsed = DuesBasisEntrySchema.safeParse(entry);
  if (!parsed.success) throw new DuesError(`${parsed.error.issues[0]!.message}; chưa lưu.`);
  const out: DuesBasisEntry = { ...parsed.data, groupCode: nfc(parsed.data.groupCode).trim() };
  if (out.note !== undefined) {
    const note = cleanText(out.note);
    if (note) out.note = note;
    else delete out.note;
  }
  for (const k of Object.keys(out) as Array<keyof DuesBasisEntry>) if (out[k] === undefined) delete out[k];
  return out;
}

/**
 * Add (or replace) the basis entry of a month in a member's history: a change of salary from a
 * month is a new entry; earlier months keep theirs. One transaction.
 */
export async function saveBasisEntry(
  db: SoNeuGuongDb,
  member: Pick<Member, 'id' | 'unitId'>,
  entry: DuesBasisEntry,
): Promise<DuesBasisRecord> {
  const clean = cleanEntry(entry);
  return db.transaction('rw', db.duesBases, async () => {
    const stored = await basisOf(db, member.id);
    const next: DuesBasisRecord = {
      id: stored?.id ?? crypto.randomUUID(),
      memberId: member.id,
      unitId: member.unitId,
      history: setBasis(stored?.history, clean),
      updatedAt: clock.nowIso(),
    };
    await db.duesBases.put(next);
    return next;
  });
}

/** The same basis from a month for several members at once (a whole group's fixed amount, a new rule). */
export async function saveBasisEntries(
  db: SoNeuGuongDb,
  entries: ReadonlyArray<{ member: Pick<Member, 'id' | 'unitId'>; entry: DuesBasisEntry }>,
): Promise<number> {
  const cleaned = entries.map((e) => ({ member: e.member, entry: cleanEntry(e.entry) }));
  return db.transaction('rw', db.duesBases, async () => {
    const now = clock.nowIso();
    const stored = new Map(
      (
        await db.duesBases
          .where('memberId')
          .anyOf(cleaned.map((e) => e.member.id))
          .toArray()
      ).map((r) => [r.memberId, r]),
    );
    const rows = cleaned.map(({ member, entry }) => {
      const prev = stored.get(member.id);
      const next: DuesBasisRecord = {
        id: prev?.id ?? crypto.randomUUID(),
        memberId: member.id,
        unitId: member.unitId,
        history: setBasis(prev?.history, entry),
        updatedAt: now,
      };
      stored.set(member.id, next);
      return next;
    });
    await db.duesBases.bulkPut([...new Map(rows.map((r) => [r.memberId, r])).values()]);
    return rows.length;
  });
}

/** The first month the unit kept in the app (core/dues firstSheetPeriod over all its payments). */
export async function unitFirstSheet(db: SoNeuGuongDb, unitId: Id): Promise<string | undefined> {
  const payments = await db.duesPayments.where('[unitId+period]').between([unitId, ''], [unitId, '\uffff']).toArray();
  return firstSheetPeriod(payments);
}

/**
 * Record (or clear, with `undefined`) a member's arrears from before the app, once. Checked against
 * the member and the unit's first sheet (core/dues arrearsProblem): refused with a Vietnamese
 * message, nothing stored. One transaction.
 */
export async function saveArrears(
  db: SoNeuGuongDb,
  memberId: Id,
  arrears: DuesArrears | undefined,
  thisPeriod: string,
): Promise<DuesBasisRecord | undefined> {
  return db.transaction('rw', [db.members, db.duesBases, db.duesPayments], async () => {
    const member = await db.members.get(memberId);
    if (!member) throw new DuesError('Không tìm thấy đảng viên; chưa lưu.');
    const stored = await basisOf(db, memberId);
    if (arrears === undefined) {
      if (!stored?.arrears) return stored;
      const next: DuesBasisRecord = { ...stored, updatedAt: clock.nowIso() };
      delete next.arrears;
      await db.duesBases.put(next);
      return next;
    }
    const clean: DuesArrears = { from: arrears.from, months: arrears.months };
    const note = arrears.note === undefined ? '' : cleanText(arrears.note);
    if (note) clean.note = note;
    const firstSheet = await unitFirstSheet(db, member.unitId);
    const problem = arrearsProblem(clean, { member, thisPeriod, ...(firstSheet ? { firstSheet } : {}) });
    if (problem) throw new DuesError(`${problem} Chưa lưu.`);
    const next: DuesBasisRecord = {
      id: stored?.id ?? crypto.randomUUID(),
      memberId,
      unitId: member.unitId,
      history: stored?.history ?? [],
      arrears: DuesArrearsSchema.parse(clean),
      updatedAt: clock.nowIso(),
    };
    await db.duesBases.put(next);
    return next;
  });
}

/** Remove the entry of a month from a member's history (an entry typed by mistake). */
export async function removeBasisEntry(db: SoNeuGuongDb, memberId: Id, from: string): Promise<DuesBasisRecord | undefined> {
  return db.transaction('rw', db.duesBases, async () => {
    const stored = await basisOf(db, memberId);
    if (!stored) return undefined;
    const next = { ...stored, history: stored.history.filter((e) => e.from !== from), updatedAt: clock.nowIso() };
    await db.duesBases.put(next);
    return next;
  });
}

/**
 * The year's dues totals as the unit report carries them (core/dues duesReport: the months'
 * sheets, one function), with the rule set of December of the year. Named detail only when
 * `withMembers` (the report carries member detail).
 */
export async function duesReportOf(
  db: SoNeuGuongDb,
  args: { unitId: Id; year: number; withMembers: boolean; today: IsoDate; ruleSets: readonly RuleSet[]; throughPeriod?: string },
): Promise<DuesReport> {
  const y = String(args.year).padStart(4, '0');
  const data = await loadDuesData(db, args.unitId, `${y}-01`, `${y}-12`);
  const rules = resolveRule('party_dues', { date: lastDayOfPeriod(`${y}-12`), ruleSets: args.ruleSets });
  const bases = new Map(data.bases.map((b) => [b.memberId, b.history]));
  const members = sortMembers(data.members, true).map((m) => ({ ...m, ...(bases.has(m.id) ? { duesBasis: bases.get(m.id) } : {}) }));
  return duesReport({
    year: args.year,
    members,
    payments: data.payments,
    rules: rules.data,
    today: args.today,
    withMembers: args.withMembers,
    ruleSet: { code: rules.code, version: rules.version },
    ...(args.throughPeriod ? { throughPeriod: args.throughPeriod } : {}),
    // Months before the cell's first sheet are not known here: not reported (not "unpaid").
    fromPeriod: firstSheetPeriod(data.payments) ?? '9999-12',
  });
}

/**
 * The unit report's dues part: undefined when the unit keeps no dues in the app (no payment and no
 * basis read for the year), so reports of cells that do not use it stay as they were. Named detail
 * only for `memberIds` (the members the report lists).
 */
export async function duesReportKept(
  db: SoNeuGuongDb,
  args: {
    unitId: Id;
    year: number;
    withMembers: boolean;
    today: IsoDate;
    ruleSets: readonly RuleSet[];
    throughPeriod?: string;
    memberIds?: readonly string[];
  },
): Promise<DuesReport | undefined> {
  const y = String(args.year).padStart(4, '0');
  const [payments, bases] = await Promise.all([
    paymentsAround(db, args.unitId, `${y}-01`, `${y}-12`),
    db.duesBases.where('unitId').equals(args.unitId).count(),
  ]);
  if (payments.length === 0 && bases === 0) return undefined;
  const report = await duesReportOf(db, args);
  if (report.members && args.memberIds) {
    const ids = new Set(args.memberIds);
    report.members = report.members.filter((m) => ids.has(m.memberId));
  }
  return report;
}
