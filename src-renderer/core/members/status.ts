/**
 * Status over time of a member of THIS cell (domain.md §10.2, §6.3, §4.6).
 *
 * Membership here is decided by dated events:
 *  - starts: ngày vào Đảng (when the member was admitted here, i.e. the member's first transfer
 *    event is not a "chuyển đến"), every "chuyển đến" (from), and the day after `to` of a
 *    bounded ending period;
 *  - ends: "chuyển đi", "từ trần", "xóa tên", "khai trừ" (from; the member is no longer here on
 *    that very day).
 * The latest event on or before a date decides; on the same day an end wins over a start.
 * A member with no known start (no ngày vào Đảng, no "chuyển đến") counts as here since always.
 * All period bounds are inclusive: a period covers D when from ≤ D ≤ to (to open when absent).
 */
import type { AttendanceStatus, IsoDate, Member, MemberStatusKind, MemberStatusPeriod } from '../model';
import { addDays, addMonths } from '../text';

export type MembershipKind = 'du_bi' | 'chinh_thuc';

export type StatusMember = Pick<Member, 'statusPeriods' | 'admissionDate' | 'fullMembershipDate'>;

export const ENDING_KINDS: readonly MemberStatusKind[] = ['chuyen_di', 'tu_tran', 'xoa_ten', 'khai_tru'];
export const TERMINAL_KINDS: readonly MemberStatusKind[] = ['tu_tran', 'xoa_ten', 'khai_tru'];

export function periodCovers(period: Pick<MemberStatusPeriod, 'from' | 'to'>, date: IsoDate): boolean {
  return period.from <= date && (period.to === undefined || period.to === '' || date <= period.to);
}

function periodsOf(member: StatusMember): MemberStatusPeriod[] {
  return member.statusPeriods ?? [];
}

/** The covering period of a kind on a date (the one that started last), if any. */
export function coveringPeriod(member: StatusMember, kind: MemberStatusKind, date: IsoDate): MemberStatusPeriod | undefined {
  let found: MemberStatusPeriod | undefined;
  for (const p of periodsOf(member)) {
    if (p.kind === kind && periodCovers(p, date) && (!found || p.from > found.from)) found = p;
  }
  return found;
}

export interface MembershipEvent {
  date: IsoDate;
  start: boolean;
  kind: MemberStatusKind | 'ket_nap';
}

/** Start/end events of membership in this cell, sorted by date (ends after starts on a day). */
export function membershipEvents(member: StatusMember): MembershipEvent[] {
  const periods = periodsOf(member);
  const transfers = periods
    .filter((p) => p.kind === 'chuyen_den' || p.kind === 'chuyen_di')
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.kind === 'chuyen_den' ? -1 : 1));
  const events: MembershipEvent[] = [];
  const admittedHere = transfers[0]?.kind !== 'chuyen_den';
  if (member.admissionDate && admittedHere) events.push({ date: member.admissionDate, start: true, kind: 'ket_nap' });
  for (const p of periods) {
    if (p.kind === 'chuyen_den') events.push({ date: p.from, start: true, kind: p.kind });
    else if (ENDING_KINDS.includes(p.kind)) {
      events.push({ date: p.from, start: false, kind: p.kind });
      if (p.to) events.push({ date: addDays(p.to, 1), start: true, kind: p.kind });
    }
  }
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : Number(a.start === false) - Number(b.start === false)));
}

/** The event that decides membership on a date (undefined: nothing has happened yet). */
function decidingEvent(member: StatusMember, date: IsoDate): { event?: MembershipEvent; hasStart: boolean } {
  const events = membershipEvents(member);
  let last: MembershipEvent | undefined;
  for (const e of events) {
    if (e.date <= date) last = e;
    else break;
  }
  return { event: last, hasStart: events.some((e) => e.start) };
}

/**
 * Member of this cell on `date`: admitted or transferred in, and not transferred out,
 * deceased, removed or expelled on or before that date.
 */
export function isActiveMember(member: StatusMember, date: IsoDate): boolean {
  const { event, hasStart } = decidingEvent(member, date);
  if (event) return event.start;
  return !hasStart;
}

