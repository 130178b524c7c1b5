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
  ContentText,
  DynamicContent,
  Node as LayoutNode,
  NodeQueries,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import { applyUySpelling, bodyLineHeight, mmToPt, spellText, type DocumentStyleData, type UySpelling } from '../core/documents/style';

export { spellText };

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
  /** Page orientation of the document (the columns are sized for its text width). */
  orientation?: 'portrait' | 'landscape';
}

/** Approximate width of "ĐẢNG CỘNG SẢN VIỆT NAM" in Tinos bold, per point of font size. */
const PARTY_TITLE_WIDTH_PER_PT = 14.2;

/** Height of a line of Tinos per point of font size ((ascent − descent) / em, as pdfmake and LibreOffice set it). */
export const TINOS_LINE_EM = (1825 + 443) / 2048;

/**
 * Height of a single-spaced line of Times New Roman in Word and LibreOffice per point of font
 * size: ascent + descent + the font's line gap (87/2048), 1.15 em — measured on the .docx header
 * converted by LibreOffice 7.4 (14.4 pt lines at 12.5 pt).
 */
export const DOCX_LINE_EM = (1825 + 443 + 87) / 2048;

/** Tinos ascent per point of font size: the baseline lies this far below the top of its line. */
const TINOS_ASCENT_EM = 1825 / 2048;

/** Height of the rule under "ĐẢNG CỘNG SẢN VIỆT NAM" (a canvas line at y = 1). */
const RULE_HEIGHT_PT = 1.3;

/** The header's lines and column width, computed once for the PDF and the .docx. */
export interface PartyHeaderLayout {
  /** Width of the left column in points; the right column takes the rest (gap HEADER_GAP_PT). */
  leftWidthPt: number;
  /** Text width the layout was computed for. */
  totalWidthPt: number;
  /** Font size of the left column's lines (the profile's issuer size, down to 12 pt to avoid a wrap). */
  issuerSize: number;
  /** Printed lines (upper case, spelled per profile), each set on its own line. */
  superiorLines: string[];
  unitLines: string[];
  numberLine?: string;
  placeDateLines: string[];
  /**
   * Distance (pt) from the top of the right column to the top of the place-date line, so that it
   * stands on the same line as the left column's last line ("Số …", or "*" without a number),
   * for a line height of `lineEm` × font size (pdfmake: Tinos × the profile's line height).
   */
  placeDateTopPt: (lineEm: number) => number;
  /** Number of lines of the left column. */
  leftLineCount: number;
}

export const HEADER_GAP_PT = 6;

/**
 * The space kept between the superior's line and "ĐẢNG CỘNG SẢN VIỆT NAM", which stand level:
 * a long superior name otherwise ends a word space from the title (LibreOffice draws the text
 * a little wider than the estimate; party-header.test.ts measures ≥ 16 pt in the PDF and the .docx).
 */
const TITLE_CLEARANCE_PT = 18;

/**
 * Words a unit name is best broken before: a Vietnamese word is often two syllables ("NÔNG
 * NGHIỆP", "MÔI TRƯỜNG"), and an even split by width can fall inside one.
 */
const BREAK_BEFORE = new Set(['VÀ', 'ỦY', 'UỶ', 'CÁC', 'SỞ', 'CỦA', 'TẠI', 'THUỘC', 'TRỰC']);

/** Two-syllable words of unit names that a line break must not split. */
const COMPOUNDS = new Set(
  (
    'CHI BỘ|ĐẢNG BỘ|ĐẢNG ỦY|ỦY BAN|UỶ BAN|BAN NHÂN|NHÂN DÂN|CƠ QUAN|VĂN PHÒNG|NÔNG NGHIỆP|MÔI TRƯỜNG|TƯ PHÁP|TÀI CHÍNH|KẾ HOẠCH|ĐẦU TƯ|' +
    'GIÁO DỤC|ĐÀO TẠO|Y TẾ|CÔNG THƯƠNG|XÂY DỰNG|GIAO THÔNG|VẬN TẢI|NỘI VỤ|TÀI NGUYÊN|KHOA HỌC|CÔNG NGHỆ|VĂN HÓA|VĂN HOÁ|THỂ THAO|DU LỊCH|' +
    'LAO ĐỘNG|THƯƠNG BINH|XÃ HỘI|THÔNG TIN|TRUYỀN THÔNG|THANH TRA|TRUNG TÂM|KIỂM SOÁT|BỆNH TẬT|GIÁM ĐỊNH|Y KHOA|QUẢN LÝ|DỰ ÁN|PHÁT TRIỂN|' +
    'DÂN TỘC|TÔN GIÁO|NGOẠI VỤ|HÀNH CHÍNH|CÔNG AN|QUÂN SỰ|BẢO HIỂM|NGÂN HÀNG|KHO BẠC|HẢI QUAN|BỆNH VIỆN|ĐA KHOA|TRUNG HỌC|PHỔ THÔNG|' +
    'CAO ĐẲNG|ĐẠI HỌC|DOANH NGHIỆP|CÔNG TY|TRÁCH NHIỆM|HỮU HẠN|THÀNH PHỐ|KIỂM TRA|TUYÊN GIÁO|DÂN VẬN|TỔ CHỨC|MẶT TRẬN|TỔ QUỐC|ĐOÀN THỂ|' +
    'HỘI ĐỒNG|CHÍNH TRỊ|ĐIỆN LỰC|CẤP NƯỚC|THỦY LỢI|THUỶ LỢI|LÂM NGHIỆP|KIỂM LÂM|PHÁT THANH|TRUYỀN HÌNH|BÁO CHÍ|LƯU TRỮ|THỐNG KÊ'
  ).split('|'),
);

