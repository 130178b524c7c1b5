import type { IsoDate } from '../model';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;

export function isValidIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function parts(iso: IsoDate): { y: number; m: number; d: number } {
  const match = ISO.exec(iso);
  if (!match || !isValidIsoDate(iso)) throw new Error(`Ngày không hợp lệ: ${iso}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Party place-date line: "Ninh Thuận, ngày 05 tháng 02 năm 2026" (leading 0 for day < 10 and months 1–2). */
export function placeDateLine(placeName: string, iso: IsoDate): string {
  return `${placeName}, ${dateWords(iso)}`;
}

/** "ngày 05 tháng 02 năm 2026", "ngày 27 tháng 5 năm 2026". */
export function dateWords(iso: IsoDate): string {
  const { y, m, d } = parts(iso);
  const month = m <= 2 ? pad2(m) : String(m);
  return `ngày ${pad2(d)} tháng ${month} năm ${y}`;
}

/** UI format dd/mm/yyyy. */
export function formatDate(iso: IsoDate | undefined): string {
  if (!iso) return '';
  const { y, m, d } = parts(iso);
  return `${pad2(d)}/${pad2(m)}/${y}`;
}

/** Parse a typed date "5/2/2026", "05/02/2026", "05-02-2026" or ISO; undefined when invalid. */
export function parseDate(text: string): IsoDate | undefined {
  const t = text.trim();
  if (ISO.test(t)) return isValidIsoDate(t) ? t : undefined;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(t);
  if (!m) return undefined;
  const iso = `${m[3]}-${pad2(Number(m[2]))}-${pad2(Number(m[1]))}`;
  return isValidIsoDate(iso) ? iso : undefined;
}

/** Local calendar date of a JS Date as ISO. */
export function toIsoDate(date: Date): IsoDate {
  return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
}

/** The local calendar date of an ISO instant ("2026-12-01T18:30:00Z" → "2026-12-02" in Vietnam). */
export function localDateOf(instant: string): IsoDate {
  return toIsoDate(new Date(instant));
}

/** Add months to an ISO date, clamping the day (31/8 + 6 months → 28/2 or 29/2). */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const { y, m, d } = parts(iso);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${pad2(nm)}-${pad2(Math.min(d, last))}`;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  const { y, m, d } = parts(iso);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

/** "YYYY-MM" period helpers. */
export function periodOf(iso: IsoDate): string {
  return iso.slice(0, 7);
}

export function periodLabel(period: string): string {
  const [y, m] = period.split('-');
  return `tháng ${Number(m)}/${y}`;
}

export function lastDayOfPeriod(period: string): IsoDate {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return `${y}-${pad2(m)}-${pad2(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

export function weekdayName(iso: IsoDate): string {
  const { y, m, d } = parts(iso);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

/** Minutes between two "HH:mm" times of the same day. */
export function minutesBetween(start: string, end: string): number {
  const toMin = (t: string) => {
    const [h, mi] = t.split(':').map(Number) as [number, number];
    return h * 60 + mi;
  };
  return toMin(end) - toMin(start);
}

/** "14 giờ 00 phút" */
export function timeWords(hhmm: string): string {
  const [h, m] = hhmm.split(':');
  return `${Number(h)} giờ ${m ?? '00'} phút`;
}
