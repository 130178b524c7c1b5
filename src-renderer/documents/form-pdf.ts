/**
 * A Party form model (form-model.ts) as pdfmake content in the Party layout: the form code at
 * the top right, the header of party-layout.ts, the title, body headings kept with what follows
 * them, paragraphs with document numbers kept whole, dotted lines to fill by hand, level boxes,
 * and each closing group kept on one page with its signatures. Pure: model → definition.
 */
import type { Column, Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DocumentStyleData } from '../core/documents/style';
import { isRecipients, type FormBlock, type FormClosing, type FormModel } from './form-model';
import {
  contentWidthPt,
  heading,
  keepTogether,
  paragraph,
  partyDocument,
  partyDocumentBatch,
  partyHeader,
  protect,
  recipients,
  signatureBlocks,
  type SignatureSlot,
} from './party-layout';

const upper = (s: string) => s.normalize('NFC').trim().toLocaleUpperCase('vi');

/** One line of "……" as wide as the text (Tinos' ellipsis is 1 em wide). */
export function dottedLine(style: DocumentStyleData, indentPt = 0): string {
  const size = style.fontSizes.body;
  return '…'.repeat(Math.max(4, Math.floor((contentWidthPt(style) - indentPt) / size) - 1));
}

function titleStack(model: FormModel, style: DocumentStyleData): Content {
  const stack: Content[] = [{ text: upper(model.title), bold: true, fontSize: style.fontSizes.title, alignment: 'center' }];
  for (const line of model.summary)
    if (line.trim()) stack.push({ text: protect(line.trim()), bold: true, fontSize: style.fontSizes.summary, alignment: 'center' });
  if (model.audience) stack.push({ text: model.audience, italics: true, fontSize: style.fontSizes.body - 1, alignment: 'center' });
  stack.push({
    columns: [
      { width: '*', text: '' },
      { width: 60, canvas: [{ type: 'line', x1: 0, y1: 4, x2: 60, y2: 4, lineWidth: 0.6 }] },
      { width: '*', text: '' },
    ],
    margin: [0, 3, 0, 0],
  });
  return { stack, margin: [0, 0, 0, model.recipient ? 8 : 14] };
}

function box(checked: boolean): Column {
  const s = 10;
  const y = 4;
  return {
    width: 18,
    canvas: [
      { type: 'rect', x: 0, y, w: s, h: s, lineWidth: 0.8 },
      ...(checked
        ? [
            { type: 'line' as const, x1: 1.8, y1: y + 1.8, x2: s - 1.8, y2: y + s - 1.8, lineWidth: 1.2 },
            { type: 'line' as const, x1: s - 1.8, y1: y + 1.8, x2: 1.8, y2: y + s - 1.8, lineWidth: 1.2 },
          ]
        : []),
    ],
  };
}

/** pdfmake content of one block; `plainHeadings` inside blocks kept together (no page-break rule there). */
function block(b: FormBlock, style: DocumentStyleData, plainHeadings: boolean): Content[] {
  switch (b.kind) {
    case 'heading': {
      const italics = b.level === 3;
      const margin: [number, number, number, number] = b.level === 1 ? [0, 8, 0, 4] : b.level === 2 ? [0, 4, 0, 3] : [0, 2, 0, 2];
      if (plainHeadings) return [{ text: protect(b.text), bold: true, italics, margin, alignment: 'justify' }];
      return [heading([{ text: b.text, italics }], style, { margin, alignment: 'justify' })];
    }
    case 'paragraph':
      return [paragraph(b.text, style, b.italics ? { italics: true } : {})];
    case 'blank':
      return Array.from({ length: b.lines }, () => ({ text: dottedLine(style), color: '#444444', margin: [0, 0, 0, 2] }) as Content);
    case 'fields':
      return [
        {
          stack: b.fields.map((f): Content => ({
            text: [
              { text: `${f.label}: ` },
              f.value?.trim() ? { text: protect(f.value.trim()), bold: f.bold === true } : { text: '……………………………………………', color: '#444444' },
            ],
            margin: [0, 0, 0, 2],
          })),
          margin: [0, 0, 0, 8],
        },
      ];
    case 'boxes':
      return [
        {
          stack: b.options.map((o): Content => ({ columns: [box(o.checked), { width: '*', text: o.label }], margin: [14, 0, 0, 3] })),
          margin: [0, 2, 0, 4],
        },
      ];
  }
}

function closing(c: FormClosing, style: DocumentStyleData, first: boolean): Content {
  const left: SignatureSlot | undefined =
    c.left === undefined ? undefined : isRecipients(c.left) ? { content: recipients(c.left.recipients, style) } : c.left;
  // A later group (the chi ủy's comment) stands clear of the signature above it.
  return {
    ...(keepTogether([...c.blocks.flatMap((b) => block(b, style, true)), signatureBlocks(left, c.right, style)], { style }) as object),
    margin: [0, first ? 0 : 18, 0, 0],
  } as Content;
}

/** The form's content (header to the last signature), for a single or a batch document. */
export function formContent(model: FormModel, style: DocumentStyleData): Content[] {
  const out: Content[] = [];
  if (model.formCode) out.push({ text: model.formCode, italics: true, fontSize: 11, alignment: 'right', margin: [0, -8, 0, 2] });
  out.push(partyHeader({ ...model.header }, style));
  out.push(titleStack(model, style));
  if (model.recipient) out.push({ text: model.recipient, alignment: 'center', margin: [0, 0, 0, 12] });
  for (const b of model.body) out.push(...block(b, style, false));
  model.closings.forEach((c, i) => out.push(closing(c, style, i === 0)));
  return out;
}

export function formDocument(model: FormModel, style: DocumentStyleData): TDocumentDefinitions {
  return partyDocument(formContent(model, style), style, { title: model.meta.title });
}

/** Several forms in one PDF: each starts on a new page with its own page numbers. */
export function formBatchDocument(models: readonly FormModel[], title: string, style: DocumentStyleData): TDocumentDefinitions {
  return partyDocumentBatch(
    models.map((m) => formContent(m, style)),
    style,
    { title },
  );
}

/** Render forms to PDF bytes (one form, or the whole cell with a page break between members). */
export async function renderFormsPdf(
  models: readonly FormModel[],
  title: string,
  style: DocumentStyleData,
): Promise<Uint8Array<ArrayBuffer>> {
  const { renderPdf } = await import('./render-pdf');
  return renderPdf(models.length === 1 ? formDocument(models[0]!, style) : formBatchDocument(models, title, style));
}