/**
 * The text in lines of at most `limitPt`: two lines as even as the words allow when two do
 * (never one word left alone when a better split exists), else filled greedily.
 */
export function balancedLines(text: string, limitPt: number, fontSize: number, bold = false): string[] {
  const width = (t: string) => estimateTextWidthPt(t, fontSize, bold);
  if (width(text) <= limitPt) return [text];
  const words = text.split(/\s+/u).filter(Boolean);
  // A break before "VÀ", "ỦY BAN", "CÁC", "SỞ" … falls between words; one inside "ỦY BAN",
  // "NÔNG NGHIỆP" … splits a word.
  const penalty = (k: number) => {
    const next = words[k]!.toLocaleUpperCase('vi');
    return COMPOUNDS.has(`${words[k - 1]!.toLocaleUpperCase('vi')} ${next}`) ? 1.6 : BREAK_BEFORE.has(next) ? 0.8 : 1;
  };
  // The fewest lines that fit without splitting a word, as even as the words allow (at most 4
  // lines are searched); failing that, the fewest lines that fit.
  for (const whole of [true, false])
    for (let n = 2; n <= Math.min(4, words.length); n++) {
      let best: string[] | undefined;
      let bestScore = Infinity;
      const search = (start: number, linesLeft: number, done: string[], maxWidth: number, factor: number) => {
        if (linesLeft === 1) {
          const last = words.slice(start).join(' ');
          const w = Math.max(maxWidth, width(last));
          if (w <= limitPt && w * factor < bestScore) [best, bestScore] = [[...done, last], w * factor];
          return;
        }
        for (let end = start + 1; end <= words.length - linesLeft + 1; end++) {
          const line = words.slice(start, end).join(' ');
          const w = width(line);
          if (w > limitPt) break;
          const p = penalty(end);
          if (!whole || p <= 1) search(end, linesLeft - 1, [...done, line], Math.max(maxWidth, w), factor * p);
        }
      };
      search(0, n, [], 0, 1);
      if (best) return best;
    }
  const out: string[] = [];
  for (const word of words) {
    const last = out.at(-1);
    if (last !== undefined && width(`${last} ${word}`) <= limitPt) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

/**
 * Column widths and lines of the header: the right column wide enough for "ĐẢNG CỘNG SẢN VIỆT
 * NAM" and the place-date line (a long place name goes on its own line, after its comma); the
 * left column takes the rest (at least 38 % of the width, half in landscape). The issuer lines
 * step down from the profile's size to 12 pt when that keeps them on one line (else the unit
 * name in two lines); a name that still does not fit is split into even lines between words.
 * The place-date line stands level with the left column's last line.
 */
export function partyHeaderLayout(input: PartyHeaderInput, style: DocumentStyleData): PartyHeaderLayout {
  const total = contentWidthPt(style, input.orientation);
  const sizes = style.fontSizes;
  const spell = (s: string) => applyUySpelling(s, style.uySpelling);
  const superior = input.superiorName.trim() ? spell(upper(input.superiorName)) : '';
  const unit = spell(upper(input.unitName));
  const numberLine = input.documentNumber?.trim() || undefined;
  const placeDate = input.placeDate.normalize('NFC').trim();
  const dateWidth = estimateTextWidthPt(placeDate, sizes.placeDate);
  const landscape = input.orientation === 'landscape';
  const comma = placeDate.indexOf(', ');
  // The superior's line at the smallest issuer size beside the whole place-date line: when it
  // would not fit ("ĐẢNG BỘ CÁC CƠ QUAN ĐẢNG TỈNH" beside a dotted "ngày ..... tháng ....."),
  // the place-date line breaks after its comma so the superior stays on one line.
  const smallest = Math.min(12, sizes.issuer);
  const titleNeed = estimateTextWidthPt(PARTY_TITLE, sizes.partyTitle, true) + 8;
  const superiorCrowded =
    superior !== '' &&
    estimateTextWidthPt(superior, smallest) + 8 > total - Math.max(titleNeed, dateWidth + 8) - HEADER_GAP_PT &&
    estimateTextWidthPt(superior, smallest) + 8 <= total - titleNeed - HEADER_GAP_PT;
  const placeDateLines =
    !landscape && comma > 0 && (dateWidth + 8 > total * 0.55 || superiorCrowded)
      ? [placeDate.slice(0, comma + 1), placeDate.slice(comma + 2)]
      : [placeDate];
  const rightNeed =
    Math.max(
      estimateTextWidthPt(PARTY_TITLE, sizes.partyTitle, true),
      ...placeDateLines.map((l) => estimateTextWidthPt(l, sizes.placeDate)),
    ) + 8;
  const leftMax = landscape ? total * 0.5 : Math.max(total * 0.38, total - rightNeed - HEADER_GAP_PT);
  const widthAt = (t: string, size: number, bold = false) => (t ? estimateTextWidthPt(t, size, bold) + 8 : 0);
  // Both lines are centred in their columns, so the space between them is
  // (total - title - superior + gap / 2) / 2 whatever the split: this bounds the superior's line.
  const superiorMax = Math.min(
    leftMax,
    total - estimateTextWidthPt(PARTY_TITLE, sizes.partyTitle, true) + HEADER_GAP_PT / 2 - 2 * TITLE_CLEARANCE_PT + 8,
  );
  const sizesDown: number[] = [];
  for (let z = sizes.issuer; z >= Math.min(12, sizes.issuer); z -= 0.5) sizesDown.push(z);
  const superiorFits = (z: number) => widthAt(superior, z) <= superiorMax;
  const allFit = (z: number) => superiorFits(z) && Math.max(widthAt(unit, z, true), widthAt(numberLine ?? '', z)) <= leftMax;
  const unitInTwo = (z: number) => superiorFits(z) && balancedLines(unit, leftMax - 8, z, true).length <= 2;
  const issuerSize = sizesDown.find(allFit) ?? sizesDown.find(unitInTwo) ?? sizesDown.find(superiorFits) ?? sizesDown.at(-1)!;
  const superiorLines = superior ? balancedLines(superior, superiorMax - 8, issuerSize) : [];
  const unitLines = balancedLines(unit, leftMax - 8, issuerSize, true);
  const longest = Math.max(
    ...superiorLines.map((l) => widthAt(l, issuerSize)),
    ...unitLines.map((l) => widthAt(l, issuerSize, true)),
    widthAt(numberLine ?? '', issuerSize),
  );
  const leftWidthPt = Math.round((landscape ? leftMax : Math.min(leftMax, Math.max(total * 0.38, longest))) * 100) / 100;
  const leftLineCount = superiorLines.length + unitLines.length + 1 + (numberLine ? 1 : 0);
  return {
    leftWidthPt,
    totalWidthPt: total,
    issuerSize,
    superiorLines,
    unitLines,
    ...(numberLine ? { numberLine } : {}),
    placeDateLines,
    leftLineCount,
    placeDateTopPt: (lineEm) => {
      // Same baseline as the left column's last line (their sizes may differ).
      const lastLeftTop = (leftLineCount - 1) * issuerSize * lineEm + TINOS_ASCENT_EM * (issuerSize - sizes.placeDate);
      return Math.max(sizes.partyTitle * lineEm + RULE_HEIGHT_PT + 4, lastLeftTop);
    },
  };
}

/**
 * The two-column header: left superior / unit / * / number; right "ĐẢNG CỘNG SẢN VIỆT NAM"
 * with a rule beneath and the italic place-date line, level with "Số …" (partyHeaderLayout).
 */
export function partyHeader(input: PartyHeaderInput, style: DocumentStyleData): Content {
  const sizes = style.fontSizes;
  const layout = partyHeaderLayout(input, style);
  const size = layout.issuerSize;
  const left: Content[] = [];
  if (layout.superiorLines.length > 0) left.push({ text: layout.superiorLines.join('\n'), fontSize: size, alignment: 'center' });
  left.push({ text: layout.unitLines.join('\n'), bold: true, fontSize: size, alignment: 'center' });
  left.push({ text: '*', alignment: 'center', fontSize: size });
  if (layout.numberLine) left.push({ text: protect(layout.numberLine), alignment: 'center', fontSize: size });
  const ruleWidth = Math.round(sizes.partyTitle * PARTY_TITLE_WIDTH_PER_PT);
  const ruleX = Math.max(0, (layout.totalWidthPt - layout.leftWidthPt - HEADER_GAP_PT - ruleWidth) / 2);
  const lineEm = TINOS_LINE_EM * style.lineHeight;
  const ruleGap = layout.placeDateTopPt(lineEm) - sizes.partyTitle * lineEm - RULE_HEIGHT_PT;
  const right: Content[] = [
    { text: PARTY_TITLE, bold: true, fontSize: sizes.partyTitle, alignment: 'center' },
    // The rule as a bare canvas (an empty text column beside it would add a line's height).
    {
      canvas: [{ type: 'line', x1: ruleX, y1: 1, x2: ruleX + ruleWidth, y2: 1, lineWidth: 0.6 }],
      margin: [0, 0, 0, Math.round(ruleGap * 100) / 100],
    },
    { text: layout.placeDateLines.join('\n'), italics: true, fontSize: sizes.placeDate, alignment: 'center' },
  ];
  return {
    columns: [
      { width: layout.leftWidthPt, stack: left },
      { width: '*', stack: right },
    ],
    columnGap: HEADER_GAP_PT,
    margin: [0, 0, 0, 18],
  };
}

/** Width of the text area in points (page width minus the profile's margins). */
export function contentWidthPt(style: DocumentStyleData, orientation: 'portrait' | 'landscape' = 'portrait'): number {
  const [l, , r] = pageMarginsPt(style);
  return (orientation === 'portrait' ? A4_PT.width : A4_PT.height) - l - r;
}

/**
 * Estimated width of a line of Tinos text in points (per-character classes calibrated on the
 * font's advance widths: capitals ≈ 0.68 em, lower case ≈ 0.45 em, space 0.25 em). Used to size
 * the header columns so "ĐẢNG BỘ ỦY BAN NHÂN DÂN TỈNH" stays on one line when it can.
 */
export function estimateTextWidthPt(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text.normalize('NFD').replace(/\p{M}/gu, '')) {
    if (ch === ' ') em += 0.25;
    else if (/[A-ZĐ]/u.test(ch)) em += ch === 'M' || ch === 'W' ? 0.9 : ch === 'I' ? 0.36 : 0.7;
    else if (/[a-zđ]/u.test(ch)) em += ch === 'm' || ch === 'w' ? 0.74 : /[ijlt]/u.test(ch) ? 0.3 : 0.48;
    else if (/[0-9]/u.test(ch)) em += 0.5;
    else em += 0.33;
  }
  return em * fontSize * (bold ? 1.04 : 1);
}

/**
 * The one style rule for a trích yếu (domain.md §5: "lower case bold"): it starts with a lower
 * case letter ("sinh hoạt chi bộ thường kỳ …", "kết quả thực hiện …"), whatever the caller
 * passes; a first word in capitals ("NĂM 2026", an acronym) is left as it is. Used for the PDF
 * and the .docx.
 */
export function summaryCase(text: string): string {
  const t = text.normalize('NFC').trim();
  const first = t.split(/\s/u)[0] ?? '';
  if (first.length > 1 && /\p{Lu}/u.test(first) && first === first.toLocaleUpperCase('vi')) return t;
  return t.charAt(0).toLocaleLowerCase('vi') + t.slice(1);
}

/**
 * Tên loại (upper case, bold) and the trích yếu (bold, summaryCase) with a short rule beneath.
 * `summary` may have several lines (array).
 */
export function titleBlock(title: string, summary: string | string[] | undefined, style: DocumentStyleData): Content {
  const stack: Content[] = [{ text: upper(title), bold: true, fontSize: style.fontSizes.title, alignment: 'center' }];
  const lines = summary === undefined ? [] : Array.isArray(summary) ? summary : [summary];
  lines.forEach((line, i) => {
    const text = i === 0 ? summaryCase(line) : line.trim();
    // The trích yếu's period ("tháng 11/2026", "năm 2026") and numbers never break across lines.
    if (text)
      stack.push({
        text: protect(text, { fontSize: style.fontSizes.summary, bold: true }),
        bold: true,
        fontSize: style.fontSizes.summary,
        alignment: 'center',
      });
  });
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
  stack.push({ ...KEEP_SPELLING, text: block.name?.trim() ? block.name.trim() : ' ', bold: true, fontSize: size, alignment: 'center' });
  return { stack, unbreakable: true };
}

/** Two signature slots side by side (left and right halves); either may be omitted. */
export function signatureBlocks(left: SignatureSlot | undefined, right: SignatureSlot | undefined, style: DocumentStyleData): Content {
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
export function recipients(lines: readonly string[], style: DocumentStyleData): Content {
  const size = style.fontSizes.recipients;
  const clean = lines
    .map((l) =>
      l
        .normalize('NFC')
        .trim()
        .replace(/^[-–]\s*/u, '')
        .replace(/[,;.]$/u, ''),
    )
    .filter(Boolean);
  return {
    stack: [
      { text: 'Nơi nhận:', bold: true, italics: true, decoration: 'underline', fontSize: size },
      ...clean.map((line, i): Content => ({
        text: `- ${applyUySpelling(line, style.uySpelling)}${i === clean.length - 1 ? '.' : style.recipientSeparator}`,
        fontSize: size - 1,
      })),
    ],
  };
}

/**
 * Runs of text that must never break across lines nor stretch under justification: Party
 * document numbers and symbols ("21-KL/TW", "01-BB/CB", "112/QĐ-SNNMT", "08-QĐi/TW",
 * "13/2023/NĐ-CP"), numeric dates ("25/10/2021", "11/2026"), the periods of a report
 * ("tháng 11/2026", "quý IV/2026", "năm 2026": the consolidated report's trích yếu printed
 * "tháng / 11/2026") and "đồng chí <Họ tên>".
 */
const UNBREAKABLE =
  /(?<!\S)\S*?(?:[Đđ]ồng chí(?: \p{Lu}[\p{Ll}\p{M}]*){1,5}|[Tt]háng \d{1,2}\/\d{4}|[Qq]uý [IVX]+\/\d{4}|[Nn]ăm \d{4}(?!\p{N})|(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)+)\S*/gu;

const keepRun = (run: string) => /[Đđ]ồng chí/u.test(run) || /\d/u.test(run) || run.includes('/');

/** The unbreakable runs of a text (see UNBREAKABLE). Tokens without a digit are kept only with a "/" (T/M, V/v). */
export function unbreakableRuns(text: string): string[] {
  return [...text.normalize('NFC').matchAll(UNBREAKABLE)].map((m) => m[0]).filter(keepRun);
}

/** The text (NFC) with every unbreakable run replaced by `keep(run)` (the .docx builders' non-breaking characters). */
export function replaceUnbreakable(text: string, keep: (run: string) => string): string {
  return text.normalize('NFC').replace(UNBREAKABLE, (run) => (keepRun(run) ? keep(run) : run));
}

/**
 * The text as pdfmake inlines in which every unbreakable run is a `noWrap` inline: pdfmake
 * then neither wraps inside it nor spreads justification space into it. (Tinos has U+2011 and
 * U+2060 too, but inlines keep the text searchable and copyable exactly as typed.)
 * `maxRunPt`: runs estimated wider than this stay breakable (narrow table cells).
 */
export function protect(
  text: string,
  opts: { fontSize?: number; maxRunPt?: number; bold?: boolean } = {},
): string | Array<string | ContentText> {
  const nfc = text.normalize('NFC');
  const out: Array<string | ContentText> = [];
  let last = 0;
  for (const m of nfc.matchAll(UNBREAKABLE)) {
    const run = m[0];
    if (!keepRun(run)) continue;
    if (opts.maxRunPt !== undefined && estimateTextWidthPt(run, opts.fontSize ?? 14, opts.bold) > opts.maxRunPt) continue;
    if (m.index > last) out.push(nfc.slice(last, m.index));
    out.push({ text: run, noWrap: true });
    last = m.index + run.length;
  }
  if (out.length === 0) return nfc;
  if (last < nfc.length) out.push(nfc.slice(last));
  return out;
}

/** pdfmake `headlineLevel` of the nodes kept with what follows them (see keepWithNextRule). */
export const KEEP_WITH_NEXT_LEVEL = 1;
const KEEP_PREFIX = 'keep:';
let headingSerial = 0;

/** Estimated number of lines a text takes in a given width. */
export function estimateLines(text: string, fontSize: number, widthPt: number, bold = false): number {
  return text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil((estimateTextWidthPt(l, fontSize, bold) * 1.04) / widthPt)), 0);
}

