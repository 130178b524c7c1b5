/**
 * The minutes of a cell meeting as a PDF in the Party layout (domain.md §4.4, §5): header with
 * "Số 01-BB/CB", BIÊN BẢN + trích yếu, opening line, composition and attendance, every content
 * section, votes with counts and percentages, closing, signatures THƯ KÝ (left) / CHỦ TRÌ (right),
 * page numbers from page 2.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { DOCUMENT_STYLE_BY_DATE, type DocumentStyleData } from '../core/documents/style';
import { documentStyleOn } from '../core/rules';
import {
  contentWidthPt,
  estimateRowHeight,
  heading,
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
import { renderPdf, type RenderProgress } from './render-pdf';
import {
  isPersonColumn,
  minutesModel,
  sampleMinutesInput,
  styledEnding,
  type MinutesInput,
  type MinutesModel,
  type MinutesSection,
  type MinutesTable,
} from './minutes-content';

/** Printable width of a table column in points (for keeping numbers whole inside cells). */
function columnWidthsPt(t: MinutesTable, style: DocumentStyleData): number[] {
  const total = t.widths.reduce((s, w) => s + w, 0);
  const width = contentWidthPt(style);
  return t.widths.map((w) => (w * width) / total);
}

function table(t: MinutesTable, style: DocumentStyleData): Content {
  const size = style.fontSizes.body - 1;
  const widths = columnWidthsPt(t, style);
  return {
    table: {
      ...TABLE_KEEP,
      widths: t.widths.map((w) => `${(w * 100) / t.widths.reduce((s, x) => s + x, 0)}%`),
      body: [
        t.headers.map((h) => ({ text: h, bold: true, alignment: 'center' as const })),
        ...t.rows.map((r) =>
          r.map((cell, i) => ({
            text: protect(cell, { fontSize: size, maxRunPt: widths[i]! - 8 }),
            alignment: i === 0 ? ('center' as const) : ('left' as const),
            // "Người thực hiện" may hold a name: it keeps the spelling it was typed with.
            ...(isPersonColumn(t.headers[i]) ? KEEP_SPELLING : {}),
          })),
        ),
      ],
    },
    fontSize: size,
    lineHeight: 1.1,
    margin: [0, 2, 0, 8],
  } as Content;
}

/** Headings of a part and its first section, joined so neither is left at the foot of a page. */
function sectionHeading(
  lines: Array<{ text: string; italics?: boolean }>,
  first: boolean,
  style: DocumentStyleData,
  next?: MinutesSection,
): Content {
  let followPt: number | undefined;
  if (next && next.paragraphs.length === 0 && next.table) {
    const t = next.table;
    const size = style.fontSizes.body - 1;
    const widths = columnWidthsPt(t, style);
    followPt = 2 + estimateRowHeight(t.headers, widths, size, 1.1, true) + estimateRowHeight(t.rows[0] ?? [], widths, size, 1.1);
  }
  return heading(lines, style, { margin: first ? [0, 4, 0, 4] : [0, 2, 0, 2], ...(followPt ? { followPt } : {}) });
}

export function minutesContent(model: MinutesModel, style: DocumentStyleData): Content[] {
  const content: Content[] = [
    partyHeader(
      {
        superiorName: model.header.superiorName,
        unitName: model.header.unitName,
        documentNumber: model.header.numberText,
        placeDate: model.header.placeDate,
      },
      style,
    ),
    titleBlock(model.title, model.subject, style),
    paragraph(model.opening, style),
  ];
  for (const part of model.parts) {
    let pending: Array<{ text: string; italics?: boolean }> = [{ text: part.heading }];
    for (const section of part.sections) {
      if (section.heading) pending.push({ text: section.heading, italics: true });
      if (pending.length > 0) {
        content.push(sectionHeading(pending, pending[0]!.text === part.heading, style, section));
        pending = [];
      }
      for (const p of section.paragraphs) content.push(paragraph(p, style));
      if (section.table) content.push(table(section.table, style));
      for (const p of section.after ?? []) content.push(paragraph(p, style));
    }
    if (pending.length > 0) content.push(sectionHeading(pending, true, style));
  }
  // The last paragraphs and the signatures stay on one page: never a page of signatures only.
  const end = styledEnding(model, style);
  const ending: Content[] = end.closing.map((p) => paragraph(p, style));
  if (end.amendments.length > 0) {
    content.push(...ending.splice(0));
    const title = heading(['ĐÍNH CHÍNH SAU KHI THÔNG QUA'], style, { margin: [0, 6, 0, 4] });
    const amendments = end.amendments.map((a) => paragraph(a, style, { italics: true }));
    // With one amendment the heading goes with it into the block kept with the signatures.
    // (A heading rule inside an unbreakable block would break inside it: plain bold there.)
    if (amendments.length > 1) content.push(title, ...amendments.slice(0, -1));
    else ending.push({ text: 'ĐÍNH CHÍNH SAU KHI THÔNG QUA', bold: true, margin: [0, 6, 0, 4] });
    ending.push(amendments.at(-1)!);
  }
  content.push(keepTogether([...ending, signatureBlocks(end.signatures.left, end.signatures.right, style)], { style }));
  return content;
}

/** Pure: data → pdfmake definition. */
export function minutesDefinition(input: MinutesInput, style: DocumentStyleData): TDocumentDefinitions {
  const model = minutesModel(input);
  return partyDocument(minutesContent(model, style), style, { title: `Biên bản - ${model.subject}`, subject: model.subject });
}

/** Render the minutes to PDF bytes. */
export async function buildMinutesPdf(
  input: MinutesInput,
  style: DocumentStyleData,
  onProgress?: RenderProgress,
): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await renderPdf(minutesDefinition(input, style), onProgress));
}

/**
 * Benchmark entry: the minutes PDF of a synthetic meeting with `memberCount` members (default
 * 60: 3 absent with names and reasons, 1 miễn sinh hoạt, every content section, one vote).
 */
export async function benchMinutesPdf(memberCount = 60): Promise<Uint8Array<ArrayBuffer>> {
  const input = sampleMinutesInput(memberCount);
  return buildMinutesPdf(input, documentStyleOn(input.meeting.date, [], { documentStyleCode: DOCUMENT_STYLE_BY_DATE }).data);
}
