/**
 * The secretary's calendar ("Lịch việc"): the year's dated jobs computed from the member records,
 * the meetings and the deadlines rule set (one resolver, field by field), the items ticked off,
 * what "Tháng này" shows, and the cell's own holidays table (a local version of the rule set).
 */
import { dueSoon, yearCalendar, type CalendarItem, type DeadlineRules } from '../core/calendar';
import type { Id, IsoDate, RuleSet } from '../core/model';
import { resolveRule, ruleSetProblems, stillUnverified, yearQuery } from '../core/rules';
import { addDays } from '../core/text';
import * as repo from '../db/calendar';
import { getDb } from '../db/instance';
import { meetingsOfYear } from '../db/meetings';
import { loadSettings } from '../db/settings';
import { clock } from '../platform/clock';
import { useLive } from './live';
import { loadRuleSets, RuleEditError } from './rules';

export interface YearCalendarView {
  year: number;
  unitId: Id;
  today: IsoDate;
  rules: RuleSet<DeadlineRules>;
  items: CalendarItem[];
}

/** The deadlines rule set of a year (valid during the year; the package's dates over the cell's table over the preset). */
export function deadlinesOfYear(year: number, ruleSets: readonly RuleSet[]): RuleSet<DeadlineRules> {
  return resolveRule('deadlines', { ...yearQuery(year), ruleSets });
}

/** Live: the deadlines rule set of a year (Cài đặt). */
export function useDeadlineRules(year: number): RuleSet<DeadlineRules> | undefined {
  return useLive(async () => deadlinesOfYear(year, await loadRuleSets()), [year]);
}

export async function openYearCalendar(year: number, today = clock.today()): Promise<YearCalendarView | undefined> {
  const db = getDb();
  const settings = await loadSettings(db);
  const unit = settings.ownUnitId ? await db.units.get(settings.ownUnitId) : await db.units.filter((u) => u.isOwn).first();
  if (!unit) return undefined;
  const [members, meetings, ruleSets, done] = await Promise.all([
    db.members.where('unitId').equals(unit.id).toArray(),
    meetingsOfYear(db, unit.id, year),
    loadRuleSets(),
    repo.doneKeys(db, unit.id),
  ]);
  const rules = deadlinesOfYear(year, ruleSets);
  const items = yearCalendar({ year, today, members, rules: rules.data, meetingDay: settings.meetingDay, meetings, doneKeys: done });
  return { year, unitId: unit.id, today, rules, items };
}

/** Live: the year's calendar (re-read when members, meetings, rule sets or ticks change). */
export function useYearCalendar(year: number): YearCalendarView | undefined {
  return useLive(() => openYearCalendar(year), [year]);
}

/** Tick an item off (or back on). */
export function setCalendarDone(unitId: Id, key: string, done: boolean): Promise<void> {
  return repo.setDone(getDb(), unitId, key, done);
}

/** What "Tháng này" shows: the items not done that are overdue or due within the notice days (this year, and next year's near its end). */
export async function calendarDueSoon(today = clock.today()): Promise<CalendarItem[]> {
  const year = Number(today.slice(0, 4));
  const view = await openYearCalendar(year, today);
  if (!view) return [];
  const items = [...view.items];
  if (addDays(today, view.rules.data.noticeDays).slice(0, 4) > today.slice(0, 4)) {
    const next = await openYearCalendar(year + 1, today);
    if (next) items.push(...next.items.filter((i) => i.kind !== 'holidays_missing'));
  }
  return dueSoon(items);
}

export function useCalendarDueSoon(): CalendarItem[] | undefined {
  return useLive(() => calendarDueSoon(), []);
}

/**
 * Store the cell's own holidays table (and offsets): a new local version of the deadlines rule
 * set, valid from the first of January of `year`. A superior's package still gives its own dates
 * (the deadlines kind is resolved field by field). Refused (nothing stored) when a value is wrong.
 */
export async function saveLocalDeadlines(year: number, patch: Partial<DeadlineRules>): Promise<RuleSet<DeadlineRules>> {
  const db = getDb();
  return db.transaction('rw', db.ruleSets, async () => {
    const ruleSets = await db.ruleSets.toArray();
    const local = ruleSets.filter((r) => r.kind === 'deadlines' && r.source === 'local');
    const current = deadlinesOfYear(
      year,
      ruleSets.filter((r) => r.kind === 'deadlines' && r.source !== 'superior'),
    );
    const newest = local.sort((a, b) => b.version - a.version)[0];
    const data: DeadlineRules = { ...current.data, ...patch };
    // A value the cell set is no longer the preset's unverified default.
    data.unverifiedSettings = stillUnverified(current.data.unverifiedSettings, current.data, data);
    const next: RuleSet<DeadlineRules> = {
      id: crypto.randomUUID(),
      kind: 'deadlines',
      code: 'THOI-HAN-CHI-BO',
      name: 'Ngày nghỉ lễ và thời hạn của chi bộ',
      version: (newest?.version ?? 0) + 1,
      validFrom: newest && newest.validFrom < `${year}-01-01` ? newest.validFrom : `${String(year).padStart(4, '0')}-01-01`,
      source: 'local',
      data,
      updatedAt: clock.nowIso(),
    };
    const problems = ruleSetProblems(next);
    if (problems.length) throw new RuleEditError(problems);
    await db.ruleSets.add(next);
    return next;
  });
}

export type { CalendarItem, DeadlineRules };
