// @vitest-environment jsdom
/**
 * Every document builder prints with the style it is given, resolved by the document's date:
 * HD 36 (2018) until 26/5/2026, HD 05 (2026) from 27/5/2026 (domain.md §11). Read back with
 * pdfjs: the spelling "uỷ"/"ủy" (names kept as typed), the closing "./.", the signature titles
 * of the minutes, and the line spacing measured from the baselines. The PDFs are written to
 * test-results/style-profiles/ to be looked at as PNG pages.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { buildDashboard } from '../../src-renderer/core/aggregation';
import {
  bodyLinePt,
  DOCUMENT_STYLE_BY_DATE,
  DOCUMENT_STYLE_PRESETS,
  FONT_LINE_EM,
  type DocumentStyleData,
} from '../../src-renderer/core/documents/style';
import { buildUnitReportPayload } from '../../src-renderer/core/exchange';
import { syntheticUnit } from '../fixtures/synthetic-units';
import { yearFiguresInputOf } from '../../src-renderer/core/figures';
import { computeStatistics, rollUpCell, SCHEME_QD366, type ReviewListRow } from '../../src-renderer/core/review';
import { documentStyleOn } from '../../src-renderer/core/rules';
import { buildConsolidatedReport } from '../../src-renderer/documents/consolidated-report';
import { sampleMinutesInput, type MinutesInput } from '../../src-renderer/documents/minutes-content';
import { buildMinutesDocx } from '../../src-renderer/documents/minutes-docx';
import { buildMinutesPdf } from '../../src-renderer/documents/minutes-pdf';
import { pledgeFormDocument } from '../../src-renderer/documents/pledge-form';
import { samplePledgeInputs } from '../../src-renderer/documents/pledge-form-sample';
import { renderPdf } from '../../src-renderer/documents/render-pdf';
import { buildReviewListPdf } from '../../src-renderer/documents/review-list';
import { buildYearReport } from '../../src-renderer/documents/year-report';
import { cellRecords } from '../core/figures/fixtures';
import { readPdf, readPdfLayout, squash, type PdfLayoutPage } from '../helpers/pdf-text';

const OUT = 'test-results/style-profiles';
const ruleSets = DOCUMENT_STYLE_PRESETS.map((p) => structuredClone(p));
const byDate = { documentStyleCode: DOCUMENT_STYLE_BY_DATE };
/** The style each builder is given, as the services resolve it for the document's date. */
const styleOn = (date: string): DocumentStyleData => documentStyleOn(date, ruleSets, byDate).data;
const PROFILES = [
  { name: 'hd36', date: '2026-05-26', spelled: 'uỷ', other: 'ủy', closing: false, left: 'THƯ KÝ', right: 'CHỦ TRÌ' },
  { name: 'hd05', date: '2026-05-27', spelled: 'ủy', other: 'uỷ', closing: true, left: 'NGƯỜI GHI BIÊN BẢN', right: 'CHỦ TRÌ HỘI NGHỊ' },
] as const;

