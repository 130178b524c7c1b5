/**
 * Creating, checking, finalising and amending a meeting record. Finalised minutes are locked;
 * a correction afterwards is an amendment with its date and reason, never a silent overwrite.
 */
import type { AttendanceEntry, AttendanceStatus, Id, IsoDate, IsoDateTime, Meeting, MeetingAmendment, MeetingType, Vote } from '../model';
import { cleanMultiline, cleanText, isValidIsoDate, lengthProblems, minutesBetween, periodOf } from '../text';
import { ATTENDANCE_LABELS, attendanceRows, countAttendance, type RosterMember } from './attendance';
import { scoreRubric, type MeetingRubric } from './rubric';
import { voteTallyError, voteTallyErrors } from './votes';

export const MEETING_TYPE_LABELS: Record<MeetingType, string> = {
  thuong_ky: 'Sinh hoạt thường kỳ',
  chuyen_de: 'Sinh hoạt chuyên đề',
  ket_hop: 'Sinh hoạt thường kỳ kết hợp chuyên đề',
  bat_thuong: 'Sinh hoạt bất thường',
  dai_hoi: 'Đại hội chi bộ',
  chi_uy: 'Họp chi ủy',
};

/** Trích yếu of the minutes: "Sinh hoạt chi bộ thường kỳ tháng 11 năm 2026". */
export function minutesSubject(meeting: Pick<Meeting, 'type' | 'period' | 'topic'>): string {
  const [y, m] = meeting.period.split('-');
  const month = `tháng ${Number(m)} năm ${y}`;
  switch (meeting.type) {
    case 'thuong_ky':
      return `Sinh hoạt chi bộ thường kỳ ${month}`;
    case 'chuyen_de':
      return `Sinh hoạt chi bộ chuyên đề ${month}${meeting.topic?.title ? `: ${meeting.topic.title}` : ''}`;
    case 'ket_hop':
      return `Sinh hoạt chi bộ thường kỳ kết hợp chuyên đề ${month}`;
    case 'bat_thuong':
      return `Sinh hoạt chi bộ bất thường ${month}`;
    case 'dai_hoi':
      return `Đại hội chi bộ ${month}`;
    case 'chi_uy':
      return `Họp chi ủy ${month}`;
  }
}

