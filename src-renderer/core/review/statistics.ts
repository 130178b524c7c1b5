/**
 * Year statistics of a cell (domain.md §7): what the superior collects. The counts come from
 * core/figures `computeYearFigures` — the one function the unit report file uses too — and this
 * module adds the shares. Percentages are exact to two decimals (percent / formatPercent, half-up).
 */
import { computeYearFigures, type YearFigures, type YearFiguresInput } from '../figures/year';
import type { CommendationForm, RatingLevel, YearReview } from '../model';
import { formatPercent, percent } from '../text';
import { RATING_LEVELS, type YearEndScheme } from './schemes';

export interface Share {
  count: number;
  /** Machine value, two decimals (e.g. 93.42); 0 when the denominator is 0. */
  percent: number;
  /** Display value "93,42%"; "—" when the denominator is 0. */
  text: string;
}

export function share(count: number, of: number): Share {
  return { count, percent: percent(count, of), text: formatPercent(count, of) };
}

export interface YearStatistics {
  year: number;
  membersTotal: number;
  leaders: number;
  requiredToRegister: number;
  registered: Share; // of requiredToRegister
  registeredLeaders: Share; // of leaders required to register
  /** Months with at least one member's report, and the number of member-month reports. */
  monthsReported: number;
  memberMonthReports: number;
  excluded: { mien: number; dinh_chi: number; moi_ket_nap: number; total: number };
  requiredToReview: number;
  reviewed: Share; // of requiredToReview
  notReviewed: number;
  finalised: number;
  levels: Record<RatingLevel, Share>; // of reviewed
  totOrAbove: Share; // of reviewed
  xuatSacOfReviewed: Share;
  /** Xuất sắc as a share of the quota base (tốt only, or tốt and above as the scheme says). */
  xuatSacOfTot: Share;
  membersPraised: Share; // of requiredToRegister
  membersReminded: Share;
  timesPraised: number;
  timesReminded: number;
  commendations: { total: number; members: number; units: number; byForm: Record<CommendationForm, number> };
  /** The counts everything above is derived from (core/figures computeYearFigures). */
  figures: YearFigures;
}

/**
 * The year statistics of the review page and the BÁO CÁO PDF: the counts of
 * `computeYearFigures` (the same function the unit report file uses) with their shares.
 */
export function computeStatistics(scheme: YearEndScheme, input: YearFiguresInput): YearStatistics {
  return statisticsOf(scheme, computeYearFigures(input));
}

/** Shares of already computed year figures. */
export function statisticsOf(scheme: YearEndScheme, f: YearFigures): YearStatistics {
  const reviewed = f.rated;
  const levels = Object.fromEntries(RATING_LEVELS.map((l) => [l, share(f.levels[l], reviewed)])) as Record<RatingLevel, Share>;
  const xs = f.levels.xuat_sac;
  const tot = f.levels.tot;
  const base = scheme.data.quota?.base === 'tot_and_above' ? tot + xs : tot;
  return {
    year: f.year,
    membersTotal: f.members,
    leaders: f.leaders,
    requiredToRegister: f.requiredToRegister,
    registered: share(f.registered, f.requiredToRegister),
    registeredLeaders: share(f.leadersRegistered, f.leadersRequiredToRegister),
    monthsReported: f.reportedMonths.length,
    memberMonthReports: f.memberMonthReports,
    excluded: { ...f.excluded },
    requiredToReview: f.requiredToReview,
    reviewed: share(reviewed, f.requiredToReview),
    notReviewed: f.requiredToReview - reviewed,
    finalised: f.finalised,
    levels,
    totOrAbove: share(xs + tot, reviewed),
    xuatSacOfReviewed: share(xs, reviewed),
    xuatSacOfTot: share(xs, base),
    membersPraised: share(f.membersPraised, f.requiredToRegister),
    membersReminded: share(f.membersReminded, f.requiredToRegister),
    timesPraised: f.timesPraised,
    timesReminded: f.timesReminded,
    commendations: { ...f.commendations, byForm: { ...f.commendations.byForm } },
    figures: f,
  };
}

/** The level that counts for statistics and the quota check. */
export function effectiveLevel(r: Pick<YearReview, 'finalLevel' | 'proposedLevel' | 'selfLevel' | 'excluded'>): RatingLevel | undefined {
  if (r.excluded) return undefined;
  return r.finalLevel ?? r.proposedLevel ?? r.selfLevel;
}