/** Estimated height (pt) of a text set in `widthPt` with the profile's line height. */
export function estimateTextHeightPt(text: string, fontSize: number, widthPt: number, style: DocumentStyleData, bold = false): number {
  return estimateLines(text, fontSize, widthPt, bold) * fontSize * style.lineHeight * 1.17;
}

/**
 * Half the text height of a page: the most an unbreakable block may be estimated at (pdfmake
 * drops what does not fit of an unbreakable block taller than a page; estimates err).
 */
export function halfPageHeightPt(style: DocumentStyleData, orientation: 'portrait' | 'landscape' = 'portrait'): number {
  const [, top, , bottom] = pageMarginsPt(style);
  return ((orientation === 'portrait' ? A4_PT.height : A4_PT.width) - top - bottom) * 0.5;
}

/** Estimated height of a table row: the tallest cell, plus pdfmake's default padding and rule. */
export function estimateRowHeight(
  cells: readonly string[],
  widthsPt: readonly number[],
  fontSize: number,
  lineHeight: number,
  bold = false,
): number {
  const lines = Math.max(1, ...cells.map((c, i) => estimateLines(c, fontSize, Math.max(10, (widthsPt[i] ?? 100) - 8), bold)));
  return lines * fontSize * lineHeight * 1.17 + 5;
}

