/**
 * "5 năm liền hoàn thành xuất sắc nhiệm vụ" (HD 06-HD/TW 2025 mục 19): streaks of consecutive
 * years rated xuất sắc, from stored final ratings, and the commendation candidates they give.
 * A year without a stored rating breaks the streak (the app cannot know it).
 */
import type { Commendation, CommendationForm, Id, RatingLevel } from '../model';

export interface YearRating {
  year: number;
  level?: RatingLevel;
}

/** Number of consecutive years up to and including `year` rated xuất sắc. */
export function excellentStreak(ratings: readonly YearRating[], year: number): number {
  const byYear = new Map(ratings.map((r) => [r.year, r.level]));
  let n = 0;
  while (byYear.get(year - n) === 'xuat_sac') n += 1;
  return n;
}

export const COMMENDATION_REASONS = {
  htxs_nam: 'Hoàn thành xuất sắc nhiệm vụ năm',
  htxs_5_nam: 'Hoàn thành xuất sắc nhiệm vụ 5 năm liền',
  dien_hinh_neu_guong: 'Điển hình trong thực hiện trách nhiệm nêu gương',
  hoc_tap_lam_theo_bac: 'Điển hình học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  khac: 'Khác',
} as const;

export type CommendationReasonCode = keyof typeof COMMENDATION_REASONS;

export const COMMENDATION_FORMS: Record<CommendationForm, string> = {
  giay_khen: 'Giấy khen',
  bang_khen: 'Bằng khen',
  co: 'Cờ',
  bieu_duong: 'Biểu dương',
};

export interface CommendationCandidate {
  memberId: Id;
  kind: 'year' | 'streak5';
  streak: number;
  form: CommendationForm;
  reasonCode: CommendationReasonCode;
  reason: string;
  /** Who usually issues it (HD 06-HD/TW mục 19.2) — a suggestion the user edits. */
  issuerHint: string;
  alreadyRecorded: boolean;
}

/**
 * Candidates for `year`: every member rated xuất sắc in the year (giấy khen of the đảng ủy cơ sở /
 * chi bộ cơ sở) and every member whose streak reaches 5 years without a "5 năm liền"
 * commendation already recorded within the last five years.
 */
export function commendationCandidates(
  year: number,
  ratingsByMember: ReadonlyMap<Id, readonly YearRating[]>,
  commendations: readonly (Commendation & { reasonCode?: string })[],
): CommendationCandidate[] {
  const out: CommendationCandidate[] = [];
  for (const [memberId, ratings] of ratingsByMember) {
    const streak = excellentStreak(ratings, year);
    if (streak === 0) continue;
    const mine = commendations.filter((c) => c.recipient.kind === 'member' && c.recipient.memberId === memberId);
    const isStreakAward = (c: Commendation & { reasonCode?: string }) =>
      c.reasonCode === 'htxs_5_nam' || /5 năm liền/i.test(c.reason.normalize('NFC'));
    out.push({
      memberId,
      kind: 'year',
      streak,
      form: 'giay_khen',
      reasonCode: 'htxs_nam',
      reason: `${COMMENDATION_REASONS.htxs_nam} ${year}`,
      issuerHint: 'Đảng ủy cơ sở (chi bộ cơ sở)',
      alreadyRecorded: mine.some((c) => c.year === year && !isStreakAward(c)),
    });
    if (streak >= 5) {
      out.push({
        memberId,
        kind: 'streak5',
        streak,
        form: 'giay_khen',
        reasonCode: 'htxs_5_nam',
        reason: `${COMMENDATION_REASONS.htxs_5_nam} (${year - 4}–${year})`,
        issuerHint: 'Ban Thường vụ cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng',
        alreadyRecorded: mine.some((c) => c.year > year - 5 && c.year <= year && isStreakAward(c)),
      });
    }
  }
  return out;
}
