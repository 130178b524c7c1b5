/**
 * "BÁO CÁO tổng hợp kết quả thực hiện trách nhiệm nêu gương" of a superior committee, built from
 * the aggregator dashboard (one row per unit and the totals line from member-level counts).
 * Pure: data → pdfmake definition, Party layout from party-layout.ts.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Dashboard, DashboardRow } from '../core/aggregation';
import { levelCodeLabel, type UnitStatistics } from '../core/exchange';
import { formatDocumentNumber, withClosingMark, type DocumentStyleData } from '../core/documents/style';
import type { IsoDate } from '../core/model';
import { formatDate, formatInteger, formatPercent, placeDateLine } from '../core/text';
import {
  contentWidthPt,
  estimateRowHeight,
  estimateTextHeightPt,
  halfPageHeightPt,
  heading,
  paragraph,
  partyDocument,
  partyHeader,
  protect,
  recipients,
  signatureBlocks,
  TABLE_KEEP,
  titleBlock,
  withoutKeepMarks,
  withTotalRow,
} from './party-layout';
import { withSignatures } from './year-report';

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
  /** Unit codes in the order the committee keeps its units (default: by unit code). */
  unitOrder?: readonly string[];
  /** The style profile in force on the document's date (core/rules documentStyleOn). */
  style: DocumentStyleData;
}

export const CONSOLIDATED_TITLE = 'Báo cáo';
export const consolidatedSummary = (periodLabel: string) => `tổng hợp kết quả thực hiện trách nhiệm nêu gương của đảng viên ${periodLabel}`;

function cell(text: string, size: number, extra: Record<string, unknown> = {}): TableCell {
  return { text: protect(text, { fontSize: size, maxRunPt: 120 }), fontSize: size, ...extra } as TableCell;
}

function qualityText(q: Record<string, number>): string {
  return Object.entries(q)
    .map(([k, v]) => `${levelCodeLabel(k)} ${v}`)
    .join('; ');
}

/** Units in the committee's order (its list of unit codes), then any other unit by code. */
export function orderedUnits<T extends { unitCode: string }>(rows: readonly T[], order: readonly string[] = []): T[] {
  const rank = new Map(order.map((c, i) => [c, i]));
  const collator = new Intl.Collator('vi', { numeric: true });
  return [...rows].sort((a, b) => {
    const ra = rank.get(a.unitCode) ?? Number.MAX_SAFE_INTEGER;
    const rb = rank.get(b.unitCode) ?? Number.MAX_SAFE_INTEGER;
    return ra !== rb ? ra - rb : collator.compare(a.unitCode, b.unitCode);
  });
}

/** Landscape column widths (pt) of the two tables; the unit name takes the rest. */
const REGISTRATION_WIDTHS = [20, '*', 46, 48, 78, 46, 52, 50, 56, 100] as const;
const RATING_WIDTHS = [20, '*', 56, 64, 64, 64, 64, 70, 64] as const;

export const REGISTRATION_HEADERS = [
  'TT',
  'Đơn vị',
  'Tổng số đảng viên',
  'Phải đăng ký nêu gương',
  'Đã đăng ký (tỷ lệ)',
  'Số tháng có báo cáo',
  'Lượt đảng viên tự đánh giá',
  'Số buổi sinh hoạt',
  'Tỷ lệ dự sinh hoạt',
  'Chất lượng buổi sinh hoạt',
] as const;

export const RATING_HEADERS = [
  'TT',
  'Đơn vị',
  'Đảng viên được xếp loại',
  'HTXSNV',
  'HTTNV',
  'HTNV',
  'KHTNV',
  'Tỷ lệ HTTNV trở lên',
  'Tỷ lệ HTXSNV',
] as const;

export const RATING_LEGEND =
  'Ghi chú: HTXSNV: hoàn thành xuất sắc nhiệm vụ; HTTNV: hoàn thành tốt nhiệm vụ; HTNV: hoàn thành nhiệm vụ; KHTNV: không hoàn thành nhiệm vụ. Tỷ lệ tính trên tổng số đảng viên được xếp loại của đơn vị (dòng Tổng cộng: trên tổng số của các đơn vị, không lấy trung bình tỷ lệ).';

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
    cell(formatInteger(s.meetings), size, { alignment: 'right', bold }),
    cell(s.meetings > 0 ? formatPercent(s.meetingAttendancePresent, s.meetingAttendanceExpected) : '—', size, { alignment: 'right', bold }),
    cell(qualityText(s.meetingQuality), size, { bold }),
  ];
  const body = withTotalRow(
    REGISTRATION_HEADERS.map(head),
    rows.map((r, i) => line(String(i + 1), r.unitName, r.statistics!)),
    line('', 'Tổng cộng', totals, true),
    REGISTRATION_WIDTHS,
  );
  return { table: { ...TABLE_KEEP, widths: [...REGISTRATION_WIDTHS], body }, margin: [0, 4, 0, 6] };
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
  const body = withTotalRow(
    RATING_HEADERS.map(head),
    rows.map((r, i) => line(String(i + 1), r.unitName, r.statistics!)),
    line('', 'Tổng cộng', totals, true),
    RATING_WIDTHS,
  );
  return { table: { ...TABLE_KEEP, widths: [...RATING_WIDTHS], body }, margin: [0, 4, 0, 6] };
}

