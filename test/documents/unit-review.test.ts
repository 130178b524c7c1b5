// @vitest-environment jsdom
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unitReviewModel } from '../../src-renderer/documents/unit-review-content';
import { formDocument } from '../../src-renderer/documents/form-pdf';
import { BOX_CHECKED, buildFormsDocx } from '../../src-renderer/documents/form-docx';
import { renderPdf } from '../../src-renderer/documents/render-pdf';
import { readPdf, squash } from '../helpers/pdf-text';
import { docxText } from '../helpers/docx-text';
import { sampleUnitReview } from './forms-fixtures';
import { DEFAULT_DOCUMENT_STYLE } from '../../src-renderer/core/documents/style';

const OUT = 'test-results/docs-16b';
mkdirSync(OUT, { recursive: true });

const SECTIONS = [
  'Mẫu 01-HD KĐ.ĐG 2025',
  'ĐẢNG BỘ CÁC CƠ QUAN ĐẢNG TỈNH',
  'CHI BỘ SỞ TƯ PHÁP',
  'Số 07-BC/CB',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'Ninh Thuận, ngày 20 tháng 12 năm 2026',
  'BÁO CÁO',
  'kiểm điểm, tự đánh giá, xếp loại chất lượng tập thể chi bộ năm 2026',
  'Thực hiện Quy định 366-QĐ/TW (30/8/2025) và hướng dẫn của cấp trên',
  'Chi bộ Sở Tư pháp báo cáo kết quả kiểm điểm, tự đánh giá, xếp loại chất lượng năm 2026 như sau:',
  'A. NỘI DUNG KIỂM ĐIỂM',
  'I. Ưu điểm, kết quả đạt được',
  '1. Việc thực hiện nguyên tắc tập trung dân chủ, chế độ sinh hoạt đảng, tự phê bình và phê bình',
  '2. Kết quả lãnh đạo thực hiện nhiệm vụ chính trị, các chỉ tiêu, nhiệm vụ được giao',
  '3. Công tác xây dựng chi bộ, quản lý đảng viên; việc thực hiện trách nhiệm nêu gương',
  'II. Hạn chế, khuyết điểm và nguyên nhân',
  'III. Kết quả khắc phục những hạn chế, khuyết điểm',
  'IV. Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)',
  'V. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm',
  'B. TỰ ĐÁNH GIÁ, XẾP LOẠI',
  'I. Tự chấm điểm',
  'Tổng điểm: 86,5/100 điểm.',
  'II. Tự xếp loại chất lượng',
  'Hoàn thành xuất sắc nhiệm vụ',
  'Không hoàn thành nhiệm vụ',
  'Nơi nhận:',
  '- Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh,',
  '- Lưu Chi bộ.',
  'T/M CHI BỘ',
  'BÍ THƯ',
  'Nguyễn Thị Ngọc Yến',
];
// Pre-filled from the year's meetings and statistics.
const EVIDENCE = [
  'Năm 2026, chi bộ tổ chức 12 buổi sinh hoạt, gồm 11 buổi thường kỳ, 1 buổi thường kỳ kết hợp chuyên đề; có sinh hoạt thường kỳ 12/12 tháng.',
  'Tỷ lệ đảng viên dự sinh hoạt đạt 97,73% (129/132 lượt đảng viên phải triệu tập).',
  'Chất lượng sinh hoạt chi bộ tự chấm điểm: 9 buổi Tốt, 2 buổi Khá; 1 buổi chưa chấm điểm.',
  'Chuyên đề: “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về chuyển đổi số” (tháng 6).',
  'Đến ngày 31/12/2026, chi bộ có 12 đảng viên (chính thức 12, dự bị 0).',
  'Có 10/11 đảng viên thuộc diện đăng ký đã đăng ký thực hiện trách nhiệm nêu gương năm 2026 (90,91%), trong đó 2/2 cán bộ lãnh đạo, quản lý.',
  'Trong năm, chi bộ biểu dương 4 lượt (2 đồng chí); nhắc nhở 8 lượt (8 đồng chí).',
  'hoàn thành xuất sắc nhiệm vụ 2 (18,18%); hoàn thành tốt nhiệm vụ 8 (72,73%); hoàn thành nhiệm vụ 1 (9,09%).',
  'Không đánh giá, xếp loại: 1 đồng chí miễn công tác và sinh hoạt đảng.',
  'Lãnh đạo cơ quan hoàn thành 100% chỉ tiêu theo Nghị quyết số 05-NQ/CB ngày 15/01/2026.',
  'Việc tự đánh giá hằng tháng ở một số đồng chí còn chậm.',
];

describe('collective self-review of the chi bộ (HD 43 Mẫu 01)', () => {
  it('PDF: every section, pre-filled from the year’s meetings and statistics', async () => {
    const bytes = await renderPdf(formDocument(unitReviewModel(sampleUnitReview()), DEFAULT_DOCUMENT_STYLE));
    writeFileSync(`${OUT}/unit-review-mau-01.pdf`, bytes);
    const pdf = await readPdf(bytes);
    const text = squash(pdf.text);
    for (const s of [...SECTIONS, ...EVIDENCE]) expect(text, s).toContain(s);
    expect(text.indexOf('T/M CHI BỘ')).toBeGreaterThan(text.indexOf('Không hoàn thành nhiệm vụ'));
    expect(pdf.text).toBe(pdf.text.normalize('NFC'));
  });

  it('.docx: the same text, the self level ticked', async () => {
    const bytes = await buildFormsDocx([unitReviewModel(sampleUnitReview())], 'Mẫu 01', DEFAULT_DOCUMENT_STYLE);
    writeFileSync(`${OUT}/unit-review-mau-01.docx`, bytes);
    const { text, paragraphs } = await docxText(bytes);
    for (const s of [...SECTIONS, ...EVIDENCE]) expect(text, s).toContain(s);
    expect(paragraphs).toContain(`${BOX_CHECKED} Hoàn thành tốt nhiệm vụ`);
  });

  it('without a number, score or texts: room to write them by hand', async () => {
    const model = unitReviewModel(sampleUnitReview({ reportNumber: undefined, unitReview: undefined, date: undefined }));
    const text = squash((await readPdf(await renderPdf(formDocument(model, DEFAULT_DOCUMENT_STYLE)))).text);
    expect(text).toContain('Số -BC/CB');
    expect(text).toContain('Ninh Thuận, ngày ..... tháng ..... năm 2026');
    expect(text).toContain('Tổng điểm: ……/100 điểm.');
  });
});