export function newMeeting(args: { id: Id; unitId: Id; date: IsoDate; type?: MeetingType; place?: string; now: IsoDateTime }): Meeting {
  return {
    id: args.id,
    unitId: args.unitId,
    type: args.type ?? 'thuong_ky',
    period: periodOf(args.date),
    date: args.date,
    startTime: '14:00',
    endTime: '16:00',
    place: args.place ?? '',
    guests: '',
    attendance: [],
    partyFees: '',
    news: '',
    ideology: '',
    lastMonthReview: [],
    praise: '',
    reminders: '',
    exampleReports: '',
    nextTasks: [],
    speeches: [],
    conclusion: '',
    votes: [],
    state: 'draft',
    amendments: [],
    updatedAt: args.now,
  };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/u;

/**
 * The end time is not after the start (same day): the message shown under the field, in the
 * list of errors and instead of a negative duration. Undefined when fine or not comparable.
 */
export function endTimeProblem(startTime: string, endTime: string | undefined): string | undefined {
  if (!endTime || !TIME.test(startTime) || !TIME.test(endTime)) return undefined;
  if (minutesBetween(startTime, endTime) > 0) return undefined;
  return `Giờ kết thúc (${endTime}) phải sau giờ bắt đầu (${startTime}). Hãy sửa lại giờ kết thúc.`;
}

/** The meeting's texts longer than TEXT_LIMITS (each is printed in the minutes). */
export function meetingLengthProblems(m: Meeting): string[] {
  return lengthProblems([
    ['Địa điểm', m.place, 'line'],
    ['Họ tên chủ trì', m.chairName, 'personName'],
    ['Chức vụ chủ trì', m.chairTitle, 'position'],
    ['Họ tên thư ký', m.secretaryName, 'personName'],
    ['Đại biểu cấp trên', m.guests, 'line'],
    ['Tình hình thu nộp đảng phí', m.partyFees, 'paragraphs'],
    ['Thông tin thời sự', m.news, 'paragraphs'],
    ['Tình hình tư tưởng', m.ideology, 'paragraphs'],
    ['Biểu dương', m.praise, 'paragraphs'],
    ['Nhắc nhở', m.reminders, 'paragraphs'],
    ['Đảng viên báo cáo việc thực hiện nêu gương', m.exampleReports, 'paragraphs'],
    ['Kết luận của chủ trì', m.conclusion, 'paragraphs'],
    ['Tên chuyên đề', m.topic?.title, 'line'],
    ['Người trình bày chuyên đề', m.topic?.presenter, 'personName'],
    ['Thảo luận chuyên đề', m.topic?.discussion, 'paragraphs'],
    ['Kết luận chuyên đề', m.topic?.conclusion, 'paragraphs'],
    ...m.speeches.flatMap((s, i) => [
      [`Ý kiến thứ ${i + 1}: người phát biểu`, s.speaker, 'personName'] as const,
      [`Ý kiến thứ ${i + 1}`, s.summary, 'paragraphs'] as const,
    ]),
    ...m.lastMonthReview.flatMap((t, i) => [
      [`Nhiệm vụ tháng trước thứ ${i + 1}`, t.task, 'line'] as const,
      [`Kết quả nhiệm vụ thứ ${i + 1}`, t.result, 'line'] as const,
      [`Người thực hiện nhiệm vụ thứ ${i + 1}`, t.assignee, 'position'] as const,
    ]),
    ...m.nextTasks.flatMap((t, i) => [
      [`Nhiệm vụ tháng tới thứ ${i + 1}`, t.task, 'line'] as const,
      [`Người thực hiện nhiệm vụ tháng tới thứ ${i + 1}`, t.assignee, 'position'] as const,
    ]),
    ...m.votes.map((v, i) => [`Nội dung biểu quyết thứ ${i + 1}`, v.subject, 'line'] as const),
  ]);
}

/**
 * Hard input errors (Vietnamese): the record cannot be saved while there are any. With the roster
 * (or with attendance already frozen, pass `[]`), vote tallies larger than the đảng viên chính
 * thức present are refused too: dự bị members do not vote (domain.md §4.6).
 */
export function meetingInputErrors(m: Meeting, roster?: readonly RosterMember[]): string[] {
  const errors: string[] = [];
  if (!isValidIsoDate(m.date)) errors.push('Ngày sinh hoạt không hợp lệ. Nhập ngày dạng ngày/tháng/năm.');
  if (!/^\d{4}-(0[1-9]|1[0-2])$/u.test(m.period)) errors.push('Tháng sinh hoạt không hợp lệ.');
  if (!TIME.test(m.startTime)) errors.push('Giờ bắt đầu không hợp lệ. Nhập dạng giờ:phút, ví dụ 14:00.');
  if (m.endTime && !TIME.test(m.endTime)) errors.push('Giờ kết thúc không hợp lệ. Nhập dạng giờ:phút, ví dụ 16:00.');
  const endProblem = endTimeProblem(m.startTime, m.endTime);
  if (endProblem) errors.push(endProblem);
  m.votes.forEach((v, i) => {
    if (!cleanText(v.subject)) errors.push(`Biểu quyết thứ ${i + 1}: chưa nhập nội dung biểu quyết.`);
    for (const n of [v.inFavour, v.against, v.other])
      if (!Number.isInteger(n) || n < 0) {
        errors.push(`Biểu quyết thứ ${i + 1}: số phiếu phải là số nguyên không âm.`);
        break;
      }
  });
  const ids = new Set<string>();
  for (const a of m.attendance) {
    if (ids.has(a.memberId)) errors.push('Một đảng viên có hai dòng điểm danh.');
    ids.add(a.memberId);
  }
  errors.push(...meetingLengthProblems(m));
  if (roster && m.votes.length > 0 && errors.length === 0) {
    errors.push(...voteTallyErrors(m.votes, countAttendance(attendanceRows(m, roster))));
  }
  return errors;
}

/**
 * What must be filled before the minutes can be adopted ("Thông qua biên bản"). `m.attendance`
 * is expected frozen (or attendance rows); pass the roster otherwise.
 */
export function finaliseProblems(m: Meeting, roster: readonly RosterMember[] = []): string[] {
  const problems = meetingInputErrors(m, roster);
  if (m.state === 'finalised') problems.push('Biên bản này đã được thông qua.');
  if (!cleanText(m.place)) problems.push('Chưa nhập địa điểm sinh hoạt.');
  if (!m.endTime) problems.push('Chưa nhập giờ kết thúc buổi sinh hoạt.');
  if (!cleanText(m.chairName ?? '')) problems.push('Chưa chọn người chủ trì.');
  if (!cleanText(m.secretaryName ?? '')) problems.push('Chưa chọn thư ký.');
  if (m.attendance.length === 0) problems.push('Chưa điểm danh đảng viên.');
  for (const a of m.attendance)
    if (a.status === 'vang_co_ly_do' && !cleanText(a.reason ?? ''))
      problems.push(`Chưa ghi lý do vắng của đồng chí ${a.name ?? a.memberId}.`);
  return problems;
}

/** NFC every text field of a meeting before saving. */
export function cleanMeeting(m: Meeting): Meeting {
  const t = cleanMultiline;
  return {
    ...m,
    place: cleanText(m.place),
    guests: t(m.guests),
    partyFees: t(m.partyFees),
    news: t(m.news),
    ideology: t(m.ideology),
    praise: t(m.praise),
    reminders: t(m.reminders),
    exampleReports: t(m.exampleReports),
    conclusion: t(m.conclusion),
    chairName: m.chairName === undefined ? undefined : cleanText(m.chairName),
    chairTitle: m.chairTitle === undefined ? undefined : cleanText(m.chairTitle),
    secretaryName: m.secretaryName === undefined ? undefined : cleanText(m.secretaryName),
    attendance: m.attendance.map((a) => (a.reason === undefined ? a : { ...a, reason: cleanText(a.reason) })),
    lastMonthReview: m.lastMonthReview.map((r) => ({ ...r, task: t(r.task), result: r.result === undefined ? undefined : t(r.result) })),
    nextTasks: m.nextTasks.map((r) => ({ ...r, task: t(r.task), assignee: r.assignee === undefined ? undefined : cleanText(r.assignee) })),
    speeches: m.speeches.map((s) => ({ speaker: cleanText(s.speaker), summary: t(s.summary) })),
    votes: m.votes.map((v) => ({ ...v, subject: cleanText(v.subject) })),
    topic: m.topic && {
      title: cleanText(m.topic.title),
      presenter: cleanText(m.topic.presenter),
      discussion: t(m.topic.discussion),
      conclusion: t(m.topic.conclusion),
    },
  };
}

export class LockedError extends Error {
  constructor() {
    super('Biên bản đã được thông qua nên không sửa trực tiếp được. Hãy dùng "Đính chính" và ghi rõ lý do.');
  }
}

/** Editing a draft; finalised minutes are refused with LockedError. */
export function assertEditable(m: Pick<Meeting, 'state'>): void {
  if (m.state === 'finalised') throw new LockedError();
}

/** Text fields a correction may change after adoption. */
export const AMENDABLE_FIELDS = {
  place: 'Địa điểm',
  guests: 'Đại biểu',
  partyFees: 'Tình hình đảng phí',
  news: 'Thông tin thời sự, quán triệt văn bản',
  ideology: 'Tình hình tư tưởng',
  praise: 'Biểu dương',
  reminders: 'Nhắc nhở',
  exampleReports: 'Đảng viên báo cáo việc thực hiện nêu gương',
  conclusion: 'Kết luận của chủ trì',
  endTime: 'Giờ kết thúc',
} as const satisfies Partial<Record<keyof Meeting, string>>;

export type AmendableField = keyof typeof AMENDABLE_FIELDS;

interface AmendmentMeta {
  reason: string;
  by: string;
  at: IsoDate;
}

/** A correction of a text field (or the end time). */
export interface TextAmendmentInput extends AmendmentMeta {
  field: AmendableField;
  after: string;
}

/** A correction of one criterion of the quality score (`value` undefined: clear it). */
export interface ScoreAmendmentInput extends AmendmentMeta {
  field: 'score';
  criterion: string;
  value: number | undefined;
}

export const AMENDABLE_ATTENDANCE: readonly AttendanceStatus[] = ['co_mat', 'vang_co_ly_do', 'vang_khong_ly_do'];

/** A correction of one member's attendance (among present / absent with or without reason). */
export interface AttendanceAmendmentInput extends AmendmentMeta {
  field: 'attendance';
  memberId: Id;
  status: AttendanceStatus;
  absenceReason?: string;
}

/** A correction of the tally of one vote. */
export interface VoteAmendmentInput extends AmendmentMeta {
  field: 'vote';
  index: number;
  inFavour: number;
  against: number;
  other: number;
}

export type AmendmentInput = TextAmendmentInput | ScoreAmendmentInput | AttendanceAmendmentInput | VoteAmendmentInput;

/** What a stored amendment changed, in words ("Điểm: Thời gian sinh hoạt", "Điểm danh: Lê Văn An"). */
export function amendmentFieldLabel(m: Pick<Meeting, 'attendance' | 'votes'>, field: string, rubric: MeetingRubric): string {
  if (field in AMENDABLE_FIELDS) return AMENDABLE_FIELDS[field as AmendableField];
  const [kind, key] = [field.slice(0, field.indexOf('.')), field.slice(field.indexOf('.') + 1)];
  if (kind === 'quality') {
    const c = rubric.data.groups.flatMap((g) => g.criteria).find((x) => x.code === key);
    return `Điểm chất lượng: ${c?.label ?? key}`;
  }
  if (kind === 'attendance') return `Điểm danh: ${m.attendance.find((a) => a.memberId === key)?.name ?? key}`;
  if (kind === 'votes') return `Biểu quyết: ${m.votes[Number(key)]?.subject ?? `thứ ${Number(key) + 1}`}`;
  return field;
}

const tallyText = (v: Pick<Vote, 'inFavour' | 'against' | 'other'>) =>
  `tán thành ${v.inFavour}; không tán thành ${v.against}; ý kiến khác ${v.other}`;
const attendanceText = (e: Pick<AttendanceEntry, 'status' | 'reason'>) =>
  `${ATTENDANCE_LABELS[e.status]}${e.status === 'vang_co_ly_do' && e.reason ? ` (${e.reason})` : ''}`;

/** The change an amendment makes: the new meeting and the stored before/after, or problems. */
function applyCorrection(
  m: Meeting,
  input: AmendmentInput,
  rubric: MeetingRubric,
): { next?: Meeting; field: string; before: string; after: string; problems: string[] } {
  const problems: string[] = [];
  switch (input.field) {
    case 'score': {
      const criterion = rubric.data.groups.flatMap((g) => g.criteria).find((c) => c.code === input.criterion);
      if (!criterion) return { field: 'quality', before: '', after: '', problems: ['Không có tiêu chí chấm điểm này.'] };
      if (input.value !== undefined && (!Number.isFinite(input.value) || input.value < 0 || input.value > criterion.max)) {
        problems.push(`Điểm "${criterion.label}" phải từ 0 đến ${criterion.max}.`);
      }
      const scores = { ...(m.quality?.scores ?? {}) };
      const before = scores[criterion.code];
      if (input.value === undefined) delete scores[criterion.code];
      else scores[criterion.code] = input.value;
      const s = scoreRubric(rubric.data, scores);
      const next: Meeting = { ...m, quality: { rubricCode: rubric.code, scores, total: s.total, level: s.level.code } };
      const show = (v: number | undefined) => (v === undefined ? 'chưa chấm' : `${v} điểm`);
      return { next, field: `quality.${criterion.code}`, before: show(before), after: show(input.value), problems };
    }
    case 'attendance': {
      const entry = m.attendance.find((a) => a.memberId === input.memberId);
      if (!entry)
        return {
          field: 'attendance',
          before: '',
          after: '',
          problems: ['Đảng viên này không có trong danh sách điểm danh của buổi sinh hoạt.'],
        };
      if (!AMENDABLE_ATTENDANCE.includes(input.status) || !AMENDABLE_ATTENDANCE.includes(entry.status)) {
        problems.push('Chỉ đính chính được giữa "Có mặt", "Vắng có lý do" và "Vắng không lý do".');
      }
      const absenceReason = input.status === 'vang_co_ly_do' ? cleanText(input.absenceReason ?? '') : '';
      if (input.status === 'vang_co_ly_do' && !absenceReason) problems.push('Hãy ghi lý do vắng.');
      const changed: AttendanceEntry = { ...entry, status: input.status };
      if (absenceReason) changed.reason = absenceReason;
      else delete changed.reason;
      // Frozen "counted" stays, except at a đại hội where absence with reason is not counted.
      if (m.type === 'dai_hoi' && entry.counted !== undefined) changed.counted = input.status !== 'vang_co_ly_do';
      const next: Meeting = { ...m, attendance: m.attendance.map((a) => (a.memberId === entry.memberId ? changed : a)) };
      problems.push(...voteTallyErrors(next.votes, countAttendance(attendanceRows(next, []))));
      return { next, field: `attendance.${entry.memberId}`, before: attendanceText(entry), after: attendanceText(changed), problems };
    }
    case 'vote': {
      const vote = m.votes[input.index];
      if (!vote) return { field: 'votes', before: '', after: '', problems: ['Không có biểu quyết này.'] };
      const changed: Vote = { ...vote, inFavour: input.inFavour, against: input.against, other: input.other };
      const next: Meeting = { ...m, votes: m.votes.map((v, i) => (i === input.index ? changed : v)) };
      const error = voteTallyError(changed, countAttendance(attendanceRows(next, [])), `Biểu quyết "${vote.subject}"`);
      if (error) problems.push(error);
      return { next, field: `votes.${input.index}`, before: tallyText(vote), after: tallyText(changed), problems };
    }
    default: {
      if (!(input.field in AMENDABLE_FIELDS))
        return { field: String(input.field), before: '', after: '', problems: ['Mục này không đính chính được.'] };
      const before = String(m[input.field] ?? '');
      const after = input.field === 'place' || input.field === 'endTime' ? cleanText(input.after) : cleanMultiline(input.after);
      if (input.field === 'endTime' && !TIME.test(after)) problems.push('Giờ kết thúc không hợp lệ. Nhập dạng giờ:phút, ví dụ 16:00.');
      else if (input.field === 'endTime' && endTimeProblem(m.startTime, after)) problems.push(endTimeProblem(m.startTime, after)!);
      return { next: { ...m, [input.field]: after }, field: input.field, before, after, problems };
    }
  }
}

/**
 * Apply a correction to finalised minutes: a text field, one criterion of the quality score,
 * one member's attendance or the tally of a vote. Returns the new meeting or Vietnamese problems;
 * the meeting is unchanged when there are problems. Every correction is kept with its date,
 * reason, author, and the value before and after.
 */
export function amendMeeting(
  m: Meeting,
  input: AmendmentInput,
  now: IsoDateTime,
  /** The rubric the meeting was scored with (core/rules: the code recorded on the meeting). */
  rubric: MeetingRubric,
): { meeting?: Meeting; problems: string[] } {
  const problems: string[] = [];
  if (m.state !== 'finalised') problems.push('Biên bản chưa được thông qua: hãy sửa trực tiếp, không cần đính chính.');
  const reason = cleanText(input.reason);
  if (!reason) problems.push('Hãy ghi lý do đính chính.');
  if (!cleanText(input.by)) problems.push('Hãy ghi người đính chính.');
  if (!isValidIsoDate(input.at)) problems.push('Ngày đính chính không hợp lệ.');
  else if (m.finalisedAt && input.at < m.finalisedAt) problems.push('Ngày đính chính không được trước ngày thông qua biên bản.');
  const change = applyCorrection(m, input, rubric);
  problems.push(...change.problems);
  if (change.next && change.after === change.before) problems.push('Nội dung đính chính giống nội dung cũ.');
  if (problems.length > 0 || !change.next) return { problems };
  const amendment: MeetingAmendment = {
    at: input.at,
    reason,
    by: cleanText(input.by),
    field: change.field,
    before: change.before,
    after: change.after,
  };
  return { meeting: { ...change.next, amendments: [...m.amendments, amendment], updatedAt: now }, problems };
}

/**
 * The adopted minutes: attendance frozen (names, chính thức, counted), number assigned, locked.
 * Returns problems instead when something required is missing; nothing changes then.
 */
export function finalisedMeeting(
  m: Meeting,
  frozenAttendance: Meeting['attendance'],
  documentNumber: number,
  at: IsoDate,
  now: IsoDateTime,
): { meeting?: Meeting; problems: string[] } {
  const problems = finaliseProblems({ ...m, attendance: frozenAttendance });
  if (!isValidIsoDate(at)) problems.push('Ngày thông qua không hợp lệ.');
  if (!Number.isInteger(documentNumber) || documentNumber < 1) problems.push('Số biên bản không hợp lệ.');
  if (problems.length > 0) return { problems };
  return {
    meeting: { ...m, attendance: frozenAttendance, documentNumber, state: 'finalised', finalisedAt: at, updatedAt: now },
    problems,
  };
}

/** Share of last month's tasks marked done (0–100, 2 decimals); undefined when there are none. */
export function tasksDonePercent(rows: Meeting['lastMonthReview']): number | undefined {
  const rated = rows.filter((r) => r.status !== undefined);
  if (rated.length === 0) return undefined;
  return Math.round((rated.filter((r) => r.status === 'xong').length * 10000) / rated.length) / 100;
}
