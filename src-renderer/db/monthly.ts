/**
 * Monthly self-assessments: one record per member per month with its item results inside.
 * A burst of grid edits is saved in ONE transaction (bulkPut), so a month is never half saved.
 */
import type { AppSettings, Id, Member, MonthlyAssessment, PledgeForm, RuleSet, Unit } from '../core/model';
import { isValidPeriod } from '../core/monthly';
import { cleanText, nfc } from '../core/text';
import type { SoNeuGuongDb } from './database';
import { loadSettings } from './settings';

export class MonthlyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MonthlyError';
  }
}

const CHUNK = 10_000;

function clean(record: MonthlyAssessment): MonthlyAssessment {
  const out: MonthlyAssessment = {
    ...record,
    results: record.results.map((r) => (r.note === undefined ? { ...r } : { ...r, note: nfc(r.note).trim() })),
  };
  if (record.selfNote !== undefined) out.selfNote = nfc(record.selfNote).trim();
  if (record.cellComment !== undefined) out.cellComment = nfc(record.cellComment).trim();
  if (record.notApplicable?.note !== undefined) out.notApplicable = { ...record.notApplicable, note: cleanText(record.notApplicable.note) };
  return out;
}

function check(record: MonthlyAssessment): void {
  if (!record.id || !record.memberId || !record.unitId)
    throw new MonthlyError('Bản tự đánh giá thiếu mã đảng viên hoặc mã chi bộ; chưa lưu gì.');
  if (!isValidPeriod(record.period))
    throw new MonthlyError(`Tháng "${record.period}" không hợp lệ (cần dạng năm-tháng, ví dụ 2026-11); chưa lưu gì.`);
  if (!Array.isArray(record.results)) throw new MonthlyError('Kết quả từng nội dung không hợp lệ; chưa lưu gì.');
}

/**
 * Save a burst of edited records in one transaction. A record for a member and month that
 * already exists under another id keeps the stored id (primary keys never change). Returns the
 * records as stored. Throws MonthlyError (Vietnamese) before writing anything when a record is bad.
 */
export async function saveMonthGrid(db: SoNeuGuongDb, records: readonly MonthlyAssessment[]): Promise<MonthlyAssessment[]> {
  if (records.length === 0) return [];
  const cleaned = records.map((r) => {
    check(r);
    return clean(r);
  });
  const seen = new Set<string>();
  for (const r of cleaned) {
    const key = `${r.memberId}|${r.period}`;
    if (seen.has(key)) throw new MonthlyError('Một đảng viên có hai bản tự đánh giá trong cùng một tháng; chưa lưu gì.');
    seen.add(key);
  }
  return db.transaction('rw', db.monthlyAssessments, async () => {
    // Stored ids by member and month: one range read per month (a burst is almost always one
    // month), which costs far less than looking up each [memberId+period] key on its own.
    const existing: MonthlyAssessment[] = [];
    for (const period of new Set(cleaned.map((r) => r.period))) {
      existing.push(...(await db.monthlyAssessments.where('period').equals(period).toArray()));
    }
    const idOf = new Map(existing.map((r) => [`${r.memberId}|${r.period}`, r.id]));
    const toStore = cleaned.map((r) => {
      const id = idOf.get(`${r.memberId}|${r.period}`);
      return id && id !== r.id ? { ...r, id } : r;
    });
    for (let i = 0; i < toStore.length; i += CHUNK) await db.monthlyAssessments.bulkPut(toStore.slice(i, i + CHUNK));
    return toStore;
  });
}

/** The records of a unit for a month. */
export async function loadMonth(db: SoNeuGuongDb, unitId: Id, period: string): Promise<MonthlyAssessment[]> {
  return db.monthlyAssessments.where('[unitId+period]').equals([unitId, period]).toArray();
}

/** Records of a unit for every month of a year (for the year-end roll-up). */
export async function loadYear(db: SoNeuGuongDb, unitId: Id, year: number): Promise<MonthlyAssessment[]> {
  return db.monthlyAssessments
    .where('[unitId+period]')
    .between([unitId, `${year}-01`], [unitId, `${year}-12`], true, true)
    .toArray();
}

/** Everything the month grid needs: members of the unit, their pledge forms of the year, this and last month's records. */
export interface MonthData {
  members: Member[];
  forms: PledgeForm[];
  previousForms: PledgeForm[];
  records: MonthlyAssessment[];
  previous: MonthlyAssessment[];
}

/** The month's reads, all at once (one round trip to the storage, not five in a row). */
function readMonth(db: SoNeuGuongDb, members: Promise<Member[]>, period: string, previousPeriod: string) {
  const year = Number(period.slice(0, 4));
  const prevYear = Number(previousPeriod.slice(0, 4));
  return Promise.all([
    members,
    db.pledgeForms.where('year').equals(year).toArray(),
    prevYear === year ? undefined : db.pledgeForms.where('year').equals(prevYear).toArray(),
    db.monthlyAssessments.where('period').equals(period).toArray(),
    db.monthlyAssessments.where('period').equals(previousPeriod).toArray(),
  ]);
}

/** The unit's part of what readMonth read. */
function monthOf(unitId: Id, [all, yearForms, prevYearForms, records, previous]: Awaited<ReturnType<typeof readMonth>>): MonthData {
  const members = all.filter((m) => m.unitId === unitId);
  const ids = new Set(members.map((m) => m.id));
  const forms = yearForms.filter((f) => ids.has(f.memberId));
  return {
    members,
    forms,
    previousForms: prevYearForms ? prevYearForms.filter((f) => ids.has(f.memberId)) : forms,
    records: records.filter((r) => r.unitId === unitId),
    previous: previous.filter((r) => r.unitId === unitId),
  };
}

export async function loadMonthData(db: SoNeuGuongDb, unitId: Id, period: string, previousPeriod: string): Promise<MonthData> {
  return db.transaction('r', [db.members, db.pledgeForms, db.monthlyAssessments], async () =>
    monthOf(unitId, await readMonth(db, db.members.where('unitId').equals(unitId).toArray(), period, previousPeriod)),
  );
}

/** What the month page needs, read in one transaction: the own unit, the settings, the rule sets and the unit's month. */
export interface MonthView {
  unit: Unit | undefined;
  settings: AppSettings;
  ruleSets: RuleSet[];
  /** Undefined before the first-run set-up (no own unit). */
  data: MonthData | undefined;
}

/**
 * One round trip: the own unit is not known before the read, so every member and the month's records
 * of every unit are read with it (in a cell they are the own unit's) and the unit's part kept.
 */
export async function loadMonthView(db: SoNeuGuongDb, period: string, previousPeriod: string): Promise<MonthView> {
  return db.transaction('r', [db.units, db.settings, db.ruleSets, db.members, db.pledgeForms, db.monthlyAssessments], async () => {
    const [unit, settings, ruleSets, month] = await Promise.all([
      db.units.filter((u) => u.isOwn).first(),
      loadSettings(db),
      db.ruleSets.toArray(),
      readMonth(db, db.members.toArray(), period, previousPeriod),
    ]);
    return { unit, settings, ruleSets, data: unit ? monthOf(unit.id, month) : undefined };
  });
}
