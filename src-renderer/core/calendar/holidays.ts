/**
 * Working days: Monday to Friday, minus the national holidays and the days off swapped by the
 * government in a year, plus the Saturdays worked in exchange (làm bù). The table is data
 * (editable; part of the deadlines rule set), because the days off around Tết, Giỗ Tổ and Quốc
 * khánh are announced every year.
 *
 * 2026, from the announcements as reported in the press:
 *  - Tết Dương lịch: 01/01 to 04/01/2026, Friday 02/01 swapped with Saturday 10/01 (VPCP
 *    12729/VPCP-KGVX, 25/12/2025, reported by congan.com.vn and others) [V];
 *  - Tết Nguyên đán Bính Ngọ: Saturday 14/02 to Sunday 22/02/2026, 9 days [V congan.com.vn];
 *  - Giỗ Tổ Hùng Vương 26/4/2026 is a Sunday, day off Monday 27/4 [V thanhnien.vn 23/02/2026];
 *  - 30/4 and 1/5/2026 are Thursday and Friday [V thanhnien.vn];
 *  - Quốc khánh: 2/9 plus one adjacent day (Bộ luật Lao động 2019); which day, and the longer
 *    break proposed for officials, not confirmed → 1/9 and 2/9, marked unverified.
 * 2027: the statutory days as they fall (Tết Đinh Mùi: mùng 1 = Saturday 06/02/2027); the
 * government's schedule was not found → every 2027 entry is unverified.
 */
import { z } from 'zod';
import type { IsoDate } from '../model';
import { addDays, isValidIsoDate } from '../text';

const DateSchema = z.string().refine(isValidIsoDate, 'Ngày không hợp lệ (YYYY-MM-DD)');

export const HolidaySchema = z.object({
  date: DateSchema,
  name: z.string().min(1, 'Thiếu tên ngày nghỉ').max(300),
  unverified: z.boolean().optional(),
});
export type Holiday = z.infer<typeof HolidaySchema>;

export const HolidayTableSchema = z.object({
  /** Days off (weekend days may be listed too, for display). */
  holidays: z.array(HolidaySchema).max(2_000),
  /** Weekend days that are working days (làm bù). */
  workingDays: z.array(HolidaySchema).max(500),
  /** Years the table is complete for; outside them only weekends are skipped. */
  years: z.array(z.number().int().min(1930).max(2200)).max(200),
});
export type HolidayTable = z.infer<typeof HolidayTableSchema>;

const h = (date: string, name: string, unverified?: boolean): Holiday => (unverified ? { date, name, unverified } : { date, name });
const range = (from: string, days: number, name: string, unverified?: boolean): Holiday[] =>
  Array.from({ length: days }, (_, i) => h(addDays(from, i), name, unverified));

export const VN_HOLIDAYS_2026_2027: HolidayTable = {
  years: [2026, 2027],
  holidays: [
    h('2026-01-01', 'Tết Dương lịch'),
    h('2026-01-02', 'Nghỉ Tết Dương lịch (hoán đổi, làm bù thứ Bảy 10/01/2026)'),
    ...range('2026-02-14', 9, 'Tết Nguyên đán Bính Ngọ'),
    h('2026-04-26', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
    h('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương'),
    h('2026-04-30', 'Ngày Chiến thắng (30/4)'),
    h('2026-05-01', 'Ngày Quốc tế Lao động (1/5)'),
    h('2026-09-01', 'Quốc khánh (ngày liền kề)', true),
    h('2026-09-02', 'Quốc khánh'),
    h('2027-01-01', 'Tết Dương lịch'),
    ...range('2027-02-05', 7, 'Tết Nguyên đán Đinh Mùi (dự kiến)', true),
    h('2027-04-16', 'Giỗ Tổ Hùng Vương (10/3 âm lịch, dự kiến)', true),
    h('2027-04-30', 'Ngày Chiến thắng (30/4)'),
    h('2027-05-01', 'Ngày Quốc tế Lao động (1/5)'),
    h('2027-05-03', 'Nghỉ bù ngày 1/5 (thứ Bảy)', true),
    h('2027-09-02', 'Quốc khánh'),
    h('2027-09-03', 'Quốc khánh (ngày liền kề, dự kiến)', true),
  ],
  workingDays: [h('2026-01-10', 'Làm bù ngày 02/01/2026')],
};

function weekday(iso: IsoDate): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export interface WorkingCalendar {
  isWorkingDay(date: IsoDate): boolean;
}

/** A fast lookup over a table (build once, query many times). */
export function workingCalendar(table: HolidayTable): WorkingCalendar {
  const off = new Set(table.holidays.map((x) => x.date));
  const on = new Set(table.workingDays.map((x) => x.date));
  return {
    isWorkingDay(date: IsoDate): boolean {
      if (on.has(date)) return true;
      const wd = weekday(date);
      if (wd === 0 || wd === 6) return false;
      return !off.has(date);
    },
  };
}

export function isWorkingDay(date: IsoDate, table: HolidayTable): boolean {
  return workingCalendar(table).isWorkingDay(date);
}

/**
 * The n-th working day after `date` (n > 0) or before it (n < 0); `date` itself for n = 0.
 * "Sent at least 3 working days before a meeting on Thursday 10/12" → addWorkingDays(…, -3) =
 * Monday 07/12: Monday, Tuesday and Wednesday lie between the sending and the meeting.
 */
export function addWorkingDays(date: IsoDate, n: number, table: HolidayTable | WorkingCalendar): IsoDate {
  const cal = 'isWorkingDay' in table ? table : workingCalendar(table);
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(Math.trunc(n));
  let d = date;
  while (left > 0) {
    d = addDays(d, step);
    if (cal.isWorkingDay(d)) left -= 1;
  }
  return d;
}

/** Working days d with from < d ≤ to (negative when to is before from). */
export function workingDaysBetween(from: IsoDate, to: IsoDate, table: HolidayTable | WorkingCalendar): number {
  const cal = 'isWorkingDay' in table ? table : workingCalendar(table);
  if (to < from) return -workingDaysBetween(to, from, cal);
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (cal.isWorkingDay(d)) count += 1;
  return count;
}

/** The same date, or the next working day when it is not one. */
export function onOrNextWorkingDay(date: IsoDate, table: HolidayTable | WorkingCalendar): IsoDate {
  const cal = 'isWorkingDay' in table ? table : workingCalendar(table);
  let d = date;
  while (!cal.isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

export function holidaysCoverYear(table: HolidayTable, year: number): boolean {
  return table.years.includes(year);
}
