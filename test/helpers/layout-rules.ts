/**
 * The four layout rules an office checks on a printed Party document, stated on the lines that
 * pdfjs reads back (readPdfLayout):
 * 1. the signature block shares its page with body text;
 * 2. no heading (nor a table's header row) is the last line of a page;
 * 3. no table row is split across pages;
 * 4. no document number, date or "đồng chí <name>" is broken across lines or stretched;
 * 5. a table's totals row ("Tổng cộng") does not start a page with only the repeated header
 *    above it: the last data row comes with it.
 */
import type { PdfLayoutPage } from './pdf-text';

export interface LayoutSpec {
  /** Text of the signature row's first line, e.g. "THƯ KÝ" or "T/M CHI BỘ" (its last occurrence is the signature). */
  signature: string;
  /** Every heading line of the document (as printed). */
  headings: readonly string[];
  /** Header rows of the tables, as one printed line ("TT Nhiệm vụ Người thực hiện Thời hạn"). */
  tableHeaders: readonly string[];
  /** For each table row: a text at its start and one at its end (both unique in the document). */
  rows: ReadonlyArray<readonly [string, string]>;
  /** Runs that must stay whole on one line, with how many times the document prints each. */
  runs: ReadonlyMap<string, number>;
  /** How the tables' totals rows start as printed ("Tổng cộng"); rule 5. */
  totalRows?: readonly string[];
}

const isPageNumber = (text: string) => /^\d+$/u.test(text);

export function countOf(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** The runs to check and their counts, from every string the document prints. */
export function runCounts(printed: readonly string[], runsOf: (text: string) => string[]): Map<string, number> {
  const all = printed.join('\n');
  const out = new Map<string, number>();
  for (const run of new Set(printed.flatMap(runsOf))) out.set(run, countOf(all, run));
  return out;
}

/** The violations of the four rules (empty when the layout is right). */
export function layoutViolations(pages: readonly PdfLayoutPage[], spec: LayoutSpec): string[] {
  const problems: string[] = [];
  const bodyLines = pages.map((p) => p.lines.filter((l) => !isPageNumber(l.text)));

  // 1. Signatures with body text.
  let sigPage = -1;
  let sigLine = -1;
  bodyLines.forEach((lines, p) =>
    lines.forEach((l, i) => {
      if (l.text.includes(spec.signature)) [sigPage, sigLine] = [p, i];
    }),
  );
  if (sigPage < 0) problems.push(`chữ ký "${spec.signature}" không thấy`);
  else if (sigLine === 0) problems.push(`trang ${sigPage + 1} chỉ có chữ ký`);

  // 2. No heading or table header as the last line of a page (the last page excepted).
  bodyLines.slice(0, -1).forEach((lines, p) => {
    const last = lines.at(-1)?.text ?? '';
    if (last.length < 3) return;
    if (spec.headings.some((h) => h === last || h.startsWith(`${last} `))) problems.push(`trang ${p + 1} kết thúc bằng đề mục "${last}"`);
    if (spec.tableHeaders.includes(last)) problems.push(`trang ${p + 1} kết thúc bằng dòng tiêu đề bảng "${last}"`);
  });

  // 3. Table rows whole (the k-th start with the k-th end: a unit may be in two tables).
  const pageTexts = bodyLines.map((lines) => lines.map((l) => l.text).join(' '));
  const pagesOf = (s: string) => pageTexts.flatMap((t, p) => Array.from({ length: countOf(t, s) }, () => p));
  for (const [start, end] of spec.rows) {
    const a = pagesOf(start);
    const b = pagesOf(end);
    if (a.length === 0 || a.length !== b.length) problems.push(`dòng bảng "${start}" … "${end}" không thấy (${a.length}/${b.length})`);
    else
      a.forEach((p, k) => {
        if (p !== b[k]) problems.push(`dòng bảng "${start}" bị tách: trang ${p + 1} và ${b[k]! + 1}`);
      });
  }

  // 4. Runs whole on one line.
  const lineText = bodyLines.flatMap((lines) => lines.map((l) => l.text)).join('\n');
  for (const [run, expected] of spec.runs) {
    const found = countOf(lineText, run);
    if (found < expected) problems.push(`"${run}" bị ngắt hoặc giãn (${found}/${expected} nguyên vẹn)`);
  }

  // 5. A totals row with at least one data row of its table on its page.
  const headerWords = new Set(spec.tableHeaders.flatMap((h) => h.split(/\s+/u)));
  const isHeaderLine = (text: string) => text.split(/\s+/u).every((w) => headerWords.has(w));
  bodyLines.forEach((lines, p) => {
    if (p === 0) return;
    lines.forEach((l, i) => {
      if (!(spec.totalRows ?? []).some((t) => l.text.startsWith(t))) return;
      const above = lines.slice(0, i);
      if (above.length > 0 && above.every((a) => isHeaderLine(a.text)))
        problems.push(`trang ${p + 1}: dòng "${l.text.split(' ').slice(0, 2).join(' ')}" đứng riêng dưới tiêu đề bảng`);
    });
  });
  return problems;
}

/** A small seeded generator (mulberry32): the same seed gives the same documents. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  return { next, int, pick };
}

export type Rng = ReturnType<typeof seeded>;

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Ngọc', 'Minh', 'Thị Ngọc', 'Hữu', 'Thanh'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hằng', 'Khánh', 'Lẫm', 'Mơ', 'Nghĩa', 'Phượng', 'Quờn', 'Sơn', 'Yến', 'Đạt', 'Ặng'];
export const DOCUMENT_NUMBERS = [
  '21-KL/TW',
  '01-BB/CB',
  '112/QĐ-SNNMT',
  '37-QĐ/TW',
  '215-QĐ/ĐU',
  '08-QĐi/TW',
  '43-HD/BTCTW',
  '366-QĐ/TW',
  '13/2023/NĐ-CP',
];
const WORDS =
  'thực hiện nghiêm túc nhiệm vụ được giao, nâng cao chất lượng sinh hoạt chi bộ, tăng cường công tác kiểm tra giám sát, phát huy tinh thần trách nhiệm nêu gương của cán bộ đảng viên, đẩy mạnh học tập và làm theo tư tưởng đạo đức phong cách Hồ Chí Minh, chuyển đổi số trong cơ quan, cải cách hành chính, phòng chống tham nhũng lãng phí tiêu cực, xây dựng chỉnh đốn Đảng'.split(
    ' ',
  );

export function personName(r: Rng): string {
  return `${r.pick(FAMILY)} ${r.pick(MIDDLE)} ${r.pick(GIVEN)}`;
}

export function words(r: Rng, min: number, max: number): string {
  const n = r.int(min, max);
  const start = r.int(0, WORDS.length - 1);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[(start + i) % WORDS.length]!);
  return out.join(' ').replace(/,$/u, '');
}

export function date(r: Rng): string {
  return `${String(r.int(1, 28)).padStart(2, '0')}/${String(r.int(1, 12)).padStart(2, '0')}/${r.int(2016, 2026)}`;
}

/** A sentence with a Party document number, a date and a comrade's name in random places. */
export function sentenceWithRuns(r: Rng): string {
  const parts = [
    words(r, 3, 14),
    `theo Kết luận số ${r.pick(DOCUMENT_NUMBERS)} ngày ${date(r)}`,
    words(r, 2, 10),
    `do đồng chí ${personName(r)} phụ trách`,
    words(r, 0, 12),
  ];
  const s = parts.filter(Boolean).join(' ');
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1) + '.';
}
