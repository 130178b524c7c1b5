/**
 * The month grid: members × pledge categories. Every member's pledge form has its own items, so
 * the columns are the framework categories the items belong to; a cell holds the results of that
 * member's items in the category. A member without a pledge form uses the overall column only.
 * Pure functions returning new records; the caller saves them in one transaction per edit burst.
 */
import type { FrameworkCategory, Id, IsoDateTime, ItemResult, Member, MonthlyAssessment, NotApplicableReason, PledgeForm } from '../model';
import { lastDayOfPeriod } from '../text';
import { rosterStateOn } from '../meetings/roster';
import { type MonthlyScaleData, levelByCode, worstLevel } from './scales';

export const OVERALL_COLUMN = 'overall';

export interface GridColumn {
  /** Category code, or OVERALL_COLUMN. */
  key: string;
  label: string;
  /** Short header for a narrow grid ("1", "2", … "Chung"). */
  short: string;
}

export type PeriodKey = string; // YYYY-MM

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/u;

export function isValidPeriod(period: string): boolean {
  return PERIOD.test(period);
}

export function previousPeriod(period: PeriodKey): PeriodKey {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

export function nextPeriod(period: PeriodKey): PeriodKey {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * Columns of the grid: the categories used by the given pledge forms (in framework order, first
 * form that names a category wins its label), then the overall column. With no forms, just the
 * overall column.
 */
export function gridColumns(forms: readonly Pick<PledgeForm, 'framework' | 'items'>[]): GridColumn[] {
  const used = new Map<string, FrameworkCategory>();
  for (const form of forms) {
    const codes = new Set(form.items.map((i) => i.categoryCode));
    for (const cat of form.framework.categories) if (codes.has(cat.code) && !used.has(cat.code)) used.set(cat.code, cat);
  }
  const cats = [...used.values()].sort((a, b) => a.order - b.order);
  const columns: GridColumn[] = cats.map((c, i) => ({ key: c.code, label: c.label, short: String(i + 1) }));
  columns.push({ key: OVERALL_COLUMN, label: 'Đánh giá chung', short: 'Chung' });
  return columns;
}

export interface ColumnGroup {
  /** Index of the first column of the group, and one past its last. */
  start: number;
  end: number;
  /** "ND 1–3", "ND 7, Chung", "Chung". */
  label: string;
}

/**
 * The columns shown one group at a time when the text is large: consecutive groups of at most
 * `perGroup` columns (at least one), each named by its columns' short headers.
 */
export function columnGroups(columns: readonly GridColumn[], perGroup: number): ColumnGroup[] {
  const size = Math.max(1, Math.floor(perGroup));
  const groups: ColumnGroup[] = [];
  for (let start = 0; start < columns.length; start += size) {
    const part = columns.slice(start, start + size);
    const numbered = part.filter((c) => c.key !== OVERALL_COLUMN);
    const names: string[] = [];
    if (numbered.length > 0)
      names.push(numbered.length === 1 ? `ND ${numbered[0]!.short}` : `ND ${numbered[0]!.short}–${numbered.at(-1)!.short}`);
    if (part.some((c) => c.key === OVERALL_COLUMN)) names.push('Chung');
    groups.push({ start, end: start + part.length, label: names.join(', ') });
  }
  return groups;
}

/** The group that holds column `col` (the first group when none does). */
export function groupOfColumn(groups: readonly ColumnGroup[], col: number): number {
  const i = groups.findIndex((g) => col >= g.start && col < g.end);
  return i < 0 ? 0 : i;
}

/** Item ids of a member's form in a category (empty: the cell is not applicable to that member). */
export function itemsInCategory(form: Pick<PledgeForm, 'items'> | undefined, categoryCode: string): Id[] {
  if (!form) return [];
  return form.items.filter((i) => i.categoryCode === categoryCode).map((i) => i.id);
}

export function cellEditable(form: Pick<PledgeForm, 'items'> | undefined, columnKey: string): boolean {
  return columnKey === OVERALL_COLUMN || itemsInCategory(form, columnKey).length > 0;
}

export interface CellValue {
  level?: string;
  /** The items of the category have different levels; `level` is the worst of them. */
  mixed: boolean;
  /** Overall column only: the value is derived from the items (not set explicitly). */
  derived: boolean;
}

export function cellValue(
  scale: MonthlyScaleData,
  record: MonthlyAssessment | undefined,
  form: Pick<PledgeForm, 'items'> | undefined,
  columnKey: string,
): CellValue {
  if (!record) return { mixed: false, derived: false };
  if (columnKey === OVERALL_COLUMN) {
    if (record.overallLevel !== undefined) return { level: record.overallLevel, mixed: false, derived: false };
    const derived = worstLevel(
      scale,
      record.results.map((r) => r.level),
    );
    return { level: derived, mixed: false, derived: derived !== undefined };
  }
  const ids = itemsInCategory(form, columnKey);
  const levels = ids.map((id) => record.results.find((r) => r.itemId === id)?.level);
  const set = new Set(levels.filter((l): l is string => l !== undefined));
  return { level: worstLevel(scale, levels), mixed: set.size > 1 || (set.size === 1 && levels.includes(undefined)), derived: false };
}

/** The member's level for the month: the overall level, else the worst item level. */
export function effectiveLevel(scale: MonthlyScaleData, record: MonthlyAssessment | undefined): string | undefined {
  if (!record || record.notApplicable) return undefined;
  return (
    record.overallLevel ??
    worstLevel(
      scale,
      record.results.map((r) => r.level),
    )
  );
}

export interface NewRecordContext {
  newId: () => Id;
  now: IsoDateTime;
  scaleCode: string;
}

export function emptyAssessment(memberId: Id, unitId: Id, period: PeriodKey, ctx: NewRecordContext): MonthlyAssessment {
  return {
    id: ctx.newId(),
    memberId,
    unitId,
    period,
    scaleCode: ctx.scaleCode,
    results: [],
    praised: false,
    reminded: false,
    updatedAt: ctx.now,
  };
}

/**
 * Set (or clear with `level` undefined) a cell. Returns a new record; the input is not changed.
 * Setting a level clears a not-applicable mark.
 */
export function setCell(
  record: MonthlyAssessment,
  form: Pick<PledgeForm, 'items'> | undefined,
  columnKey: string,
  level: string | undefined,
  now: IsoDateTime,
): MonthlyAssessment {
  const next: MonthlyAssessment = { ...record, results: record.results.map((r) => ({ ...r })), updatedAt: now };
  if (level !== undefined) delete next.notApplicable;
  if (columnKey === OVERALL_COLUMN) {
    if (level === undefined) delete next.overallLevel;
    else next.overallLevel = level;
    return next;
  }
  const ids = itemsInCategory(form, columnKey);
  for (const id of ids) {
    const existing = next.results.find((r) => r.itemId === id);
    if (existing) {
      if (level === undefined) delete existing.level;
      else existing.level = level;
    } else if (level !== undefined) {
      next.results.push({ itemId: id, level } satisfies ItemResult);
    }
  }
  next.results = next.results.filter((r) => r.level !== undefined || (r.note !== undefined && r.note !== ''));
  return next;
}

export function hasAnyLevel(record: MonthlyAssessment | undefined): boolean {
  return !!record && (record.overallLevel !== undefined || record.results.some((r) => r.level !== undefined));
}

/**
 * Suggested not-applicable reason for a member in a month (domain.md §10.6): judged on the last
 * day of the month; a member who joined after the month ends is "chưa vào Đảng / chưa chuyển đến".
 */
export function suggestedNotApplicable(
  member: Pick<Member, 'statusPeriods' | 'admissionDate' | 'fullMembershipDate'>,
  period: PeriodKey,
): NotApplicableReason | undefined {
  const last = lastDayOfPeriod(period);
  const first = `${period}-01`;
  const endState = rosterStateOn(member, last);
  if (!endState.onRoster) {
    const startState = rosterStateOn(member, first);
    // Left during the month: still expected if on the roster on the first day.
    if (startState.onRoster) return undefined;
    const ended = member.statusPeriods.some((p) => ['chuyen_di', 'tu_tran', 'xoa_ten', 'khai_tru'].includes(p.kind) && p.from <= first);
    return ended ? 'chuyen_di' : 'chua_vao_dang';
  }
  if (endState.suspended) return 'dinh_chi';
  if (endState.exempt) return 'mien';
  return undefined;
}

export const NOT_APPLICABLE_LABELS: Record<NotApplicableReason, string> = {
  mien: 'Được miễn công tác và sinh hoạt đảng',
  dinh_chi: 'Đang bị đình chỉ sinh hoạt',
  chua_vao_dang: 'Chưa vào Đảng / chưa chuyển đến chi bộ',
  chuyen_di: 'Đã chuyển đi / không còn trong danh sách',
  vang: 'Vắng cả tháng (đi công tác, ốm đau …)',
  khac: 'Lý do khác',
};

/** The same reasons in the grid's narrow list (the full text is its tooltip). */
export const NOT_APPLICABLE_SHORT_LABELS: Record<NotApplicableReason, string> = {
  mien: 'Được miễn',
  dinh_chi: 'Bị đình chỉ',
  chua_vao_dang: 'Chưa về chi bộ',
  chuyen_di: 'Đã chuyển đi',
  vang: 'Vắng cả tháng',
  khac: 'Lý do khác',
};

export function markNotApplicable(
  record: MonthlyAssessment,
  reason: NotApplicableReason | undefined,
  note: string | undefined,
  now: IsoDateTime,
): MonthlyAssessment {
  const next: MonthlyAssessment = { ...record, updatedAt: now };
  if (reason === undefined) delete next.notApplicable;
  else next.notApplicable = note ? { reason, note } : { reason };
  return next;
}

/**
 * Members who have not reported this month: expected (not excluded by status, not marked not
 * applicable) and without any level in their record. Order of `members` is kept.
 */
export function notReported<M extends Pick<Member, 'id' | 'statusPeriods' | 'admissionDate' | 'fullMembershipDate'>>(
  members: readonly M[],
  records: readonly MonthlyAssessment[],
  period: PeriodKey,
): M[] {
  const byMember = new Map(records.filter((r) => r.period === period).map((r) => [r.memberId, r]));
  return members.filter((m) => {
    const rec = byMember.get(m.id);
    if (rec?.notApplicable) return false;
    if (suggestedNotApplicable(m, period) !== undefined) return false;
    return !hasAnyLevel(rec);
  });
}

/** Members listed in the grid for a month: on the roster at some point of the month. */
export function gridMembers<M extends Pick<Member, 'id' | 'statusPeriods' | 'admissionDate' | 'fullMembershipDate'>>(
  members: readonly M[],
  period: PeriodKey,
): M[] {
  return members.filter((m) => {
    const na = suggestedNotApplicable(m, period);
    return na !== 'chuyen_di' && na !== 'chua_vao_dang';
  });
}

/**
 * Copy a member's row from last month into this month's record: the overall level and, for
 * each category of this month's form, the level the previous record had for that category
 * (items are matched by id first; a new year's form has new ids, so by category). Flags, notes
 * and not-applicable marks are not copied. Returns the new record.
 */
export function copyRowFromPrevious(
  scale: MonthlyScaleData,
  current: MonthlyAssessment,
  previous: MonthlyAssessment | undefined,
  form: Pick<PledgeForm, 'items'> | undefined,
  previousForm: Pick<PledgeForm, 'items'> | undefined,
  columns: readonly GridColumn[],
  now: IsoDateTime,
): MonthlyAssessment {
  if (!previous) return current;
  let next = current;
  for (const col of columns) {
    next = copyCellFromPrevious(scale, next, previous, form, previousForm, col.key, now);
  }
  return next;
}

export function copyCellFromPrevious(
  scale: MonthlyScaleData,
  current: MonthlyAssessment,
  previous: MonthlyAssessment | undefined,
  form: Pick<PledgeForm, 'items'> | undefined,
  previousForm: Pick<PledgeForm, 'items'> | undefined,
  columnKey: string,
  now: IsoDateTime,
): MonthlyAssessment {
  if (!previous || previous.notApplicable) return current;
  if (!cellEditable(form, columnKey)) return current;
  if (columnKey === OVERALL_COLUMN) {
    if (previous.overallLevel === undefined) return current;
    return setCell(current, form, columnKey, previous.overallLevel, now);
  }
  const ids = itemsInCategory(form, columnKey);
  let next = current;
  const prevById = new Map(previous.results.map((r) => [r.itemId, r.level]));
  const sameItems = ids.every((id) => prevById.has(id));
  if (sameItems && ids.length > 0) {
    next = { ...next, results: next.results.map((r) => ({ ...r })), updatedAt: now };
    delete next.notApplicable;
    for (const id of ids) {
      const level = prevById.get(id);
      const existing = next.results.find((r) => r.itemId === id);
      if (existing) existing.level = level;
      else if (level !== undefined) next.results.push({ itemId: id, level });
    }
    return next;
  }
  const prevLevel = cellValue(scale, previous, previousForm, columnKey).level;
  if (prevLevel === undefined) return current;
  return setCell(next, form, columnKey, prevLevel, now);
}

export interface MonthSummary {
  expected: number;
  reported: number;
  notApplicable: number;
  byLevel: Record<string, number>;
  good: number;
  notGood: number;
  praised: number;
  reminded: number;
}

export function monthSummary<M extends Pick<Member, 'id' | 'statusPeriods' | 'admissionDate' | 'fullMembershipDate'>>(
  scale: MonthlyScaleData,
  members: readonly M[],
  records: readonly MonthlyAssessment[],
  period: PeriodKey,
): MonthSummary {
  const listed = gridMembers(members, period);
  const byMember = new Map(records.filter((r) => r.period === period).map((r) => [r.memberId, r]));
  const summary: MonthSummary = {
    expected: 0,
    reported: 0,
    notApplicable: 0,
    byLevel: Object.fromEntries(scale.levels.map((l) => [l.code, 0])),
    good: 0,
    notGood: 0,
    praised: 0,
    reminded: 0,
  };
  for (const m of listed) {
    const rec = byMember.get(m.id);
    if (rec?.praised) summary.praised += 1;
    if (rec?.reminded) summary.reminded += 1;
    if (rec?.notApplicable || suggestedNotApplicable(m, period) !== undefined) {
      summary.notApplicable += 1;
      continue;
    }
    summary.expected += 1;
    const level = effectiveLevel(scale, rec);
    if (level === undefined) continue;
    summary.reported += 1;
    summary.byLevel[level] = (summary.byLevel[level] ?? 0) + 1;
    if (levelByCode(scale, level)?.good) summary.good += 1;
    else summary.notGood += 1;
  }
  return summary;
}
