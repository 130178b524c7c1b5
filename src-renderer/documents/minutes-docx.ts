/**
 * The minutes as an editable Word file (.docx) with the same content as the PDF: Times New
 * Roman, A4, margins from the style profile, header columns, page numbers from page 2.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
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
} from 'docx';
import { spellText, type DocumentStyleData } from '../core/documents/style';
import { isPersonColumn, minutesModel, styledEnding, type MinutesInput, type MinutesModel, type MinutesTable } from './minutes-content';
import { HEADER_GAP_PT, partyHeaderLayout, replaceUnbreakable, summaryCase, DOCX_LINE_EM } from './party-layout';

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

/** Width of the text area in twips (A4 minus the profile's margins). */
export function textWidthTwip(style: DocumentStyleData): number {
  return convertMillimetersToTwip(210 - style.marginsMm.left - style.marginsMm.right);
}

/** Integer twip widths of columns given relative widths, summing exactly to `total`. */
export function columnTwips(relative: readonly number[], total: number): number[] {
  const sum = relative.reduce((s, w) => s + w, 0);
  const out = relative.map((w) => Math.floor((w * total) / sum));
  out[out.length - 1]! += total - out.reduce((s, w) => s + w, 0);
  return out;
}

/**
 * Word and LibreOffice justify by stretching spaces and break at "-" and "/": the runs that
 * must stay whole (document numbers, dates, "đồng chí <name>") get non-breaking characters:
 * U+00A0 for spaces, U+2011 for hyphens, U+2060 (word joiner) after "/" (the runs of
 * party-layout's unbreakableRuns, as the PDF keeps them). Times New Roman and Tinos have all three glyphs.
 */
export function keepWhole(text: string): string {
  return replaceUnbreakable(text, (run) => run.replace(/ /gu, '\u00a0').replace(/-/gu, '\u2011').replace(/\//gu, '/\u2060'));
}

/** Body line spacing: "Exactly n pt" when the profile has it, else a multiple of single spacing. */
export function bodyLineSpacing(style: DocumentStyleData): { line: number; lineRule?: (typeof LineRuleType)[keyof typeof LineRuleType] } {
  return style.lineSpacingPt
    ? { line: Math.round(style.lineSpacingPt * 20), lineRule: LineRuleType.EXACT }
    : { line: Math.round(240 * style.lineHeight) };
}

function body(text: string, style: DocumentStyleData, run: { italics?: boolean } = {}, keepNext = false): Paragraph {
  return new Paragraph({
    keepNext,
    widowControl: true,
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: convertMillimetersToTwip(style.firstLineIndentMm) },
    spacing: { after: Math.round(style.paragraphSpacingPt * 20), ...bodyLineSpacing(style) },
    children: [
      new TextRun({
        text: keepWhole(spellText(text, style.uySpelling)),
        font: FONT,
        size: half(style.fontSizes.body),
        italics: run.italics,
      }),
    ],
  });
}

function heading(text: string, style: DocumentStyleData, italics = false, keep = true): Paragraph {
  return new Paragraph({
    keepNext: keep,
    keepLines: keep,
    // The body's line spacing (as in the PDF); LibreOffice left a heading at the foot of a page
    // when its line was shorter than the body's.
    spacing: { before: 80, after: 60, ...bodyLineSpacing(style) },
    children: [new TextRun({ text: spellText(text, style.uySpelling), font: FONT, size: half(style.fontSizes.body), bold: true, italics })],
  });
}

const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };

function cell(children: Paragraph[], widthTwip: number, margins?: typeof NO_MARGINS): TableCell {
  return new TableCell({ children, width: { size: widthTwip, type: WidthType.DXA }, ...(margins ? { margins } : {}) });
}

/**
 * The "TT" column at least 8 % of the width: Word and LibreOffice add 1.9 mm of cell margin on
 * each side (pdfmake 4 pt), and at the PDF's 6 % LibreOffice printed the header as "T / T".
 */
const DOCX_MIN_TT = 8;

function dataTable(t: MinutesTable, style: DocumentStyleData): Table {
  const widths = columnTwips(
    t.widths.map((w, i) => (i === 0 && t.headers[0] === 'TT' ? Math.max(w, DOCX_MIN_TT) : w)),
    textWidthTwip(style),
  );
  const size = style.fontSizes.body - 1;
  const para = (text: string, bold = false, center = false, keepNext = false) =>
    new Paragraph({
      keepNext,
      alignment: center ? AlignmentType.CENTER : AlignmentType.LEFT,
      children: [new TextRun({ text: keepWhole(text), font: FONT, size: half(size), bold })],
    });
  return new Table({
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      // The header row repeats on each page and is kept with the first row.
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: t.headers.map((h, i) => cell([para(h, true, true, true)], widths[i]!)),
      }),
      ...t.rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            // A name ("Người thực hiện") keeps the spelling it was typed with.
            children: r.map((v, i) =>
              cell([para(isPersonColumn(t.headers[i]) ? v : spellText(v, style.uySpelling), false, i === 0)], widths[i]!),
            ),
          }),
      ),
    ],
  });
}

