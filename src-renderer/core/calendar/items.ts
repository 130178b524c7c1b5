/**
 * The secretary's "Lịch việc": every dated job of a year that follows from the member records,
 * the meetings and the deadlines rule set — dự bị → chính thức (the exact date, the paperwork,
 * the chi bộ's meeting), Huy hiệu Đảng (proposal, award), the year-end review steps, members
 * absent with reason several meetings in a row, status periods that end. Each item has a stable
 * key (its done-state is stored under it by the caller), the screen where it is done, and a
 * state relative to `today` (passed in: core never reads the clock).
 */
import type { IsoDate, Meeting, MemberStatusKind } from '../model';
import { excusedStreak } from '../meetings/warnings';
import { isActiveMember, membershipKind } from '../members/status';
import { plannedMeetingDate } from '../routine';
import { addDays, formatDate } from '../text';
import { addWorkingDays, holidaysCoverYear, onOrNextWorkingDay, workingCalendar } from './holidays';
import { badgesAwardedIn, officialDate, type PartyMember } from './party';
import type { DeadlineRules } from './rules';

export type CalendarItemKind =
  | 'probation_end'
  | 'probation_paperwork'
  | 'probation_meeting'
  | 'badge_proposal'
  | 'badge_award'
  | 'review_draft'
  | 'review_meeting'
  | 'excused_absences'
  | 'status_end'
  | 'holidays_missing';

export type CalendarItemState = 'done' | 'overdue' | 'soon' | 'later';

export interface CalendarItem {
  /** Stable key of the item; the caller stores done items by it. */
  key: string;
  kind: CalendarItemKind;
  date: IsoDate;
  title: string;
  detail: string;
  /** Route of the screen where the job is done. */
  path: string;
  memberId?: string;
  done: boolean;
  state: CalendarItemState;
}

/** Routes of the screens the items link to (the dues screen arrives with issue 20's UI). */
export const CALENDAR_PATHS = {
  member: (id: string) => `/dang-vien/${id}`,
  meetings: '/sinh-hoat',
  review: (year: number) => `/kiem-diem?nam=${year}`,
  settings: '/cai-dat',
  calendar: (year: number) => `/lich-viec?nam=${year}`,
  dues: (period: string) => `/dang-phi?thang=${period}`,
} as const;

export type CalendarMeeting = Pick<Meeting, 'id' | 'date' | 'type' | 'attendance'>;

export interface YearCalendarInput {
  year: number;
  today: IsoDate;
  members: readonly PartyMember[];
  rules: DeadlineRules;
  /** Day of the month of the regular meeting (settings.meetingDay). */
  meetingDay: number;
  meetings?: readonly CalendarMeeting[];
  /** The planned year-end review meeting, when the secretary has set it. */
  reviewMeetingDate?: IsoDate;
  /** Keys of the items ticked off. */
  doneKeys?: ReadonlySet<string>;
}

const pad4 = (y: number) => String(y).padStart(4, '0');

const STATUS_END_LABELS: Partial<Record<MemberStatusKind, string>> = {
  mien_sinh_hoat: 'miễn công tác và sinh hoạt đảng',
  sinh_hoat_tam_thoi: 'sinh hoạt đảng tạm thời',
  dinh_chi: 'đình chỉ sinh hoạt đảng',
};

function stateOf(date: IsoDate, done: boolean, today: IsoDate, noticeDays: number): CalendarItemState {
  if (done) return 'done';
  if (date < today) return 'overdue';
  return date <= addDays(today, noticeDays) ? 'soon' : 'later';
}

/** The first regular meeting on or after a date (the meeting day of that month or the next). */
export function firstRegularMeetingOnOrAfter(date: IsoDate, meetingDay: number): IsoDate {
  const same = plannedMeetingDate(date.slice(0, 7), meetingDay);
  if (same >= date) return same;
  return plannedMeetingDate(addDays(`${date.slice(0, 7)}-01`, 32).slice(0, 7), meetingDay);
}

/** When the chi bộ considers the recognition: the first regular meeting after the 12 months, at the latest the rule's working-day limit. */
export function probationSchedule(
  start: IsoDate,
  rules: DeadlineRules,
  meetingDay: number,
): { endsOn: IsoDate; meeting: IsoDate; latest: IsoDate; paperworkBy: IsoDate } {
  const cal = workingCalendar(rules.holidays);
  const endsOn = officialDate(start, rules.probationMonths);
  const latest = addWorkingDays(endsOn, rules.officialMeetingWithinWorkingDays, cal);
  const planned = firstRegularMeetingOnOrAfter(endsOn, meetingDay);
  const meeting = planned <= latest ? planned : latest;
  return { endsOn, meeting, latest, paperworkBy: addWorkingDays(meeting, -rules.officialPaperworkWorkingDaysBefore, cal) };
}

