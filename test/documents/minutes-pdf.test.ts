// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import { benchMinutesPdf, buildMinutesPdf } from '../../src-renderer/documents/minutes-pdf';
import { minutesModel, sampleMinutesInput } from '../../src-renderer/documents/minutes-content';
import { readPdf, squash } from '../helpers/pdf-text';
import { DEFAULT_DOCUMENT_STYLE } from '../../src-renderer/core/documents/style';

describe('minutes PDF', () => {
  it('prints header, title, opening, attendance, votes, closing and both signatures; numbers pages from 2', async () => {
    const bytes = await benchMinutesPdf(60);
    if (process.env.MINUTES_PDF_OUT) {
      mkdirSync('test-results', { recursive: true });
      writeFileSync(process.env.MINUTES_PDF_OUT, bytes);
    }
    const pdf = await readPdf(bytes);
    const text = squash(pdf.text);
    expect(pdf.pages[0]!.width).toBeCloseTo(595.28, 1);
    expect(pdf.pageCount).toBeGreaterThanOrEqual(2);
    expect(text).toContain('ĐẢNG BỘ CÁC CƠ QUAN ĐẢNG TỈNH');
    expect(text).toContain('CHI BỘ SỞ TƯ PHÁP');
    expect(text).toContain('Số 01-BB/CB');
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('Ninh Thuận, ngày 03 tháng 11 năm 2026');
    expect(text).toContain('BIÊN BẢN');
    expect(text).toContain('sinh hoạt chi bộ thường kỳ tháng 11 năm 2026'); // the trích yếu in lower case (summaryCase)
    expect(text).toContain(
      'Hôm nay, vào hồi 14 giờ 00 phút, ngày 03 tháng 11 năm 2026, tại Hội trường tầng 3, Sở Tư pháp, Chi bộ Sở Tư pháp tiến hành sinh hoạt chi bộ thường kỳ tháng 11 năm 2026.',
    );
    // 60 on the list, 1 miễn → 59 counted; 3 absent → 56 present.
    expect(text).toContain('Tổng số đảng viên của chi bộ: 60 đồng chí');
    expect(text).toContain('Số đảng viên phải triệu tập: 59 đồng chí');
    expect(text).toContain('Có mặt: 56/59 đồng chí, đạt 94,92%');
    const input = sampleMinutesInput(60);
    const name = (i: number) => input.members[i]!.fullName;
    expect(text).toContain(`Vắng có lý do: 2 đồng chí: đồng chí ${name(3)} (Đi công tác); đồng chí ${name(7)} (Ốm, nằm viện).`);
    expect(text).toContain(`Vắng không lý do: 1 đồng chí: đồng chí ${name(11)}.`);
    expect(text).toContain(
      'Biểu quyết thông qua nghị quyết tháng 11/2026: tán thành 50/54 (92,59%); không tán thành 0/54 (0,00%); ý kiến khác 1/54 (1,85%) (tính trên số đảng viên chính thức được triệu tập)',
    );
    expect(text).toContain('Buổi sinh hoạt kết thúc vào hồi 16 giờ 05 phút cùng ngày.');
    expect(text).toContain('Biên bản đã được thông qua trước chi bộ');
    // The style in force on 03/11/2026 (resolved by date): HD 05, signed NGƯỜI GHI BIÊN BẢN / CHỦ TRÌ HỘI NGHỊ.
    expect(text).toContain('NGƯỜI GHI BIÊN BẢN');
    expect(text).toContain('CHỦ TRÌ HỘI NGHỊ');
    expect(text).toContain('Đảng viên báo cáo việc thực hiện nêu gương');
    expect(text).toContain('Phương hướng, nhiệm vụ tháng tới');
    expect(text).toContain('xếp loại Tốt');
    // The signature titles come after the closing line.
    expect(text.indexOf('NGƯỜI GHI BIÊN BẢN')).toBeGreaterThan(text.indexOf('Biên bản đã được thông qua'));
    // Page numbers: none on page 1, "2" as the last line of page 2.
    expect(pdf.pages[1]!.text.trim().split('\n').at(-1)!.trim()).toBe('2');
    expect(pdf.pages[0]!.text.trim().split('\n').at(-1)!.trim()).not.toBe('1');
  });

  it('prints a draft without a number and lists amendments after adoption', async () => {
    const input = sampleMinutesInput(8);
    const draft = { ...input, meeting: { ...input.meeting, documentNumber: undefined, state: 'draft' as const, quality: undefined } };
    expect(minutesModel(draft).header.numberText).toBe('Số ...-BB/CB');
    const amended = {
      ...input,
      meeting: {
        ...input.meeting,
        amendments: [{ at: '2026-11-05', by: 'Nguyễn Văn An', field: 'conclusion', before: 'cũ', after: 'mới', reason: 'Ghi sót ý kiến' }],
      },
    };
    const text = squash((await readPdf(await buildMinutesPdf(amended, DEFAULT_DOCUMENT_STYLE))).text);
    expect(text).toContain('ĐÍNH CHÍNH SAU KHI THÔNG QUA');
    expect(text).toContain('Đính chính ngày 05/11/2026 (Nguyễn Văn An)');
    expect(text).toContain('Lý do: Ghi sót ý kiến.');
  });
});