function headerTable(model: MinutesModel, style: DocumentStyleData): Table {
  const s = style.fontSizes;
  // The same lines and column widths as the PDF (partyHeaderLayout); Word and LibreOffice set
  // these paragraphs at single spacing: a line is DOCX_LINE_EM × the font size (with the font's line gap).
  const layout = partyHeaderLayout(
    {
      superiorName: model.header.superiorName,
      unitName: model.header.unitName,
      documentNumber: model.header.numberText,
      placeDate: model.header.placeDate,
    },
    style,
  );
  const size = layout.issuerSize;
  const left: Paragraph[] = [
    ...layout.superiorLines.map((l) => line(l, { size })),
    ...layout.unitLines.map((l) => line(l, { size, bold: true })),
    line('*', { size }),
    ...(layout.numberLine ? [line(layout.numberLine, { size })] : []),
  ];
  const before = Math.max(0, layout.placeDateTopPt(DOCX_LINE_EM) - s.partyTitle * DOCX_LINE_EM);
  const right = [
    line('ĐẢNG CỘNG SẢN VIỆT NAM', { size: s.partyTitle, bold: true, underline: true }),
    ...layout.placeDateLines.map((l, i) =>
      line(l, { size: s.placeDate, italics: true }, i === 0 ? { spacing: { before: Math.round(before * 20) } } : {}),
    ),
  ];
  const widths = columnTwips(
    [layout.leftWidthPt + HEADER_GAP_PT / 2, layout.totalWidthPt - layout.leftWidthPt - HEADER_GAP_PT / 2],
    textWidthTwip(style),
  );
  return new Table({
    width: { size: textWidthTwip(style), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    // No cell margins: the columns are as wide as the PDF's (the gap is split between them).
    rows: [new TableRow({ cantSplit: true, children: [cell(left, widths[0]!, NO_MARGINS), cell(right, widths[1]!, NO_MARGINS)] })],
  });
}

function signatureTable(signatures: MinutesModel['signatures'], style: DocumentStyleData): Table {
  const size = style.fontSizes.signature;
  const keep = { keepNext: true, keepLines: true };
  const block = (title: string, name: string) => [
    line(upper(title), { size, bold: true }, keep),
    ...Array.from({ length: 4 }, () => line(' ', { size }, keep)),
    line(name || ' ', { size, bold: true }),
  ];
  const widths = columnTwips([50, 50], textWidthTwip(style));
  return new Table({
    width: { size: textWidthTwip(style), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(block(signatures.left.title, signatures.left.name), widths[0]!),
          cell(block(signatures.right.title, signatures.right.name), widths[1]!),
        ],
      }),
    ],
  });
}

/**
 * Headings and the paragraph after them in one borderless, full-width table row that cannot
 * split: LibreOffice 7.4 drops "keep with next" in some chains (seed 183 of the layout test left
 * "III. SINH HOẠT CHUYÊN ĐỀ" at the foot of page 2 with the chain 3 paragraphs long), a row
 * that cannot split moves whole in Word and LibreOffice alike. No cell margins: the text stands
 * where the body's does, and stays editable as ordinary paragraphs in Word.
 */
function keptWithHeadings(headings: Paragraph[], first: Paragraph, style: DocumentStyleData): Table {
  const width = textWidthTwip(style);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [cell([...headings, first], width, NO_MARGINS)] })],
  });
}

export function minutesDocxDocument(input: MinutesInput, style: DocumentStyleData): Document {
  const model = minutesModel(input);
  const s = style.fontSizes;
  const children: Array<Paragraph | Table> = [
    // A 1-pt empty paragraph first: with the header table as the first thing of the document,
    // LibreOffice ignores "keep with next" on page 1 and leaves headings at its foot.
    new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, children: [] }),
    headerTable(model, style),
    line(' ', { size: s.body }),
    line(upper(model.title), { size: s.title, bold: true }),
    line(keepWhole(spellText(summaryCase(model.subject), style.uySpelling)), { size: s.summary, bold: true }),
    line('---------', { size: s.body }, { spacing: { after: 200 } }),
    body(model.opening, style),
  ];
  for (const part of model.parts) {
    // The headings not yet placed, to be kept with what follows them.
    let pending: Array<{ text: string; italics: boolean }> = [{ text: part.heading, italics: false }];
    const keptHeadings = (keep: boolean) => pending.map((h) => heading(h.text, style, h.italics, keep));
    for (const section of part.sections) {
      if (section.heading) pending.push({ text: section.heading, italics: true });
      const [first, ...rest] = section.paragraphs;
      if (first !== undefined && pending.length > 0) {
        children.push(keptWithHeadings(keptHeadings(false), body(first, style), style));
        pending = [];
      } else if (first !== undefined) children.push(body(first, style));
      for (const p of rest) children.push(body(p, style));
      if (section.table) {
        // Before a table the headings keep with its header row (keepNext), which is kept with its first row.
        children.push(...keptHeadings(true), dataTable(section.table, style), line(' ', { size: 6 }));
        pending = [];
      }
      for (const p of section.after ?? []) children.push(body(p, style));
    }
    children.push(...keptHeadings(true));
  }
  // The closing paragraphs (and amendments) are kept with the signature table: never a page of
  // signatures only.
  const end = styledEnding(model, style);
  const amended = end.amendments.length > 0;
  end.closing.forEach((p, i) => children.push(body(p, style, {}, !amended || i === end.closing.length - 1)));
  if (amended) {
    children.push(heading('ĐÍNH CHÍNH SAU KHI THÔNG QUA', style));
    end.amendments.forEach((a, i) => children.push(body(a, style, { italics: true }, i === end.amendments.length - 1)));
  }
  children.push(line(' ', { size: s.body }, { keepNext: true }), signatureTable(end.signatures, style));
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
export async function buildMinutesDocx(input: MinutesInput, style: DocumentStyleData): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = await Packer.toArrayBuffer(minutesDocxDocument(input, style));
  return new Uint8Array(buffer);
}
