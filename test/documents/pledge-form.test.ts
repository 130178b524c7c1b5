// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import { DEFAULT_DOCUMENT_STYLE } from '../../src-renderer/core/documents/style';
import { PLEDGE_FRAMEWORK_PRESETS } from '../../src-renderer/core/pledges';
import { renderPdf } from '../../src-renderer/documents/render-pdf';
import { pledgeFormDocument, pledgeFormFileName, renderPledgeBatchPdf, signerLabel } from '../../src-renderer/documents/pledge-form';
import { samplePledgeInputs } from '../../src-renderer/documents/pledge-form-sample';
import { readPdf, squash } from '../helpers/pdf-text';

// Set PDF_OUT=/some/dir to keep the PDFs for looking at them (pdftoppm -r 80 -png).
const OUT = process.env.PDF_OUT;
function keep(name: string, bytes: Uint8Array) {
  if (!OUT) return;
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}/${name}`, bytes);
}

describe('pledge form PDF', () => {
  it('prints header, title with year, personal data, every category, measures, closing and signatures', async () => {
    const [input] = samplePledgeInputs(1, 2026, 'QD101-2012');
    input!.member.fullName = 'Đặng Thị Ngọc Yến';
    input!.form.items[0]!.action = 'Đọc và thảo luận chuyên đề về ặ ẫ ờ Đ trong sinh hoạt';
    const bytes = await renderPdf(pledgeFormDocument(input!, DEFAULT_DOCUMENT_STYLE));
    keep('pledge-qd101.pdf', bytes);
    const pdf = await readPdf(bytes);
    expect(pdf.pages[0]!.width).toBeCloseTo(595.28, 1);
    const text = squash(pdf.text);
    for (const s of [
      'ĐẢNG BỘ CÁC CƠ QUAN ĐẢNG TỈNH',
      'CHI BỘ SỞ TƯ PHÁP',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Khánh Hòa, ngày 10 tháng 01 năm 2026',
      'BẢN ĐĂNG KÝ THỰC HIỆN TRÁCH NHIỆM NÊU GƯƠNG NĂM 2026',
      'Họ và tên: Đặng Thị Ngọc Yến',
      'Ngày sinh: 10/01/1970',
      'Đơn vị công tác: Sở Tư pháp tỉnh Khánh Hòa',
      'Chức vụ Đảng: Bí thư chi bộ',
      'Chức vụ chính quyền: Phó Trưởng phòng',
      'Chức vụ đoàn thể: Ủy viên Ban Chấp hành Công đoàn',
      'Sinh hoạt tại chi bộ: Chi bộ Sở Tư pháp',
      'Căn cứ Quy định số 101-QĐ/TW',
      'I. NỘI DUNG ĐĂNG KÝ',
      'ặ ẫ ờ Đ',
      'thời hạn: 31/12/2026',
      'II. BIỆN PHÁP THỰC HIỆN',
      'XÁC NHẬN CỦA CHI BỘ',
      'T/M CHI BỘ',
      'BÍ THƯ',
      'Lê Thị Hoa',
      'NGƯỜI ĐĂNG KÝ',
      '(Ký, ghi rõ họ tên)',
    ]) {
      expect(text).toContain(s);
    }
    const qd101 = PLEDGE_FRAMEWORK_PRESETS.find((p) => p.code === 'QD101-2012')!;
    qd101.data.categories.forEach((c, i) => expect(text).toContain(`${i + 1}. ${c.label}`));
    expect(text).toContain(qd101.data.closing!);
    // Đặng Thị Ngọc Yến appears twice: personal data and signature.
    expect(text.split('Đặng Thị Ngọc Yến').length - 1).toBe(2);
  });

  it('prints a free-text deadline ("Hằng tháng", "Quý IV") as typed, beside the dated ones', async () => {
    const [input] = samplePledgeInputs(1, 2026, 'QD101-2012');
    const [first, second] = input!.form.items;
    input!.form.items = [
      { ...first!, action: 'Báo cáo kết quả trong sinh hoạt chi bộ', target: '100%', deadline: undefined, deadlineText: 'Hằng tháng' },
      { ...second!, action: 'Tổng kết việc thực hiện', deadline: undefined, deadlineText: 'Quý IV' },
      ...input!.form.items.slice(2),
    ];
    const bytes = await renderPdf(pledgeFormDocument(input!, DEFAULT_DOCUMENT_STYLE));
    keep('pledge-free-deadlines.pdf', bytes);
    const text = squash((await readPdf(bytes)).text);
    expect(text).toContain('Báo cáo kết quả trong sinh hoạt chi bộ (chỉ tiêu, kết quả: 100%; thời hạn: Hằng tháng)');
    expect(text).toContain('Tổng kết việc thực hiện (thời hạn: Quý IV)');
    expect(text).toContain('thời hạn: 31/12/2026');
  });

  it('uses the cam kết title, signer and closing sentence', async () => {
    const [input] = samplePledgeInputs(1, 2025, 'CAMKET-7MUC');
    const text = squash((await readPdf(await renderPdf(pledgeFormDocument(input!, DEFAULT_DOCUMENT_STYLE)))).text);
    expect(text).toContain('BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2025');
    expect(text).toContain('NGƯỜI CAM KẾT');
    expect(text).toContain('I. NỘI DUNG CAM KẾT');
    expect(text).toContain('tôi cam kết nghiêm túc thực hiện');
    expect(text).toContain('Bản cam kết này đồng thời là nội dung kế hoạch hành động');
    for (const c of PLEDGE_FRAMEWORK_PRESETS.find((p) => p.code === 'CAMKET-7MUC')!.data.categories) expect(text).toContain(c.label);
    expect(signerLabel('dang_ky_neu_guong')).toBe('NGƯỜI ĐĂNG KÝ');
  });

  it('prints a blank form (no date, no items) with places to fill by hand, and QĐ 08 group headings', async () => {
    const [input] = samplePledgeInputs(1, 2026, 'QD08-2018');
    input!.form = {
      ...input!.form,
      items: [],
      measures: '',
      registeredAt: undefined,
      confirmedAt: undefined,
      confirmedBy: undefined,
      state: 'draft',
    };
    input!.member = { fullName: 'Phạm Văn Mẫn', partyPosition: 'dang_vien' };
    input!.secretaryName = 'Lê Thị Hoa';
    const bytes = await renderPdf(pledgeFormDocument(input!, DEFAULT_DOCUMENT_STYLE));
    keep('pledge-blank-qd08.pdf', bytes);
    const pdf = await readPdf(bytes);
    const text = squash(pdf.text);
    expect(text).toContain('Khánh Hòa, ngày …… tháng …… năm 2026');
    expect(text).toContain('Ngày sinh: ……');
    expect(text).toContain('Những điều phải gương mẫu đi đầu thực hiện');
    expect(text).toContain('Những điều phải nghiêm khắc với bản thân và kiên quyết chống');
    expect(text).toContain('16. ');
    expect(text).toContain('Lê Thị Hoa');
    expect(pdf.pageCount).toBeGreaterThanOrEqual(2);
  });

  it('prints the chuyên đề of a Chỉ thị 05 form and the amendment notes', async () => {
    const [input] = samplePledgeInputs(1, 2026, 'CT05-2016');
    input!.form = {
      ...input!.form,
      topicOfYear: 'Học tập và làm theo tư tưởng Hồ Chí Minh về tự lực, tự cường',
      state: 'amended',
      amendments: [{ at: '2026-06-01', reason: 'Bổ sung việc làm', by: 'Lê Thị Hoa', previousItems: [] }],
    };
    const text = squash((await readPdf(await renderPdf(pledgeFormDocument(input!, DEFAULT_DOCUMENT_STYLE)))).text);
    expect(text).toContain('BẢN ĐĂNG KÝ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2026');
    expect(text).toContain('Chuyên đề năm 2026: Học tập và làm theo tư tưởng Hồ Chí Minh về tự lực, tự cường');
    expect(text).toContain('1. Nội dung học tập');
    expect(text).toContain('2. Nội dung làm theo');
    expect(text).toContain('Nội dung đã được điều chỉnh ngày 01/06/2026 (lý do: Bổ sung việc làm');
  });

  it('puts every member in one batch PDF, each starting on a new page, with progress', async () => {
    const inputs = samplePledgeInputs(3);
    const progress: number[] = [];
    const bytes = await renderPledgeBatchPdf(inputs, DEFAULT_DOCUMENT_STYLE, (p) => progress.push(p));
    keep('pledge-batch.pdf', bytes);
    const pdf = await readPdf(bytes);
    const starts = pdf.pages.map((p, i) => (p.text.includes('Họ và tên:') ? i : -1)).filter((i) => i >= 0);
    expect(starts).toHaveLength(3);
    expect(starts[0]).toBe(0);
    inputs.forEach((inp, i) => expect(squash(pdf.pages[starts[i]!]!.text)).toContain(`Họ và tên: ${inp.member.fullName}`));
    // Progress rises to 1 and never goes back.
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((p, i) => i === 0 || p >= progress[i - 1]!)).toBe(true);
    expect(progress.some((p) => p > 0 && p <= 0.2)).toBe(true);
  });

  it("the bí thư's own form confirmed by the phó bí thư prints T/M CHI BỘ / PHÓ BÍ THƯ and the phó bí thư's name", async () => {
    const [input] = samplePledgeInputs(1, 2026, 'QD101-2012');
    input!.member = { ...input!.member, fullName: 'Lê Thị Hoa', partyPosition: 'bi_thu' };
    input!.form = { ...input!.form, confirmedAt: '2026-01-20', confirmedBy: 'Trần Văn Ặng', confirmedByRole: 'pho_bi_thu' };
    const bytes = await renderPdf(pledgeFormDocument(input!, DEFAULT_DOCUMENT_STYLE));
    keep('pledge-pho-bi-thu.pdf', bytes);
    const lines = squash((await readPdf(bytes)).text);
    expect(lines).toContain('XÁC NHẬN CỦA CHI BỘ');
    expect(lines).toContain('T/M CHI BỘ');
    expect(lines).toContain('PHÓ BÍ THƯ');
    expect(lines).toContain('Trần Văn Ặng');
    expect(lines).toContain('(Xác nhận ngày 20/01/2026)');
    expect(lines.replaceAll('PHÓ BÍ THƯ', '')).not.toContain('BÍ THƯ');
    // Stored before the role existed, or confirmed by the bí thư: BÍ THƯ.
    for (const role of [undefined, 'bi_thu'] as const) {
      const f = { ...input!.form, confirmedByRole: role };
      if (role === undefined) delete f.confirmedByRole;
      const t = squash((await readPdf(await renderPdf(pledgeFormDocument({ ...input!, form: f }, DEFAULT_DOCUMENT_STYLE)))).text);
      expect(t).toContain('BÍ THƯ');
      expect(t).not.toContain('PHÓ BÍ THƯ');
    }
  });

  it('makes an ASCII file name', () => {
    const [input] = samplePledgeInputs(1);
    input!.member.fullName = 'Đặng Thị Ngọc Yến';
    expect(pledgeFormFileName(input!)).toBe('dang-ky-neu-guong-2026-dang-thi-ngoc-yen.pdf');
  });
});
