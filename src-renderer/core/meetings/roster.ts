/**
 * A member's standing on a given date, read through the members module's status rules
 * (core/members/status.ts). Used to prefill attendance and to decide who self-assesses in a month.
 */
import type { IsoDate } from '../model';
import { coveringPeriod, isActiveMember, membershipKind, type StatusMember } from '../members/status';

export interface RosterState {
  /** On this cell's roster on that date (admitted / transferred in, not yet gone). */
  onRoster: boolean;
  probationary: boolean;
  /** miễn công tác và sinh hoạt đảng */
  exempt: boolean;
  /** đình chỉ sinh hoạt */
  suspended: boolean;
  /** sinh hoạt tạm thời nơi khác */
  temporaryElsewhere: boolean;
}

export function rosterStateOn(member: StatusMember, date: IsoDate): RosterState {
  const kind = membershipKind(member, date);
  return {
    onRoster: isActiveMember(member, date) && kind !== undefined,
    probationary: kind === 'du_bi',
    exempt: coveringPeriod(member, 'mien_sinh_hoat', date) !== undefined,
    suspended: coveringPeriod(member, 'dinh_chi', date) !== undefined,
    temporaryElsewhere: coveringPeriod(member, 'sinh_hoat_tam_thoi', date) !== undefined,
  };
}
