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

export interface DocumentStyleData {
  marginsMm: DocumentMarginsMm;
  fontSizes: DocumentFontSizes;
  /** Tone placement for "uy" syllables: "Đảng ủy" (new) or "Đảng uỷ" (old). */
  uySpelling: UySpelling;
  /** End of each "Nơi nhận" line except the last: "," (Party originals) or ";". */
  recipientSeparator: ',' | ';';
  /** First-line indent of body paragraphs. */
  firstLineIndentMm: number;
  /** Line height factor for body text. */
  lineHeight: number;
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

const PRESET_TIMESTAMP = '2026-01-01T00:00:00.000Z';

/** Shipped presets. Ids are fixed so seeding is idempotent. */
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
    data: { ...DEFAULT_DOCUMENT_STYLE, uySpelling: 'uỷ' },
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
];

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
