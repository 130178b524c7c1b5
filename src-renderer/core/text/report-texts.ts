/**
 * The free texts of a report (the chi bộ's year report, the committee's consolidated report):
 * labels as the screens show them and one length limit (TEXT_LIMITS.paragraphs) for the form
 * (zod, the textarea's maxLength) and for the store, so a text the form accepts is never refused
 * later. Each text is printed as paragraphs of the report.
 */
import { z } from 'zod';
import { lengthProblems, TEXT_LIMITS } from './limits';

export const REPORT_TEXT_LABELS = {
  results: 'Kết quả nổi bật',
  typical: 'Điển hình, mô hình, cách làm hay',
  limits: 'Hạn chế, nguyên nhân',
  proposals: 'Kiến nghị, đề xuất',
} as const;

export type ReportTextKey = keyof typeof REPORT_TEXT_LABELS;

/** Maximum length of one report text (the textarea's maxLength). */
export const REPORT_TEXT_MAX = TEXT_LIMITS.paragraphs;

const reportText = (key: ReportTextKey) =>
  z
    .string()
    .max(REPORT_TEXT_MAX, `Mục “${REPORT_TEXT_LABELS[key]}” quá dài (tối đa ${REPORT_TEXT_MAX.toLocaleString('vi')} ký tự). Hãy rút gọn.`);

/** The report texts as a form checks them (every text optional: an empty one prints a dotted line). */
export const reportTextsSchema = z.object({
  results: reportText('results').optional(),
  typical: reportText('typical').optional(),
  limits: reportText('limits').optional(),
  proposals: reportText('proposals').optional(),
});

/** The first problem of the texts (Vietnamese), or undefined when every text fits. */
export function reportTextsError(texts: Partial<Record<ReportTextKey, string>>): string | undefined {
  const r = reportTextsSchema.safeParse(texts);
  return r.success ? undefined : r.error.issues[0]?.message;
}

/** The texts longer than the limit, measured as stored (NFC, trimmed): the repository's check. */
export function reportTextProblems(texts: Partial<Record<ReportTextKey, string | undefined>>): string[] {
  return lengthProblems(
    (Object.keys(REPORT_TEXT_LABELS) as ReportTextKey[]).map((k) => [`Mục “${REPORT_TEXT_LABELS[k]}”`, texts[k], 'paragraphs'] as const),
  );
}
