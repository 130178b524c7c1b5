/**
 * Chi bộ vote on a member's level (phiếu biểu quyết xếp loại). Local practice [M]: each ballot
 * names one level; a ballot for a higher level also supports every lower level. The proposed
 * level is the highest level whose cumulative support (this level or higher) is more than half
 * of the cell's đảng viên chính thức (domain.md §4.6: dự bị members do not vote, and the vote is
 * measured over the chính thức members, not over the ballots cast). The secretary may change the
 * proposal; this is only the suggestion.
 */
import type { IsoDate, RatingLevel } from '../model';
import { countedForMeeting, membershipKind } from '../members/status';
import type { StatusMember } from '../members/status';
import { RATING_LEVELS } from './schemes';

export interface VoteOutcome {
  ok: boolean;
  errors: string[];
  cast: number;
  /** The denominator: the chính thức members who vote (`voters`), or the ballots cast for old records without it. */
  basis: number;
  level?: RatingLevel;
}

/**
 * The cell's đảng viên chính thức who vote on the review date, counted as for a meeting (QĐ 294
 * mục 9.3.2): on the rolls, not đình chỉ, not sinh hoạt tạm thời elsewhere, not miễn (absent).
 */
export function reviewVoterCount(members: readonly StatusMember[], date: IsoDate): number {
  let n = 0;
  for (const m of members) if (countedForMeeting(m, date) && membershipKind(m, date) === 'chinh_thuc') n++;
  return n;
}

/**
 * The level proposed by the ballots. `voters` is the number of the cell's chính thức members
 * (reviewVoterCount); without it (records stored before it was kept) the ballots cast are the basis.
 */
export function proposedLevelFromVotes(votes: Partial<Record<RatingLevel, number>>, voters?: number): VoteOutcome {
  const errors: string[] = [];
  let cast = 0;
  for (const l of RATING_LEVELS) {
    const v = votes[l] ?? 0;
    if (!Number.isInteger(v) || v < 0) errors.push('Số phiếu phải là số nguyên không âm.');
    cast += v;
  }
  if (voters !== undefined && (!Number.isInteger(voters) || voters < 0))
    errors.push('Số đảng viên chính thức biểu quyết phải là số nguyên không âm.');
  else if (voters !== undefined && cast > voters)
    errors.push(
      `Tổng số phiếu (${cast}) nhiều hơn số đảng viên chính thức của chi bộ (${voters}); đảng viên dự bị không biểu quyết. Hãy kiểm tra lại.`,
    );
  if (errors.length > 0) return { ok: false, errors: [...new Set(errors)], cast, basis: voters ?? cast };
  const basis = voters ?? cast;
  if (cast === 0) return { ok: true, errors, cast, basis };
  let cumulative = 0;
  for (const l of RATING_LEVELS) {
    cumulative += votes[l] ?? 0;
    if (cumulative * 2 > basis) return { ok: true, errors, cast, basis, level: l };
  }
  return { ok: true, errors, cast, basis };
}
