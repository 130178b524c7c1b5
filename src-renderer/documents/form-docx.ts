/**
 * A Party form model (form-model.ts) as an editable Word file (.docx), the same content as the
 * PDF (form-pdf.ts): Times New Roman, A4, margins from the style profile, header columns with
 * real widths, headings kept with the next paragraph, dotted lines the member types over, level
 * boxes ☐ / ☒, each closing group kept with its signature table, page numbers from page 2.
 * Several forms: one section each (new page, own page numbers). Patterns of minutes-docx.ts.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
  type IParagraphOptions,
  type ISectionOptions,
} from 'docx';
import { applyUySpelling, type DocumentStyleData } from '../core/documents/style';
import { isRecipients, type FormBlock, type FormClosing, type FormLeftSlot, type FormModel } from './form-model';
import { columnTwips, keepWhole, textWidthTwip } from './minutes-docx';
import { HEADER_GAP_PT, PARTY_TITLE, DOCX_LINE_EM, partyHeaderLayout, type SignatureBlock } from './party-layout';

const FONT = 'Times New Roman';
/** Windows' symbol font (Word) for the boxes; LibreOffice substitutes a font that has them. */
const BOX_FONT = 'Segoe UI Symbol';
export const BOX_EMPTY = '☐';
export const BOX_CHECKED = '☒';
const upper = (s: string) => s.normalize('NFC').trim().toLocaleUpperCase('vi');
const half = (pt: number) => Math.round(pt * 2);

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  color?: string;
}

function run(text: string, r: RunStyle): TextRun {
  return new TextRun({
    text: keepWhole(text),
    font: FONT,
    size: half(r.size),
    bold: r.bold,
    italics: r.italics,
    underline: r.underline ? {} : undefined,
    color: r.color,
  });
}

function centred(text: string, r: RunStyle, opts: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, ...opts, children: [run(text, r)] });
}

function cell(children: Paragraph[], widthTwip: number): TableCell {
  return new TableCell({ children, width: { size: widthTwip, type: WidthType.DXA } });
}

/** Dotted line as wide as the text (Times New Roman's ellipsis is 1 em). */
function dots(style: DocumentStyleData): string {
  const widthPt = textWidthTwip(style) / 20;
  return '…'.repeat(Math.max(4, Math.floor(widthPt / style.fontSizes.body) - 1));
}

const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };

/**
 * The header as the PDF lays it out (partyHeaderLayout, shared with the minutes .docx): the same
 * lines — a long superior or unit name broken between word groups, never by Word inside "ỦY BAN"
 * —, the same column widths (the gap split between the two cells, no cell margins) and the
 * place-date line on the baseline of the left column's last line ("Số …" or "*").
 */
function headerTable(model: FormModel, style: DocumentStyleData): Table {
  const s = style.fontSizes;
  const h = model.header;
  const layout = partyHeaderLayout(
    { superiorName: h.superiorName, unitName: h.unitName, documentNumber: h.documentNumber, placeDate: h.placeDate },
    style,
  );
  const size = layout.issuerSize;
  const left: Paragraph[] = [
    ...layout.superiorLines.map((l) => centred(l, { size })),
    ...layout.unitLines.map((l) => centred(l, { size, bold: true })),
    centred('*', { size }),
    ...(layout.numberLine ? [centred(layout.numberLine, { size })] : []),
  ];
  const before = Math.max(0, layout.placeDateTopPt(DOCX_LINE_EM) - s.partyTitle * DOCX_LINE_EM);
  const right = [
    centred(PARTY_TITLE, { size: s.partyTitle, bold: true, underline: true }),
    ...layout.placeDateLines.map((l, i) =>
      centred(l, { size: s.placeDate, italics: true }, i === 0 ? { spacing: { before: Math.round(before * 20) } } : {}),
    ),
  ];
  const total = textWidthTwip(style);
  const widths = columnTwips([layout.leftWidthPt + HEADER_GAP_PT / 2, layout.totalWidthPt - layout.leftWidthPt - HEADER_GAP_PT / 2], total);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ children: left, width: { size: widths[0]!, type: WidthType.DXA }, margins: NO_MARGINS }),
          new TableCell({ children: right, width: { size: widths[1]!, type: WidthType.DXA }, margins: NO_MARGINS }),
        ],
      }),
    ],
  });
}