/**
 * Dự bị or chính thức on a date: ngày chính thức ≤ D → chính thức; else a covering "dự bị" /
 * "chính thức" period; else ngày vào Đảng ≤ D → dự bị; before ngày vào Đảng → undefined (not yet
 * a party member). With no dates and no periods the member is taken as chính thức.
 */
export function membershipKind(member: StatusMember, date: IsoDate): MembershipKind | undefined {
  if (member.fullMembershipDate && member.fullMembershipDate <= date) return 'chinh_thuc';
  let found: MemberStatusPeriod | undefined;
  for (const p of periodsOf(member)) {
    if ((p.kind === 'du_bi' || p.kind === 'chinh_thuc') && periodCovers(p, date) && (!found || p.from > found.from)) found = p;
  }
  if (found) return found.kind as MembershipKind;
  if (member.admissionDate) return member.admissionDate <= date ? 'du_bi' : undefined;
  if (member.fullMembershipDate) return 'du_bi';
  return 'chinh_thuc';
}

export interface PledgeOptions {
  /** Date on which the obligation is judged; default 31 January of the year. */
  registrationDate?: IsoDate;
}

export type PledgeExemption = 'khong_sinh_hoat' | 'mien' | 'dinh_chi';

export function registrationDateOf(year: number, options: PledgeOptions = {}): IsoDate {
  return options.registrationDate ?? `${String(year).padStart(4, '0')}-01-31`;
}

/** Why a member need not register pledges in a year; undefined when the member must register. */
export function pledgeExemption(member: StatusMember, year: number, options: PledgeOptions = {}): PledgeExemption | undefined {
  const date = registrationDateOf(year, options);
  if (!isActiveMember(member, date) || membershipKind(member, date) === undefined) return 'khong_sinh_hoat';
  if (coveringPeriod(member, 'dinh_chi', date)) return 'dinh_chi';
  if (coveringPeriod(member, 'mien_sinh_hoat', date)) return 'mien';
  return undefined;
}

/** Who must register example-setting pledges in year Y (judged on the registration date). */
export function mustRegisterPledges(member: StatusMember, year: number, options: PledgeOptions = {}): boolean {
  return pledgeExemption(member, year, options) === undefined;
}

/**
 * Counted in the number of members of a meeting (QĐ 24 mục 9.3.2, carried into QĐ 294): every
 * active member except those sinh hoạt tạm thời elsewhere, those miễn công tác và sinh hoạt who
 * are absent (counted when present), and those đình chỉ sinh hoạt.
 * An attendance status 'tam_thoi' excludes; 'mien' means a miễn member who is absent.
 */
export function countedForMeeting(member: StatusMember, date: IsoDate, attendanceStatus?: AttendanceStatus): boolean {
  if (!isActiveMember(member, date) || membershipKind(member, date) === undefined) return false;
  if (coveringPeriod(member, 'dinh_chi', date)) return false;
  if (attendanceStatus === 'tam_thoi' || coveringPeriod(member, 'sinh_hoat_tam_thoi', date)) return false;
  const mien = coveringPeriod(member, 'mien_sinh_hoat', date) !== undefined;
  if (attendanceStatus === 'mien') return false;
  if (mien) return attendanceStatus === 'co_mat';
  return true;
}

export interface MeetingDenominators {
  /** Members counted for the meeting (all). */
  all: number;
  /** Of those, đảng viên chính thức (denominator for kết nạp, chuyển chính thức, kỷ luật). */
  official: number;
  /** Counted members marked present. */
  present: number;
  /** Counted chính thức members marked present. */
  presentOfficial: number;
}

export type AttendanceLookup =
  | ReadonlyMap<string, AttendanceStatus>
  | ReadonlyArray<{ memberId: string; status: AttendanceStatus }>
  | Readonly<Record<string, AttendanceStatus>>;

