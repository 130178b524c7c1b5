/**
 * The one precedence by which a rule set is chosen (DESIGN.md "Rule sets"). Pure: the caller
 * passes the stored rule sets; the kind's presets are added here.
 *
 * Among the rule sets of a kind that are valid on the date (validFrom ≤ date ≤ validTo):
 *   1. a code recorded on the record being shown (a meeting already scored with a rubric) — that
 *      code, even outside its dates, so a finished record keeps the rules it was made with;
 *   2. a superior committee's package (source 'superior') — it overrides the local choice;
 *   3. the code chosen in Cài đặt (settings), local edit before preset;
 *   4. any other valid one, local edit before preset;
 *   5. when nothing is valid on the date: the kind's fallback, else the one nearest in time
 *      (kinds without presets, such as deadlines: nothing).
 * "Among equals" — between rule sets at the same step — the order is always: superior > local >
 * preset, then the latest validFrom, then the highest version, then the most recently updated.
 */
import type { IsoDate, RuleSet } from '../model';

export const SOURCE_RANK: Readonly<Record<RuleSet['source'], number>> = { superior: 2, local: 1, preset: 0 };

/** Negative when `a` is preferred to `b` (superior > local > preset, latest validFrom, highest version, newest update). */
export function compareRuleSets(a: RuleSet, b: RuleSet): number {
  return (
    SOURCE_RANK[b.source] - SOURCE_RANK[a.source] ||
    (a.validFrom === b.validFrom ? 0 : a.validFrom < b.validFrom ? 1 : -1) ||
    b.version - a.version ||
    (a.updatedAt === b.updatedAt ? 0 : a.updatedAt < b.updatedAt ? 1 : -1)
  );
}

export function bestRuleSet<T extends RuleSet>(list: readonly T[]): T | undefined {
  return [...list].sort(compareRuleSets)[0];
}

/** Valid on some day of [from, to] (a single day when `to` is omitted). */
export function ruleSetValid(r: RuleSet, from: IsoDate, to: IsoDate = from): boolean {
  return r.validFrom <= to && (r.validTo === undefined || r.validTo >= from);
}

/** Stored rule sets of a kind plus the presets not stored (a stored record with a preset's id replaces it). */
export function ruleCandidates<T extends RuleSet>(kind: RuleSet['kind'], stored: readonly RuleSet[], presets: readonly T[]): T[] {
  const own = stored.filter((r) => r.kind === kind) as T[];
  const ids = new Set(own.map((r) => r.id));
  return [...own, ...presets.filter((p) => !ids.has(p.id))];
}

export interface PickQuery {
  /** The day the rule applies to (a meeting's date, the first day of a month, 31 December of a reviewed year). */
  date: IsoDate;
  /** With `until`: valid on any day of [date, until] (a registration year). */
  until?: IsoDate;
  /** The code chosen in settings. */
  code?: string;
  /** The code recorded on the record shown; wins over everything when it exists. */
  recordedCode?: string;
}

/** Steps 1–5 of the precedence over the given candidates (undefined only when there are none). */
export function pickRuleSet<T extends RuleSet>(all: readonly T[], q: PickQuery, fallback?: T, nearestWhenNone = true): T | undefined {
  const valid = all.filter((r) => ruleSetValid(r, q.date, q.until));
  const withCode = (list: readonly T[], code: string | undefined) => (code === undefined ? [] : list.filter((r) => r.code === code));
  if (q.recordedCode !== undefined) {
    const recorded = bestRuleSet(withCode(valid, q.recordedCode)) ?? bestRuleSet(withCode(all, q.recordedCode));
    if (recorded) return recorded;
  }
  const superior = valid.filter((r) => r.source === 'superior');
  if (superior.length > 0) return bestRuleSet(withCode(superior, q.code)) ?? bestRuleSet(superior);
  if (q.code !== undefined) {
    const chosen = bestRuleSet(withCode(valid, q.code)) ?? bestRuleSet(withCode(all, q.code));
    if (chosen) return chosen;
  }
  const any = bestRuleSet(valid);
  if (any) return any;
  if (fallback) return fallback;
  return nearestWhenNone ? nearest(all, q.date) : undefined;
}

/** Nothing valid on the date: the newest one that started before it, else the earliest one. */
function nearest<T extends RuleSet>(all: readonly T[], date: IsoDate): T | undefined {
  const before = all.filter((r) => r.validFrom <= date);
  if (before.length > 0)
    return [...before].sort((a, b) => (a.validFrom === b.validFrom ? compareRuleSets(a, b) : a.validFrom < b.validFrom ? 1 : -1))[0];
  return [...all].sort((a, b) => (a.validFrom === b.validFrom ? compareRuleSets(a, b) : a.validFrom < b.validFrom ? -1 : 1))[0];
}

/** One rule set per code, each chosen by the precedence among those valid in [date, until] (pledge frameworks on offer). */
export function pickPerCode<T extends RuleSet>(all: readonly T[], q: Pick<PickQuery, 'date' | 'until'>): T[] {
  const byCode = new Map<string, T[]>();
  for (const r of all) if (ruleSetValid(r, q.date, q.until)) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
  return [...byCode.values()].map((list) => bestRuleSet(list)!);
}

/** The newest version of every code, whatever its dates (the list of an editor). */
export function newestPerCode<T extends RuleSet>(all: readonly T[]): T[] {
  const byCode = new Map<string, T>();
  for (const r of all) {
    const prev = byCode.get(r.code);
    if (!prev || r.version > prev.version || (r.version === prev.version && compareRuleSets(r, prev) < 0)) byCode.set(r.code, r);
  }
  return [...byCode.values()];
}