function titleParagraphs(model: FormModel, style: DocumentStyleData): Paragraph[] {
  const s = style.fontSizes;
  const out = [centred(' ', { size: s.body }), centred(upper(model.title), { size: s.title, bold: true })];
  for (const line of model.summary) if (line.trim()) out.push(centred(line.trim(), { size: s.summary, bold: true }));
  if (model.audience) out.push(centred(model.audience, { size: s.body - 1, italics: true }));
  // A short rule beneath: the bottom border of an empty paragraph indented to 60 pt.
  const side = Math.round((textWidthTwip(style) - 1200) / 2);
  out.push(
    new Paragraph({
      indent: { left: side, right: side },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
      spacing: { after: model.recipient ? 160 : 280 },
      children: [],
    }),
  );
  if (model.recipient) out.push(centred(model.recipient, { size: s.body }, { spacing: { after: 240 } }));
  return out;
}

function blockParagraphs(b: FormBlock, style: DocumentStyleData, keepNext: boolean): Paragraph[] {
  const size = style.fontSizes.body;
  const line = Math.round(240 * style.lineHeight);
  switch (b.kind) {
    case 'heading':
      return [
        new Paragraph({
          keepNext: true,
          keepLines: true,
          alignment: AlignmentType.JUSTIFIED,
          spacing: { before: b.level === 1 ? 160 : 80, after: 60, line },
          children: [run(b.text, { size, bold: true, italics: b.level === 3 })],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          keepNext,
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: convertMillimetersToTwip(style.firstLineIndentMm) },
          spacing: { after: Math.round(style.paragraphSpacingPt * 20), line },
          children: [run(b.text, { size, italics: b.italics })],
        }),
      ];
    case 'blank':
      return Array.from(
        { length: b.lines },
        () => new Paragraph({ keepNext, spacing: { after: 40, line }, children: [run(dots(style), { size, color: '444444' })] }),
      );
    case 'fields':
      return b.fields.map(
        (f, i) =>
          new Paragraph({
            keepNext,
            spacing: { after: i === b.fields.length - 1 ? 160 : 40, line },
            children: [
              run(`${f.label}: `, { size }),
              f.value?.trim() ? run(f.value.trim(), { size, bold: f.bold }) : run('……………………………………………', { size, color: '444444' }),
            ],
          }),
      );
    case 'boxes':
      return b.options.map(
        (o) =>
          new Paragraph({
            keepNext,
            indent: { left: 400 },
            spacing: { after: 40, line },
            children: [
              new TextRun({ text: o.checked ? BOX_CHECKED : BOX_EMPTY, font: BOX_FONT, size: half(size) }),
              run(` ${o.label}`, { size }),
            ],
          }),
      );
  }
}

