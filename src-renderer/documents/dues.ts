/**
 * Đảng phí documents in the Party layout, pure data → pdfmake definition:
 *  - "BẢNG THU ĐẢNG PHÍ tháng …" (landscape A4): one line per member of the sheet, totals,
 *    NGƯỜI LẬP BẢNG / T/M CHI BỘ BÍ THƯ;
 *  - "BÁO CÁO thu, nộp đảng phí tháng …" to the superior (portrait): Kính gửi, the month's figures
 *    (core/dues duesStatementLines, from the sheet's totals), Nơi nhận, T/M CHI BỘ BÍ THƯ.
 * The rows and figures come from core/dues (duesTableRows, duesStatementLines), the same ones the
 * .xlsx export writes.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DuesMonthTotals, DuesTableRow } from '../core/dues';
import { duesStatementLines } from '../core/dues';
import type { DocumentStyleData } from '../core/documents/style';
import type { IsoDate } from '../core/model';
import { formatInteger, placeDateLine } from '../core/text';
import { reportNumberText } from './year-report';
import {
  contentWidthPt,
  keepTogether,
  paragraph,
  partyDocument,
  partyHeader,
  protect,
  recipients,
  signatureBlocks,
  TABLE_KEEP,
  titleBlock,
  withTotalRow,
} from './party-layout';

export interface DuesDocumentInput {
  period: string;
  superiorName: string;
  /** Recipient of the statement ("Ban Thường vụ Đảng ủy …"). */
  superiorCommittee: string;
  unitName: string;
  placeName: string;
  issuerCode: string;
  date: IsoDate;
  rows: readonly DuesTableRow[];
  totals: DuesMonthTotals;
  /** "chế độ đảng phí «…» (mã …)": the rule set the amounts were computed with. */
  ruleSetName: string;
  signerName?: string;
  /** Who drew up the sheet (left signature of the collection sheet). */
  preparedBy?: string;
  /** The style profile in force on the document's date (core/rules documentStyleOn). */
  style: DocumentStyleData;
}

const monthYear = (period: string) => `tháng ${Number(period.slice(5, 7))} năm ${period.slice(0, 4)}`;
const money = (n: number | undefined) => (n === undefined ? '' : formatInteger(n));

export const DUES_SHEET_COLUMNS = [
  'TT',
  'Họ và tên',
  'Đối tượng',
  'Mức lương làm căn cứ',
  'Mức phải nộp',
  'Số tiền đã nộp',
  'Ngày nộp',
  'Hình thức',
  'Ghi chú',
] as const;
const SHEET_WIDTHS = [18, 110, 110, 62, 52, 56, 56, 70, '*'] as const;
const SHEET_PADDING_Y = 1.5;

