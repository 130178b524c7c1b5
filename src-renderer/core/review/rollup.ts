/**
 * Evidence roll-up for the year-end review (domain.md §3.3): the monthly self-assessments and
 * the pledge items are evidence, not the rating. Per member and for the whole cell.
 *
 * Which monthly level counts: the chi bộ's level (cellLevel) when it was given, otherwise the
 * member's overall level, otherwise the worst of the item levels (as the monthly grid shows it).
 * A month counts as "assessed" when it has one of them.
 */
import type { Id, IsoDate, Member, MonthlyAssessment, NotApplicableReason, PledgeForm, PledgeItem } from '../model';
import { coveringPeriod, isActiveMember, membershipKind, periodCovers, type StatusMember } from '../members/status';
import { lastDayOfPeriod } from '../text';

export interface RollupLevel {
  code: string;
  label: string;
  /** Counts as a good month ("tốt" side); other levels are listed as months below the good levels. */
  good: boolean;
}

/** A monthly scale reduced to what the roll-up needs; levels ordered best first. */
export interface RollupScale {
  code: string;
  levels: RollupLevel[];
}

export const DEFAULT_ROLLUP_SCALE: RollupScale = {
  code: 'TOT-KHA-TB-KEM',
  levels: [
    { code: 'tot', label: 'Tốt', good: true },
    { code: 'kha', label: 'Khá', good: true },
    { code: 'trung_binh', label: 'Trung bình', good: false },
    { code: 'kem', label: 'Kém', good: false },
  ],
};

/**
 * Adapts the data of a 'monthly_scale' rule set of any reasonable shape: `{levels: [{code,
 * label, good?}]}`. Without `good` flags the better half of the levels counts as good.
 */
export function rollupScaleFrom(code: string, data: unknown): RollupScale {
  const raw = (data as { levels?: unknown } | undefined)?.levels;
  if (!Array.isArray(raw) || raw.length === 0) return { ...DEFAULT_ROLLUP_SCALE, code };
  const levels = raw
    .map((l) => l as { code?: unknown; label?: unknown; good?: unknown })
    .filter((l) => typeof l.code === 'string')
    .map((l) => ({ code: l.code as string, label: typeof l.label === 'string' ? l.label : (l.code as string), good: l.good }));
  const anyFlag = levels.some((l) => typeof l.good === 'boolean');
  const half = Math.ceil(levels.length / 2);
  return {
    code,
    levels: levels.map((l, i) => ({ code: l.code, label: l.label, good: anyFlag ? l.good === true : i < half })),
  };
}

export type MonthStatus = 'assessed' | 'missing' | 'not_applicable' | 'outside';

export interface MonthEvidence {
  period: string; // YYYY-MM
  month: number; // 1..12
  status: MonthStatus;
  level?: string;
  levelLabel?: string;
  /** 1 = worst … n = best (for charts); undefined when not assessed. */
  rank?: number;
  good?: boolean;
  note?: string;
  praised: boolean;
  reminded: boolean;
  reason?: NotApplicableReason | 'future' | 'not_member';
}

export type PledgeItemStatus = 'met' | 'not_met' | 'pending' | 'no_data';

export interface PledgeItemEvidence {
  item: PledgeItem;
  deadline?: IsoDate;
  /** Months in which the item was assessed, and how many of them at a good level. */
  monthsAssessed: number;
  monthsGood: number;
  lastLevel?: string;
  lastLevelLabel?: string;
  /**
   * met: latest assessed result is good; not_met: deadline on or before the as-of date and the
   * latest result is not good (or none); pending: deadline later, not yet good; no_data: no
   * result and no deadline passed.
   */
  status: PledgeItemStatus;
}

export interface MemberRollup {
  memberId: Id;
  year: number;
  asOf: IsoDate;
  months: MonthEvidence[]; // always 12
  monthsApplicable: number;
  monthsAssessed: number;
  monthsMissing: number;
  /** level code → number of months */
  distribution: Record<string, number>;
  monthsBelowGood: MonthEvidence[];
  timesPraised: number;
  timesReminded: number;
  registered: boolean;
  pledgeState?: PledgeForm['state'];
  items: PledgeItemEvidence[];
  itemsMet: number;
  itemsNotMet: number;
  itemsWithDeadline: number;
}

