/**
 * Money as the secretary types it in the sheet: whole đồng, thousands separated by dots, commas
 * or spaces ("80.000", "80 000", "80000"), optionally "đ"/"đồng" after it, or "k" for thousands
 * ("80k" = 80.000). Undefined when it is not a whole amount of đồng within the limit.
 */
import { MAX_DONG } from './rules';

export function parseDong(text: string): number | undefined {
  let t = text.normalize('NFC').trim().toLowerCase();
  if (!t) return undefined;
  t = t.replace(/\s*(đồng|đ|vnd|vnđ)$/u, '');
  let factor = 1;
  if (/k$/u.test(t)) {
    factor = 1_000;
    t = t.slice(0, -1).trim();
  }
  if (!/^\d{1,3}([.,\s]\d{3})*$|^\d+$/u.test(t)) return undefined;
  const n = Number(t.replace(/[.,\s]/gu, '')) * factor;
  return Number.isSafeInteger(n) && n <= MAX_DONG ? n : undefined;
}

/** "2026-03" → "03/2026" (as the secretary types a month). */
export const periodText = (p: string): string => `${p.slice(5, 7)}/${p.slice(0, 4)}`;

/** "3/2026", "03/2026", "03-2026" → "2026-03"; undefined when it is not a month. */
export function parsePeriodText(t: string): string | undefined {
  const m = /^(\d{1,2})[/.-](\d{4})$/u.exec(t.trim());
  if (!m) return undefined;
  const mo = Number(m[1]);
  return mo >= 1 && mo <= 12 ? `${m[2]}-${String(mo).padStart(2, '0')}` : undefined;
}