function toLookup(attendance: AttendanceLookup | undefined): (id: string) => AttendanceStatus | undefined {
  if (!attendance) return () => undefined;
  if (attendance instanceof Map) return (id) => attendance.get(id);
  if (Array.isArray(attendance)) {
    const map = new Map<string, AttendanceStatus>();
    for (const a of attendance as ReadonlyArray<{ memberId: string; status: AttendanceStatus }>) map.set(a.memberId, a.status);
    return (id) => map.get(id);
  }
  const record = attendance as Readonly<Record<string, AttendanceStatus>>;
  return (id) => (Object.prototype.hasOwnProperty.call(record, id) ? record[id] : undefined);
}

/** The two denominators of a meeting (all counted members; chính thức among them) and the present counts. */
export function meetingDenominators(
  members: ReadonlyArray<StatusMember & { id: string }>,
  date: IsoDate,
  attendance?: AttendanceLookup,
): MeetingDenominators {
  const statusOf = toLookup(attendance);
  const result: MeetingDenominators = { all: 0, official: 0, present: 0, presentOfficial: 0 };
  for (const m of members) {
    const status = statusOf(m.id);
    if (!countedForMeeting(m, date, status)) continue;
    const official = membershipKind(m, date) === 'chinh_thuc';
    result.all += 1;
    if (official) result.official += 1;
    if (status === 'co_mat') {
      result.present += 1;
      if (official) result.presentOfficial += 1;
    }
  }
  return result;
}

export type ReviewExclusionReason = 'mien' | 'dinh_chi' | 'moi_ket_nap';

/**
 * QĐ 366 Điều 5 khoản 2.1: not reviewed/rated when miễn công tác và sinh hoạt, đình chỉ sinh hoạt,
 * or admitted less than 6 months before the review date (6 months complete on
 * addMonths(ngày vào Đảng, 6), e.g. 31/8 → 28/2 or 29/2).
 */
export function reviewExclusion(member: StatusMember, reviewDate: IsoDate): { reason: ReviewExclusionReason } | undefined {
  if (coveringPeriod(member, 'mien_sinh_hoat', reviewDate)) return { reason: 'mien' };
  if (coveringPeriod(member, 'dinh_chi', reviewDate)) return { reason: 'dinh_chi' };
  if (member.admissionDate && addMonths(member.admissionDate, 6) > reviewDate) return { reason: 'moi_ket_nap' };
  return undefined;
}

/** Code of a member's situation on a date (what the roster's "Tình trạng" column shows). */
export type RosterStatus =
  | 'chinh_thuc'
  | 'du_bi'
  | 'mien_sinh_hoat'
  | 'dinh_chi'
  | 'sinh_hoat_tam_thoi'
  | 'chuyen_di'
  | 'tu_tran'
  | 'xoa_ten'
  | 'khai_tru'
  | 'chua_sinh_hoat'
  | 'chua_ghi_ngay';

/**
 * No ngày vào Đảng, no ngày chính thức and no dự bị / chính thức period covering the date: the
 * rules still count the member as chính thức (membershipKind), but the roster must not claim it.
 */
export function membershipDatesMissing(member: StatusMember, date: IsoDate): boolean {
  if (member.admissionDate || member.fullMembershipDate) return false;
  return !periodsOf(member).some((p) => (p.kind === 'du_bi' || p.kind === 'chinh_thuc') && periodCovers(p, date));
}

export function statusCodeOn(member: StatusMember, date: IsoDate): RosterStatus {
  const { event, hasStart } = decidingEvent(member, date);
  if (event && !event.start) return event.kind as RosterStatus;
  if (!event && hasStart) return 'chua_sinh_hoat';
  if (coveringPeriod(member, 'dinh_chi', date)) return 'dinh_chi';
  if (coveringPeriod(member, 'mien_sinh_hoat', date)) return 'mien_sinh_hoat';
  if (coveringPeriod(member, 'sinh_hoat_tam_thoi', date)) return 'sinh_hoat_tam_thoi';
  if (membershipDatesMissing(member, date)) return 'chua_ghi_ngay';
  return membershipKind(member, date) ?? 'chua_sinh_hoat';
}
