/**
 * The secretary's month as a routine ("Tháng này"): which steps there are, when each is due and
 * in which state it is. Pure: the facts are read by db/routine.ts, the screen is features/home.
 *
 * Conventions (shared with the monthly grid and the meetings screen): the regular meeting of
 * month M is held in month M (default the 3rd, settings.meetingDay); the members' self-assessment
 * records of period M are reported at that meeting; the unit report of period M is sent after it.
 */
import type { IsoDate, IsoDateTime } from '../model';
import { addDays, addMonths, formatDate, lastDayOfPeriod, localDateOf, periodLabel, weekdayName } from '../text';

export type StepState = 'done' | 'in_progress' | 'todo' | 'overdue' | 'upcoming';

export type StepKey =
  | 'members'
  | 'prepare'
  | 'meeting'
  | 'minutes'
  | 'self_assessment'
  | 'report'
  | 'prepare_next'
  | 'pledge_registration'
  | 'year_review'
  | 'year_report';

export const STATE_LABELS: Record<StepState, string> = {
  done: 'Đã xong',
  in_progress: 'Đang làm',
  todo: 'Cần làm',
  overdue: 'Quá hạn',
  upcoming: 'Chưa đến lúc',
};

export interface RoutineStep {
  key: StepKey;
  title: string;
  /** One or two plain sentences on what is done and what is left. */
  detail: string;
  state: StepState;
  due?: IsoDate;
  /** Route of the screen that does this step. */
  path: string;
  /** Label of the link to that screen. */
  action: string;
  /** Names of the members still concerned (who has not reported / registered). */
  names?: string[];
  /** Year-level item (shown in its season), as opposed to a step of every month. */
  yearly?: boolean;
}

/** The month's regular meeting as the routine sees it. */
export interface MeetingFacts {
  date: IsoDate;
  state: 'draft' | 'finalised';
  /** Date, time, place and chair are set (the agenda is ready to be sent). */
  prepared: boolean;
  documentNumber?: number;
  finalisedAt?: IsoDate;
}

/** Deadlines of the year, from the superior's framework package when there is one. */
export interface RoutineDeadlines {
  /** Day of the previous month by which the meeting is prepared (default 20). */
  prepareDay?: number;
  /** Day by which the month's report is sent (default: the last day of the month). */
  monthlyReportDay?: number;
  pledgeRegistrationBy?: IsoDate;
  yearReviewBy?: IsoDate;
  yearReportBy?: IsoDate;
}

export interface RoutineInput {
  today: IsoDate;
  /** The month shown, "YYYY-MM". */
  period: string;
  meetingDay: number;
  deadlines?: RoutineDeadlines;
  meeting?: MeetingFacts;
  /** Next month's regular meeting (its preparation is due in this month). */
  nextMeeting?: MeetingFacts;
  selfAssessment: { expected: number; reported: number; missingNames: string[] };
  /**
   * Members in the cell's list (any status). 0: the cell is new, and the first step of every month
   * is to add its members (before any meeting or report can make sense). Omitted: not known.
   */
  rosterSize?: number;
  /** When a unit report covering this month was saved for the superior. */
  reportSentAt?: IsoDateTime;
  pledges?: PledgeFacts;
  review?: ReviewFacts;
  yearReportSentAt?: IsoDateTime;
}

export interface PledgeFacts {
  year: number;
  mustRegister: number;
  /** Handed in (submitted or confirmed). */
  registered: number;
  confirmed: number;
  /** Names of those who must register and have not handed in a form. */
  outstandingNames: string[];
}

export interface ReviewFacts {
  year: number;
  /** Year-review records of the year (0 = no review round yet). */
  records: number;
  excluded: number;
  /** Records with a final level. */
  rated: number;
}

export const DEFAULT_PREPARE_DAY = 20;
export const MINUTES_GRACE_DAYS = 2; // final documents within 02 days after the meeting (HD 42 practice)

const pad2 = (n: number) => String(n).padStart(2, '0');

export function previousMonth(period: string): string {
  return addMonths(`${period}-01`, -1).slice(0, 7);
}

export function nextMonth(period: string): string {
  return addMonths(`${period}-01`, 1).slice(0, 7);
}

