/**
 * Chi bộ vote on a member's level (phiếu biểu quyết xếp loại). Local practice [M]: each ballot
 * names one level; a ballot for a higher level also supports every lower level. The proposed
 * level is the highest level whose cumulative support (this level or higher) is more than half
 * of the basis — the ballots cast, or the number of voters when given. The secretary may change
 * the proposal; this is only the suggestion.
 */
import type { RatingLevel } from '../model';
import { RATING_LEVELS } from './schemes';

export interface VoteOutcome {
  ok: boolean;
  errors: string[];
  cast: number;
  basis: number;
  level?: RatingLevel;
}

export function proposedLevelFromVotes(votes: Partial<Record<RatingLevel, number>>, voters?: number): VoteOutcome {
  const errors: string[] = [];
  let cast = 0;
  for (const l of RATING_LEVELS) {
    const v = votes[l] ?? 0;
    if (!Number.isInteger(v) || v < 0) errors.push('Số phiếu phải là số nguyên không âm.');
    cast += v;
  }
  if (voters !== undefined && (!Number.isInteger(voters) || voters < 0)) errors.push('Số đảng viên biểu quyết phải là số nguyên không âm.');
  if (voters !== undefined && cast > voters) errors.push(`Tổng số phiếu (${cast}) nhiều hơn số đảng viên biểu quyết (${voters}); hãy kiểm tra lại.`);
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
