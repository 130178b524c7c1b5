/**
 * Document style profile (thể thức văn bản của Đảng, domain.md §5) as versioned data:
 * RuleSet kind 'document_style'. Pure: no pdfmake here — documents/party-layout.ts reads it.
 */
import type { RuleSet } from '../model';

export interface DocumentMarginsMm {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface DocumentFontSizes {
  /** Body text (13–14). */
  body: number;
  /** Left header lines: superior and issuing body. */
  issuer: number;
  /** "ĐẢNG CỘNG SẢN VIỆT NAM". */
  partyTitle: number;
  /** Place-date line (italic). */
  placeDate: number;
  /** Tên loại văn bản (BIÊN BẢN, BÁO CÁO, BẢN ĐĂNG KÝ …). */
  title: number;
  /** Trích yếu under the title. */
  summary: number;
  /** Signature blocks. */
  signature: number;
  /** "Nơi nhận" block. */
  recipients: number;
  /** Page numbers at the top. */
  pageNumber: number;
}

export type UySpelling = 'ủy' | 'uỷ';

/** Titles over the two signatures of the minutes (left: who took the minutes; right: who chaired). */
export interface MinutesSignatureTitles {
  left: string;
  right: string;
}

export interface DocumentStyleData {
  marginsMm: DocumentMarginsMm;
  fontSizes: DocumentFontSizes;
  /** Tone placement for "uy" syllables: "Đảng ủy" (new) or "Đảng uỷ" (old). */
  uySpelling: UySpelling;
  /** End of each "Nơi nhận" line except the last: "," (Party originals) or ";". */
  recipientSeparator: ',' | ';';
  /** First-line indent of body paragraphs. */
  firstLineIndentMm: number;
  /**
   * Line height factor for body text (pdfmake: × the font's own line height, 1.107 em for
   * Tinos). With `lineSpacingPt` set it is kept as the equivalent factor for the body size.
   */
  lineHeight: number;
  /** Exact line spacing of body text in points ("Exactly 19 pt" in Word); absent: `lineHeight`. */
  lineSpacingPt?: number;
  /** Close the body of a document with "./." after its last sentence. Absent: no. */
  closingMark?: boolean;
  /** Signature titles of the minutes. Absent: THƯ KÝ / CHỦ TRÌ. */
  minutesSignatures?: MinutesSignatureTitles;
  /** Space after a body paragraph, in points. */
  paragraphSpacingPt: number;
  /** Page number distance from the top edge. */
  pageNumberTopMm: number;
}

export type DocumentStyleRuleSet = RuleSet<DocumentStyleData>;

export const DEFAULT_DOCUMENT_STYLE: DocumentStyleData = {
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
  fontSizes: {
    body: 14,
    issuer: 14,
    partyTitle: 15,
    placeDate: 14,
    title: 16,
    summary: 14,
    signature: 14,
    recipients: 12,
    pageNumber: 14,
  },
  uySpelling: 'ủy',
  recipientSeparator: ',',
  firstLineIndentMm: 10,
  lineHeight: 1.15,
  paragraphSpacingPt: 6,
  pageNumberTopMm: 10,
};

/** The minutes' signature titles of HD 36 practice (domain.md §4.4: "THƯ KÝ / CHỦ TRÌ" [P]). */
export const HD36_MINUTES_SIGNATURES: MinutesSignatureTitles = { left: 'Thư ký', right: 'Chủ trì' };
/** …and those a 2026 guide attributes to HD 05 (domain.md §11 [P]). */
export const HD05_MINUTES_SIGNATURES: MinutesSignatureTitles = { left: 'Người ghi biên bản', right: 'Chủ trì hội nghị' };

/** Tinos (Times New Roman metrics): ascent + descent = 1.107 em — pdfmake's line height before its factor. */
export const FONT_LINE_EM = (1825 + 443) / 2048;

/** The pdfmake line height factor that gives `pt` points between baselines at `fontSize`. */
export function lineFactorForPt(pt: number, fontSize: number): number {
  return pt / (fontSize * FONT_LINE_EM);
}

/** Line height factor of text at `fontSize` (default the body size): exact spacing when the profile has it. */
export function bodyLineHeight(style: DocumentStyleData, fontSize: number = style.fontSizes.body): number {
  return style.lineSpacingPt ? lineFactorForPt(style.lineSpacingPt, fontSize) : style.lineHeight;
}

/** Points between two baselines of body text. */
export function bodyLinePt(style: DocumentStyleData): number {
  return style.lineSpacingPt ?? style.fontSizes.body * FONT_LINE_EM * style.lineHeight;
}

export function minutesSignatureTitles(style: DocumentStyleData): MinutesSignatureTitles {
  return style.minutesSignatures ?? HD36_MINUTES_SIGNATURES;
}

/**
 * The last sentence of a document's body with the profile's closing mark: "… như sau./." when
 * the profile has `closingMark`, the text unchanged otherwise (and never twice).
 */
export function withClosingMark(text: string, style: Pick<DocumentStyleData, 'closingMark'>): string {
  const t = text.trimEnd();
  if (!style.closingMark || t === '' || t.endsWith('./.')) return t;
  return t.endsWith('.') ? `${t}/.` : `${t}./.`;
}

const PRESET_TIMESTAMP = '2026-01-01T00:00:00.000Z';

/** HD 36 (2018) in the practice of the GitHub templates (domain.md §5): the app's first profile. */
export const HD36_STYLE: DocumentStyleData = {
  ...DEFAULT_DOCUMENT_STYLE,
  uySpelling: 'uỷ',
  closingMark: false,
  minutesSignatures: HD36_MINUTES_SIGNATURES,
};

/**
 * HD 05-HD/VPTW (27/5/2026) as one 2026 guide gives it (domain.md §11, all [P]: the official text
 * was not found): margins 20/20/30/15 mm, body 14 pt, exactly 19 pt between lines, first-line
 * indent 10 mm, "ủy", "./." after the last sentence, minutes signed NGƯỜI GHI BIÊN BẢN / CHỦ TRÌ
 * HỘI NGHỊ. Every value can be edited in Cài đặt (a local version).
 */
export const HD05_STYLE: DocumentStyleData = {
  ...DEFAULT_DOCUMENT_STYLE,
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
  fontSizes: { ...DEFAULT_DOCUMENT_STYLE.fontSizes, body: 14 },
  firstLineIndentMm: 10,
  lineSpacingPt: 19,
  lineHeight: Math.round(lineFactorForPt(19, 14) * 1000) / 1000,
  uySpelling: 'ủy',
  closingMark: true,
  minutesSignatures: HD05_MINUTES_SIGNATURES,
};

/**
 * Shipped presets. Ids are fixed so seeding is idempotent; a stored preset is never rewritten,
 * so changed values ship as a new version (HD 05 v2 carries the §11 values; v1 stays as stored).
 */
export const DOCUMENT_STYLE_PRESETS: readonly DocumentStyleRuleSet[] = [
  {
    id: 'preset-document_style-HD36-2018-v1',
    kind: 'document_style',
    code: 'HD36-2018',
    name: 'Hướng dẫn 36-HD/VPTW (03/4/2018)',
    version: 1,
    validFrom: '2018-04-03',
    validTo: '2026-05-26',
    source: 'preset',
    data: HD36_STYLE,
    updatedAt: PRESET_TIMESTAMP,
  },
  {
    id: 'preset-document_style-HD05-2026-v1',
    kind: 'document_style',
    code: 'HD05-2026',
    name: 'Hướng dẫn 05-HD/VPTW (27/5/2026)',
    version: 1,
    validFrom: '2026-05-27',
    source: 'preset',
    // The official HD 05 text was not found (domain.md §5): values follow HD 36 practice.
    unverified: true,
    data: { ...DEFAULT_DOCUMENT_STYLE, uySpelling: 'ủy' },
    updatedAt: PRESET_TIMESTAMP,
  },
  {
    id: 'preset-document_style-HD05-2026-v2',
    kind: 'document_style',
    code: 'HD05-2026',
    name: 'Hướng dẫn 05-HD/VPTW (27/5/2026)',
    version: 2,
    validFrom: '2026-05-27',
    source: 'preset',
    unverified: true,
    data: HD05_STYLE,
    updatedAt: '2026-12-01T00:00:00.000Z',
  },
];

/**
 * A profile as stored: trimmed signature titles; with exact line spacing, `lineHeight` kept as
 * its equivalent factor at the body size (what page-fit estimates use).
 */
export function normaliseDocumentStyle(data: DocumentStyleData): DocumentStyleData {
  const out: DocumentStyleData = { ...data, marginsMm: { ...data.marginsMm }, fontSizes: { ...data.fontSizes } };
  if (out.lineSpacingPt === undefined) delete out.lineSpacingPt;
  // (A value the schema refuses — empty, 0 — is left for it to name.)
  else if (out.lineSpacingPt > 0) out.lineHeight = Math.round(lineFactorForPt(out.lineSpacingPt, out.fontSizes.body) * 1000) / 1000;
  if (out.minutesSignatures) out.minutesSignatures = { left: out.minutesSignatures.left.trim(), right: out.minutesSignatures.right.trim() };
  return out;
}

/** Settings' `documentStyleCode` meaning "the profile valid on each document's date". */
export const DOCUMENT_STYLE_BY_DATE = '';

/** 1 mm in PDF points. */
export const MM_TO_PT = 72 / 25.4;

export function mmToPt(mm: number): number {
  return Math.round(mm * MM_TO_PT * 100) / 100;
}

/** "Số 01-BB/CB": leading zero below 10, hyphen, slash, no colon after "Số". */
export function formatDocumentNumber(n: number, typeCode: string, issuer: string): string {
  return `Số ${documentSymbol(n, typeCode, issuer)}`;
}

/** "01-BB/CB" (without "Số"). */
export function documentSymbol(n: number, typeCode: string, issuer: string): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`Số văn bản phải là số nguyên dương: ${n}`);
  const num = n < 10 ? `0${n}` : String(n);
  return `${num}-${typeCode.normalize('NFC').trim()}/${issuer.normalize('NFC').trim()}`;
}