/** The widths the page-break estimates assume: the unit name's '*' taken as 180 pt (narrow). */
const estimatedWidths = (widths: ReadonlyArray<number | '*'>) => widths.map((w) => (w === '*' ? 180 : w));

/**
 * "2. Kết quả đánh giá…", the legend and the rating table. The legend stands above the table,
 * kept with its heading: below it, its last line could be left alone on a page. A table short
 * enough (estimated at most half a page) is kept whole on one page with its heading, so its
 * Tổng cộng row never stands alone after a page break; a longer one breaks between rows. (The
 * bound: pdfmake drops what does not fit of an unbreakable block taller than a page.)
 */
function ratingPart(rows: DashboardRow[], totals: UnitStatistics, size: number, style: DocumentStyleData): Content {
  const width = contentWidthPt(style, 'landscape');
  const widths = estimatedWidths(RATING_WIDTHS);
  const rowHeight = (cells: readonly string[], bold = false) => estimateRowHeight(cells, widths, size, 1.15, bold);
  const legendHeight = estimateTextHeightPt(RATING_LEGEND, size, width, style);
  const headerHeight = rowHeight(RATING_HEADERS, true);
  const title = heading(['2. Kết quả đánh giá, xếp loại chất lượng đảng viên'], style, {
    margin: [0, 8, 0, 4],
    widthPt: width,
    followPt: legendHeight + 2 * headerHeight,
  });
  const part = [
    title,
    { text: RATING_LEGEND, italics: true, fontSize: size, alignment: 'justify' } as Content,
    ratingTable(rows, totals, size),
  ];
  const tableHeight = rows.reduce((h, r) => h + rowHeight(['', r.unitName]), headerHeight + rowHeight(['', 'Tổng cộng'], true));
  const short = 30 + legendHeight + tableHeight <= halfPageHeightPt(style, 'landscape');
  return short ? { stack: part.map((c) => withoutKeepMarks(c)), unbreakable: true } : { stack: part };
}

/** A numbered section; `last`: the report's last section, whose last sentence takes the closing mark. */
function section(title: string, text: string | undefined, style: DocumentStyleData, last = false): Content[] {
  const paras = (text ?? '')
    .split(/\n+/u)
    .map((p) => p.trim())
    .filter(Boolean);
  if (last && paras.length > 0) paras.push(withClosingMark(paras.pop()!, style));
  return [
    heading([title], style, { margin: [0, 6, 0, 4] }),
    ...(paras.length > 0 ? paras.map((p) => paragraph(p, style)) : [paragraph('(Chưa có nội dung.)', style, { italics: true })]),
  ];
}

/** The summary in prose (the figures of the totals line, written as a report writes them). */
export function consolidatedProse(d: Dashboard, unitName: string, periodLabel: string): string[] {
  const t = d.totals;
  const out: string[] = [];
  out.push(
    `${periodLabel.charAt(0).toLocaleUpperCase('vi')}${periodLabel.slice(1)}, ${formatInteger(d.reported.length)}/${formatInteger(d.rows.length)} đơn vị trực thuộc ${unitName} gửi báo cáo, với tổng số ${formatInteger(t.members)} đảng viên; số đảng viên phải đăng ký thực hiện trách nhiệm nêu gương là ${formatInteger(t.requiredToRegister)}, đã đăng ký ${formatInteger(t.registered)} đồng chí, đạt ${formatPercent(t.registered, t.requiredToRegister)}.`,
  );
  if (t.meetings > 0 || t.memberMonthReports > 0) {
    out.push(
      `Các chi bộ đã tổ chức ${formatInteger(t.meetings)} buổi sinh hoạt, tỷ lệ đảng viên dự sinh hoạt đạt ${formatPercent(t.meetingAttendancePresent, t.meetingAttendanceExpected)}; có ${formatInteger(t.memberMonthReports)} lượt đảng viên tự đánh giá, báo cáo việc thực hiện nội dung đăng ký nêu gương trong sinh hoạt chi bộ; ${formatInteger(t.praised)} lượt đảng viên được biểu dương, ${formatInteger(t.reminded)} lượt bị nhắc nhở.`,
    );
  }
  if (t.rated > 0) {
    const l = t.levels;
    out.push(
      `Kết quả đánh giá, xếp loại chất lượng: ${formatInteger(t.rated)} đảng viên được xếp loại, trong đó hoàn thành xuất sắc nhiệm vụ ${formatInteger(l.xuat_sac)} đồng chí (${formatPercent(l.xuat_sac, t.rated)}); hoàn thành tốt nhiệm vụ ${formatInteger(l.tot)} đồng chí (${formatPercent(l.tot, t.rated)}); hoàn thành nhiệm vụ ${formatInteger(l.hoan_thanh)} đồng chí (${formatPercent(l.hoan_thanh, t.rated)}); không hoàn thành nhiệm vụ ${formatInteger(l.khong_hoan_thanh)} đồng chí (${formatPercent(l.khong_hoan_thanh, t.rated)}). Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt ${formatPercent(l.xuat_sac + l.tot, t.rated)}.`,
    );
  } else {
    out.push('Các đơn vị chưa báo cáo kết quả đánh giá, xếp loại chất lượng đảng viên trong kỳ.');
  }
  if (d.missing.length > 0) out.push(`Đơn vị chưa gửi báo cáo: ${d.missing.map((r) => r.unitName).join('; ')}.`);
  return out;
}