/**
 * Whether the member belonged to the cell during the month (on its first or last day), and
 * whether a miễn / đình chỉ period covers the whole month.
 */
export function monthMembership(member: StatusMember, period: string): { member: boolean; exempt?: 'mien' | 'dinh_chi' } {
  const first = `${period}-01`;
  const last = lastDayOfPeriod(period);
  if (!isActiveMember(member, first) && !isActiveMember(member, last)) return { member: false };
  if (membershipKind(member, last) === undefined) return { member: false };
  const covers = (kind: 'mien_sinh_hoat' | 'dinh_chi') => {
    const p = coveringPeriod(member, kind, first);
    return p !== undefined && periodCovers(p, last);
  };
  if (covers('dinh_chi')) return { member: true, exempt: 'dinh_chi' };
  if (covers('mien_sinh_hoat')) return { member: true, exempt: 'mien' };
  return { member: true };
}

export function periodsOfYear(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** The month's level: the chi bộ's, else the member's overall level, else the worst item level. */
export function effectiveMonthlyLevel(a: MonthlyAssessment, scale: RollupScale): string | undefined {
  if (a.cellLevel) return a.cellLevel;
  if (a.overallLevel) return a.overallLevel;
  let worst: number | undefined;
  let code: string | undefined;
  for (const r of a.results) {
    if (!r.level) continue;
    const i = scale.levels.findIndex((l) => l.code === r.level);
    const rank = i === -1 ? scale.levels.length : i;
    if (worst === undefined || rank > worst) {
      worst = rank;
      code = r.level;
    }
  }
  return code;
}

export interface MemberRollupInput {
  member: Pick<Member, 'id'> & StatusMember;
  year: number;
  /** Months after this date's month are not counted (the review date, or today). */
  asOf: IsoDate;
  assessments: readonly MonthlyAssessment[];
  pledge?: PledgeForm;
  scale: RollupScale;
}

export function rollUpMember(input: MemberRollupInput): MemberRollup {
  const { member, year, asOf, scale } = input;
  const asOfPeriod = asOf.slice(0, 7);
  const byPeriod = new Map<string, MonthlyAssessment>();
  for (const a of input.assessments) if (a.memberId === member.id && a.period.startsWith(`${year}-`)) byPeriod.set(a.period, a);
  const levelIndex = new Map(scale.levels.map((l, i) => [l.code, i]));
  const n = scale.levels.length;
  const describe = (code: string | undefined) => {
    if (!code) return {};
    const i = levelIndex.get(code);
    const def = i === undefined ? undefined : scale.levels[i];
    return {
      level: code,
      levelLabel: def?.label ?? code,
      rank: i === undefined ? 1 : n - i,
      good: def?.good ?? false,
    };
  };

  const months: MonthEvidence[] = periodsOfYear(year).map((period, i) => {
    const a = byPeriod.get(period);
    const base = { period, month: i + 1, praised: a?.praised ?? false, reminded: a?.reminded ?? false };
    if (period > asOfPeriod) return { ...base, status: 'outside', reason: 'future' };
    const m = monthMembership(member, period);
    if (!m.member) return { ...base, status: 'outside', reason: 'not_member' };
    if (a?.notApplicable) return { ...base, status: 'not_applicable', reason: a.notApplicable.reason, note: a.notApplicable.note };
    const level = a ? effectiveMonthlyLevel(a, scale) : undefined;
    if (level) {
      const note = [a?.cellComment, a?.selfNote].filter((t) => t && t.trim()).join(' — ') || undefined;
      return { ...base, status: 'assessed', ...describe(level), note };
    }
    if (m.exempt) return { ...base, status: 'not_applicable', reason: m.exempt };
    return { ...base, status: 'missing' };
  });

  const distribution: Record<string, number> = {};
  for (const m of months) if (m.status === 'assessed' && m.level) distribution[m.level] = (distribution[m.level] ?? 0) + 1;

  const pledge = input.pledge && input.pledge.year === year && input.pledge.memberId === member.id ? input.pledge : undefined;
  const items: PledgeItemEvidence[] = (pledge?.items ?? []).map((item) => {
    let monthsAssessed = 0;
    let monthsGood = 0;
    let last: string | undefined;
    for (const m of months) {
      if (m.status === 'outside') continue;
      const r = byPeriod.get(m.period)?.results.find((x) => x.itemId === item.id);
      if (!r?.level) continue;
      monthsAssessed += 1;
      if (describe(r.level).good) monthsGood += 1;
      last = r.level;
    }
    const lastGood = last !== undefined && describe(last).good === true;
    let status: PledgeItemStatus;
    if (lastGood) status = 'met';
    else if (item.deadline && item.deadline <= asOf) status = 'not_met';
    else if (item.deadline) status = 'pending';
    else status = last === undefined ? 'no_data' : 'not_met';
    return {
      item,
      deadline: item.deadline,
      monthsAssessed,
      monthsGood,
      lastLevel: last,
      lastLevelLabel: describe(last).levelLabel,
      status,
    };
  });

  return {
    memberId: member.id,
    year,
    asOf,
    months,
    monthsApplicable: months.filter((m) => m.status === 'assessed' || m.status === 'missing').length,
    monthsAssessed: months.filter((m) => m.status === 'assessed').length,
    monthsMissing: months.filter((m) => m.status === 'missing').length,
    distribution,
    monthsBelowGood: months.filter((m) => m.status === 'assessed' && m.good === false),
    timesPraised: months.filter((m) => m.status !== 'outside' && m.praised).length,
    timesReminded: months.filter((m) => m.status !== 'outside' && m.reminded).length,
    registered: pledge !== undefined && pledge.state !== 'draft',
    pledgeState: pledge?.state,
    items,
    itemsMet: items.filter((i) => i.status === 'met').length,
    itemsNotMet: items.filter((i) => i.status === 'not_met').length,
    itemsWithDeadline: items.filter((i) => i.deadline !== undefined).length,
  };
}

export interface CellRollup {
  year: number;
  members: number;
  registered: number;
  monthsApplicable: number;
  monthsAssessed: number;
  distribution: Record<string, number>;
  /** Member-months below the good levels. */
  monthsBelowGood: number;
  /** Times (lượt) praised / reminded, and members praised / reminded at least once. */
  timesPraised: number;
  timesReminded: number;
  membersPraised: number;
  membersReminded: number;
  itemsTotal: number;
  itemsMet: number;
  itemsNotMet: number;
  /** Per month: members assessed and at a good level (for the cell chart). */
  perMonth: Array<{ period: string; month: number; applicable: number; assessed: number; good: number }>;
}

export function rollUpCell(year: number, rollups: readonly MemberRollup[]): CellRollup {
  const distribution: Record<string, number> = {};
  for (const r of rollups) for (const [k, v] of Object.entries(r.distribution)) distribution[k] = (distribution[k] ?? 0) + v;
  const sum = (f: (r: MemberRollup) => number) => rollups.reduce((s, r) => s + f(r), 0);
  return {
    year,
    members: rollups.length,
    registered: rollups.filter((r) => r.registered).length,
    monthsApplicable: sum((r) => r.monthsApplicable),
    monthsAssessed: sum((r) => r.monthsAssessed),
    distribution,
    monthsBelowGood: sum((r) => r.monthsBelowGood.length),
    timesPraised: sum((r) => r.timesPraised),
    timesReminded: sum((r) => r.timesReminded),
    membersPraised: rollups.filter((r) => r.timesPraised > 0).length,
    membersReminded: rollups.filter((r) => r.timesReminded > 0).length,
    itemsTotal: sum((r) => r.items.length),
    itemsMet: sum((r) => r.itemsMet),
    itemsNotMet: sum((r) => r.itemsNotMet),
    perMonth: periodsOfYear(year).map((period, i) => {
      const ms = rollups.map((r) => r.months[i]).filter((m): m is MonthEvidence => m !== undefined);
      return {
        period,
        month: i + 1,
        applicable: ms.filter((m) => m.status === 'assessed' || m.status === 'missing').length,
        assessed: ms.filter((m) => m.status === 'assessed').length,
        good: ms.filter((m) => m.status === 'assessed' && m.good === true).length,
      };
    }),
  };
}
