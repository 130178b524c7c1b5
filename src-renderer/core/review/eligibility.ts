/**
 * Who is in a year-end review round (QĐ 366 Điều 5 khoản 2.1): every member of the cell on the
 * review date; of them, those miễn công tác và sinh hoạt, đình chỉ sinh hoạt, or admitted less
 * than 6 months before the review date are recorded as excluded, with the reason.
 */
import type { IsoDate, Member, YearReview } from '../model';
import { REVIEW_EXCLUSION_LABELS } from '../members/labels';
import { isActiveMember, reviewExclusion, type StatusMember } from '../members/status';
import { addMonths, formatDate } from '../text';

export type ReviewExclusionFn = (member: StatusMember, reviewDate: IsoDate) => { reason: 'mien' | 'dinh_chi' | 'moi_ket_nap' } | undefined;

export interface RoundEntry<M extends Pick<Member, 'id'> & StatusMember> {
  member: M;
  excluded?: NonNullable<YearReview['excluded']>;
}

export function exclusionNote(member: StatusMember, reason: 'mien' | 'dinh_chi' | 'moi_ket_nap', reviewDate: IsoDate): string {
  if (reason === 'moi_ket_nap' && member.admissionDate) {
    return `Vào Đảng ngày ${formatDate(member.admissionDate)}, đủ 6 tháng vào ngày ${formatDate(addMonths(member.admissionDate, 6))} (sau ngày kiểm điểm ${formatDate(reviewDate)}).`;
  }
  const kind = reason === 'mien' ? 'mien_sinh_hoat' : 'dinh_chi';
  const p = member.statusPeriods.find((s) => s.kind === kind && s.from <= reviewDate && (!s.to || s.to >= reviewDate));
  const span = p ? ` từ ${formatDate(p.from)}${p.to ? ` đến ${formatDate(p.to)}` : ''}` : '';
  return `${REVIEW_EXCLUSION_LABELS[reason]}${span}${p?.reason ? ` (${p.reason})` : ''}.`;
}

/** Members of the round: active on the review date, each with its exclusion (if any). */
export function reviewRoster<M extends Pick<Member, 'id'> & StatusMember>(
  members: readonly M[],
  reviewDate: IsoDate,
  exclusion: ReviewExclusionFn = reviewExclusion,
): RoundEntry<M>[] {
  return members
    .filter((m) => isActiveMember(m, reviewDate))
    .map((member) => {
      const ex = exclusion(member, reviewDate);
      return ex ? { member, excluded: { reason: ex.reason, note: exclusionNote(member, ex.reason, reviewDate) } } : { member };
    });
}

export function excludedLabel(reason: 'mien' | 'dinh_chi' | 'moi_ket_nap'): string {
  return REVIEW_EXCLUSION_LABELS[reason];
}