function signatureParagraphs(slot: FormLeftSlot | undefined, style: DocumentStyleData, padLines: number): Paragraph[] {
  const size = style.fontSizes.signature;
  const keep = { keepNext: true, keepLines: true };
  if (slot === undefined) return [new Paragraph({ children: [] })];
  if (isRecipients(slot)) {
    const rs = style.fontSizes.recipients;
    const lines = slot.recipients
      .map((l) =>
        l
          .normalize('NFC')
          .trim()
          .replace(/^[-–]\s*/u, '')
          .replace(/[,;.]$/u, ''),
      )
      .filter(Boolean);
    return [
      new Paragraph({ ...keep, children: [run('Nơi nhận:', { size: rs, bold: true, italics: true, underline: true })] }),
      ...lines.map(
        (l, i) =>
          new Paragraph({
            ...(i < lines.length - 1 ? keep : {}),
            children: [
              run(`- ${applyUySpelling(l, style.uySpelling)}${i === lines.length - 1 ? '.' : style.recipientSeparator}`, { size: rs - 1 }),
            ],
          }),
      ),
    ];
  }
  const b: SignatureBlock = slot;
  const out: Paragraph[] = [];
  if (b.heading) out.push(centred(upper(b.heading), { size, bold: true }, keep));
  if (b.authority) out.push(centred(upper(b.authority), { size, bold: true }, keep));
  out.push(centred(upper(b.title), { size, bold: true }, keep));
  if (b.note) out.push(centred(b.note, { size: size - 1, italics: true }, keep));
  for (let i = 0; i < 4 + padLines; i++) out.push(centred(' ', { size }, keep));
  out.push(centred(b.name?.trim() || ' ', { size, bold: true }));
  return out;
}

const headLines = (slot?: FormLeftSlot) =>
  slot === undefined || isRecipients(slot) ? 0 : (slot.heading ? 1 : 0) + (slot.authority ? 1 : 0) + 1 + (slot.note ? 1 : 0);

function closingChildren(c: FormClosing, style: DocumentStyleData, first: boolean): Array<Paragraph | Table> {
  const widths = columnTwips([50, 50], textWidthTwip(style));
  const lines = Math.max(headLines(c.left), headLines(c.right));
  const table = new Table({
    width: { size: textWidthTwip(style), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(signatureParagraphs(c.left, style, lines - headLines(c.left)), widths[0]!),
          cell(signatureParagraphs(c.right, style, lines - headLines(c.right)), widths[1]!),
        ],
      }),
    ],
  });
  // Every paragraph of the group is kept with the next one, down to the signature table.
  return [
    ...(first ? [] : [new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [] })]),
    ...c.blocks.flatMap((b) => blockParagraphs(b, style, true)),
    new Paragraph({ keepNext: true, children: [] }),
    table,
  ];
}

/** The body of one form (header to the last signature). */
export function formDocxChildren(model: FormModel, style: DocumentStyleData): Array<Paragraph | Table> {
  const children: Array<Paragraph | Table> = [];
  if (model.formCode)
    children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(model.formCode, { size: 11, italics: true })] }));
  children.push(headerTable(model, style), ...titleParagraphs(model, style));
  for (const b of model.body) children.push(...blockParagraphs(b, style, false));
  model.closings.forEach((c, i) => children.push(...closingChildren(c, style, i === 0)));
  return children;
}

function section(children: Array<Paragraph | Table>, style: DocumentStyleData): ISectionOptions {
  const m = style.marginsMm;
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
        margin: {
          top: convertMillimetersToTwip(m.top),
          bottom: convertMillimetersToTwip(m.bottom),
          left: convertMillimetersToTwip(m.left),
          right: convertMillimetersToTwip(m.right),
          header: convertMillimetersToTwip(style.pageNumberTopMm),
        },
        pageNumbers: { start: 1 },
      },
    },
    headers: {
      first: new Header({ children: [new Paragraph({ children: [] })] }),
      default: new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: half(style.fontSizes.pageNumber) })],
          }),
        ],
      }),
    },
    children,
  };
}

/** One or several forms as a Word document (one section per form). */
export function formsDocxDocument(models: readonly FormModel[], title: string, style: DocumentStyleData): Document {
  return new Document({
    creator: 'Sổ Nêu Gương',
    title: title.normalize('NFC'),
    styles: { default: { document: { run: { font: FONT, size: half(style.fontSizes.body) } } } },
    sections: models.map((m) => section(formDocxChildren(m, style), style)),
  });
}

/** The .docx bytes of one or several forms. */
export async function buildFormsDocx(
  models: readonly FormModel[],
  title: string,
  style: DocumentStyleData,
): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(formsDocxDocument(models, title, style)));
}