export interface HeadingOptions {
  margin?: [number, number, number, number];
  alignment?: 'left' | 'center' | 'justify';
  fontSize?: number;
  /** Width the heading is set in (default: the portrait text width). */
  widthPt?: number;
  /**
   * Height (pt) of what must follow the heading on the same page: by default one body line;
   * for a table, its header row and first row (estimateRowHeight).
   */
  followPt?: number;
}

/**
 * A heading kept with what follows it: one text node (several lines joined, e.g. "III. …" and
 * "1. …"). Its id carries the room it needs below its top — its own lines and what follows —
 * and the page-break rule moves it to the next page when the page has less.
 */
export function heading(
  lines: ReadonlyArray<string | { text: string; bold?: boolean; italics?: boolean }>,
  style: DocumentStyleData,
  opts: HeadingOptions = {},
): Content {
  const size = opts.fontSize ?? style.fontSizes.body;
  const margin = opts.margin ?? [0, 4, 0, 4];
  const inlines: ContentText[] = lines.map((l, i) => {
    const line = typeof l === 'string' ? { text: l, bold: true } : { bold: true, ...l };
    return { ...line, text: i < lines.length - 1 ? `${line.text}\n` : line.text };
  });
  const width = opts.widthPt ?? contentWidthPt(style);
  const own = inlines.reduce((h, l) => h + estimateTextHeightPt(l.text as string, size, width, style, true), 0);
  const follow = opts.followPt ?? style.fontSizes.body * style.lineHeight * 1.17 + 2;
  return {
    text: inlines,
    id: `${KEEP_PREFIX}${Math.ceil(own + margin[3] + follow)}:${(headingSerial = (headingSerial + 1) % 1e9)}`,
    headlineLevel: KEEP_WITH_NEXT_LEVEL,
    margin,
    ...(opts.alignment ? { alignment: opts.alignment } : {}),
    ...(opts.fontSize ? { fontSize: opts.fontSize } : {}),
  } as Content;
}

