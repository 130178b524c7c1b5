/**
 * The self-review forms and Mẫu 01 as editable .docx: the text read from word/document.xml, real
 * column widths, and one file converted by LibreOffice (`libreoffice --headless --convert-to pdf`)
 * read back with pdfjs and checked with the layout rules. The LibreOffice part is skipped with a
 * message when it is not installed.
 */
// @vitest-environment jsdom
import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selfReviewModel } from '../../src-renderer/documents/self-review-content';
import { BOX_CHECKED, BOX_EMPTY, buildFormsDocx } from '../../src-renderer/documents/form-docx';
import { formHeadings } from '../../src-renderer/documents/form-model';
import { readPdfLayout, squash, type PdfLayoutPage } from '../helpers/pdf-text';
import { layoutViolations } from '../helpers/layout-rules';
import { docxText } from '../helpers/docx-text';
import { sampleSelfReview } from './forms-fixtures';
import { DEFAULT_DOCUMENT_STYLE } from '../../src-renderer/core/documents/style';

const OUT = 'test-results/docs-16b';
mkdirSync(OUT, { recursive: true });
const libreoffice = (() => {
  try {
    return execSync('command -v libreoffice || command -v soffice', { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
})();
if (!libreoffice) console.warn('LibreOffice không có trên máy: bỏ qua chuyển .docx sang PDF.');

const plain = (pages: PdfLayoutPage[]): PdfLayoutPage[] =>
  pages.map((p) => ({
    ...p,
    lines: p.lines.map((l) => ({
      ...l,
      text: l.text
        .replace(/\u2011/gu, '-')
        .replace(/\u00a0/gu, ' ')
        .replace(/\u2060/gu, '')
        .replace(/\s+/gu, ' '),
    })),
  }));

describe('self-review .docx', () => {
  it('has every section, the evidence, the scores, the ticked box and the two signature blocks', async () => {
    const bytes = await buildFormsDocx([selfReviewModel(sampleSelfReview())], 'Bản kiểm điểm cá nhân', DEFAULT_DOCUMENT_STYLE);
    writeFileSync(join(OUT, 'self-review-2a.docx'), bytes);
    const { text, paragraphs, xml, header } = await docxText(bytes);
    for (const s of [
      'Mẫu 2A-HD KĐ.ĐG 2025',
      'ĐẢNG BỘ CÁC CƠ QUAN ĐẢNG TỈNH',
      'CHI BỘ SỞ TƯ PHÁP',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'BẢN KIỂM ĐIỂM CÁ NHÂN',
      'Họ và tên: Đặng Thị Ngọc Ặng',
      'A. NỘI DUNG KIỂM ĐIỂM',
      '- Về trách nhiệm nêu gương: năm 2026, bản thân đã tự đánh giá và báo cáo việc thực hiện trách nhiệm nêu gương tại chi bộ 10/12 tháng',
      'Chậm nộp báo cáo theo Kế hoạch số 12-KH/CB',
      '3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm',
      'Đã thực hiện đạt 2/3 nội dung.',
      'VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm',
      'B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI',
      '1. Nhóm tiêu chí chung: 27,5/30 điểm.',
      'Tổng điểm: 88,5/100 điểm.',
      'NGƯỜI TỰ KIỂM ĐIỂM',
      'NHẬN XÉT, ĐÁNH GIÁ CỦA CHI ỦY',
      'T/M CHI ỦY',
      'Nguyễn Thị Ngọc Yến',
    ])
      expect(text, s).toContain(s);
    expect(paragraphs).toContain(`${BOX_CHECKED} Hoàn thành tốt nhiệm vụ`);
    expect(paragraphs).toContain(`${BOX_EMPTY} Hoàn thành xuất sắc nhiệm vụ`);
    expect(text).toBe(text.normalize('NFC'));
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toContain('<w:titlePg/>');
    expect(header).toContain('PAGE');
    // Real column widths (no 100-twip placeholders).
    const grids = [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/gu)].map((m) =>
      [...m[1]!.matchAll(/w:w="(\d+)"/gu)].map((g) => Number(g[1])),
    );
    expect(grids.length).toBeGreaterThanOrEqual(3);
    for (const g of grids) expect(g.every((w) => w > 1000)).toBe(true);
  });

  it('the whole cell: one section per member, page numbers restarting', async () => {
    const models = ['a', 'b', 'c'].map((id) => selfReviewModel(sampleSelfReview(id)));
    const { xml } = await docxText(await buildFormsDocx(models, 'Cả chi bộ', DEFAULT_DOCUMENT_STYLE));
    expect([...xml.matchAll(/<w:sectPr/gu)]).toHaveLength(3);
    expect([...xml.matchAll(/<w:pgNumType w:start="1"/gu)]).toHaveLength(3);
  });

  it.skipIf(!libreoffice)(
    'converted by LibreOffice: every section printed, signatures with body text, no heading at a page foot',
    async () => {
      const model = selfReviewModel(sampleSelfReview());
      const dir = join(OUT, 'lo');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'self-review-2a.docx'), await buildFormsDocx([model], 'Bản kiểm điểm cá nhân', DEFAULT_DOCUMENT_STYLE));
      execFileSync(libreoffice!, ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'self-review-2a.docx')], {
        stdio: 'ignore',
        env: { ...process.env, HOME: join(process.cwd(), dir) },
        timeout: 300_000,
      });
      const pages = plain(await readPdfLayout(readFileSync(join(dir, 'self-review-2a.pdf'))));
      const all = squash(pages.flatMap((p) => p.lines.map((l) => l.text)).join(' '));
      for (const h of formHeadings(model)) expect(all, h).toContain(squash(h).slice(0, 40));
      expect(all).toContain('Tổng điểm: 88,5/100 điểm.');
      const spec = { headings: formHeadings(model), tableHeaders: [], rows: [], runs: new Map<string, number>() };
      expect(layoutViolations(pages, { ...spec, signature: 'NGƯỜI TỰ KIỂM ĐIỂM' })).toEqual([]);
      expect(layoutViolations(pages, { ...spec, signature: 'T/M CHI ỦY' })).toEqual([]);
    },
    300_000,
  );
});