export function buildConsolidatedReport(input: ConsolidatedReportInput): TDocumentDefinitions {
  const style = input.style;
  const d = { ...input.dashboard, missing: orderedUnits(input.dashboard.missing, input.unitOrder) };
  const size = Math.max(10, style.fontSizes.body - 3);
  const rows = orderedUnits(d.reported, input.unitOrder);
  const number =
    input.reportNumber === undefined ? `Số     -BC/${input.issuerCode}` : formatDocumentNumber(input.reportNumber, 'BC', input.issuerCode);
  const landscapeWidth = contentWidthPt(style, 'landscape');
  const body: Content[] = [
    partyHeader(
      {
        superiorName: input.superiorName,
        unitName: input.unitName,
        documentNumber: number,
        placeDate: placeDateLine(input.placeName, input.reportDate),
      },
      style,
    ),
    titleBlock(CONSOLIDATED_TITLE, consolidatedSummary(input.periodLabel), style),
    { text: `Kính gửi: ${input.superiorCommittee}`, alignment: 'center', margin: [0, 0, 0, 12] },
    paragraph(
      `Trên cơ sở báo cáo của các đơn vị trực thuộc, ${input.unitName} báo cáo kết quả thực hiện trách nhiệm nêu gương của đảng viên ${input.periodLabel} như sau (số liệu chi tiết tại biểu kèm theo):`,
      style,
    ),
    heading(['I. KẾT QUẢ ĐĂNG KÝ, TỰ ĐÁNH GIÁ VÀ XẾP LOẠI'], style, { margin: [0, 6, 0, 4] }),
    ...consolidatedProse(d, input.unitName, input.periodLabel).map((p) => paragraph(p, style)),
    ...section('II. KẾT QUẢ NỔI BẬT', input.texts?.results, style),
    ...section('III. HẠN CHẾ, NGUYÊN NHÂN', input.texts?.limits, style),
  ];
  body.push(
    ...withSignatures(
      section('IV. KIẾN NGHỊ, ĐỀ XUẤT', input.texts?.proposals, style, true),
      signatureBlocks(
        { content: recipients([input.superiorCommittee, `Lưu ${input.unitName}`], style) },
        { authority: input.authority ?? 'T/M Đảng ủy', title: input.signerTitle ?? 'Bí thư', name: input.signerName },
        style,
      ),
      style,
    ),
  );
  const annex: Content = {
    pageBreak: 'before',
    pageOrientation: 'landscape',
    stack: [
      { text: 'BIỂU TỔNG HỢP', bold: true, alignment: 'center', fontSize: style.fontSizes.title - 1 },
      {
        text: protect(`kết quả thực hiện trách nhiệm nêu gương của đảng viên ${input.periodLabel}`),
        bold: true,
        alignment: 'center',
      },
      {
        text: protect(`(Kèm theo Báo cáo ${number.replace(/^Số/u, 'số')} ngày ${formatDate(input.reportDate)} của ${input.unitName})`),
        italics: true,
        alignment: 'center',
        margin: [0, 0, 0, 8],
      },
      heading(['1. Đăng ký, tự đánh giá hằng tháng và sinh hoạt chi bộ'], style, {
        widthPt: landscapeWidth,
        followPt: 2 * estimateRowHeight([...REGISTRATION_HEADERS], estimatedWidths(REGISTRATION_WIDTHS), size, 1.15, true),
      }),
      registrationTable(rows, d.totals, size),
      ratingPart(rows, d.totals, size, style),
    ],
  };
  return partyDocument([...body, annex], style, {
    title: `Báo cáo tổng hợp ${input.periodLabel}`,
    subject: consolidatedSummary(input.periodLabel),
  });
}
