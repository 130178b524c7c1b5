/**
 * "BÁO CÁO tổng hợp kết quả thực hiện trách nhiệm nêu gương" of a superior committee, built from
 * the aggregator dashboard (one row per unit and the totals line from member-level counts).
 * Pure: data → pdfmake definition, Party layout from party-layout.ts.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Dashboard, DashboardRow } from '../core/aggregation';
import { levelCodeLabel, type UnitStatistics } from '../core/exchange';
import { DEFAULT_DOCUMENT_STYLE, formatDocumentNumber, type DocumentStyleData } from '../core/documents/style';
import type { IsoDate } from '../core/model';
import { formatInteger, formatPercent, placeDateLine } from '../core/text';
import { paragraph, partyDocument, partyHeader, recipients, signatureBlocks, titleBlock } from './party-layout';

export interface ConsolidatedReportInput {
  dashboard: Dashboard;
  /** "tháng 11/2026", "năm 2026" (periodText of core/exchange). */
  periodLabel: string;
  superiorName: string;
  unitName: string;
  placeName: string;
  issuerCode: string;
  /** Recipient, e.g. "Ban Thường vụ Tỉnh ủy". */
  superiorCommittee: string;
  reportNumber?: number;
  reportDate: IsoDate;
  authority?: string; // "T/M ĐẢNG ỦY"
  signerTitle?: string; // "BÍ THƯ"
  signerName?: string;
  texts?: { results: string; limits: string; proposals: string };
  style?: DocumentStyleData;
}

export const CONSOLIDATED_TITLE = 'Báo cáo';
export const consolidatedSummary = (periodLabel: string) => `tổng hợp kết quả thực hiện trách nhiệm nêu gương của đảng viên ${periodLabel}`;

function cell(text: string, size: number, extra: Record<string, unknown> = {}): TableCell {
  return { text, fontSize: size, ...extra } as TableCell;
}

function qualityText(q: Record<string, number>): string {
  return Object.entries(q)
    .map(([k, v]) => `${levelCodeLabel(k)} ${v}`)
    .join('; ');
}

function registrationTable(rows: DashboardRow[], totals: UnitStatistics, size: number): Content {
  const head = (t: string) => cell(t, size, { bold: true, alignment: 'center' });
  const line = (n: string, name: string, s: UnitStatistics, bold = false): TableCell[] => [
    cell(n, size, { alignment: 'center', bold }),
    cell(name, size, { bold }),
    cell(formatInteger(s.members), size, { alignment: 'right', bold }),
    cell(formatInteger(s.requiredToRegister), size, { alignment: 'right', bold }),
    cell(`${formatInteger(s.registered)} (${formatPercent(s.registered, s.requiredToRegister)})`, size, { alignment: 'right', bold }),
    cell(formatInteger(s.reportedMonths.length), size, { alignment: 'right', bold }),
    cell(formatInteger(s.memberMonthReports), size, { alignment: 'right', bold }),
    cell(`${formatInteger(s.meetings)}${s.meetings > 0 ? ` (${formatPercent(s.meetingAttendancePresent, s.meetingAttendanceExpected, 1)} dự)` : ''}`, size, { alignment: 'right', bold }),
    cell(qualityText(s.meetingQuality), size, { bold }),
  ];
  const body: TableCell[][] = [
    [head('TT'), head('Đơn vị'), head('Đảng viên'), head('Phải đăng ký'), head('Đã đăng ký'), head('Số tháng có báo cáo'), head('Lượt tự đánh giá'), head('Buổi sinh hoạt'), head('Chất lượng sinh hoạt')],
    ...rows.map((r, i) => line(String(i + 1), r.unitName, r.statistics!)),
    line('', 'Tổng cộng', totals, true),
  ];
  return { table: { headerRows: 1, widths: [16, '*', 34, 34, 58, 34, 40, 52, 62], body, dontBreakRows: true }, margin: [0, 4, 0, 10] };
}