export function buildDuesSheetPdf(input: DuesDocumentInput): TDocumentDefinitions {
  const style = input.style;
  const size = 10.5;
  const total = contentWidthPt(style, 'landscape');
  const fixed = SHEET_WIDTHS.reduce<number>((s, w) => s + (typeof w === 'number' ? w + 8 : 8), 0);
  const widthsPt = SHEET_WIDTHS.map((w) => (typeof w === 'number' ? w : Math.max(50, total - fixed)));
  const head = (t: string): TableCell => ({ text: t, bold: true, alignment: 'center', fontSize: size });
  const cell = (t: string | number, col: number, align: 'left' | 'center' | 'right' = 'left', bold = false): TableCell => ({
    text: protect(String(t), { fontSize: size, maxRunPt: widthsPt[col]! }),
    fontSize: size,
    alignment: align,
    bold,
  });
  const t = input.totals;
  const body = withTotalRow(
    DUES_SHEET_COLUMNS.map(head),
    input.rows.map((r) => [
      cell(r.index, 0, 'center'),
      cell(r.name, 1),
      cell(r.group, 2),
      cell(money(r.base), 3, 'right'),
      cell(r.expected !== undefined ? money(r.expected) : r.expectedText, 4, 'right'),
      cell(r.collected > 0 ? money(r.collected) : '', 5, 'right'),
      cell(r.paidOn, 6, 'center'),
      cell(r.channel, 7),
      cell(r.remark, 8),
    ]),
    [
      { text: 'Cộng', colSpan: 4, bold: true, alignment: 'center', fontSize: size },
      {},
      {},
      {},
      cell(money(t.expected), 4, 'right', true),
      cell(money(t.collected), 5, 'right', true),
      { text: '', colSpan: 3 },
      {},
      {},
    ],
    SHEET_WIDTHS,
    SHEET_PADDING_Y,
  );
  const summary = `Đã nộp đủ ${t.paidMembers}/${t.owedMembers} đồng chí; thu trong tháng ${formatInteger(t.collected)} đồng (qua Cổng Dịch vụ công ${formatInteger(t.collectedByChannel.cong_dvc)} đồng, tiền mặt ${formatInteger(t.collectedByChannel.tien_mat + t.collectedByChannel.unknown)} đồng). Mức phải nộp tính theo ${input.ruleSetName}.`;
  const content: Content[] = [
    partyHeader(
      {
        superiorName: input.superiorName,
        unitName: input.unitName,
        placeDate: placeDateLine(input.placeName, input.date),
        orientation: 'landscape',
      },
      style,
    ),
    titleBlock('Bảng thu đảng phí', monthYear(input.period), style),
    {
      table: { ...TABLE_KEEP, widths: [...SHEET_WIDTHS], body },
      layout: { paddingTop: () => SHEET_PADDING_Y, paddingBottom: () => SHEET_PADDING_Y },
      lineHeight: 1.05,
    },
    keepTogether(
      [
        paragraph(summary, style, { italics: true, fontSize: size + 1, margin: [0, 6, 0, 0], leadingIndent: 0 }),
        signatureBlocks(
          { title: 'Người lập bảng', name: input.preparedBy },
          { authority: 'T/M Chi bộ', title: 'Bí thư', name: input.signerName },
          style,
        ),
      ],
      { style, orientation: 'landscape' },
    ),
  ];
  const def = partyDocument(content, style, { title: `Bảng thu đảng phí ${monthYear(input.period)}`, author: input.unitName });
  return { ...def, pageOrientation: 'landscape' };
}

export function buildDuesStatementPdf(input: DuesDocumentInput & { number?: number }): TDocumentDefinitions {
  const style = input.style;
  const size = Math.max(12, style.fontSizes.body - 1);
  const lines = duesStatementLines(input.totals);
  const body: TableCell[][] = [
    [
      { text: 'Nội dung', bold: true, alignment: 'center', fontSize: size },
      { text: 'Số lượng', bold: true, alignment: 'center', fontSize: size },
    ],
    ...lines.map((l): TableCell[] => [
      { text: l.label, fontSize: size, margin: [l.indent ? 14 : 0, 0, 0, 0], bold: !l.indent },
      {
        text: l.money ? `${formatInteger(l.value)} đồng` : `${formatInteger(l.value)} đồng chí`,
        fontSize: size,
        alignment: 'right',
        bold: !l.indent,
      },
    ]),
  ];
  const number = reportNumberText(input.number, input.issuerCode);
  const content: Content[] = [
    partyHeader(
      {
        superiorName: input.superiorName,
        unitName: input.unitName,
        documentNumber: number,
        placeDate: placeDateLine(input.placeName, input.date),
      },
      style,
    ),
    titleBlock('Báo cáo', `thu, nộp đảng phí ${monthYear(input.period)}`, style),
    { text: [{ text: 'Kính gửi: ' }, { text: input.superiorCommittee }], alignment: 'center', margin: [0, 0, 0, 12] },
    paragraph(`${input.unitName} báo cáo tình hình thu, nộp đảng phí ${monthYear(input.period)} như sau:`, style),
    { table: { ...TABLE_KEEP, widths: ['*', 130], body }, margin: [0, 4, 0, 8] },
    keepTogether(
      [
        paragraph(`Mức đảng phí tính theo ${input.ruleSetName}.`, style, { italics: true, fontSize: size }),
        signatureBlocks(
          { content: recipients([input.superiorCommittee, 'Lưu Chi bộ'], style) },
          { authority: 'T/M Chi bộ', title: 'Bí thư', name: input.signerName },
          style,
        ),
      ],
      { style },
    ),
  ];
  return partyDocument(content, style, { title: `Báo cáo thu, nộp đảng phí ${monthYear(input.period)}`, author: input.unitName });
}
