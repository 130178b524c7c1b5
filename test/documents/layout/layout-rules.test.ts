/** The layout checker itself: each rule reports a page that breaks it (no rendering needed). */
import { describe, expect, it } from 'vitest';
import type { PdfLayoutPage } from '../../helpers/pdf-text';
import { layoutViolations, type LayoutSpec } from '../../helpers/layout-rules';

const page = (...lines: string[]): PdfLayoutPage => ({
  width: 595,
  height: 842,
  lines: lines.map((text, i) => ({ top: 60 + i * 18, left: 85, right: 500, height: 14, text })),
});
const spec = (over: Partial<LayoutSpec> = {}): LayoutSpec => ({
  signature: 'THƯ KÝ',
  headings: ['3. Đánh giá kết quả thực hiện nghị quyết tháng trước'],
  tableHeaders: ['TT Nhiệm vụ Người thực hiện Thời hạn'],
  rows: [['Việc 1:', '(hết-v1)']],
  runs: new Map([['21-KL/TW', 1]]),
  totalRows: ['Tổng cộng'],
  ...over,
});

describe('layout rules', () => {
  it('passes a right layout', () => {
    const pages = [
      page(
        'Kết luận số 21-KL/TW ngày 25/10/2021',
        'TT Nhiệm vụ Người thực hiện Thời hạn',
        '1 Việc 1: rà soát (hết-v1)',
        'Tổng cộng 1',
        'Biên bản đã được thông qua.',
      ),
      page('2', 'Buổi sinh hoạt kết thúc.', 'THƯ KÝ CHỦ TRÌ'),
    ];
    expect(layoutViolations(pages, spec())).toEqual([]);
  });
  it('reports signatures alone, a heading or a table header at the foot, a split row, a broken number and a totals row alone', () => {
    const pages = [
      page('Kết luận số 21-', 'KL/TW ngày 25/10/2021', '1 Việc 1: rà soát', '3. Đánh giá kết quả thực hiện nghị quyết'),
      page('2', 'công việc (hết-v1)', 'TT Nhiệm vụ Người thực hiện Thời hạn'),
      page('3', 'TT Nhiệm vụ Người', 'thực hiện Thời hạn', 'Tổng cộng 2'),
      page('4', 'THƯ KÝ CHỦ TRÌ'),
    ];
    const problems = layoutViolations(pages, spec());
    expect(problems).toContain('trang 4 chỉ có chữ ký');
    expect(problems).toContain('trang 3: dòng "Tổng cộng" đứng riêng dưới tiêu đề bảng');
    expect(problems).toContain('trang 1 kết thúc bằng đề mục "3. Đánh giá kết quả thực hiện nghị quyết"');
    expect(problems).toContain('trang 2 kết thúc bằng dòng tiêu đề bảng "TT Nhiệm vụ Người thực hiện Thời hạn"');
    expect(problems).toContain('dòng bảng "Việc 1:" bị tách: trang 1 và 2');
    expect(problems).toContain('"21-KL/TW" bị ngắt hoặc giãn (0/1 nguyên vẹn)');
  });
});