/** A day of a month, clamped to the month's length (meeting day 31 in February → 28/29). */
export function dayOfPeriod(period: string, day: number): IsoDate {
  const last = Number(lastDayOfPeriod(period).slice(8));
  const d = Math.min(Math.max(1, Math.trunc(day) || 1), last);
  return `${period}-${pad2(d)}`;
}

/** Planned date of the regular meeting of a month (settings.meetingDay). */
export function plannedMeetingDate(period: string, meetingDay: number): IsoDate {
  return dayOfPeriod(period, meetingDay);
}

/** Preparation deadline of month M's meeting: the 20th (or prepareDay) of the month before. */
export function prepareDeadline(period: string, prepareDay = DEFAULT_PREPARE_DAY): IsoDate {
  return dayOfPeriod(previousMonth(period), prepareDay);
}

/**
 * When the month's report is due: the first `monthlyReportDay` after the meeting (in the same
 * month when that day comes after the meeting day, else in the next month); without a day set
 * by the superior, the last day of the month.
 */
export function reportDeadline(period: string, meetingDate: IsoDate, monthlyReportDay?: number): IsoDate {
  if (!monthlyReportDay) return lastDayOfPeriod(period);
  const same = dayOfPeriod(period, monthlyReportDay);
  return same > meetingDate ? same : dayOfPeriod(nextMonth(period), monthlyReportDay);
}

/** Days from `today` to `date` (negative when past). */
export function daysUntil(today: IsoDate, date: IsoDate): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** "Thứ Ba, 03/11/2026". */
export function dayText(date: IsoDate): string {
  return `${weekdayName(date)}, ${formatDate(date)}`;
}

/** "còn 3 ngày", "hôm nay", "ngày mai", "quá hạn 2 ngày". */
export function dueText(today: IsoDate, due: IsoDate): string {
  const n = daysUntil(today, due);
  if (n === 0) return 'hạn là hôm nay';
  if (n === 1) return 'hạn là ngày mai';
  if (n > 1) return `còn ${n} ngày`;
  return `quá hạn ${-n} ngày`;
}

/** Not done and the due date has passed → overdue; otherwise the given state. */
function withDue(today: IsoDate, due: IsoDate, state: StepState): StepState {
  if (state === 'done') return state;
  return today > due ? 'overdue' : state;
}

