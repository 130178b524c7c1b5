/**
 * Party document layout (domain.md §5) as pure pdfmake builders: header, title, signature
 * blocks, Nơi nhận, and the page set-up (A4, margins from the style profile, Tinos, page
 * numbers centred at the top from page 2). Every string is NFC-normalised by partyDocument().
 *
 * Nothing here renders: render-pdf.ts turns the definition into bytes.
 */
import type {
  Content,
  ContentSection,
  DynamicContent,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import {
  applyUySpelling,
  DEFAULT_DOCUMENT_STYLE,
  mmToPt,
  type DocumentStyleData,
} from '../core/documents/style';

/** Font family registered by render-pdf.ts (Tinos: Times New Roman metrics, full Vietnamese). */
export const PARTY_FONT = 'Tinos';

/** A4 in points. */
export const A4_PT = { width: 595.28, height: 841.89 } as const;

export const PARTY_TITLE = 'ĐẢNG CỘNG SẢN VIỆT NAM';

const upper = (s: string) => s.normalize('NFC').trim().toLocaleUpperCase('vi');

export interface PartyHeaderInput {
  /** Đảng bộ cấp trên trực tiếp, e.g. "Đảng bộ các cơ quan Đảng tỉnh" (printed upper case, not bold). */
  superiorName: string;
  /** Issuing unit, e.g. "Chi bộ Sở Tư pháp" (printed upper case, bold). */
  unitName: string;
  /** "Số 01-BB/CB" (see formatDocumentNumber); omitted when the document has no number. */
  documentNumber?: string;
  /** "Ninh Thuận, ngày 05 tháng 02 năm 2026" (see placeDateLine in core/text). */
  placeDate: string;
}

/** Approximate width of "ĐẢNG CỘNG SẢN VIỆT NAM" in Tinos bold, per point of font size. */
const PARTY_TITLE_WIDTH_PER_PT = 14.2;

/**
 * The two-column header: left superior / unit / * / number; right "ĐẢNG CỘNG SẢN VIỆT NAM"
 * with a rule beneath and the italic place-date line.
 */
export function partyHeader(input: PartyHeaderInput, style: DocumentStyleData = DEFAULT_DOCUMENT_STYLE): Content {
  const sizes = style.fontSizes;
  const spell = (s: string) => applyUySpelling(s, style.uySpelling);
  const left: Content[] = [];
  if (input.superiorName.trim()) {
    left.push({ text: spell(upper(input.superiorName)), fontSize: sizes.issuer, alignment: 'center' });
  }
  left.push({ text: spell(upper(input.unitName)), bold: true, fontSize: sizes.issuer, alignment: 'center' });
  left.push({ text: '*', alignment: 'center', fontSize: sizes.issuer });
  if (input.documentNumber?.trim()) {
    left.push({ text: input.documentNumber.trim(), alignment: 'center', fontSize: sizes.issuer });
  }
  const ruleWidth = Math.round(sizes.partyTitle * PARTY_TITLE_WIDTH_PER_PT);
  const right: Content[] = [
    { text: PARTY_TITLE, bold: true, fontSize: sizes.partyTitle, alignment: 'center' },
    {
      columns: [
        { width: '*', text: '' },
        { width: ruleWidth, canvas: [{ type: 'line', x1: 0, y1: 1, x2: ruleWidth, y2: 1, lineWidth: 0.6 }] },
        { width: '*', text: '' },
      ],
      margin: [0, 0, 0, 8],
    },
    { text: input.placeDate, italics: true, fontSize: sizes.placeDate, alignment: 'center' },
  ];
  return {
    columns: [
      { width: '42%', stack: left },
      { width: '58%', stack: right },
    ],
    columnGap: 6,
    margin: [0, 0, 0, 18],
  };
}

/**
 * Tên loại (upper case, bold) and the trích yếu (bold) with a short rule beneath.
 * `summary` may have several lines (array).
 */
export function titleBlock(
  title: string,
  summary?: string | string[],
  style: DocumentStyleData = DEFAULT_DOCUMENT_STYLE,
): Content {
  const stack: Content[] = [
    { text: upper(title), bold: true, fontSize: style.fontSizes.title, alignment: 'center' },
  ];
  const lines = summary === undefined ? [] : Array.isArray(summary) ? summary : [summary];
  for (const line of lines) {
    if (line.trim()) stack.push({ text: line.trim(), bold: true, fontSize: style.fontSizes.summary, alignment: 'center' });
  }
  stack.push({
    columns: [
      { width: '*', text: '' },
      { width: 60, canvas: [{ type: 'line', x1: 0, y1: 4, x2: 60, y2: 4, lineWidth: 0.6 }] },
      { width: '*', text: '' },
    ],
  });
  return { stack, margin: [0, 0, 0, 14] };
}

export interface SignatureBlock {
  /** A heading above the authority, e.g. "XÁC NHẬN CỦA CHI BỘ". */
  heading?: string;
  /** "T/M CHI BỘ", "T/M CHI ỦY" … */
  authority?: string;
  /** "BÍ THƯ", "THƯ KÝ", "NGƯỜI ĐĂNG KÝ" … */
  title: string;
  /** Full name (bold); empty leaves the line for a hand-written name. */
  name?: string;
  /** Italic note under the title, e.g. "(Ký, ghi rõ họ tên)". */
  note?: string;
}

/** A slot in the signature row: a signature block, or any content (e.g. recipients()). */
export type SignatureSlot = SignatureBlock | { content: Content };

function isBlock(slot: SignatureSlot): slot is SignatureBlock {
  return typeof (slot as SignatureBlock).title === 'string';
}

function headLines(block: SignatureBlock): number {
  return (block.heading ? 1 : 0) + (block.authority ? 1 : 0) + 1 + (block.note ? 1 : 0);
}

function signatureStack(block: SignatureBlock, style: DocumentStyleData, padLines = 0): Content {
  const size = style.fontSizes.signature;
  const stack: Content[] = [];
  if (block.heading) stack.push({ text: upper(block.heading), bold: true, fontSize: size, alignment: 'center' });
  if (block.authority) stack.push({ text: upper(block.authority), bold: true, fontSize: size, alignment: 'center' });
  stack.push({ text: upper(block.title), bold: true, fontSize: size, alignment: 'center' });
  if (block.note) stack.push({ text: block.note, italics: true, fontSize: size - 1, alignment: 'center' });
  // Room to sign; the shorter of two blocks gets extra room so both names share a line.
  for (let i = 0; i < padLines; i++) stack.push({ text: ' ', fontSize: size });
  stack.push({ text: ' ', fontSize: size, margin: [0, 0, 0, 56] });
  stack.push({ text: block.name?.trim() ? block.name.trim() : ' ', bold: true, fontSize: size, alignment: 'center' });
  return { stack, unbreakable: true };
}

/** Two signature slots side by side (left and right halves); either may be omitted. */
export function signatureBlocks(
  left?: SignatureSlot,
  right?: SignatureSlot,
  style: DocumentStyleData = DEFAULT_DOCUMENT_STYLE,
): Content {
  const lines = Math.max(...[left, right].map((s) => (s && isBlock(s) ? headLines(s) : 0)));
  const render = (slot?: SignatureSlot): Content =>
    slot === undefined ? { text: '' } : isBlock(slot) ? signatureStack(slot, style, lines - headLines(slot)) : slot.content;
  return {
    columns: [
      { width: '50%', stack: [render(left)] },
      { width: '50%', stack: [render(right)] },
    ],
    columnGap: 8,
    margin: [0, 16, 0, 0],
    unbreakable: true,
  };
}

/**
 * "Nơi nhận:" (bold italic, underlined) with one recipient per line starting with "- ",
 * items ending with the profile's separator and the last line ending with ".".
 * Lines are given without the dash and the ending, e.g. ["Ban Thường vụ Đảng ủy …", "Lưu Chi bộ"].
 */
export function recipients(lines: readonly string[], style: DocumentStyleData = DEFAULT_DOCUMENT_STYLE): Content {
  const size = style.fontSizes.recipients;
  const clean = lines.map((l) => l.normalize('NFC').trim().replace(/^[-–]\s*/u, '').replace(/[,;.]$/u, '')).filter(Boolean);
  return {
    stack: [
      { text: 'Nơi nhận:', bold: true, italics: true, decoration: 'underline', fontSize: size },
      ...clean.map(
        (line, i): Content => ({
          text: `- ${applyUySpelling(line, style.uySpelling)}${i === clean.length - 1 ? '.' : style.recipientSeparator}`,
          fontSize: size - 1,
        }),
      ),
    ],
  };
}

/** A justified body paragraph with the profile's first-line indent. */
export function paragraph(text: string, style: DocumentStyleData = DEFAULT_DOCUMENT_STYLE, extra: Record<string, unknown> = {}): Content {
  return {
    text,
    alignment: 'justify',
    leadingIndent: mmToPt(style.firstLineIndentMm),
    margin: [0, 0, 0, style.paragraphSpacingPt],
    ...extra,
  } as Content;
}

/** Page margins [left, top, right, bottom] in points from the profile. */
export function pageMarginsPt(style: DocumentStyleData): [number, number, number, number] {
  const m = style.marginsMm;
  return [mmToPt(m.left), mmToPt(m.top), mmToPt(m.right), mmToPt(m.bottom)];
}

/**
 * Header function printing the page number centred at the top, from the 2nd page of the
 * document (or of the section, when used per section). Numbers restart per section: the
 * function remembers the first page it was asked for in the current layout pass.
 */
export function pageNumberHeader(style: DocumentStyleData = DEFAULT_DOCUMENT_STYLE): DynamicContent {
  const [left, , right] = pageMarginsPt(style);
  let first: number | undefined;
  let last: number | undefined;
  return (currentPage: number) => {
    if (last !== undefined && currentPage <= last) first = undefined; // a new layout pass
    last = currentPage;
    first ??= currentPage;
    const relative = currentPage - first + 1;
    if (relative < 2) return null;
    return {
      text: String(relative),
      alignment: 'center',
      fontSize: style.fontSizes.pageNumber,
      margin: [left, mmToPt(style.pageNumberTopMm), right, 0],
    };
  };
}

export interface PartyDocumentOptions {
  /** PDF metadata title. */
  title?: string;
  /** PDF metadata author / subject. */
  author?: string;
  subject?: string;
  /** Print page numbers (from page 2). Default true. */
  pageNumbers?: boolean;
}

function baseDefinition(style: DocumentStyleData, opts: PartyDocumentOptions): Omit<TDocumentDefinitions, 'content'> {
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: pageMarginsPt(style),
    defaultStyle: { font: PARTY_FONT, fontSize: style.fontSizes.body, lineHeight: style.lineHeight },
    info: {
      title: opts.title ?? 'Văn bản',
      author: opts.author ?? 'Sổ Nêu Gương',
      subject: opts.subject,
      creator: 'Sổ Nêu Gương',
      producer: 'Sổ Nêu Gương (pdfmake)',
    },
  };
}

