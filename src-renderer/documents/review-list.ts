/**
 * "DANH SÁCH kết quả kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm …" (landscape A4),
 * from the rows of core/review/list.ts. Pure: data → pdfmake definition.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { IsoDate } from '../core/model';
import { withClosingMark, type DocumentStyleData } from '../core/documents/style';
import type { ReviewListRow } from '../core/review';
import { placeDateLine } from '../core/text';
import {
  contentWidthPt,
  estimateTextWidthPt,
  KEEP_SPELLING,
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
  /** How the list names the rating rules ("Quy định số 366-QĐ/TW, ngày 30/8/2025 của Bộ Chính trị"; core/review schemeCitation). */
  schemeName: string;
  signerName?: string;
  /** The style profile in force on the document's date (core/rules documentStyleOn). */
  style: DocumentStyleData;
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

/**
 * Column widths (pt) on landscape A4; "Ghi chú" takes the rest (about 90 pt: at 45 pt a long
 * note printed one word a line). The level columns print the short codes (HTXSNV …) explained
 * in a legend under the table, so a row is one or two lines; the decision column holds the code
 * above "Số 215-QĐ/ĐU, 12/05/2021" on one line.
 */
export const REVIEW_LIST_WIDTHS = [16, 86, 60, 34, 36, 32, 32, 28, 51, 51, 118, '*'] as const;

/** Header and body sizes (pt). */
const HEADER_SIZE = 9;
const BODY_SIZE = 10;
/** Cell padding, left plus right (pdfmake's default 4 + 4 took 96 pt of the 714 over 12 columns). */
const CELL_PADDING_PT = 6;

/** "Hoàn thành xuất sắc nhiệm vụ" → "HTXSNV": the initials, upper case (the codes of SHORT_LABELS for the 2018+ labels). */
export function levelCode(label: string): string {
  const words = label.normalize('NFC').trim().split(/\s+/u).filter(Boolean);
  return words.map((w) => w.charAt(0).toLocaleUpperCase('vi')).join('');
}

/**
 * Column widths in points: at least as wide as the longest word of the header (so a header
 * never breaks inside a word, e.g. "chun|g"), "Ghi chú" taking what is left.
 */
export function reviewListWidthsPt(totalPt: number): number[] {
  const min = REVIEW_LIST_COLUMNS.map(
    (h) => Math.max(...h.split(/[\s/]+/u).map((w) => estimateTextWidthPt(w, HEADER_SIZE, true))) + CELL_PADDING_PT + 1,
  );
  const fixed = REVIEW_LIST_WIDTHS.map((w, i) => (typeof w === 'number' ? Math.max(w, min[i]!) : 0));
  const rest = totalPt - fixed.reduce((s, w) => s + w, 0) - REVIEW_LIST_WIDTHS.length * CELL_PADDING_PT;
  return REVIEW_LIST_WIDTHS.map((w, i) => (typeof w === 'number' ? fixed[i]! : Math.max(min[i]!, rest)));
}

/** "Ghi chú: HTXSNV: Hoàn thành xuất sắc nhiệm vụ; …" for the levels the list prints. */
export function reviewListLegend(rows: readonly ReviewListRow[]): string | undefined {
  const seen = new Map<string, string>();
  for (const r of rows)
    for (const label of [r.selfLevel, r.proposedLevel, r.finalLevel]) if (label.trim()) seen.set(levelCode(label), label.trim());
  if (seen.size === 0) return undefined;
  const order = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];
  const codes = [...seen.keys()].sort((x, y) => (order.indexOf(x) + 1 || 99) - (order.indexOf(y) + 1 || 99) || x.localeCompare(y, 'vi'));
  return `Ghi chú: ${codes.map((c) => `${c}: ${seen.get(c)!.toLocaleLowerCase('vi')}`).join('; ')}.`;
}