function ratingTable(rows: DashboardRow[], totals: UnitStatistics, size: number): Content {
  const head = (t: string) => cell(t, size, { bold: true, alignment: 'center' });
  const line = (n: string, name: string, s: UnitStatistics, bold = false): TableCell[] => [
    cell(n, size, { alignment: 'center', bold }),
    cell(name, size, { bold }),
    cell(formatInteger(s.rated), size, { alignment: 'right', bold }),
    cell(formatInteger(s.levels.xuat_sac), size, { alignment: 'right', bold }),
    cell(formatInteger(s.levels.tot), size, { alignment: 'right', bold }),
    cell(formatInteger(s.levels.hoan_thanh), size, { alignment: 'right', bold }),
    cell(formatInteger(s.levels.khong_hoan_thanh), size, { alignment: 'right', bold }),
    cell(formatPercent(s.levels.xuat_sac + s.levels.tot, s.rated), size, { alignment: 'right', bold }),
    cell(formatPercent(s.levels.xuat_sac, s.rated), size, { alignment: 'right', bold }),
  ];
  const body: TableCell[][] = [
    [head('TT'), head('Đơn vị'), head('Đã xếp loại'), head('HTXS NV'), head('HTT NV'), head('HT NV'), head('Không HT NV'), head('HTT NV trở lên'), head('Xuất sắc')],
    ...rows.map((r, i) => line(String(i + 1), r.unitName, r.statistics!)),
    line('', 'Tổng cộng', totals, true),
  ];
  return { table: { headerRows: 1, widths: [16, '*', 40, 36, 36, 36, 40, 50, 46], body, dontBreakRows: true }, margin: [0, 4, 0, 10] };
}

function section(heading: string, text: string | undefined, style: DocumentStyleData): Content[] {
  const paras = (text ?? '')
    .split(/\n+/u)
    .map((p) => p.trim())
    .filter(Boolean);
  return [
    { text: heading, bold: true, margin: [0, 6, 0, 4] },
    ...(paras.length > 0 ? paras.map((p) => paragraph(p, style)) : [paragraph('(Chưa có nội dung.)', style, { italics: true })]),
  ];
}

export function buildConsolidatedReport(input: ConsolidatedReportInput): TDocumentDefinitions {
  const style = input.style ?? DEFAULT_DOCUMENT_STYLE;
  const d = input.dashboard;
  const size = Math.max(8, style.fontSizes.body - 5);
  const rows = d.reported;
  const missing = d.missing.map((r) => r.unitName);
  const number = input.reportNumber === undefined ? `Số     -BC/${input.issuerCode}` : formatDocumentNumber(input.reportNumber, 'BC', input.issuerCode);
  const content: Content[] = [
    partyHeader({ superiorName: input.superiorName, unitName: input.unitName, documentNumber: number, placeDate: placeDateLine(input.placeName, input.reportDate) }, style),
    titleBlock(CONSOLIDATED_TITLE, consolidatedSummary(input.periodLabel), style),
    { text: `Kính gửi: ${input.superiorCommittee}`, alignment: 'center', margin: [0, 0, 0, 12] },
    paragraph(
      `Trên cơ sở báo cáo của ${formatInteger(rows.length)}/${formatInteger(d.rows.length)} đơn vị trực thuộc, ${input.unitName} tổng hợp kết quả thực hiện trách nhiệm nêu gương của đảng viên ${input.periodLabel} như sau:`,
      style,
    ),
    paragraph(`Tổng hợp chung: ${d.totalsLine}.`, style, { bold: true }),
    { text: 'I. ĐĂNG KÝ, TỰ ĐÁNH GIÁ HẰNG THÁNG VÀ SINH HOẠT CHI BỘ', bold: true, margin: [0, 6, 0, 4] },
    registrationTable(rows, d.totals, size),
    { text: 'II. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN', bold: true, margin: [0, 6, 0, 4] },
    ratingTable(rows, d.totals, size),
    paragraph(
      `Tỷ lệ xếp loại được tính trên tổng số đảng viên đã được xếp loại của các đơn vị, tỷ lệ đăng ký trên tổng số đảng viên phải đăng ký (cộng số lượng rồi mới chia), không lấy trung bình tỷ lệ của từng đơn vị.${missing.length > 0 ? ` Đơn vị chưa báo cáo: ${missing.join(', ')}.` : ''}`,
      style,
      { italics: true },
    ),
    ...section('III. KẾT QUẢ NỔI BẬT', input.texts?.results, style),
    ...section('IV. HẠN CHẾ, NGUYÊN NHÂN', input.texts?.limits, style),
    ...section('V. KIẾN NGHỊ, ĐỀ XUẤT', input.texts?.proposals, style),
    signatureBlocks(
      { content: recipients([input.superiorCommittee, `Lưu ${input.unitName}`], style) },
      { authority: input.authority ?? 'T/M Đảng ủy', title: input.signerTitle ?? 'Bí thư', name: input.signerName },
      style,
    ),
  ];
  return partyDocument(content, style, { title: `Báo cáo tổng hợp ${input.periodLabel}`, subject: consolidatedSummary(input.periodLabel) });
}
