/**
 * The minutes of a cell meeting as a PDF in the Party layout (domain.md §4.4, §5): header with
 * "Số 01-BB/CB", BIÊN BẢN + trích yếu, opening line, composition and attendance, every content
 * section, votes with counts and percentages, closing, signatures THƯ KÝ (left) / CHỦ TRÌ (right),
 * page numbers from page 2.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { DEFAULT_DOCUMENT_STYLE, type DocumentStyleData } from '../core/documents/style';
import { paragraph, partyDocument, partyHeader, signatureBlocks, titleBlock } from './party-layout';
import { renderPdf, type RenderProgress } from './render-pdf';
import { minutesModel, sampleMinutesInput, type MinutesInput, type MinutesModel, type MinutesTable } from './minutes-content';

function table(t: MinutesTable, size: number): Content {
  const total = t.widths.reduce((s, w) => s + w, 0);
  return {
    table: {
      headerRows: 1,
      widths: t.widths.map((w) => `${(w * 100) / total}%`),
      body: [
        t.headers.map((h) => ({ text: h, bold: true, alignment: 'center' as const })),
        ...t.rows.map((r) => r.map((cell, i) => ({ text: cell, alignment: i === 0 ? ('center' as const) : ('left' as const) }))),
      ],
    },
    fontSize: size - 1,
    lineHeight: 1.1,
    margin: [0, 2, 0, 8],
  } as Content;
}

export function minutesContent(model: MinutesModel, style: DocumentStyleData = DEFAULT_DOCUMENT_STYLE): Content[] {
  const size = style.fontSizes.body;
  const content: Content[] = [
    partyHeader(
      { superiorName: model.header.superiorName, unitName: model.header.unitName, documentNumber: model.header.numberText, placeDate: model.header.placeDate },
      style,
    ),
    titleBlock(model.title, model.subject, style),
    paragraph(model.opening, style),
  ];
  for (const part of model.parts) {
    content.push({ text: part.heading, bold: true, margin: [0, 4, 0, 4] });
    for (const section of part.sections) {
      if (section.heading) content.push({ text: section.heading, bold: true, italics: true, margin: [0, 2, 0, 2] });
      for (const p of section.paragraphs) content.push(paragraph(p, style));
      if (section.table) content.push(table(section.table, size));
      for (const p of section.after ?? []) content.push(paragraph(p, style));
    }
  }
  for (const p of model.closing) content.push(paragraph(p, style));
  if (model.amendments.length > 0) {
    content.push({ text: 'ĐÍNH CHÍNH SAU KHI THÔNG QUA', bold: true, margin: [0, 6, 0, 4] });
    for (const a of model.amendments) content.push(paragraph(a, style, { italics: true }));
  }
  content.push({ text: '', margin: [0, 10, 0, 0] });
  content.push(signatureBlocks(model.signatures.left, model.signatures.right, style));
  return content;
}

/** Pure: data → pdfmake definition. */
export function minutesDefinition(input: MinutesInput, style: DocumentStyleData = DEFAULT_DOCUMENT_STYLE): TDocumentDefinitions {
  const model = minutesModel(input);
  return partyDocument(minutesContent(model, style), style, { title: `Biên bản - ${model.subject}`, subject: model.subject });
}

/** Render the minutes to PDF bytes. */
export async function buildMinutesPdf(
  input: MinutesInput,
  style: DocumentStyleData = DEFAULT_DOCUMENT_STYLE,
  onProgress?: RenderProgress,
): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await renderPdf(minutesDefinition(input, style), onProgress));
}

/**
 * Benchmark entry: the minutes PDF of a synthetic meeting with `memberCount` members (default
 * 60: 3 absent with names and reasons, 1 miễn sinh hoạt, every content section, one vote).
 */
export async function benchMinutesPdf(memberCount = 60): Promise<Uint8Array<ArrayBuffer>> {
  return buildMinutesPdf(sampleMinutesInput(memberCount));
}
