/**
 * Year statistics of a cell (domain.md §7): what the superior collects. Percentages are exact to
 * two decimals (percent / formatPercent of core/text, half-up).
 */
import type { Commendation, CommendationForm, Id, RatingLevel, YearReview } from '../model';
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

export interface StatisticsMember {
  id: Id;
  isLeader: boolean;
  /** Excluded from the review (and, for miễn / đình chỉ, from registering). */
  excluded?: YearReview['excluded'];
  registered: boolean;
  /** Effective level: final if decided, otherwise proposed, otherwise self-assessed. */
  level?: RatingLevel;
  finalised: boolean;
  timesPraised: number;
  timesReminded: number;
}

export interface YearStatistics {
  year: number;
  membersTotal: number;
  leaders: number;
  requiredToRegister: number;
  registered: Share; // of requiredToRegister
  registeredLeaders: Share; // of leaders required to register
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
}

export function computeStatistics(
  year: number,
  scheme: YearEndScheme,
  members: readonly StatisticsMember[],
  commendations: readonly Commendation[] = [],
): YearStatistics {
  const excluded = { mien: 0, dinh_chi: 0, moi_ket_nap: 0, total: 0 };
  for (const m of members) {
    if (m.excluded) {
      excluded[m.excluded.reason] += 1;
      excluded.total += 1;
    }
  }
  const mustRegister = members.filter((m) => !m.excluded || m.excluded.reason === 'moi_ket_nap');
  const leadersMust = mustRegister.filter((m) => m.isLeader);
  const toReview = members.filter((m) => !m.excluded);
  const reviewedMembers = toReview.filter((m) => m.level !== undefined);
  const reviewed = reviewedMembers.length;
  const count = (l: RatingLevel) => reviewedMembers.filter((m) => m.level === l).length;
  const levels = Object.fromEntries(RATING_LEVELS.map((l) => [l, share(count(l), reviewed)])) as Record<RatingLevel, Share>;
  const xs = count('xuat_sac');
  const tot = count('tot');
  const base = scheme.data.quota?.base === 'tot_and_above' ? tot + xs : tot;
  const yearCommendations = commendations.filter((c) => c.year === year);
  const byForm: Record<CommendationForm, number> = { giay_khen: 0, bang_khen: 0, co: 0, bieu_duong: 0 };
  for (const c of yearCommendations) byForm[c.form] += 1;
  return {
    year,
    membersTotal: members.length,
    leaders: members.filter((m) => m.isLeader).length,
    requiredToRegister: mustRegister.length,
    registered: share(mustRegister.filter((m) => m.registered).length, mustRegister.length),
    registeredLeaders: share(leadersMust.filter((m) => m.registered).length, leadersMust.length),
    excluded,
    requiredToReview: toReview.length,
    reviewed: share(reviewed, toReview.length),
    notReviewed: toReview.length - reviewed,
    finalised: toReview.filter((m) => m.finalised).length,
    levels,
    totOrAbove: share(xs + tot, reviewed),
    xuatSacOfReviewed: share(xs, reviewed),
    xuatSacOfTot: share(xs, base),
    membersPraised: share(mustRegister.filter((m) => m.timesPraised > 0).length, mustRegister.length),
    membersReminded: share(mustRegister.filter((m) => m.timesReminded > 0).length, mustRegister.length),
    timesPraised: members.reduce((s, m) => s + m.timesPraised, 0),
    timesReminded: members.reduce((s, m) => s + m.timesReminded, 0),
    commendations: {
      total: yearCommendations.length,
      members: yearCommendations.filter((c) => c.recipient.kind === 'member').length,
      units: yearCommendations.filter((c) => c.recipient.kind === 'unit').length,
      byForm,
    },
  };
}

/** The level that counts for statistics and the quota check. */
export function effectiveLevel(r: Pick<YearReview, 'finalLevel' | 'proposedLevel' | 'selfLevel' | 'excluded'>): RatingLevel | undefined {
  if (r.excluded) return undefined;
  return r.finalLevel ?? r.proposedLevel ?? r.selfLevel;
}
