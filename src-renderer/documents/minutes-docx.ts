/**
 * The minutes as an editable Word file (.docx) with the same content as the PDF: Times New
 * Roman, A4, margins from the style profile, header columns, page numbers from page 2.
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
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
  type IParagraphOptions,
} from 'docx';
import { DEFAULT_DOCUMENT_STYLE, applyUySpelling, type DocumentStyleData } from '../core/documents/style';
import { minutesModel, type MinutesInput, type MinutesModel, type MinutesTable } from './minutes-content';

const FONT = 'Times New Roman';
const upper = (s: string) => s.normalize('NFC').trim().toLocaleUpperCase('vi');
const half = (pt: number) => Math.round(pt * 2); // docx sizes are half-points

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size: number;
  underline?: boolean;
}

function line(text: string, run: RunStyle, opts: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    ...opts,
    children: [
      new TextRun({
        text: text.normalize('NFC'),
        font: FONT,
        size: half(run.size),
        bold: run.bold,
        italics: run.italics,
        underline: run.underline ? {} : undefined,
      }),
    ],
  });
}

function body(text: string, style: DocumentStyleData, run: { italics?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: convertMillimetersToTwip(style.firstLineIndentMm) },
    spacing: { after: Math.round(style.paragraphSpacingPt * 20), line: Math.round(240 * style.lineHeight) },
    children: [new TextRun({ text: text.normalize('NFC'), font: FONT, size: half(style.fontSizes.body), italics: run.italics })],
  });
}

function heading(text: string, style: DocumentStyleData, italics = false): Paragraph {
  return new Paragraph({
    spacing: { before: 80, after: 60 },
    children: [new TextRun({ text: text.normalize('NFC'), font: FONT, size: half(style.fontSizes.body), bold: true, italics })],
  });
}

function cell(children: Paragraph[], widthPct: number): TableCell {
  return new TableCell({ children, width: { size: widthPct, type: WidthType.PERCENTAGE } });
}

function dataTable(t: MinutesTable, style: DocumentStyleData): Table {
  const total = t.widths.reduce((s, w) => s + w, 0);
  const size = style.fontSizes.body - 1;
  const para = (text: string, bold = false, center = false) =>
    new Paragraph({
      alignment: center ? AlignmentType.CENTER : AlignmentType.LEFT,
      children: [new TextRun({ text: text.normalize('NFC'), font: FONT, size: half(size), bold })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: t.headers.map((h, i) => cell([para(h, true, true)], (t.widths[i]! * 100) / total)) }),
      ...t.rows.map((r) => new TableRow({ children: r.map((v, i) => cell([para(v, false, i === 0)], (t.widths[i]! * 100) / total)) })),
    ],
  });
}

function headerTable(model: MinutesModel, style: DocumentStyleData): Table {
  const s = style.fontSizes;
  const spell = (t: string) => applyUySpelling(t, style.uySpelling);
  const left: Paragraph[] = [];
  if (model.header.superiorName.trim()) left.push(line(spell(upper(model.header.superiorName)), { size: s.issuer }));
  left.push(line(spell(upper(model.header.unitName)), { size: s.issuer, bold: true }));
  left.push(line('*', { size: s.issuer }));
  left.push(line(model.header.numberText, { size: s.issuer }));
  const right = [
    line('ĐẢNG CỘNG SẢN VIỆT NAM', { size: s.partyTitle, bold: true, underline: true }),
    line(' ', { size: 6 }),
    line(model.header.placeDate, { size: s.placeDate, italics: true }),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, 42), cell(right, 58)] })],
  });
}

function signatureTable(model: MinutesModel, style: DocumentStyleData): Table {
  const size = style.fontSizes.signature;
  const block = (title: string, name: string) => [
    line(upper(title), { size, bold: true }),
    ...Array.from({ length: 4 }, () => line(' ', { size })),
    line(name || ' ', { size, bold: true }),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(block(model.signatures.left.title, model.signatures.left.name), 50),
          cell(block(model.signatures.right.title, model.signatures.right.name), 50),
        ],
      }),
    ],
  });
}

export function minutesDocxDocument(input: MinutesInput, style: DocumentStyleData = DEFAULT_DOCUMENT_STYLE): Document {
  const model = minutesModel(input);
  const s = style.fontSizes;
  const children: Array<Paragraph | Table> = [
    headerTable(model, style),
    line(' ', { size: s.body }),
    line(upper(model.title), { size: s.title, bold: true }),
    line(model.subject, { size: s.summary, bold: true }),
    line('---------', { size: s.body }, { spacing: { after: 200 } }),
    body(model.opening, style),
  ];
  for (const part of model.parts) {
    children.push(heading(part.heading, style));
    for (const section of part.sections) {
      if (section.heading) children.push(heading(section.heading, style, true));
      for (const p of section.paragraphs) children.push(body(p, style));
      if (section.table) children.push(dataTable(section.table, style), line(' ', { size: 6 }));
      for (const p of section.after ?? []) children.push(body(p, style));
    }
  }
  for (const p of model.closing) children.push(body(p, style));
  if (model.amendments.length > 0) {
    children.push(heading('ĐÍNH CHÍNH SAU KHI THÔNG QUA', style));
    for (const a of model.amendments) children.push(body(a, style, { italics: true }));
  }
  children.push(line(' ', { size: s.body }), signatureTable(model, style));
  const m = style.marginsMm;
  return new Document({
    creator: 'Sổ Nêu Gương',
    title: `Biên bản - ${model.subject}`.normalize('NFC'),
    styles: { default: { document: { run: { font: FONT, size: half(s.body) } } } },
    sections: [
      {
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
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: half(s.pageNumber) })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/** The .docx bytes of the minutes. */
export async function buildMinutesDocx(input: MinutesInput, style: DocumentStyleData = DEFAULT_DOCUMENT_STYLE): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = await Packer.toArrayBuffer(minutesDocxDocument(input, style));
  return new Uint8Array(buffer);
}
