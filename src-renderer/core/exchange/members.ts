/** Member status on a date, from the dated status periods (only what the report needs). */
import type { IsoDate, MemberStatusKind } from '../model';

interface StatusLike {
  kind: MemberStatusKind;
  from: IsoDate;
  to?: IsoDate;
}

export interface MemberLike {
  admissionDate?: IsoDate;
  fullMembershipDate?: IsoDate;
  statusPeriods: readonly StatusLike[];
}

const ENDING: readonly MemberStatusKind[] = ['chuyen_di', 'tu_tran', 'xoa_ten', 'khai_tru'];

const covers = (s: StatusLike, d: IsoDate) => s.from <= d && (s.to === undefined || s.to >= d);

/** On this unit's rolls on `date`: started (admitted or transferred in) and not ended. */
export function isOnRolls(m: MemberLike, date: IsoDate): boolean {
  if (m.statusPeriods.some((s) => ENDING.includes(s.kind) && s.from <= date)) return false;
  const arrivals = m.statusPeriods.filter((s) => s.kind === 'chuyen_den').map((s) => s.from);
  if (arrivals.length > 0) return arrivals.some((d) => d <= date);
  return m.admissionDate === undefined || m.admissionDate <= date;
}

/** Was on the rolls at some time between `from` and `to` (inclusive). */
export function wasOnRollsBetween(m: MemberLike, from: IsoDate, to: IsoDate): boolean {
  if (isOnRolls(m, to)) return true;
  if (isOnRolls(m, from)) return true;
  const ended = m.statusPeriods.filter((s) => ENDING.includes(s.kind)).map((s) => s.from);
  return ended.some((d) => d > from && d <= to) && (m.admissionDate === undefined || m.admissionDate <= to);
}

export function isProbationary(m: MemberLike, date: IsoDate): boolean {
  if (m.statusPeriods.some((s) => s.kind === 'du_bi' && covers(s, date))) return true;
  if (m.statusPeriods.some((s) => s.kind === 'chinh_thuc' && covers(s, date))) return false;
  if (m.fullMembershipDate !== undefined) return m.fullMembershipDate > date;
  return false;
}

/** Exempt from registering and from monthly reporting: miễn công tác và sinh hoạt, or đình chỉ. */
export function isExempt(m: MemberLike, date: IsoDate): boolean {
  return m.statusPeriods.some((s) => (s.kind === 'mien_sinh_hoat' || s.kind === 'dinh_chi') && covers(s, date));
}
