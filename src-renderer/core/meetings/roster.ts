/**
 * A member's standing on a given date, read from the dated status periods (domain.md §10.2).
 * Used to prefill attendance and to decide who is expected to self-assess in a month.
 */
import type { IsoDate, Member, MemberStatusKind } from '../model';
import { addMonths } from '../text';

export interface RosterState {
  /** On this cell's roster on that date (joined, not transferred out, deceased or removed). */
  onRoster: boolean;
  probationary: boolean;
  /** miễn công tác và sinh hoạt đảng */
  exempt: boolean;
  /** đình chỉ sinh hoạt */
  suspended: boolean;
  /** sinh hoạt tạm thời nơi khác */
  temporaryElsewhere: boolean;
}

const ENDING: readonly MemberStatusKind[] = ['chuyen_di', 'tu_tran', 'xoa_ten', 'khai_tru'];

function covers(p: { from: IsoDate; to?: IsoDate }, date: IsoDate): boolean {
  return p.from <= date && (p.to === undefined || date <= p.to);
}

export function rosterStateOn(member: Pick<Member, 'statusPeriods' | 'admissionDate' | 'fullMembershipDate'>, date: IsoDate): RosterState {
  const periods = member.statusPeriods;
  const ended = periods.some((p) => ENDING.includes(p.kind) && p.from <= date);
  const arrivals = periods.filter((p) => p.kind === 'chuyen_den');
  const joinedBefore =
    arrivals.length > 0
      ? arrivals.some((p) => p.from <= date)
      : member.admissionDate === undefined || member.admissionDate <= date;
  const has = (kind: MemberStatusKind) => periods.some((p) => p.kind === kind && covers(p, date));
  let probationary: boolean;
  if (has('chinh_thuc')) probationary = false;
  else if (has('du_bi')) probationary = true;
  else if (member.fullMembershipDate !== undefined) probationary = date < member.fullMembershipDate;
  else if (member.admissionDate !== undefined) probationary = date < addMonths(member.admissionDate, 12);
  else probationary = false;
  return {
    onRoster: joinedBefore && !ended,
    probationary,
    exempt: has('mien_sinh_hoat'),
    suspended: has('dinh_chi'),
    temporaryElsewhere: has('sinh_hoat_tam_thoi'),
  };
}
