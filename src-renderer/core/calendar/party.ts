/**
 * Dates of a member's party life.
 *
 * Dự bị → chính thức: the 12 months end on the same day number 12 months later, clamped to the
 * month's length (31/8/2025 → 31/8/2026; 29/2/2024 → 28/2/2025), the rule "chính thức on the day
 * the 12 months end" (domain.md §11). The start is the admission date the app stores (ngày vào
 * Đảng); the Điều lệ counts from the ceremony, so a caller that knows the ceremony date passes it.
 *
 * Party age (tuổi đảng, Điều lệ Điều 5 khoản 4; QĐ 24-QĐ/TW mục 4.5): counted from the date of the
 * admission decision, minus the time out of the Party — bounded xóa tên and khai trừ periods (a
 * member re-admitted counts from the first admission minus the time out). Mất liên lạc and gaps in
 * a transfer are not recorded by the app, so they are not subtracted.
 */
import type { IsoDate, Member } from '../model';
import { addDays, addMonths } from '../text';

export type PartyMember = Pick<Member, 'id' | 'fullName' | 'admissionDate' | 'fullMembershipDate' | 'statusPeriods'>;

/** The day the probation ends and the member may be recognised as chính thức. */
export function officialDate(start: IsoDate, probationMonths = 12): IsoDate {
  return addMonths(start, probationMonths);
}

const dayNumber = (iso: IsoDate) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

/** Days out of the Party (bounded xóa tên / khai trừ periods) from `since` up to and including `until`. */
export function daysOutOfParty(member: Pick<Member, 'statusPeriods'>, since: IsoDate, until: IsoDate): number {
  let days = 0;
  for (const p of member.statusPeriods ?? []) {
    if ((p.kind !== 'xoa_ten' && p.kind !== 'khai_tru') || !p.to) continue;
    const from = p.from > since ? p.from : since;
    const to = p.to < until ? p.to : until;
    if (to >= from) days += dayNumber(to) - dayNumber(from) + 1;
  }
  return days;
}

/** Completed months of party age on a date; undefined before admission or without an admission date. */
export function partyAgeMonths(member: Pick<Member, 'admissionDate' | 'statusPeriods'>, date: IsoDate): number | undefined {
  const start = member.admissionDate;
  if (!start || date < start) return undefined;
  const effective = addDays(date, -daysOutOfParty(member, start, date));
  if (effective < start) return 0;
  let k = (Number(effective.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + (Number(effective.slice(5, 7)) - Number(start.slice(5, 7)));
  while (k > 0 && addMonths(start, k) > effective) k -= 1;
  return Math.max(0, k);
}

/** Party age on a date as whole years and months ("tuổi đảng 30 năm 2 tháng"). */
export function partyAge(
  member: Pick<Member, 'admissionDate' | 'statusPeriods'>,
  date: IsoDate,
): { years: number; months: number } | undefined {
  const k = partyAgeMonths(member, date);
  return k === undefined ? undefined : { years: Math.floor(k / 12), months: k % 12 };
}

/** The first day on which the member has `years` full years of party age. */
export function milestoneDate(member: Pick<Member, 'admissionDate' | 'statusPeriods'>, years: number): IsoDate | undefined {
  const start = member.admissionDate;
  if (!start) return undefined;
  const base = addMonths(start, years * 12);
  let d = base;
  for (let i = 0; i < 50; i += 1) {
    const next = addDays(base, daysOutOfParty(member, start, d));
    if (next === d) break;
    d = next;
  }
  return d;
}

/** The first award date (MM-DD list) on or after a date. */
export function nextAwardDate(date: IsoDate, awardDates: readonly string[]): IsoDate {
  const sorted = [...awardDates].sort();
  const year = Number(date.slice(0, 4));
  for (const y of [year, year + 1]) {
    for (const md of sorted) {
      const candidate = `${String(y).padStart(4, '0')}-${md}`;
      if (candidate >= date) return candidate;
    }
  }
  return `${String(year + 1).padStart(4, '0')}-${sorted[0]!}`;
}

export interface BadgeDue {
  years: number;
  /** The day the member completes the years of party age. */
  reachedOn: IsoDate;
  /** The award date on which the badge is presented. */
  awardOn: IsoDate;
}

/** The badges whose award date falls in a year. */
export function badgesAwardedIn(
  member: Pick<Member, 'admissionDate' | 'statusPeriods'>,
  year: number,
  milestones: readonly number[],
  awardDates: readonly string[],
): BadgeDue[] {
  const out: BadgeDue[] = [];
  for (const years of [...milestones].sort((a, b) => a - b)) {
    const reachedOn = milestoneDate(member, years);
    if (!reachedOn) continue;
    const awardOn = nextAwardDate(reachedOn, awardDates);
    if (Number(awardOn.slice(0, 4)) === year) out.push({ years, reachedOn, awardOn });
  }
  return out;
}