/** One Party document: A4, margins from the style, Tinos, page numbers from page 2, all NFC. */
export function partyDocument(
  content: Content,
  style: DocumentStyleData = DEFAULT_DOCUMENT_STYLE,
  opts: PartyDocumentOptions = {},
): TDocumentDefinitions {
  const def: TDocumentDefinitions = {
    ...baseDefinition(style, opts),
    header: opts.pageNumbers === false ? undefined : pageNumberHeader(style),
    content,
  };
  return normalizeDefinition(def);
}

/**
 * Several documents in one PDF (batch printing): each starts on a new page and has its own
 * page numbering (from its 2nd page).
 */
export function partyDocumentBatch(
  documents: readonly Content[],
  style: DocumentStyleData = DEFAULT_DOCUMENT_STYLE,
  opts: PartyDocumentOptions = {},
): TDocumentDefinitions {
  const sections: ContentSection[] = documents.map((doc) => ({
    section: doc,
    header: opts.pageNumbers === false ? null : pageNumberHeader(style),
  }));
  const def: TDocumentDefinitions = {
    ...baseDefinition(style, opts),
    content: sections.length > 0 ? sections : [{ text: '' }],
  };
  return normalizeDefinition(def);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * NFC-normalise every string of a document definition (pdfmake misplaces the marks of NFD
 * text). Walks plain objects and arrays only; functions are wrapped so that what they return
 * is normalised too; binary data and class instances are left untouched.
 */
export function normalizeDefinition<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((v: unknown) => normalizeDefinition(v)) as T;
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return ((...args: unknown[]) => normalizeDefinition(fn(...args))) as T;
  }
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = normalizeDefinition(v);
    return out as T;
  }
  return value;
}
