/**
 * "DANH SÁCH kết quả kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm …" (landscape A4),
 * from the rows of core/review/list.ts. Pure: data → pdfmake definition.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { IsoDate } from '../core/model';
import { DEFAULT_DOCUMENT_STYLE, type DocumentStyleData } from '../core/documents/style';
import type { ReviewListRow } from '../core/review';
import { placeDateLine } from '../core/text';
import {
  contentWidthPt,
  keepTogether,
  paragraph,
  partyDocument,
  partyHeader,
  protect,
  signatureBlocks,
  TABLE_KEEP,
  titleBlock,
} from './party-layout';

export interface ReviewListInput {
  year: number;
  superiorName: string;
  unitName: string;
  placeName: string;
  date: IsoDate;
  rows: readonly ReviewListRow[];
  schemeName: string;
  signerName?: string;
  style?: DocumentStyleData;
}

export const reviewListSummary = (year: number) => `kết quả kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm ${year}`;

export const REVIEW_LIST_COLUMNS = [
  'TT',
  'Họ và tên',
  'Chức vụ',
  'Số tháng tự đánh giá',
  'Biểu dương / nhắc nhở',
  'Điểm tiêu chí chung',
  'Điểm nhiệm vụ',
  'Tổng điểm',
  'Tự xếp loại',
  'Chi bộ đề xuất',
  'Cấp có thẩm quyền quyết định',
  'Ghi chú',
] as const;

/** Column widths (pt) on landscape A4: level columns wide enough for "Hoàn thành xuất sắc nhiệm vụ" in two lines. */
export const REVIEW_LIST_WIDTHS = [16, 92, 56, 30, 34, 26, 26, 28, 70, 70, 92, '*'] as const;

export function buildReviewListPdf(input: ReviewListInput): TDocumentDefinitions {
  const style = input.style ?? DEFAULT_DOCUMENT_STYLE;
  const size = 10;
  const total = contentWidthPt(style, 'landscape');
  const fixed = REVIEW_LIST_WIDTHS.reduce<number>((s, w) => s + (typeof w === 'number' ? w + 8 : 8), 0);
  const widthsPt = REVIEW_LIST_WIDTHS.map((w) => (typeof w === 'number' ? w : Math.max(40, total - fixed)));
  const head = (t: string): TableCell => ({ text: t, bold: true, alignment: 'center', fontSize: size });
  const cell = (t: string | number, col: number, align: 'left' | 'center' | 'right' = 'left'): TableCell => ({
    text: protect(String(t), { fontSize: size, maxRunPt: widthsPt[col]! }),
    fontSize: size,
    alignment: align,
  });
  const body: TableCell[][] = [
    REVIEW_LIST_COLUMNS.map(head),
    ...input.rows.map((r) => [
      cell(r.index, 0, 'center'),
      cell(r.name, 1),
      cell(r.position, 2),
      cell(r.monthsText, 3, 'center'),
      cell(r.praised || r.reminded ? `${r.praised} / ${r.reminded}` : '', 4, 'center'),
      cell(r.scoreCommon, 5, 'right'),
      cell(r.scoreTasks, 6, 'right'),
      cell(r.total, 7, 'right'),
      cell(r.selfLevel, 8),
      cell(r.proposedLevel, 9),
      cell([r.finalLevel, r.decision].filter(Boolean).join('\n'), 10),
      cell(r.note, 11),
    ]),
  ];
  if (input.rows.length === 0) body.push([{ text: 'Chưa có đảng viên trong đợt kiểm điểm.', colSpan: 12, italics: true, fontSize: size }, ...Array(11).fill({})]);
  const content: Content[] = [
    partyHeader({ superiorName: input.superiorName, unitName: input.unitName, placeDate: placeDateLine(input.placeName, input.date), orientation: 'landscape' }, style),
    titleBlock('Danh sách', reviewListSummary(input.year), style),
    {
      table: { ...TABLE_KEEP, widths: [...REVIEW_LIST_WIDTHS], body },
      layout: { paddingTop: () => 1, paddingBottom: () => 1 },
      lineHeight: 1.05,
    },
    // The closing sentence goes with the signatures: never a page of signatures only.
    keepTogether([
      paragraph(
        `Danh sách có ${input.rows.length} đảng viên; mức xếp loại theo ${input.schemeName}.`,
        style,
        { italics: true, fontSize: size + 1, margin: [0, 4, 0, 0], leadingIndent: 0 },
      ),
      signatureBlocks(undefined, { authority: 'T/M Chi bộ', title: 'Bí thư', name: input.signerName }, style),
    ], { style, orientation: 'landscape' }),
  ];
  const def = partyDocument(content, style, { title: `Danh sách xếp loại đảng viên năm ${input.year}`, author: input.unitName });
  return { ...def, pageOrientation: 'landscape' };
}
