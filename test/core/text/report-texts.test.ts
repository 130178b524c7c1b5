import { describe, expect, it } from 'vitest';
import { REPORT_TEXT_MAX, reportTextProblems, reportTextsError, reportTextsSchema } from '../../../src-renderer/core/text/report-texts';

describe('report texts (year report, consolidated report)', () => {
  it('accepts texts up to the limit, names the text that is too long', () => {
    const fits = 'a'.repeat(REPORT_TEXT_MAX);
    expect(reportTextsSchema.safeParse({ results: fits, limits: '', proposals: '' }).success).toBe(true);
    expect(reportTextsError({ results: fits })).toBeUndefined();
    expect(reportTextsError({ results: 'Tốt', proposals: `${fits}b` })).toBe(
      'Mục “Kiến nghị, đề xuất” quá dài (tối đa 20.000 ký tự). Hãy rút gọn.',
    );
  });
  it('the store measures the same limit on the stored (NFC, trimmed) text', () => {
    expect(reportTextProblems({ results: `  ${'a'.repeat(REPORT_TEXT_MAX)}  ` })).toEqual([]);
    expect(reportTextProblems({ typical: 'ặ'.normalize('NFD').repeat(REPORT_TEXT_MAX + 1) })).toEqual([
      'Mục “Điển hình, mô hình, cách làm hay” quá dài (20.001 ký tự; tối đa 20.000).',
    ]);
  });
});