/** Meetings of the excused run ending at `meeting` for a member (same order and rules as excusedStreak). */
function excusedRunStart(memberId: string, last: CalendarMeeting, meetings: readonly CalendarMeeting[], length: number): IsoDate {
  const year = last.date.slice(0, 4);
  const run = meetings
    .filter(
      (m) =>
        m.date.slice(0, 4) === year &&
        m.date <= last.date &&
        m.type !== 'chi_uy' &&
        m.type !== 'dai_hoi' &&
        m.attendance.some((e) => e.memberId === memberId),
    )
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return run[Math.min(length, run.length) - 1]?.date ?? last.date;
}

export function yearCalendar(input: YearCalendarInput): CalendarItem[] {
  const { year, today, rules, meetingDay } = input;
  const done = input.doneKeys ?? new Set<string>();
  const cal = workingCalendar(rules.holidays);
  const yStart = `${pad4(year)}-01-01`;
  const yEnd = `${pad4(year)}-12-31`;
  const inYear = (d: IsoDate) => d >= yStart && d <= yEnd;
  const items: CalendarItem[] = [];
  const push = (item: Omit<CalendarItem, 'done' | 'state'>, autoDone = false) => {
    const isDone = autoDone || done.has(item.key);
    items.push({ ...item, done: isDone, state: stateOf(item.date, isDone, today, rules.noticeDays) });
  };

  if (!holidaysCoverYear(rules.holidays, year)) {
    push({
      key: `holidays:${year}`,
      kind: 'holidays_missing',
      date: yStart,
      title: `Chưa có bảng ngày nghỉ lễ năm ${year}`,
      detail:
        'Ngày làm việc đang chỉ trừ thứ Bảy, Chủ nhật. Nhập các ngày nghỉ Tết, lễ của năm theo thông báo để các thời hạn tính theo ngày làm việc được đúng.',
      path: CALENDAR_PATHS.settings,
    });
  }

  for (const m of input.members) {
    const name = m.fullName;
    // Dự bị → chính thức.
    if (m.admissionDate) {
      const s = probationSchedule(m.admissionDate, rules, meetingDay);
      const recognised = m.fullMembershipDate !== undefined || membershipKind(m, today) === 'chinh_thuc';
      const stillProbation = !recognised && isActiveMember(m, today) && membershipKind(m, today) === 'du_bi';
      // Carried into this year: a probation that ended in the 12 months before it and is still not recognised.
      const carried = stillProbation && s.endsOn < yStart && s.endsOn >= `${pad4(year - 1)}-01-01` && year === Number(today.slice(0, 4));
      const relevant = inYear(s.endsOn) || inYear(s.meeting) || carried;
      if (relevant && (recognised || stillProbation)) {
        const base = `probation:${m.id}:${s.endsOn}`;
        push(
          {
            key: `${base}:paperwork`,
            kind: 'probation_paperwork',
            date: s.paperworkBy,
            title: `Hoàn thiện hồ sơ xét chính thức cho đồng chí ${name}`,
            detail: `Bản tự kiểm điểm của đảng viên dự bị, bản nhận xét của đảng viên chính thức được phân công giúp đỡ, ý kiến của đoàn thể nơi làm việc và chi ủy nơi cư trú — xong trước buổi họp xét ngày ${formatDate(s.meeting)}.`,
            path: CALENDAR_PATHS.member(m.id),
            memberId: m.id,
          },
          recognised,
        );
        push(
          {
            key: `${base}:end`,
            kind: 'probation_end',
            date: s.endsOn,
            title: `Đồng chí ${name} hết 12 tháng dự bị`,
            detail: `Kết nạp ngày ${formatDate(m.admissionDate)}; đủ ${rules.probationMonths} tháng dự bị ngày ${formatDate(s.endsOn)}.`,
            path: CALENDAR_PATHS.member(m.id),
            memberId: m.id,
          },
          recognised,
        );
        push(
          {
            key: `${base}:meeting`,
            kind: 'probation_meeting',
            date: s.meeting,
            title: `Chi bộ xét công nhận đảng viên chính thức cho đồng chí ${name}`,
            detail: `Họp xét từng người, biểu quyết như khi xét kết nạp (chỉ đảng viên chính thức biểu quyết); chậm nhất ngày ${formatDate(s.latest)} (${rules.officialMeetingWithinWorkingDays} ngày làm việc sau khi hết dự bị). Ghi ngày chính thức vào hồ sơ đảng viên sau khi có quyết định.`,
            path: CALENDAR_PATHS.meetings,
            memberId: m.id,
          },
          recognised,
        );
      }
    }

    // Huy hiệu Đảng: official members active on the award date.
    for (const b of badgesAwardedIn(m, year, rules.badgeMilestones, rules.badgeAwardDates)) {
      // Party age counts for members recognised as chính thức; after 30 years a missing ngày chính thức is a gap in the record, not a probation.
      if (!isActiveMember(m, b.awardOn) || membershipKind(m, b.awardOn) === undefined) continue;
      const key = `badge:${m.id}:${b.years}`;
      const proposal = onOrNextWorkingDay(addDays(b.awardOn, -rules.badgeProposalDaysBefore), cal);
      push({
        key: `${key}:proposal`,
        kind: 'badge_proposal',
        date: proposal > b.awardOn ? b.awardOn : proposal,
        title: `Đề nghị tặng Huy hiệu ${b.years} năm tuổi Đảng cho đồng chí ${name}`,
        detail: `Đủ ${b.years} năm tuổi Đảng ngày ${formatDate(b.reachedOn)}; trao vào dịp ${formatDate(b.awardOn)}. Chi bộ lập danh sách, đề nghị cấp ủy cấp trên.`,
        path: CALENDAR_PATHS.member(m.id),
        memberId: m.id,
      });
      push({
        key: `${key}:award`,
        kind: 'badge_award',
        date: b.awardOn,
        title: `Trao Huy hiệu ${b.years} năm tuổi Đảng cho đồng chí ${name}`,
        detail: `Đủ ${b.years} năm tuổi Đảng ngày ${formatDate(b.reachedOn)}.`,
        path: CALENDAR_PATHS.member(m.id),
        memberId: m.id,
      });
    }

    // Status periods that end in the year.
    for (const p of m.statusPeriods ?? []) {
      const label = STATUS_END_LABELS[p.kind];
      if (!label || !p.to || !inYear(p.to) || !isActiveMember(m, p.to)) continue;
      push({
        key: `status_end:${m.id}:${p.id}:${p.to}`,
        kind: 'status_end',
        date: p.to,
        title: `Hết thời hạn ${label} của đồng chí ${name}`,
        detail: `Thời hạn từ ${formatDate(p.from)} đến ${formatDate(p.to)}${p.reason ? ` (${p.reason})` : ''}. Chi bộ xem xét gia hạn hoặc để đồng chí sinh hoạt trở lại, rồi cập nhật tình trạng.`,
        path: CALENDAR_PATHS.member(m.id),
        memberId: m.id,
      });
    }
  }

  // Members absent with reason several regular meetings in a row (as of the latest meeting ≤ today).
  const meetings = (input.meetings ?? []).filter(
    (x) => x.date.slice(0, 4) === pad4(year) && x.date <= today && x.type !== 'chi_uy' && x.type !== 'dai_hoi',
  );
  const latest = [...meetings].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0];
  if (latest) {
    const byId = new Map(input.members.map((m) => [m.id, m]));
    for (const entry of latest.attendance) {
      if (entry.status !== 'vang_co_ly_do') continue;
      const streak = excusedStreak(entry.memberId, latest, meetings);
      if (streak < rules.excusedAbsenceMeetingsInARow) continue;
      const name = byId.get(entry.memberId)?.fullName ?? entry.name ?? 'đảng viên';
      const since = excusedRunStart(entry.memberId, latest, meetings, streak);
      push({
        key: `excused:${entry.memberId}:${since}`,
        kind: 'excused_absences',
        date: latest.date,
        title: `Đồng chí ${name} vắng có lý do ${streak} buổi sinh hoạt liên tiếp`,
        detail: `Từ buổi ngày ${formatDate(since)} đến buổi ngày ${formatDate(latest.date)}. Chi bộ tìm hiểu và xem xét (miễn công tác và sinh hoạt đảng, sinh hoạt tạm thời…).`,
        path: CALENDAR_PATHS.member(entry.memberId),
        memberId: entry.memberId,
      });
    }
  }

  // Year-end review (§6.1): the draft at least N working days before the meeting.
  const reviewMeeting = input.reviewMeetingDate ?? rules.yearReviewBy ?? plannedMeetingDate(`${pad4(year)}-12`, meetingDay);
  if (inYear(reviewMeeting) || Number(reviewMeeting.slice(0, 4)) === year + 1) {
    const draftBy = addWorkingDays(reviewMeeting, -rules.reviewDraftWorkingDaysBefore, cal);
    push({
      key: `review:${year}:draft`,
      kind: 'review_draft',
      date: draftBy,
      title: `Gửi dự thảo báo cáo kiểm điểm năm ${year} đến đảng viên`,
      detail: `Gửi dự thảo báo cáo kiểm điểm của chi bộ và nhắc đảng viên hoàn thành bản tự kiểm điểm (Mẫu 2A/2B/2C) trước ít nhất ${rules.reviewDraftWorkingDaysBefore} ngày làm việc so với hội nghị ngày ${formatDate(reviewMeeting)}.`,
      path: CALENDAR_PATHS.review(year),
    });
    push({
      key: `review:${year}:meeting`,
      kind: 'review_meeting',
      date: reviewMeeting,
      title: `Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng năm ${year}`,
      detail: 'Kiểm điểm tập thể chi bộ và từng đảng viên, biểu quyết mức xếp loại đề nghị; ghi biên bản.',
      path: CALENDAR_PATHS.review(year),
    });
  }

  return items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.key.localeCompare(b.key)));
}

/** What "Tháng này" shows: items not done that are overdue or due within the notice days. */
export function dueSoon(items: readonly CalendarItem[]): CalendarItem[] {
  return items.filter((i) => i.state === 'overdue' || i.state === 'soon');
}
