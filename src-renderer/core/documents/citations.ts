/**
 * The texts the app's documents cite that changed in 2026 (domain.md §11). "Những điều đảng viên
 * không được làm": Quy định 37-QĐ/TW (25/10/2021) until Quy định 207-QĐ/TW (26/7/2026) replaced
 * it — [P]: seen in three independent 2026 sources, not in an official text. So the new
 * citation ships as a rule-set version (pledge framework CAMKET-7MUC v2, year-end scheme
 * QD366-2025 v2, both valid from 26/7/2026 and marked unverified) that the secretary can switch
 * off with a local version keeping QĐ 37 (services/rules keepQd37Citations).
 */
import type { IsoDate } from '../model';

/** The first day on which documents cite QĐ 207-QĐ/TW. */
export const QD207_FROM: IsoDate = '2026-07-26';
/** The last day of QĐ 37-QĐ/TW. */
export const QD37_UNTIL: IsoDate = '2026-07-25';

export const QD37_CITATION = 'Quy định số 37-QĐ/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương về những điều đảng viên không được làm';
export const QD207_CITATION = 'Quy định số 207-QĐ/TW, ngày 26/7/2026 của Ban Chấp hành Trung ương về những điều đảng viên không được làm';

/** The same text citing QĐ 37 instead of QĐ 207 (full citation and short forms). */
export function withQd37Citation(text: string): string {
  return text
    .normalize('NFC')
    .replaceAll(QD207_CITATION, QD37_CITATION)
    .replace(
      /Quy định (số )?207-QĐ\/TW, ngày 26\/7\/2026/gu,
      (_m, so: string | undefined) => `Quy định ${so ?? ''}37-QĐ/TW, ngày 25/10/2021`,
    )
    .replace(/(Quy định|QĐ) (số )?207-QĐ\/TW/gu, (_m, word: string, so: string | undefined) => `${word} ${so ?? ''}37-QĐ/TW`);
}

/** Whether a text cites QĐ 207-QĐ/TW. */
export function citesQd207(text: string | undefined): boolean {
  return text !== undefined && /207-QĐ\/TW/u.test(text.normalize('NFC'));
}