export function buildReviewListPdf(input: ReviewListInput): TDocumentDefinitions {
  const style = input.style;
  const total = contentWidthPt(style, 'landscape');
  const widthsPt = reviewListWidthsPt(total);
  const head = (t: string): TableCell => ({ text: t, bold: true, alignment: 'center', fontSize: HEADER_SIZE });
  const cell = (t: string | number, col: number, align: 'left' | 'center' | 'right' = 'left', isName = false): TableCell => ({
    text: protect(String(t), { fontSize: BODY_SIZE, maxRunPt: widthsPt[col]! - CELL_PADDING_PT }),
    fontSize: BODY_SIZE,
    alignment: align,
    // A member's name keeps the spelling it was typed with ("Thuỷ").
    ...(isName ? KEEP_SPELLING : {}),
  });
  const code = (label: string) => (label.trim() ? levelCode(label) : '');
  // The deciding body printed once under the table when every decision has the same one.
  const bodies = new Set(input.rows.filter((r) => r.decision).map((r) => r.decisionBody?.trim() ?? ''));
  const commonBody = bodies.size === 1 && !bodies.has('') ? [...bodies][0]! : undefined;
  const decisionText = (r: ReviewListRow) =>
    !r.decision
      ? ''
      : commonBody !== undefined && r.decisionRef !== undefined
        ? r.decisionRef.charAt(0).toLocaleUpperCase('vi') + r.decisionRef.slice(1)
        : r.decision;
  // A member not rated (miễn, đình chỉ, mới kết nạp) has no score nor level: the note spans
  // those empty columns and stays on one line.
  const notRated = (r: ReviewListRow) =>
    !!r.note.trim() &&
    ![r.scoreCommon, r.scoreTasks, r.total, r.selfLevel, r.proposedLevel, r.finalLevel, r.decision].some((v) => v.trim());
  const spanPt = widthsPt.slice(5).reduce((sum, w) => sum + w + CELL_PADDING_PT, -CELL_PADDING_PT);
  const spanned = (r: ReviewListRow): TableCell[] => [
    { text: protect(r.note, { fontSize: BODY_SIZE, maxRunPt: spanPt }), fontSize: BODY_SIZE, colSpan: 7, italics: true },
    ...Array.from({ length: 6 }, (): TableCell => ({ text: '' })),
  ];
  const rated = (r: ReviewListRow): TableCell[] => [
    cell(r.scoreCommon, 5, 'right'),
    cell(r.scoreTasks, 6, 'right'),
    cell(r.total, 7, 'right'),
    cell(code(r.selfLevel), 8, 'center'),
    cell(code(r.proposedLevel), 9, 'center'),
    cell([code(r.finalLevel), decisionText(r)].filter(Boolean).join('\n'), 10),
    cell(r.note, 11),
  ];
  const body: TableCell[][] = [
    REVIEW_LIST_COLUMNS.map(head),
    ...input.rows.map((r) => [
      cell(r.index, 0, 'center'),
      cell(r.name, 1, 'left', true),
      cell(r.position, 2),
      cell(r.monthsText, 3, 'center'),
      cell(r.praised || r.reminded ? `${r.praised} / ${r.reminded}` : '', 4, 'center'),
      ...(notRated(r) ? spanned(r) : rated(r)),
    ]),
  ];
  if (input.rows.length === 0)
    body.push([{ text: 'Chưa có đảng viên trong đợt kiểm điểm.', colSpan: 12, italics: true, fontSize: BODY_SIZE }, ...Array(11).fill({})]);
  const legend =
    [reviewListLegend(input.rows), commonBody && `Cấp có thẩm quyền quyết định: ${commonBody}.`].filter(Boolean).join(' ') || undefined;
  const small = { italics: true, fontSize: BODY_SIZE + 1, leadingIndent: 0 };
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
    titleBlock('Danh sách', reviewListSummary(input.year), style),
    {
      table: { ...TABLE_KEEP, widths: widthsPt, body },
      layout: {
        paddingTop: () => 1,
        paddingBottom: () => 1,
        paddingLeft: () => CELL_PADDING_PT / 2,
        paddingRight: () => CELL_PADDING_PT / 2,
      },
      lineHeight: 1.05,
    },
    // The legend and the closing sentence go with the signatures: never a page of signatures only.
    keepTogether(
      [
        ...(legend ? [paragraph(legend, style, { ...small, margin: [0, 4, 0, 0] })] : []),
        paragraph(withClosingMark(`Danh sách có ${input.rows.length} đảng viên; mức xếp loại theo ${input.schemeName}.`, style), style, {
          ...small,
          margin: [0, legend ? 0 : 4, 0, 0],
        }),
        signatureBlocks(undefined, { authority: 'T/M Chi bộ', title: 'Bí thư', name: input.signerName }, style),
      ],
      { style, orientation: 'landscape' },
    ),
  ];
  const def = partyDocument(content, style, { title: `Danh sách xếp loại đảng viên năm ${input.year}`, author: input.unitName });
  return { ...def, pageOrientation: 'landscape' };
}
