/**
 * The review list kept compact (issue 16 point 9: 25 names took 6 landscape pages): level codes
 * with a legend, the deciding body once, column widths that never break a header word.
 */
import { describe, expect, it } from 'vitest';
import { contentWidthPt, estimateTextWidthPt } from '../../../src-renderer/documents/party-layout';
import { renderPdf } from '../../../src-renderer/documents/render-pdf';
import { levelCode, REVIEW_LIST_COLUMNS, reviewListLegend, reviewListWidthsPt } from '../../../src-renderer/documents/review-list';
import { DEFAULT_DOCUMENT_STYLE } from '../../../src-renderer/core/documents/style';
import { readPdfLayout } from '../../helpers/pdf-text';
import { personName, seeded } from '../../helpers/layout-rules';
import { realisticReviewRows, reviewListOf } from './review-cases';

const list = (n: number, seed = 77) => {
  const r = seeded(seed);
  const rows = realisticReviewRows(r, n);
  return {
    rows,
    def: reviewListOf(rows, personName(r)),
  };
};

describe('review list PDF', () => {
  it('codes the levels and explains them once', () => {
    expect(levelCode('Hoàn thành xuất sắc nhiệm vụ')).toBe('HTXSNV');
    expect(levelCode('Hoàn thành tốt nhiệm vụ')).toBe('HTTNV');
    expect(levelCode('Không hoàn thành nhiệm vụ')).toBe('KHTNV');
    const legend = reviewListLegend([
      { selfLevel: 'Hoàn thành tốt nhiệm vụ', proposedLevel: 'Hoàn thành xuất sắc nhiệm vụ', finalLevel: '' },
    ] as never);
    expect(legend).toBe('Ghi chú: HTXSNV: hoàn thành xuất sắc nhiệm vụ; HTTNV: hoàn thành tốt nhiệm vụ.');
  });

  it('columns are wider than every word of their header', () => {
    const widths = reviewListWidthsPt(contentWidthPt(DEFAULT_DOCUMENT_STYLE, 'landscape'));
    expect(widths.reduce((s, w) => s + w + 6, 0)).toBeLessThanOrEqual(contentWidthPt(DEFAULT_DOCUMENT_STYLE, 'landscape') + 0.01);
    REVIEW_LIST_COLUMNS.forEach((h, i) => {
      for (const word of h.split(/[\s/]+/u)) expect(estimateTextWidthPt(word, 9, true) + 6, `${h}: ${word}`).toBeLessThan(widths[i]!);
    });
    expect(estimateTextWidthPt('HTXSNV', 10) + 6).toBeLessThan(widths[8]!);
  });

  it('"Ghi chú" is wide enough for a long note: a few words a line, not one', async () => {
    const widths = reviewListWidthsPt(contentWidthPt(DEFAULT_DOCUMENT_STYLE, 'landscape'));
    // Short content keeps narrow columns; the note gets about 90 pt (it had 45).
    expect(widths[11]).toBeGreaterThanOrEqual(90);
    const note =
      'Chuyển sinh hoạt đảng chính thức từ Đảng bộ xã Phước Hậu đến Chi bộ ngày 15/6/2026 theo Quyết định số 112/QĐ-SNNMT; đã nộp đủ hồ sơ đảng viên và phiếu đảng viên';
    const { rows } = list(3);
    const long = rows.map((r, i) => (i === 1 ? { ...r, position: 'Đảng viên', note: `Mục-2: ${note} (hết-2)` } : r));
    const def = reviewListOf(long);
    const lines = (await readPdfLayout(await renderPdf(def))).flatMap((p) => p.lines.map((l) => l.text));
    const first = lines.findIndex((l) => l.includes('Mục-2:'));
    const last = lines.findIndex((l) => l.includes('(hết-2)'));
    expect(first).toBeGreaterThanOrEqual(0);
    // One word a line would be about 30 lines; the note's width in lines of the column (+1 for word breaks).
    const expected = Math.ceil(estimateTextWidthPt(`Mục-2: ${note} (hết-2)`, 10) / (widths[11]! - 6)) + 1;
    expect(last - first + 1).toBeLessThanOrEqual(expected);
    expect(last - first + 1).toBeLessThanOrEqual(12);
    expect(lines.join(' ')).toContain('112/QĐ-SNNMT');
  });

  it('25 members on 3 landscape pages at most, 120 on 10; the header row prints whole words', async () => {
    const headerWords = new Set(REVIEW_LIST_COLUMNS.flatMap((h) => h.split(/\s+/u)));
    for (const [n, maxPages] of [
      [25, 3],
      [120, 10],
    ] as const) {
      const { rows, def } = list(n);
      const pages = await readPdfLayout(await renderPdf(def));
      expect(pages.length, `${n} đảng viên`).toBeLessThanOrEqual(maxPages);
      const text = pages.flatMap((p) => p.lines.map((l) => l.text)).join(' ');
      expect(text).toContain('Cấp có thẩm quyền quyết định: Đảng ủy các cơ quan Đảng tỉnh.');
      expect(text).toContain('HTXSNV: hoàn thành xuất sắc nhiệm vụ');
      const decided = rows.find((r) => r.decisionRef)!;
      expect(text).toContain(`Số ${decided.decisionRef!.slice(3)}`);
      // Every page's header row: from its "TT" line down to the first row, only whole header words.
      for (const [p, page] of pages.entries()) {
        const start = page.lines.findIndex((l) => l.text.startsWith('TT '));
        if (start < 0) continue;
        const end = page.lines.findIndex((l, i) => i > start && /^\d+ /u.test(l.text));
        for (const l of page.lines.slice(start, end))
          for (const w of l.text.split(' ')) expect(headerWords.has(w), `trang ${p + 1}: "${w}" trong "${l.text}"`).toBe(true);
      }
    }
  }, 120_000);
});