/**
 * pdfmake page-break rule for headings (headlineLevel 1): when the room left below the
 * heading's top is less than it needs (its id), it starts the next page. Positions of content
 * after it cannot be used: pdfmake keeps stale positions for table rows and unbreakable blocks
 * it has moved to the next page.
 */
export function keepWithNextRule(style: DocumentStyleData): (node: LayoutNode, queries: NodeQueries) => boolean {
  const topMargin = pageMarginsPt(style)[1];
  return (node) => {
    if (node.headlineLevel !== KEEP_WITH_NEXT_LEVEL || !node.id?.startsWith(KEEP_PREFIX)) return false;
    const start = node.startPosition;
    if (!start) return false;
    const need = Number(node.id.slice(KEEP_PREFIX.length).split(':')[0]);
    const bottom = topMargin + start.pageInnerHeight;
    // Already at the top of a page: moving it would not help.
    if (start.top - topMargin < 30) return false;
    return bottom - start.top < need;
  };
}

/**
 * A copy of the content without the keep-with-next marks of heading() (headlineLevel and the
 * "keep:" id), at any depth. Inside an unbreakable block the heading already stays with what
 * follows it; left marked, the page-break rule can fire on it from positions measured inside
 * the block, and pdfmake then breaks the unbreakable block and keeps only its (empty) first
 * page: the heading, the text and the signatures vanish (issue 16, consolidated seed 10).
 */
