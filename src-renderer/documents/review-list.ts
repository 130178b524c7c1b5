/**
 * "DANH SÁCH kết quả kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm …" (landscape A4),
 * from the rows of core/review/list.ts. Pure: data → pdfmake definition.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { IsoDate } from '../core/model';
import { DEFAULT_DOCUMENT_STYLE, type DocumentStyleData } from '../core/documents/style';
import type { ReviewListRow } from '../core/review';
import { placeDateLine } from '../core/text';
import { partyDocument, partyHeader, signatureBlocks, titleBlock } from './party-layout';

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

export function buildReviewListPdf(input: ReviewListInput): TDocumentDefinitions {
  const style = input.style ?? DEFAULT_DOCUMENT_STYLE;
  const size = 10;
  const head = (t: string): TableCell => ({ text: t, bold: true, alignment: 'center', fontSize: size });
  const cell = (t: string | number, align: 'left' | 'center' | 'right' = 'left'): TableCell => ({ text: String(t), fontSize: size, alignment: align });
  const body: TableCell[][] = [
    REVIEW_LIST_COLUMNS.map(head),
    ...input.rows.map((r) => [
      cell(r.index, 'center'),
      cell(r.name),
      cell(r.position),
      cell(r.monthsText, 'center'),
      cell(r.praised || r.reminded ? `${r.praised} / ${r.reminded}` : '', 'center'),
      cell(r.scoreCommon, 'right'),
      cell(r.scoreTasks, 'right'),
      cell(r.total, 'right'),
      cell(r.selfLevel),
      cell(r.proposedLevel),
      cell([r.finalLevel, r.decision].filter(Boolean).join('\n')),
      cell(r.note),
    ]),
  ];
  if (input.rows.length === 0) body.push([{ text: 'Chưa có đảng viên trong đợt kiểm điểm.', colSpan: 12, italics: true, fontSize: size }, ...Array(11).fill({})]);
  const content: Content[] = [
    partyHeader({ superiorName: input.superiorName, unitName: input.unitName, placeDate: placeDateLine(input.placeName, input.date) }, style),
    titleBlock('Danh sách', `kết quả kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm ${input.year}`, style),
    {
      table: { headerRows: 1, widths: [16, 90, 50, 36, 40, 34, 34, 32, 62, 62, 90, '*'], body, dontBreakRows: true },
    },
    { text: `Mức xếp loại theo ${input.schemeName}.`, italics: true, fontSize: size, margin: [0, 4, 0, 0] },
    signatureBlocks(undefined, { authority: 'T/M Chi bộ', title: 'Bí thư', name: input.signerName }, style),
  ];
  const def = partyDocument(content, style, { title: `Danh sách xếp loại đảng viên năm ${input.year}`, author: input.unitName });
  return { ...def, pageOrientation: 'landscape' };
}
