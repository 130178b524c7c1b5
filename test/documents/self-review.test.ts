// @vitest-environment jsdom
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEME_QD124, SECTION_KEYS } from '../../src-renderer/core/review';
import { selfReviewModel } from '../../src-renderer/documents/self-review-content';
import { formBatchDocument, formDocument } from '../../src-renderer/documents/form-pdf';
import { renderPdf } from '../../src-renderer/documents/render-pdf';
import { readPdf, squash } from '../helpers/pdf-text';
import { sampleSelfReview } from './forms-fixtures';
import { DEFAULT_DOCUMENT_STYLE } from '../../src-renderer/core/documents/style';

const OUT = 'test-results/docs-16b';
mkdirSync(OUT, { recursive: true });

describe('self-review form (HD 43 Mẫu 2A / 2B / 2C) as PDF', () => {
  it('prints every section of Mẫu 2A with the year’s evidence pre-filled', async () => {
    const def = formDocument(selfReviewModel(sampleSelfReview()), DEFAULT_DOCUMENT_STYLE);
    const bytes = await renderPdf(def);
    writeFileSync(`${OUT}/self-review-2a.pdf`, bytes);
    const pdf = await readPdf(bytes);
    const text = squash(pdf.text);
    expect(pdf.pages[0]!.width).toBeCloseTo(595.28, 0);
    for (const s of [
      'Mẫu 2A-HD KĐ.ĐG 2025',
      'ĐẢNG BỘ CÁC CƠ QUAN ĐẢNG TỈNH',
      'CHI BỘ SỞ TƯ PHÁP',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Ninh Thuận, ngày ..... tháng ..... năm 2026',
      'BẢN KIỂM ĐIỂM CÁ NHÂN',
      'Năm 2026',
      '(Dùng cho cán bộ giữ chức vụ lãnh đạo, quản lý)',
      'Họ và tên: Đặng Thị Ngọc Ặng',
      'Ngày sinh: 05/02/1978',
      'Chức vụ Đảng: Chi ủy viên',
      'Chức vụ chính quyền: Phó Trưởng phòng',
      'Chức vụ đoàn thể: Chủ tịch Công đoàn cơ sở',
      'Đơn vị công tác: Phòng Hành chính tư pháp, Sở Tư pháp',
      'Sinh hoạt tại chi bộ: Chi bộ Sở Tư pháp',
      'A. NỘI DUNG KIỂM ĐIỂM',
      'I. Ưu điểm, kết quả đạt được',
      '1. Về phẩm chất chính trị, đạo đức, lối sống',
      'trách nhiệm nêu gương',
      '2. Kết quả thực hiện chức trách, nhiệm vụ, quyền hạn được giao; năng lực lãnh đạo, quản lý, điều hành; trách nhiệm của người đứng đầu',
      '3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm',
      'II. Hạn chế, khuyết điểm và nguyên nhân',
      'III. Kết quả khắc phục những hạn chế, khuyết điểm',
      'IV. Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)',
      'V. Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể (nếu có)',
      'VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm',
      'B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI',
      'I. Tự chấm điểm',
      '1. Nhóm tiêu chí chung: 27,5/30 điểm.',
      '2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ: 61/70 điểm.',
      'Tổng điểm: 88,5/100 điểm.',
      'II. Đề xuất xếp loại',
      'Hoàn thành xuất sắc nhiệm vụ',
      'Hoàn thành tốt nhiệm vụ',
      'Hoàn thành nhiệm vụ',
      'Không hoàn thành nhiệm vụ',
      'NGƯỜI TỰ KIỂM ĐIỂM',
      '(Ký, ghi rõ họ tên)',
      'NHẬN XÉT, ĐÁNH GIÁ CỦA CHI ỦY',
      'Chi bộ đề xuất xếp loại: Hoàn thành tốt nhiệm vụ.',
      'T/M CHI ỦY',
      'BÍ THƯ',
      'Nguyễn Thị Ngọc Yến',
    ])
      expect(text, s).toContain(s);
    // The evidence: months assessed, praised / reminded, the items' outcomes.
    expect(text).toContain(
      '- Về trách nhiệm nêu gương: năm 2026, bản thân đã tự đánh giá và báo cáo việc thực hiện trách nhiệm nêu gương tại chi bộ 10/12 tháng (chưa đánh giá các tháng 11 và 12); kết quả: 9 tháng mức “Tốt”, 1 tháng mức “Trung bình”.',
    );
    expect(text).toContain('Các tháng chưa đạt mức tốt: tháng 5 (Trung bình: Chậm nộp báo cáo theo Kế hoạch số 12-KH/CB).');
    expect(text).toContain('Được chi bộ biểu dương 2 lần (các tháng 3 và 9). Bị chi bộ nhắc nhở 1 lần (tháng 5).');
    expect(text).toContain(
      'Năm 2026, bản thân đăng ký 3 nội dung cam kết tu dưỡng, rèn luyện, phấn đấu, trong đó 3 nội dung có thời hạn. Đã thực hiện đạt 2/3 nội dung.',
    );
    expect(text).toContain(
      'Đã đạt: “Học xong trung cấp lý luận chính trị” (10/10 tháng được đánh giá đạt mức tốt); “Thực hiện Quy định số 37-QĐ/TW về những điều đảng viên không được làm” (4/10 tháng được đánh giá đạt mức tốt).',
    );
    expect(text).toContain('Chưa đạt 1 nội dung: “Viết sáng kiến kinh nghiệm” (thời hạn 30/09/2026).');
    expect(text.indexOf('NGƯỜI TỰ KIỂM ĐIỂM')).toBeGreaterThan(text.indexOf('Không hoàn thành nhiệm vụ'));
    expect(text.indexOf('NHẬN XÉT, ĐÁNH GIÁ CỦA CHI ỦY')).toBeGreaterThan(text.indexOf('NGƯỜI TỰ KIỂM ĐIỂM'));
    expect(pdf.text).toBe(pdf.text.normalize('NFC'));
  });

  it('ticks the self-proposed level: one crossed box, beside its label', () => {
    const def = formDocument(selfReviewModel(sampleSelfReview()), DEFAULT_DOCUMENT_STYLE);
    const rows: Array<{ label: string; crossed: boolean }> = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== 'object') return;
      const n = node as { columns?: Array<{ canvas?: unknown[]; text?: string }> };
      if (n.columns?.length === 2 && Array.isArray(n.columns[0]!.canvas) && typeof n.columns[1]!.text === 'string') {
        rows.push({ label: n.columns[1]!.text, crossed: n.columns[0]!.canvas.length > 1 });
      }
      Object.values(node).forEach(walk);
    };
    walk(def.content);
    expect(rows).toEqual([
      { label: 'Hoàn thành xuất sắc nhiệm vụ', crossed: false },
      { label: 'Hoàn thành tốt nhiệm vụ', crossed: true },
      { label: 'Hoàn thành nhiệm vụ', crossed: false },
      { label: 'Không hoàn thành nhiệm vụ', crossed: false },
    ]);
  });

  it('Mẫu 2B and 2C from the member record; the member’s own texts; blank scores; whole cell in one file', async () => {
    const b = sampleSelfReview('b', {
      member: {
        ...sampleSelfReview('b').member,
        fullName: 'Lê Văn Bình',
        isLeader: false,
        inPoliticalSystem: true,
        govPosition: 'Chuyên viên',
        massOrgPosition: undefined,
      },
      review: {
        sections: {
          [SECTION_KEYS.pledge]: 'Hoàn thành các nội dung đã cam kết theo Kết luận số 21-KL/TW.',
          han_che: 'Có lúc chưa chủ động.',
        },
      },
    });
    const c = sampleSelfReview('c', {
      member: {
        ...sampleSelfReview('c').member,
        fullName: 'Hồ Văn Cường',
        isLeader: false,
        inPoliticalSystem: false,
        workplace: 'Cán bộ hưu trí',
        residence: 'Khu phố 3, phường Phủ Hà',
      },
      review: undefined,
      date: '2026-12-10',
    });
    const models = [selfReviewModel(sampleSelfReview()), selfReviewModel(b), selfReviewModel(c)];
    expect(models.map((m) => m.formCode)).toEqual(['Mẫu 2A-HD KĐ.ĐG 2025', 'Mẫu 2B-HD KĐ.ĐG 2025', 'Mẫu 2C-HD KĐ.ĐG 2025']);
    // The form stored with the review, not the record's current one (the leader's review was opened as 2B).
    const stored = selfReviewModel(sampleSelfReview('d', { review: { sections: {}, formVariant: '2B' } }));
    expect(stored.formCode).toBe('Mẫu 2B-HD KĐ.ĐG 2025');
    const bytes = await renderPdf(formBatchDocument(models, 'Bản kiểm điểm cá nhân năm 2026 — cả chi bộ', DEFAULT_DOCUMENT_STYLE));
    writeFileSync(`${OUT}/self-review-cell.pdf`, bytes);
    const pdf = await readPdf(bytes);
    // Each member starts on a new page and has its own page numbers.
    const starts = pdf.pages.map((p, i) => (p.text.includes('BẢN KIỂM ĐIỂM CÁ NHÂN') ? i : -1)).filter((i) => i >= 0);
    expect(starts).toHaveLength(3);
    const pageOf = (s: string) => pdf.pages.findIndex((p) => squash(p.text).includes(s));
    expect(pageOf('Họ và tên: Lê Văn Bình')).toBe(starts[1]);
    expect(pageOf('Họ và tên: Hồ Văn Cường')).toBe(starts[2]);
    const bText = squash(
      pdf.pages
        .slice(starts[1], starts[2])
        .map((p) => p.text)
        .join('\n'),
    );
    expect(bText).toContain('(Dùng cho đảng viên làm việc trong hệ thống chính trị)');
    expect(bText).toContain('Hoàn thành các nội dung đã cam kết theo Kết luận số 21-KL/TW.');
    expect(bText).toContain('Có lúc chưa chủ động.');
    expect(bText).toContain('1. Nhóm tiêu chí chung: ……/30 điểm.');
    expect(bText).toContain('Tổng điểm: ……/100 điểm.');
    expect(bText).toContain('Chi bộ đề xuất xếp loại: ……');
    expect(bText).not.toContain('Chức vụ đoàn thể');
    const cText = squash(
      pdf.pages
        .slice(starts[2])
        .map((p) => p.text)
        .join('\n'),
    );
    expect(cText).toContain('(Dùng cho đảng viên không làm việc trong hệ thống chính trị)');
    expect(cText).toContain('Nơi cư trú: Khu phố 3, phường Phủ Hà');
    expect(cText).toContain('Nghề nghiệp, nơi làm việc (nếu có): Cán bộ hưu trí');
    expect(cText).toContain('Ninh Thuận, ngày 10 tháng 12 năm 2026');
    expect(cText).toContain('Việc thực hiện nhiệm vụ đảng viên, nghĩa vụ công dân');
    expect(cText).not.toContain('Chức vụ Đảng');
  });

  it('a scheme without scores prints only the level boxes', async () => {
    const text = squash(
      (
        await readPdf(
          await renderPdf(
            formDocument(selfReviewModel(sampleSelfReview('d', { year: 2024, scheme: SCHEME_QD124 })), DEFAULT_DOCUMENT_STYLE),
          ),
        )
      ).text,
    );
    expect(text).toContain('B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI I. Đề xuất xếp loại');
    expect(text).not.toContain('Tổng điểm');
  });
});