export function withoutKeepMarks(content: Content): Content {
  if (Array.isArray(content)) return content.map((c: Content) => withoutKeepMarks(c)) as Content;
  if (content === null || typeof content !== 'object') return content;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(content as unknown as Record<string, unknown>)) {
    if (k === 'headlineLevel' && v === KEEP_WITH_NEXT_LEVEL) continue;
    if (k === 'id' && typeof v === 'string' && v.startsWith(KEEP_PREFIX)) continue;
    out[k] = k === 'stack' || k === 'columns' || (k === 'text' && Array.isArray(v)) ? withoutKeepMarks(v as Content) : v;
  }
  return out as unknown as Content;
}

interface TextBlock {
  text: string | Array<string | ContentText>;
  fontSize?: number;
  bold?: boolean;
  leadingIndent?: number;
  margin?: [number, number, number, number];
}

const isTextBlock = (c: Content): c is Content & TextBlock =>
  c !== null && typeof c === 'object' && !Array.isArray(c) && 'text' in c && !('stack' in c) && !('columns' in c) && !('table' in c);

/** The plain text of a block made by paragraph() / protect() (strings and noWrap runs only). */
function plainTextOf(block: TextBlock): string | undefined {
  if (typeof block.text === 'string') return block.text;
  let out = '';
  for (const part of block.text) {
    if (typeof part === 'string') out += part;
    else if (typeof part.text === 'string' && Object.keys(part).every((k) => k === 'text' || k === 'noWrap')) out += part.text;
    else return undefined;
  }
  return out;
}