async function save(name: string, bytes: Uint8Array): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}/${name}.pdf`, bytes);
  return squash((await readPdf(bytes)).text);
}

/** Distances between consecutive baselines of the lines of the paragraph starting with `start`. */
function baselineGaps(pages: PdfLayoutPage[], start: string, lines = 3): number[] {
  for (const p of pages) {
    const i = p.lines.findIndex((l) => l.text.startsWith(start));
    if (i >= 0)
      return p.lines
        .slice(i, i + lines)
        .map((l, k, all) => (k === 0 ? 0 : l.top - all[k - 1]!.top))
        .slice(1);
  }
  throw new Error(`"${start}" not found`);
}

function minutesInput(date: string): MinutesInput {
  const input = sampleMinutesInput(12);
  const m = input.meeting;
  return {
    ...input,
    meeting: {
      ...m,
      date,
      period: date.slice(0, 7),
      chairName: 'Lê Thị Thuỷ',
      guests: 'đồng chí Đỗ Quang Thắng, Ủy viên Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh',
      // A long opening line of the body to measure the spacing on.
      place: 'Hội trường tầng 3, Sở Tư pháp, số 12 đường 16 Tháng 4, phường Phan Rang, tỉnh Khánh Hòa, nơi Chi uỷ đã chuẩn bị tài liệu',
      nextTasks: [{ task: 'Chi uỷ rà soát hồ sơ đảng viên', assignee: 'Phạm Thu Thuỷ', deadline: '2026-12-15' }],
    },
    unit: { ...input.unit, superiorName: 'Đảng bộ các cơ quan Đảng tỉnh', unitName: 'Chi bộ Văn phòng Ủy ban nhân dân tỉnh' },
  };
}

describe('the minutes with each profile (PDF and .docx)', () => {
  it.each(PROFILES)('$name: spelling, closing, signature titles and line spacing', async (p) => {
    const style = styleOn(p.date);
    const bytes = await buildMinutesPdf(minutesInput(p.date), style);
    const text = await save(`minutes-${p.name}`, bytes);
    expect(text).toContain(`CHI BỘ VĂN PHÒNG ${p.spelled === 'ủy' ? 'ỦY' : 'UỶ'} BAN NHÂN DÂN TỈNH`);
    expect(text).toContain(`Ban Thường vụ Đảng ${p.spelled} các cơ quan Đảng tỉnh`);
    expect(text).toContain(`Chi ${p.spelled} rà soát hồ sơ đảng viên`);
    expect(text).not.toContain(`Đảng ${p.other}`);
    // Names keep the spelling they were typed with.
    expect(text).toContain('đồng chí Lê Thị Thuỷ');
    expect(text).toContain('Phạm Thu Thuỷ');
    expect(text.split('Lê Thị Thuỷ').length - 1).toBe(2); // composition and signature
    // The signature titles of the profile, after the last sentence.
    const end = text.slice(text.indexOf('Biên bản đã được thông qua'));
    expect(end).toContain(p.left);
    expect(end).toContain(p.right);
    if (p.closing) expect(text).toContain('nhất trí với nội dung biên bản./.');
    else expect(text).not.toContain('./.');
    // Line spacing: consecutive baselines of the opening paragraph.
    const gaps = baselineGaps(await readPdfLayout(bytes), 'Hôm nay, vào hồi');
    const expected = p.name === 'hd05' ? 19 : 14 * FONT_LINE_EM * 1.15;
    expect(bodyLinePt(style)).toBeCloseTo(expected, 6);
    expect(gaps.length).toBeGreaterThanOrEqual(1);
    for (const g of gaps) expect(g).toBeCloseTo(expected, 1);
    if (process.env.STYLE_GAPS) console.log(p.name, gaps);

    const zip = await JSZip.loadAsync(await buildMinutesDocx(minutesInput(p.date), style));
    const xml = (await zip.file('word/document.xml')!.async('string')).normalize('NFC');
    expect(xml).toContain(p.left);
    expect(xml).toContain(p.right);
    expect(xml).toContain(`Ban\u00a0Thường vụ Đảng ${p.spelled}`.replace('\u00a0', ' '));
    expect(xml.includes('./.')).toBe(p.closing);
    if (p.name === 'hd05') expect(xml).toMatch(/w:line="380" w:lineRule="exact"/u);
    else expect(xml).toMatch(/w:line="276"/u);
  });
});

describe('the other documents take the style they are given', () => {
  it.each(PROFILES)('$name: pledge form (name kept, closing mark)', async (p) => {
    const input = samplePledgeInputs(6, 2026, 'CAMKET-7MUC')[5]!; // "Vũ Thị Thanh Thủy", "Ủy viên Ban Chấp hành Công đoàn"
    const doc = {
      ...input,
      member: { ...input.member, massOrgPosition: 'Ủy viên Ban Chấp hành Công đoàn' },
      form: { ...input.form, registeredAt: p.date },
    };
    const text = await save(`pledge-form-${p.name}`, await renderPdf(pledgeFormDocument(doc, styleOn(p.date))));
    expect(text).toContain(input.member.fullName);
    expect(input.member.fullName).toContain('Thủy');
    expect(text).toContain(`${p.spelled === 'ủy' ? 'Ủy' : 'Uỷ'} viên Ban Chấp hành Công đoàn`);
    expect(text.includes('cán bộ, đảng viên cuối năm./.')).toBe(p.closing);
  });

  it.each(PROFILES)('$name: review list', async (p) => {
    const rows: ReviewListRow[] = ['Phạm Thu Thuỷ', 'Nguyễn Văn An'].map((name, i) => ({
      index: i + 1,
      memberId: `m${i}`,
      name,
      position: 'Chi ủy viên',
      form: '2B',
      monthsText: '12/12',
      praised: 1,
      reminded: 0,
      scoreCommon: '28',
      scoreTasks: '64',
      total: '92',
      selfLevel: 'Hoàn thành tốt nhiệm vụ',
      proposedLevel: 'Hoàn thành tốt nhiệm vụ',
      finalLevel: '',
      levelShort: '',
      decision: '',
      note: '',
    }));
    const def = buildReviewListPdf({
      year: 2025,
      superiorName: 'Đảng bộ các cơ quan Đảng tỉnh',
      unitName: 'Chi bộ Văn phòng Ủy ban nhân dân tỉnh',
      placeName: 'Khánh Hòa',
      date: p.date,
      rows,
      schemeName: 'Quy định số 366-QĐ/TW, ngày 30/8/2025 của Bộ Chính trị',
      signerName: 'Lê Thị Thuỷ',
      style: styleOn(p.date),
    });
    const text = await save(`review-list-${p.name}`, await renderPdf(def));
    expect(text).toContain('Phạm Thu Thuỷ');
    expect(text).toContain('Lê Thị Thuỷ');
    expect(text).toContain(`Chi ${p.spelled} viên`);
    expect(text).toContain(`VĂN PHÒNG ${p.spelled === 'ủy' ? 'ỦY' : 'UỶ'} BAN`);
    expect(text.includes('của Bộ Chính trị./.')).toBe(p.closing);
  });

  it.each(PROFILES)('$name: year report', async (p) => {
    const records = cellRecords([
      [8, { final: 'tot' }],
      [2, { final: 'xuat_sac' }],
    ]);
    const stats = computeStatistics(
      SCHEME_QD366,
      yearFiguresInputOf(2025, {
        members: records.members,
        pledges: records.pledges,
        monthly: records.monthly,
        reviews: records.reviews,
        commendations: records.commendations,
      }),
    );
    const def = buildYearReport({
      year: 2025,
      superiorName: 'Đảng bộ các cơ quan Đảng tỉnh',
      unitName: 'Chi bộ Sở Tư pháp',
      placeName: 'Khánh Hòa',
      issuerCode: 'CB',
      superiorCommittee: 'Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh',
      reportNumber: 3,
      reportDate: p.date,
      scheme: SCHEME_QD366,
      stats,
      cell: rollUpCell(2025, []),
      texts: {
        results: 'Đảng viên gương mẫu.',
        limits: 'Còn chậm.',
        proposals: 'Đề nghị Đảng uỷ cấp trên hướng dẫn mẫu đăng ký năm 2027.',
      },
      signerName: 'Lê Thị Thuỷ',
      style: styleOn(p.date),
    });
    const text = await save(`year-report-${p.name}`, await renderPdf(def));
    expect(text).toContain(`Kính gửi: Ban Thường vụ Đảng ${p.spelled} các cơ quan Đảng tỉnh`);
    expect(text).toContain(`Đề nghị Đảng ${p.spelled} cấp trên`);
    expect(text).toContain('Lê Thị Thuỷ');
    expect(text.includes('mẫu đăng ký năm 2027./.')).toBe(p.closing);
  });

  it.each(PROFILES)('$name: consolidated report', async (p) => {
    const stats = buildUnitReportPayload(
      syntheticUnit({ code: 'A', name: 'A', members: 20, year: 2026, months: 5, seed: 1 }),
      { year: 2026, month: 5 },
      { aggregateOnly: true },
    ).statistics;
    const dashboard = buildDashboard('2026-05', [
      { unitCode: 'DV1', unitName: 'Chi bộ Văn phòng Ủy ban nhân dân tỉnh', unitType: 'chi_bo_co_so', statistics: stats },
    ]);
    const def = buildConsolidatedReport({
      dashboard,
      periodLabel: 'tháng 5/2026',
      superiorName: 'Tỉnh ủy Khánh Hòa',
      unitName: 'Đảng bộ các cơ quan Đảng tỉnh',
      placeName: 'Khánh Hòa',
      issuerCode: 'ĐU',
      superiorCommittee: 'Ban Thường vụ Tỉnh ủy',
      reportNumber: 7,
      reportDate: p.date,
      signerName: 'Lê Thị Thuỷ',
      texts: { results: 'Kết quả tốt.', limits: 'Còn chậm.', proposals: 'Đề nghị Ban Thường vụ Tỉnh uỷ quan tâm chỉ đạo.' },
      style: styleOn(p.date),
    } satisfies Parameters<typeof buildConsolidatedReport>[0]);
    const text = await save(`consolidated-${p.name}`, await renderPdf(def as TDocumentDefinitions));
    expect(text).toContain(`T/M ĐẢNG ${p.spelled === 'ủy' ? 'ỦY' : 'UỶ'}`);
    expect(text).toContain(`TỈNH ${p.spelled === 'ủy' ? 'ỦY' : 'UỶ'} KHÁNH HÒA`);
    expect(text).toContain(`Đề nghị Ban Thường vụ Tỉnh ${p.spelled} quan tâm chỉ đạo.${p.closing ? '/.' : ''}`);
    expect(text).toContain('Lê Thị Thuỷ');
  });
});