const list = (names: string[], max = 8) =>
  names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} và ${names.length - max} đồng chí khác`;

function prepareStep(
  key: 'prepare' | 'prepare_next',
  period: string,
  today: IsoDate,
  meeting: MeetingFacts | undefined,
  deadlines: RoutineDeadlines,
): RoutineStep {
  const due = prepareDeadline(period, deadlines.prepareDay);
  const label = periodLabel(period);
  const base = {
    key,
    title: key === 'prepare' ? 'Chuẩn bị sinh hoạt' : `Chuẩn bị sinh hoạt ${label}`,
    due,
    path: '/sinh-hoat',
    action: meeting ? 'Mở buổi sinh hoạt' : 'Tạo buổi sinh hoạt',
  };
  if (meeting && (meeting.prepared || meeting.state === 'finalised' || meeting.date <= today)) {
    return { ...base, state: 'done', detail: `Đã chuẩn bị buổi sinh hoạt ${label}: ${dayText(meeting.date)}.` };
  }
  if (meeting) {
    return {
      ...base,
      state: withDue(today, due, 'in_progress'),
      detail: `Đã tạo buổi sinh hoạt ${label} nhưng còn thiếu địa điểm hoặc người chủ trì. Hạn chuẩn bị: ${formatDate(due)} (${dueText(today, due)}).`,
    };
  }
  // Preparing next month's meeting only starts to matter once this month's meeting is past.
  const state = key === 'prepare_next' && daysUntil(today, due) > 10 ? 'upcoming' : 'todo';
  return {
    ...base,
    state: withDue(today, due, state),
    detail: `Chuẩn bị nội dung, dự thảo nghị quyết, thống nhất trong chi ủy, thông báo ngày giờ, địa điểm cho đảng viên. Hạn: ${formatDate(due)} (${dueText(today, due)}).`,
  };
}

/** The steps of a month, in the order the secretary does them, then the year items in season. */
export function monthRoutine(input: RoutineInput): RoutineStep[] {
  const { today, period, meeting } = input;
  const deadlines = input.deadlines ?? {};
  const label = periodLabel(period);
  const meetingDate = meeting?.date ?? plannedMeetingDate(period, input.meetingDay);
  const held = meeting !== undefined && meeting.date <= today;
  const steps: RoutineStep[] = [];

  if (input.rosterSize === 0) steps.push(membersStep());

  steps.push(prepareStep('prepare', period, today, meeting, deadlines));

  // Sinh hoạt
  {
    const base = {
      key: 'meeting' as const,
      title: 'Sinh hoạt chi bộ',
      due: meetingDate,
      path: '/sinh-hoat',
      action: meeting ? 'Mở buổi sinh hoạt' : 'Tạo buổi sinh hoạt',
    };
    if (held) steps.push({ ...base, state: 'done', detail: `Đã sinh hoạt ${dayText(meeting.date)}.` });
    else if (today === meetingDate) steps.push({ ...base, state: 'todo', detail: `Hôm nay sinh hoạt chi bộ (${dayText(meetingDate)}).` });
    else if (today < meetingDate)
      steps.push({
        ...base,
        state: 'upcoming',
        detail: `${meeting ? 'Ngày sinh hoạt' : 'Ngày sinh hoạt thường kỳ'}: ${dayText(meetingDate)} (${dueText(today, meetingDate).replace('hạn là ', '')}).`,
      });
    else
      steps.push({
        ...base,
        state: 'overdue',
        detail: `Chưa ghi buổi sinh hoạt nào của ${label} (ngày sinh hoạt thường kỳ: ${dayText(meetingDate)}). Nếu đã họp, hãy ghi biên bản.`,
      });
  }

  // Biên bản
  {
    const due = addDays(meetingDate, MINUTES_GRACE_DAYS);
    const base = { key: 'minutes' as const, title: 'Biên bản', due, path: '/sinh-hoat', action: 'Mở biên bản' };
    if (meeting?.state === 'finalised') {
      const no = meeting.documentNumber ? ` số ${pad2(meeting.documentNumber)}-BB/CB` : '';
      steps.push({
        ...base,
        state: 'done',
        detail: `Biên bản${no} đã thông qua${meeting.finalisedAt ? ` ngày ${formatDate(meeting.finalisedAt)}` : ''}. Có thể in ra PDF.`,
      });
    } else if (held) {
      steps.push({
        ...base,
        state: withDue(today, due, 'in_progress'),
        detail: `Đã ghi biên bản, chưa thông qua. Ghi đủ nội dung rồi bấm "Thông qua biên bản" (nên xong trước ${formatDate(due)}).`,
      });
    } else if (today > meetingDate) {
      steps.push({ ...base, state: withDue(today, due, 'todo'), detail: `Chưa có biên bản sinh hoạt ${label}.` });
    } else {
      steps.push({ ...base, state: 'upcoming', detail: 'Ghi biên bản trong buổi sinh hoạt, thông qua cuối buổi, rồi in ra PDF.' });
    }
  }

  // Tự đánh giá
  {
    const { expected, reported, missingNames } = input.selfAssessment;
    const base = {
      key: 'self_assessment' as const,
      title: 'Tự đánh giá của đảng viên',
      due: meetingDate,
      path: '/tu-danh-gia',
      action: 'Mở bảng tự đánh giá',
    };
    if (expected === 0) {
      steps.push({
        ...base,
        state: 'todo',
        action: 'Mở danh sách đảng viên',
        path: '/dang-vien',
        detail: `Chưa có đảng viên nào phải tự đánh giá ${label}. Hãy nhập danh sách đảng viên trước.`,
      });
    } else if (reported >= expected) {
      steps.push({ ...base, state: 'done', detail: `Đủ ${expected}/${expected} đảng viên đã tự đánh giá ${label}.` });
    } else {
      const missing = expected - reported;
      steps.push({
        ...base,
        state: withDue(today, meetingDate, reported > 0 ? 'in_progress' : 'todo'),
        detail: `${reported}/${expected} đảng viên đã tự đánh giá; còn ${missing} đồng chí chưa báo cáo: ${list(missingNames)}.`,
        names: missingNames,
      });
    }
  }

  // Gửi cấp trên
  {
    const due = reportDeadline(period, meetingDate, deadlines.monthlyReportDay);
    const base = { key: 'report' as const, title: 'Gửi báo cáo lên cấp trên', due, path: '/trao-doi', action: 'Mở Trao đổi dữ liệu' };
    if (input.reportSentAt) {
      steps.push({ ...base, state: 'done', detail: `Đã xuất tệp báo cáo ${label} lúc ${formatDate(localDateOf(input.reportSentAt))}.` });
    } else if (!held && today < meetingDate) {
      steps.push({
        ...base,
        state: 'upcoming',
        detail: `Sau buổi sinh hoạt, xuất tệp báo cáo ${label} và gửi cấp trên. Hạn: ${formatDate(due)}.`,
      });
    } else {
      steps.push({
        ...base,
        state: withDue(today, due, 'todo'),
        detail: `Chưa xuất tệp báo cáo ${label}. Vào "Trao đổi dữ liệu", chọn kỳ ${label}, bấm "Lưu tệp…" rồi gửi tệp cho cấp trên. Hạn: ${formatDate(due)} (${dueText(today, due)}).`,
      });
    }
  }

  steps.push(prepareStep('prepare_next', nextMonth(period), today, input.nextMeeting, deadlines));

  steps.push(...yearItems(input));
  return steps;
}

/** Month numbers in which a year item is shown even when it is done. */
export const PLEDGE_SEASON = [1, 2, 3];
export const REVIEW_SEASON = [11, 12];

/** Year-level items of the month: registration at the start of the year, the review at its end. */
export function yearItems(input: RoutineInput): RoutineStep[] {
  const { today, period } = input;
  const deadlines = input.deadlines ?? {};
  const month = Number(period.slice(5, 7));
  const out: RoutineStep[] = [];

  const p = input.pledges;
  if (p) {
    const due = deadlines.pledgeRegistrationBy ?? `${p.year}-01-31`;
    const outstanding = p.outstandingNames.length;
    const inSeason = PLEDGE_SEASON.includes(month);
    if (inSeason || outstanding > 0) {
      const base = {
        key: 'pledge_registration' as const,
        title: `Đăng ký nêu gương năm ${p.year}`,
        due,
        path: '/so-dang-ky',
        action: 'Mở sổ đăng ký',
        yearly: true,
      };
      if (p.mustRegister === 0) {
        out.push({
          ...base,
          state: 'todo',
          detail: `Chưa có đảng viên nào phải đăng ký năm ${p.year}. Hãy nhập danh sách đảng viên trước.`,
        });
      } else if (outstanding === 0) {
        const waiting = p.registered - p.confirmed;
        out.push({
          ...base,
          state: 'done',
          detail: `Đủ ${p.registered}/${p.mustRegister} đảng viên đã đăng ký${waiting > 0 ? `; ${waiting} bản đang chờ chi bộ xác nhận` : ', chi bộ đã xác nhận'}.`,
        });
      } else {
        out.push({
          ...base,
          state: withDue(today, due, p.registered > 0 ? 'in_progress' : 'todo'),
          detail: `${p.registered}/${p.mustRegister} đảng viên đã đăng ký; còn ${outstanding} đồng chí phải đăng ký: ${list(p.outstandingNames)}.`,
          names: p.outstandingNames,
        });
      }
    }
  }

  const r = input.review;
  if (r) {
    const due = deadlines.yearReviewBy ?? `${r.year}-12-31`;
    const toRate = r.records - r.excluded;
    const done = r.records > 0 && r.rated >= toRate;
    const sameYear = Number(period.slice(0, 4)) === r.year;
    const inSeason = sameYear ? REVIEW_SEASON.includes(month) : !done; // next January: only while unfinished
    if (inSeason) {
      const base = {
        key: 'year_review' as const,
        title: `Kiểm điểm, xếp loại năm ${r.year}`,
        due,
        path: '/kiem-diem',
        action: 'Mở Kiểm điểm cuối năm',
        yearly: true,
      };
      if (done)
        out.push({
          ...base,
          state: 'done',
          detail: `Đã xếp loại ${r.rated}/${toRate} đảng viên${r.excluded ? `; ${r.excluded} đồng chí không xếp loại (có lý do)` : ''}.`,
        });
      else if (r.records > 0)
        out.push({
          ...base,
          state: withDue(today, due, 'in_progress'),
          detail: `Đã mở đợt kiểm điểm; đã có mức xếp loại cuối cùng của ${r.rated}/${toRate} đảng viên.`,
        });
      else
        out.push({
          ...base,
          state: withDue(today, due, 'todo'),
          detail: `Chọn ngày kiểm điểm và mở đợt kiểm điểm; ứng dụng tổng hợp kết quả tự đánh giá 12 tháng. Hạn: ${formatDate(due)} (${dueText(today, due)}).`,
        });
    }
    const reportYearSeason = sameYear ? month === 12 : month === 1;
    if (reportYearSeason) {
      const rdue = deadlines.yearReportBy;
      const base = {
        key: 'year_report' as const,
        title: `Gửi báo cáo năm ${r.year}`,
        path: '/trao-doi',
        action: 'Mở Trao đổi dữ liệu',
        yearly: true,
        ...(rdue ? { due: rdue } : {}),
      };
      if (input.yearReportSentAt)
        out.push({
          ...base,
          state: 'done',
          detail: `Đã xuất tệp báo cáo năm ${r.year} lúc ${formatDate(localDateOf(input.yearReportSentAt))}.`,
        });
      else
        out.push({
          ...base,
          state: rdue ? withDue(today, rdue, done ? 'todo' : 'upcoming') : done ? 'todo' : 'upcoming',
          detail: `Sau khi kiểm điểm, xuất tệp báo cáo "Cả năm" ${r.year} gửi cấp trên${rdue ? `. Hạn: ${formatDate(rdue)}` : ''}.`,
        });
    }
  }
  return out;
}

/** Which year's review the routine of a month looks at: this year from November, last year in January–February. */
export function reviewYearOf(period: string): number | undefined {
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(5, 7));
  if (month >= 11) return year;
  if (month <= 2) return year - 1;
  return undefined;
}

/** Period keys of exported unit reports that cover month `period` as its monthly report. */
export function reportKeysCovering(period: string): string[] {
  const year = period.slice(0, 4);
  const month = Number(period.slice(5, 7));
  const keys = [period];
  if (month % 3 === 0) keys.push(`${year}-Q${month / 3}`);
  if (month === 12) keys.push(year);
  return keys;
}

/** Day one: the cell has no members yet. */
function membersStep(): RoutineStep {
  return {
    key: 'members',
    title: 'Thêm đảng viên',
    state: 'todo',
    path: '/dang-vien',
    action: 'Thêm đảng viên',
    detail:
      'Chi bộ chưa có đảng viên nào trong danh sách. Hãy thêm từng đồng chí hoặc nhập danh sách từ tệp Excel; sau đó mới ghi được biên bản, tự đánh giá và báo cáo.',
  };
}

/**
 * The step to do first: adding the members while the list is empty (nothing else can be done
 * before), else the first overdue one, else the first to do or in progress.
 */
export function nextStep(steps: readonly RoutineStep[]): RoutineStep | undefined {
  const members = steps.find((s) => s.key === 'members' && s.state !== 'done');
  if (members) return members;
  return steps.find((s) => s.state === 'overdue') ?? steps.find((s) => s.state === 'todo' || s.state === 'in_progress');
}

/** Counts for the summary line of the page. */
export function routineCounts(steps: readonly RoutineStep[]): Record<StepState, number> {
  const counts: Record<StepState, number> = { done: 0, in_progress: 0, todo: 0, overdue: 0, upcoming: 0 };
  for (const s of steps) counts[s.state] += 1;
  return counts;
}

/**
 * What the superior committee's "Tháng này" says above the list of units that have not sent the
 * month's report. An empty committee (no unit known yet) is not "everyone has sent".
 */
export function missingReportsText(reported: number, missing: number): string | undefined {
  if (reported === 0 && missing === 0)
    return 'Chưa có đơn vị trực thuộc nào. Thêm các đơn vị ở “Tổng hợp các chi bộ” → “Đơn vị trực thuộc”, hoặc nhận tệp báo cáo đầu tiên của họ ở “Trao đổi dữ liệu”.';
  if (missing === 0) return `Tất cả ${reported} đơn vị đã gửi báo cáo kỳ này.`;
  return undefined;
}