function estimatedTextHeight(block: TextBlock, style: DocumentStyleData, widthPt: number): number {
  const size = block.fontSize ?? style.fontSizes.body;
  const text =
    plainTextOf(block) ??
    (Array.isArray(block.text) ? block.text.map((t) => (typeof t === 'string' ? t : String(t.text))).join('') : block.text);
  const margin = block.margin ?? [0, 0, 0, 0];
  return estimateTextHeightPt(text, size, widthPt - (block.leadingIndent ?? 0) / 2, style, block.bold) + margin[1] + margin[3];
}

/**
 * Where to split a long paragraph so that about `tailLines` lines go after the split: at a
 * sentence end when there is one within a few lines of that, else between two words; never
 * inside an unbreakable run (a number, a date, "đồng chí <name>").
 */
function splitPoint(text: string, fontSize: number, widthPt: number, tailLines: number): number | undefined {
  const inRun = new Set<number>();
  for (const m of text.matchAll(UNBREAKABLE)) if (keepRun(m[0])) for (let i = m.index; i < m.index + m[0].length; i++) inRun.add(i);
  const spaces = [...text.matchAll(/ /gu)].map((m) => m.index).filter((i) => !inRun.has(i));
  const linesAfter = (i: number) => (estimateTextWidthPt(text.slice(i + 1), fontSize) * 1.04) / widthPt;
  const candidates = spaces.filter((i) => linesAfter(i) >= 1 && i > 0);
  if (candidates.length === 0) return undefined;
  const sentence = candidates.filter((i) => /[.;:!?]$/u.test(text.slice(0, i)) && linesAfter(i) <= tailLines + 4 && linesAfter(i) >= 2);
  if (sentence.length > 0) return sentence.at(-1);
  const near = candidates.filter((i) => linesAfter(i) >= tailLines);
  return near.at(-1) ?? candidates[0];
}

export interface KeepTogetherOptions {
  style: DocumentStyleData;
  /** Orientation of the page the block is set on (default portrait). */
  orientation?: 'portrait' | 'landscape';
}

/**
 * The end of a document kept on one page: the last body paragraphs (closing sentence, last
 * section) and the signature row, so the signatures never stand alone on a page. Headings in
 * it lose their keep-with-next mark (see withoutKeepMarks).
 *
 * pdfmake keeps only the first page of an unbreakable block taller than a page and drops the
 * rest. So the text held with the signatures is bounded to half a page (estimated): earlier
 * blocks go before the block, and a long last paragraph is split so that its last lines (at a
 * sentence end when it can) stay with the signatures. Nothing typed is ever lost.
 */
export function keepTogether(blocks: Content[], opts: KeepTogetherOptions): Content {
  const style = opts.style;
  const orientation = opts.orientation ?? 'portrait';
  const width = contentWidthPt(style, orientation);
  const budget = halfPageHeightPt(style, orientation);
  const height = (c: Content) => (isTextBlock(c) ? estimatedTextHeight(c, style, width) : 0);
  const before: Content[] = [];
  let rest = [...blocks];
  const textHeight = () => rest.reduce<number>((h, c) => h + height(c), 0);
  while (rest.length > 1 && textHeight() > budget) {
    const first = rest[0]!;
    if (rest.slice(1).some(isTextBlock) && textHeight() - height(first) > 0) {
      before.push(first);
      rest = rest.slice(1);
      continue;
    }
    // One long paragraph left before the signatures: its last lines stay with them.
    const plain = isTextBlock(first) ? plainTextOf(first) : undefined;
    const size = (isTextBlock(first) && first.fontSize) || style.fontSizes.body;
    const at = plain === undefined ? undefined : splitPoint(plain, size, width, 4);
    if (plain === undefined || at === undefined) {
      before.push(first);
      rest = rest.slice(1);
      break;
    }
    const block = first as TextBlock & Record<string, unknown>;
    const margin = block.margin ?? [0, 0, 0, 0];
    before.push({ ...block, text: protect(plain.slice(0, at)), margin: [margin[0], margin[1], margin[2], 0] } as Content);
    rest = [
      { ...block, text: protect(plain.slice(at + 1)), leadingIndent: 0, margin: [margin[0], 0, margin[2], margin[3]] } as Content,
      ...rest.slice(1),
    ];
    break;
  }
  const kept: Content = { stack: rest.map((b) => withoutKeepMarks(b)), unbreakable: true };
  return before.length === 0 ? kept : { stack: [...before, kept] };
}

