/** Pure glue between the stored review data and the screens/documents of the review job. */
import type { Id, Member, RatingLevel, YearReview } from '../../core/model';
import { yearFiguresInputOf } from '../../core/figures';
import { resolveRule } from '../../core/rules';
import {
  DEFAULT_ROLLUP_SCALE,
  buildReviewList,
  checkQuota,
  commendationCandidates,
  computeStatistics,
  effectiveLevel,
  rollUpCell,
  rollUpMember,
  reviewVoterCount,
  schemeDate,
  type CellRollup,
  type CommendationCandidate,
  type MemberRollup,
  type QuotaCheckResult,
  type ReviewListRow,
  type RollupScale,
  type YearEndScheme,
  type YearStatistics,
} from '../../core/review';

import type { ReviewData } from '../../services/review';
import { clock } from '../../platform/clock';

export interface MemberView {
  member: Member;
  review?: YearReview;
  rollup: MemberRollup;
  /** The cell's đảng viên chính thức on the review date: the denominator of the chi bộ vote. */
  voters: number;
}

export interface ReviewView {
  year: number;
  scheme: YearEndScheme;
  scale: RollupScale;
  /** Members of the round (with a review record), sorted as the list. */
  inRound: MemberView[];
  /** Members of the cell without a review record this year (no round yet, or left). */
  others: Member[];
  cell: CellRollup;
  stats: YearStatistics;
  quota: QuotaCheckResult;
  candidates: CommendationCandidate[];
  rows: ReviewListRow[];
  reviewDate?: string;
}

/** The monthly scale of the reviewed year (core/rules; the one chosen in Cài đặt unless the superior set one). */
export function scaleFor(code: string, data: ReviewData, year: number): RollupScale {
  const s = resolveRule('monthly_scale', { date: schemeDate(year), code, ruleSets: data.ruleSets });
  return s.code === code || s.source === 'superior' ? { code: s.code, levels: s.data.levels } : DEFAULT_ROLLUP_SCALE;
}

export function buildView(data: ReviewData, year: number, scaleCode: string, officeHoldersFirst = true): ReviewView {
  const scheme = resolveRule('year_end_scheme', { date: schemeDate(year), ruleSets: data.ruleSets });
  const scale = scaleFor(scaleCode, data, year);
  const reviewByMember = new Map(data.reviews.map((r) => [r.memberId, r]));
  const reviewDate = data.reviews[0]?.reviewDate;
  const asOf = reviewDate ?? (clock.today() < `${year}-12-31` ? clock.today() : `${year}-12-31`);
  const voters = reviewVoterCount(data.members, asOf);
  const views: MemberView[] = [];
  const others: Member[] = [];
  for (const member of data.members) {
    const review = reviewByMember.get(member.id);
    const rollup = rollUpMember({
      member,
      year,
      asOf,
      assessments: data.assessments.filter((a) => a.memberId === member.id),
      pledge: data.pledges.find((p) => p.memberId === member.id),
      scale,
    });
    if (review) views.push({ member, review, rollup, voters });
    else others.push(member);
  }
  const rows = buildReviewList(
    scheme,
    views.map((v) => ({ member: v.member, review: v.review!, rollup: v.rollup })),
    officeHoldersFirst,
  );
  const order = new Map(rows.map((r, i) => [r.memberId, i]));
  views.sort((a, b) => (order.get(a.member.id) ?? 0) - (order.get(b.member.id) ?? 0));
  const levels = new Map<Id, RatingLevel | undefined>(
    views.filter((v) => !v.review?.excluded).map((v) => [v.member.id, v.review ? effectiveLevel(v.review) : undefined]),
  );
  const quota = checkQuota(scheme, levels, {
    outstandingUnit: data.unitReview?.outstanding === true,
    groups: data.unitReview?.quotaGroups,
  });
  // The same function as the unit report file (core/figures computeYearFigures), on the same
  // records: the cell's members and their (or the cell's own) commendations.
  const memberIds = new Set(data.members.map((m) => m.id));
  const unitIds = new Set(data.members.map((m) => m.unitId));
  const commendations = data.commendations.filter((c) =>
    c.recipient.kind === 'member' ? memberIds.has(c.recipient.memberId) : unitIds.has(c.recipient.unitId),
  );
  const stats = computeStatistics(
    scheme,
    yearFiguresInputOf(year, {
      members: data.members,
      pledges: data.pledges,
      monthly: data.assessments,
      reviews: data.reviews,
      commendations,
    }),
  );
  const ratings = new Map(
    views.map((v) => [
      v.member.id,
      (data.history.get(v.member.id) ?? []).map((h) => (h.year === year ? { year, level: v.review?.finalLevel } : h)),
    ]),
  );
  const candidates = commendationCandidates(year, ratings, data.commendations);
  return {
    year,
    scheme,
    scale,
    inRound: views,
    others,
    cell: rollUpCell(
      year,
      views.map((v) => v.rollup),
    ),
    stats,
    quota,
    candidates,
    rows,
    reviewDate,
  };
}