// Tone marks as precomposed letters on u / y (lower and upper case).
const TONED_U: Record<string, [string, string]> = {
  // tone: [on u, on y]
  '\u0300': ['ù', 'ỳ'],
  '\u0301': ['ú', 'ý'],
  '\u0309': ['ủ', 'ỷ'],
  '\u0303': ['ũ', 'ỹ'],
  '\u0323': ['ụ', 'ỵ'],
};

/**
 * Apply the "ủy"/"uỷ" choice to the syllables whose rhyme is exactly "uy" (Đảng ủy, Ủy ban,
 * thủy, lũy, tùy …). "quý", "huyện", "khuya", "uyên" are left alone.
 */
export function applyUySpelling(text: string, choice: UySpelling): string {
  return text.normalize('NFC').replace(/\p{L}+/gu, (word) => convertUyWord(word, choice));
}

function convertUyWord(word: string, choice: UySpelling): string {
  const d = word.normalize('NFD');
  const m = /^([^uUyY]*?)([uU])(\p{M}?)([yY])(\p{M}?)$/u.exec(d);
  if (!m) return word;
  const [, onset = '', u = 'u', markU = '', y = 'y', markY = ''] = m;
  if (/[qQ]$/u.test(onset)) return word; // "quý": u is part of the onset
  if (/[aeiouyăâêôơư]/iu.test(onset.normalize('NFC').normalize('NFD').replace(/\p{M}/gu, ''))) return word;
  const tone = markU || markY;
  if (!tone || !(tone in TONED_U) || (markU && markY)) return word;
  const [onU, onY] = TONED_U[tone]!;
  const upperU = u === 'U';
  const upperY = y === 'Y';
  const uOut = choice === 'ủy' ? (upperU ? onU.toUpperCase() : onU) : u;
  const yOut = choice === 'ủy' ? y : upperY ? onY.toUpperCase() : onY;
  return (onset + uOut + yOut).normalize('NFC');
}

const PERSON_RUN = /[Đđ]ồng chí(?: \p{Lu}[\p{Ll}\p{M}]*){1,5}/gu;

/**
 * The profile's "ủy"/"uỷ" choice applied to a text (Đảng ủy, Chi ủy, Ủy ban …), except inside
 * "đồng chí <Họ tên>": a person's name keeps the spelling it was typed with ("Thuỷ" stays).
 */
export function spellText(text: string, choice: UySpelling): string {
  const nfc = text.normalize('NFC');
  let out = '';
  let last = 0;
  for (const m of nfc.matchAll(PERSON_RUN)) {
    out += applyUySpelling(nfc.slice(last, m.index), choice) + m[0];
    last = m.index + m[0].length;
  }
  return out + applyUySpelling(nfc.slice(last), choice);
}