/** Defaults for every data table: rows never split, the header row repeated and kept with the first row. */
export const TABLE_KEEP = { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true } as const;

/** pdfmake's default cell padding (left/right, top/bottom), which withTotalRow's inner table undoes. */
const CELL_PADDING = { x: 4, y: 2 } as const;

/**
 * A table body whose last data row and totals row ("Tổng cộng", "Cộng") are one row of the
 * table: a cell spanning every column holds both, set in an inner table of the same widths and
 * lines. With TABLE_KEEP's rows that never split, a page break can then never leave the totals
 * alone under the repeated header; the last data row always comes with it. (pdfmake's
 * page-break hook cannot do this: it sees stale positions for rows it has moved.)
 * `paddingY`: the table's own top and bottom cell padding, when its layout changes pdfmake's 2 pt.
 */
export function withTotalRow(
  header: TableCell[],
  rows: TableCell[][],
  totals: TableCell[],
  widths: ReadonlyArray<number | string>,
  paddingY: number = CELL_PADDING.y,
): TableCell[][] {
  const last = rows.at(-1);
  if (!last) return [header, totals];
  const inner: TableCell = {
    colSpan: widths.length,
    table: { widths: [...widths], body: [last, totals], dontBreakRows: true },
    layout: {
      hLineWidth: (i: number) => (i === 1 ? 1 : 0),
      vLineWidth: (i: number, node: { table: { widths?: unknown[] } }) => (i === 0 || i === (node.table.widths?.length ?? 0) ? 0 : 1),
      paddingTop: () => paddingY,
      paddingBottom: () => paddingY,
    },
    margin: [-CELL_PADDING.x, -paddingY, -CELL_PADDING.x, -paddingY],
  } as TableCell;
  return [header, ...rows.slice(0, -1), [inner, ...widths.slice(1).map(() => ({}) as TableCell)]];
}

/** A justified body paragraph with the profile's first-line indent. */
export function paragraph(
  text: string | Array<string | ContentText>,
  style: DocumentStyleData,
  extra: Record<string, unknown> = {},
): Content {
  return {
    text: typeof text === 'string' ? protect(text) : text,
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
export function pageNumberHeader(style: DocumentStyleData): DynamicContent {
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
    defaultStyle: { font: PARTY_FONT, fontSize: style.fontSizes.body, lineHeight: bodyLineHeight(style) },
    pageBreakBefore: keepWithNextRule(style),
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
export function partyDocument(content: Content, style: DocumentStyleData, opts: PartyDocumentOptions = {}): TDocumentDefinitions {
  const def: TDocumentDefinitions = {
    ...baseDefinition(style, opts),
    header: opts.pageNumbers === false ? undefined : pageNumberHeader(style),
    content: spellContent(content, style.uySpelling),
  };
  return normalizeDefinition(def);
}

/**
 * Several documents in one PDF (batch printing): each starts on a new page and has its own
 * page numbering (from its 2nd page).
 */
export function partyDocumentBatch(
  documents: readonly Content[],
  style: DocumentStyleData,
  opts: PartyDocumentOptions = {},
): TDocumentDefinitions {
  const sections: ContentSection[] = documents.map((doc) => ({
    section: spellContent(doc, style.uySpelling),
    header: opts.pageNumbers === false ? null : pageNumberHeader(style),
  }));
  const def: TDocumentDefinitions = {
    ...baseDefinition(style, opts),
    content: sections.length > 0 ? sections : [{ text: '' }],
  };
  return normalizeDefinition(def);
}

/**
 * Marks a text node whose spelling is the person's own (a name): the profile's "ủy"/"uỷ" choice
 * is not applied to it. Spread into the node: `{ ...KEEP_SPELLING, text: member.fullName }`.
 */
export const KEEP_SPELLING = { keepSpelling: true } as const;

/**
 * Every printed string of the content spelled with the profile's choice (spellText), except in
 * nodes marked KEEP_SPELLING (names). Only text is touched: the values of `text` and the strings
 * of content arrays (stack, columns, table rows, inline runs).
 */
export function spellContent<T>(value: T, choice: UySpelling): T {
  const walk = (v: unknown, printed: boolean): unknown => {
    if (typeof v === 'string') return printed ? spellText(v, choice) : v;
    if (Array.isArray(v)) return v.map((x: unknown) => walk(x, true));
    if (!isPlainObject(v)) return v;
    if (v.keepSpelling === true) return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      out[k] =
        k === 'text' || k === 'stack' || k === 'columns' || k === 'table' || k === 'body' || k === 'ul' || k === 'ol' || k === 'section'
          ? walk(x, k === 'text' || typeof x !== 'string')
          : x;
    }
    return out;
  };
  return walk(value, true) as T;
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
