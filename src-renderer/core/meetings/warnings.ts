/**
 * Warnings shown next to the meeting form. They never block saving or finalising: the
 * secretary records what happened; the app points out what the rules expect (domain.md §4.5–4.6).
 */
import type { Meeting, RuleSet } from '../model';
import { formatPercentValue, minutesBetween } from '../text';
import { attendanceRows, countAttendance, type RosterMember } from './attendance';
import type { QuorumSettings } from './settings';
import { voteOutcome } from './votes';
import { endTimeProblem } from './lifecycle';

export type WarningCode =
  | 'attendance_below_fraction'
  | 'attendance_at_or_below_percent'
  | 'absent_without_reason'
  | 'excused_streak'
  | 'duration_short'
  | 'duration_unknown'
  | 'end_not_after_start'
  | 'vote'
  | 'no_attendance'
  | 'dues_unpaid';

export interface MeetingWarning {
  code: WarningCode;
  message: string;
}

type MeetingForWarnings = Pick<Meeting, 'id' | 'type' | 'date' | 'startTime' | 'endTime' | 'attendance' | 'votes'>;

/** Minimum duration in minutes for a meeting type; undefined when HD 42 sets none (đại hội, chi ủy …). */
export function minimumDuration(type: Meeting['type'], settings: QuorumSettings): number | undefined {
  if (type === 'ket_hop') return settings.minDurationCombinedMinutes;
  if (type === 'thuong_ky' || type === 'chuyen_de') return settings.minDurationMinutes;
  return undefined;
}

/**
 * Length of the run of consecutive meetings (this one included, same calendar year, ordered by
 * date) at which the member was absent with reason. Only meetings of the cell (thường kỳ,
 * chuyên đề, kết hợp, bất thường) are considered; chi ủy meetings are not.
 */
export function excusedStreak(
  memberId: string,
  meeting: Pick<Meeting, 'id' | 'date' | 'attendance'>,
  meetings: readonly Pick<Meeting, 'id' | 'date' | 'type' | 'attendance'>[],
): number {
  const year = meeting.date.slice(0, 4);
  const sameYear = meetings
    .filter(
      (m) => m.id !== meeting.id && m.date.slice(0, 4) === year && m.date <= meeting.date && m.type !== 'chi_uy' && m.type !== 'dai_hoi',
    )
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  if (meeting.attendance.find((e) => e.memberId === memberId)?.status !== 'vang_co_ly_do') return 0;
  let streak = 1;
  for (const m of sameYear) {
    const entry = m.attendance.find((e) => e.memberId === memberId);
    if (entry?.status === 'vang_co_ly_do') streak += 1;
    else if (entry) break; // present, absent without reason, miễn … ends the run
  }
  return streak;
}

/** "2/3" for simple fractions, else a percentage. */
export function fractionText(f: number): string {
  for (let d = 2; d <= 10; d++) {
    const n = Math.round(f * d);
    if (n > 0 && Math.abs(n / d - f) < 1e-9) return `${n}/${d}`;
  }
  return `${formatPercentValue(f * 100)}`;
}

/** Where the thresholds came from, unless they are the app's own defaults (then nothing is added). */
function thresholdSource(quorum: RuleSet<QuorumSettings>): string {
  if (quorum.source === 'preset') return '';
  return ` — ngưỡng theo «${quorum.name}»${quorum.source === 'superior' ? ' do cấp trên ban hành' : ' do chi bộ đặt trong Cài đặt'}`;
}

export function meetingWarnings(
  meeting: MeetingForWarnings,
  members: readonly RosterMember[],
  otherMeetings: readonly Pick<Meeting, 'id' | 'date' | 'type' | 'attendance'>[],
  quorum: RuleSet<QuorumSettings>,
): MeetingWarning[] {
  const settings = quorum.data;
  const from = thresholdSource(quorum);
  const warnings: MeetingWarning[] = [];
  const rows = attendanceRows(meeting, members);
  const counts = countAttendance(rows);
  if (rows.length === 0) {
    warnings.push({ code: 'no_attendance', message: 'Chưa có danh sách điểm danh. Bấm "Lấy danh sách đảng viên" để điền sẵn.' });
  } else if (counts.counted > 0) {
    if (counts.present < settings.attendanceWarnBelowFraction * counts.counted - 1e-9) {
      warnings.push({
        code: 'attendance_below_fraction',
        message: `Số đảng viên có mặt (${counts.present}/${counts.counted}) dưới ${fractionText(settings.attendanceWarnBelowFraction)} số đảng viên được triệu tập${from}.`,
      });
    }
    if (counts.presentPercent <= settings.attendanceWarnAtOrBelowPercent) {
      warnings.push({
        code: 'attendance_at_or_below_percent',
        message: `Tỷ lệ đảng viên dự ${formatPercentValue(counts.presentPercent)} — chưa đạt tiêu chí "trên ${settings.attendanceWarnAtOrBelowPercent}%"${from}.`,
      });
    }
  }
  const noReason = rows.filter((r) => r.status === 'vang_khong_ly_do');
  if (noReason.length > 0) {
    warnings.push({
      code: 'absent_without_reason',
      message: `Có đảng viên vắng không lý do: ${noReason.map((r) => r.name).join(', ')}.`,
    });
  }
  for (const r of rows) {
    if (r.status !== 'vang_co_ly_do') continue;
    const streak = excusedStreak(r.memberId, meeting, otherMeetings);
    if (streak > settings.maxConsecutiveExcusedAbsences) {
      warnings.push({
        code: 'excused_streak',
        message: `Đồng chí ${r.name} vắng có lý do ${streak} lần liên tiếp trong năm (quá ${String(settings.maxConsecutiveExcusedAbsences).padStart(2, '0')} lần)${from}.`,
      });
    }
  }
  const min = minimumDuration(meeting.type, settings);
  const endProblem = endTimeProblem(meeting.startTime, meeting.endTime);
  if (endProblem) {
    // Never a negative duration ("kéo dài -60 phút"): say what is wrong instead.
    warnings.push({ code: 'end_not_after_start', message: endProblem });
  } else if (min !== undefined) {
    if (!meeting.endTime) {
      warnings.push({ code: 'duration_unknown', message: 'Chưa nhập giờ kết thúc, chưa tính được thời lượng buổi sinh hoạt.' });
    } else {
      const duration = minutesBetween(meeting.startTime, meeting.endTime);
      if (duration < min) {
        warnings.push({
          code: 'duration_short',
          message: `Buổi sinh hoạt kéo dài ${duration} phút, ít hơn thời lượng tối thiểu ${min} phút${meeting.type === 'ket_hop' ? ' (kết hợp sinh hoạt chuyên đề)' : ''}${from}.`,
        });
      }
    }
  }
  for (const vote of meeting.votes) {
    for (const message of voteOutcome(vote, counts, settings).warnings) warnings.push({ code: 'vote', message });
  }
  return warnings;
}
