import type { IsoDate } from '../model';
import type { Period } from './schemas';

const ROMAN = ['I', 'II', 'III', 'IV'];
const pad2 = (n: number) => String(n).padStart(2, '0');

/** "2026", "2026-11", "2026-Q4" (the key of StoredUnitReport.periodKey). */
export function periodKey(p: Period): string {
  if (p.month !== undefined) return `${p.year}-${pad2(p.month)}`;
  if (p.quarter !== undefined) return `${p.year}-Q${p.quarter}`;
  return String(p.year);
}

export function parsePeriodKey(key: string): Period | undefined {
  const m = /^(\d{4})(?:-(\d{2})|-Q([1-4]))?$/u.exec(key);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { year, month } : undefined;
  }
  if (m[3] !== undefined) return { year, quarter: Number(m[3]) };
  return { year };
}

/** Last month (1–12) covered by a period. */
export function periodEndMonth(p: Period): number {
  if (p.month !== undefined) return p.month;
  if (p.quarter !== undefined) return p.quarter * 3;
  return 12;
}

/** Last calendar day of a period. */
export function periodEndDate(p: Period): IsoDate {
  const m = periodEndMonth(p);
  return `${p.year}-${pad2(m)}-${pad2(new Date(Date.UTC(p.year, m, 0)).getUTCDate())}`;
}

/** Year-to-date month keys "YYYY-MM" from January to the end of the period. */
export function monthsToDate(p: Period): string[] {
  const out: string[] = [];
  for (let m = 1; m <= periodEndMonth(p); m++) out.push(`${p.year}-${pad2(m)}`);
  return out;
}

/** "tháng 11/2026", "quý IV/2026", "năm 2026". */
export function periodText(p: Period): string {
  if (p.month !== undefined) return `tháng ${p.month}/${p.year}`;
  if (p.quarter !== undefined) return `quý ${ROMAN[p.quarter - 1]}/${p.year}`;
  return `năm ${p.year}`;
}

/** Sort key so periods of a year order Jan…Dec, quarters after their last month, the year last. */
export function comparePeriodKeys(a: string, b: string): number {
  const rank = (k: string) => {
    const p = parsePeriodKey(k);
    if (!p) return 0;
    return p.year * 100 + periodEndMonth(p) * 3 + (p.month !== undefined ? 0 : p.quarter !== undefined ? 1 : 2);
  };
  return rank(a) - rank(b);
}

/** The report periods of a year as choices: "m1"…"m12", "q1"…"q4", "y" (the whole year). */
export const REPORT_PERIOD_PARTS: ReadonlyArray<{ value: string; label: string }> = [
  ...Array.from({ length: 12 }, (_, i) => ({ value: `m${i + 1}`, label: `Tháng ${i + 1}` })),
  ...ROMAN.map((r, i) => ({ value: `q${i + 1}`, label: `Quý ${r}` })),
  { value: 'y', label: 'Cả năm' },
];

/** The period of a choice of REPORT_PERIOD_PARTS in a year. */
export function periodOfPart(year: number, part: string): Period {
  if (part.startsWith('m')) return { year, month: Number(part.slice(1)) };
  if (part.startsWith('q')) return { year, quarter: Number(part.slice(1)) };
  return { year };
}

/** The choice of REPORT_PERIOD_PARTS that a period is. */
export function partOfPeriod(p: Period): string {
  return p.month ? `m${p.month}` : p.quarter ? `q${p.quarter}` : 'y';
}
