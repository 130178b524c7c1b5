/**
 * Attendance of a meeting in the five categories, and the counts of the minutes with both
 * denominators: all counted members, and đảng viên chính thức among them (QĐ 24 mục 9.3.2 via
 * core/members: excluded are members sinh hoạt tạm thời elsewhere, members miễn công tác và sinh
 * hoạt who are absent, and members đình chỉ sinh hoạt; at a đại hội also members absent
 * throughout with an approved reason). Entries frozen at finalisation (name, official, counted)
 * win over the live roster.
 */
import type { AttendanceEntry, AttendanceStatus, Id, IsoDate, Meeting, Member } from '../model';
import { countedForMeeting, isActiveMember, membershipKind } from '../members/status';
import { percent } from '../text';
import { rosterStateOn } from './roster';

export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  co_mat: 'Có mặt',
  vang_co_ly_do: 'Vắng có lý do',
  vang_khong_ly_do: 'Vắng không lý do',
  mien: 'Miễn sinh hoạt',
  tam_thoi: 'Sinh hoạt tạm thời nơi khác',
};

export const ATTENDANCE_ORDER: AttendanceStatus[] = ['co_mat', 'vang_co_ly_do', 'vang_khong_ly_do', 'mien', 'tam_thoi'];

export type RosterMember = Pick<Member, 'id' | 'fullName' | 'statusPeriods' | 'admissionDate' | 'fullMembershipDate'>;

/** Attendance prefilled from the roster on the meeting date (order of `members` kept). */
export function prefillAttendance(members: readonly RosterMember[], date: IsoDate): AttendanceEntry[] {
  const out: AttendanceEntry[] = [];
  for (const m of members) {
    if (!isActiveMember(m, date) || membershipKind(m, date) === undefined) continue;
    const st = rosterStateOn(m, date);
    const status: AttendanceStatus = st.temporaryElsewhere ? 'tam_thoi' : st.exempt ? 'mien' : 'co_mat';
    out.push({ memberId: m.id, status });
  }
  return out;
}

/** Keep the existing statuses, add members newly on the roster, drop those no longer on it. */
export function refreshAttendance(
  existing: readonly AttendanceEntry[],
  members: readonly RosterMember[],
  date: IsoDate,
): AttendanceEntry[] {
  const old = new Map(existing.map((e) => [e.memberId, e]));
  return prefillAttendance(members, date).map((e) => old.get(e.memberId) ?? e);
}

export interface AttendanceRow extends AttendanceEntry {
  name: string;
  official: boolean;
  counted: boolean;
}

export function attendanceRows(meeting: Pick<Meeting, 'attendance' | 'date' | 'type'>, members: readonly RosterMember[]): AttendanceRow[] {
  const byId = new Map(members.map((m) => [m.id, m]));
  return meeting.attendance.map((e) => {
    const m = byId.get(e.memberId);
    let counted = e.counted ?? (m ? countedForMeeting(m, meeting.date, e.status) : e.status !== 'tam_thoi' && e.status !== 'mien');
    if (e.counted === undefined && meeting.type === 'dai_hoi' && e.status === 'vang_co_ly_do') counted = false;
    const official = e.official ?? (m ? membershipKind(m, meeting.date) === 'chinh_thuc' : true);
    return { ...e, name: e.name ?? m?.fullName ?? '(không rõ)', official, counted };
  });
}

/** Fill the frozen fields of every entry (called when the minutes are finalised). */
export function freezeAttendance(
  meeting: Pick<Meeting, 'attendance' | 'date' | 'type'>,
  members: readonly RosterMember[],
): AttendanceEntry[] {
  return attendanceRows(meeting, members).map((r) => {
    const e: AttendanceEntry = { memberId: r.memberId, status: r.status, name: r.name, official: r.official, counted: r.counted };
    if (r.reason) e.reason = r.reason;
    return e;
  });
}

export interface AttendanceCounts {
  /** Everyone on the list (the cell's members on the meeting date). */
  total: number;
  official: number;
  probationary: number;
  /** miễn công tác và sinh hoạt (absent ones; a present miễn member attends and is counted). */
  exempt: number;
  temporary: number;
  /** Members counted for the meeting (denominator) and chính thức among them. */
  counted: number;
  countedOfficial: number;
  present: number;
  presentOfficial: number;
  absentWithReason: number;
  absentWithoutReason: number;
  /** present / counted, in percent (2 decimals); 0 when nobody is counted. */
  presentPercent: number;
  presentOfficialPercent: number;
}

export function countAttendance(rows: readonly AttendanceRow[]): AttendanceCounts {
  const c: AttendanceCounts = {
    total: rows.length,
    official: 0,
    probationary: 0,
    exempt: 0,
    temporary: 0,
    counted: 0,
    countedOfficial: 0,
    present: 0,
    presentOfficial: 0,
    absentWithReason: 0,
    absentWithoutReason: 0,
    presentPercent: 0,
    presentOfficialPercent: 0,
  };
  for (const r of rows) {
    if (r.official) c.official += 1;
    else c.probationary += 1;
    if (r.status === 'mien') c.exempt += 1;
    if (r.status === 'tam_thoi') c.temporary += 1;
    if (r.status === 'vang_co_ly_do') c.absentWithReason += 1;
    if (r.status === 'vang_khong_ly_do') c.absentWithoutReason += 1;
    if (!r.counted) continue;
    c.counted += 1;
    if (r.official) c.countedOfficial += 1;
    if (r.status === 'co_mat') {
      c.present += 1;
      if (r.official) c.presentOfficial += 1;
    }
  }
  c.presentPercent = percent(c.present, c.counted);
  c.presentOfficialPercent = percent(c.presentOfficial, c.countedOfficial);
  return c;
}

export function meetingAttendance(
  meeting: Pick<Meeting, 'attendance' | 'date' | 'type'>,
  members: readonly RosterMember[],
): AttendanceCounts {
  return countAttendance(attendanceRows(meeting, members));
}

/** Set one member's status (and reason); returns a new list. */
export function setAttendance(
  entries: readonly AttendanceEntry[],
  memberId: Id,
  status: AttendanceStatus,
  reason?: string,
): AttendanceEntry[] {
  return entries.map((e) => {
    if (e.memberId !== memberId) return e;
    const next: AttendanceEntry = { ...e, status };
    if (status === 'vang_co_ly_do' && reason) next.reason = reason;
    else if (status !== 'vang_co_ly_do') delete next.reason;
    delete next.counted; // recomputed from the new status
    return next;
  });
}
