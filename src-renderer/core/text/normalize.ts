/** Vietnamese text rules: NFC on input, a folded search key, tone-placement unification. */

/** NFC-normalise and trim a user-entered string; collapses runs of white space. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * A multi-line text field (text areas: minutes content, tasks, opinions, pledge items, report
 * texts, self-review sections): NFC, and the lines are kept — each line trimmed, runs of spaces
 * and tabs inside a line collapsed to one space, runs of blank lines collapsed to one blank line,
 * no blank line at the start or the end. Windows (CRLF) and old Mac (CR) line ends become "\n".
 */
export function cleanMultiline(value: string): string {
  const lines = value
    .normalize('NFC')
    .split(/\r\n|\r|\n|\u2028|\u2029/u)
    .map((l) => l.replace(/[^\S\n]+/gu, ' ').trim());
  const out: string[] = [];
  for (const l of lines) {
    if (l === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(l);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/** NFC-normalise without touching white space. */
export function nfc(value: string): string {
  return value.normalize('NFC');
}

/** Recursively NFC-normalise every string inside a plain value (imports, pastes). */
export function nfcDeep<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((v) => nfcDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = nfcDeep(v);
    return out as T;
  }
  return value;
}

/**
 * Search key: NFD, strip combining marks, đ→d, lower case, single spaces.
 * "Nguyễn Thị Ngọc Yến" → "nguyen thi ngoc yen".
 */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** True when every word of the folded query occurs in the search key. */
export function matchesSearch(searchKey: string, query: string): boolean {
  const q = foldForSearch(query);
  if (q === '') return true;
  return q.split(' ').every((part) => searchKey.includes(part));
}

/**
 * Comparison key that ignores where the tone mark sits ("Thủy" = "Thuỷ", "Hòa" = "Hoà"):
 * tones are moved to the end of their syllable in NFD form.
 */
export function toneInsensitiveKey(value: string): string {
  return cleanText(value)
    .toLowerCase()
    .split(' ')
    .map((syllable) => {
      const d = syllable.normalize('NFD');
      const tones = d.match(/[\u0300\u0301\u0303\u0309\u0323]/gu) ?? [];
      const base = d.replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '');
      return (base + tones.join('')).normalize('NFC');
    })
    .join(' ');
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** One word of a name split into its letters with vowel marks (ă â ê ô ơ ư đ) and its tone. */
export interface WordMarks {
  /** Lower case, NFC, vowel marks kept, tone removed ("trường" → "trương"). */
  base: string;
  /** The tone marks of the word (combining characters), "" for thanh ngang. */
  tone: string;
}

export function wordMarks(word: string): WordMarks {
  const d = word.normalize('NFD').toLowerCase();
  return { base: d.replace(TONE_MARKS, '').normalize('NFC'), tone: (d.match(TONE_MARKS) ?? []).join('') };
}

/** One word of a search query. `marks` is set when the word was typed with diacritics. */
export interface SearchWord {
  folded: string;
  marks?: WordMarks;
}

/**
 * Words of a search query (NFC/NFD and case do not matter). A word typed without any mark matches
 * every spelling; a word typed with marks keeps them, so it matches only names with those marks
 * (`wordMatches`).
 */
export function searchWords(query: string): SearchWord[] {
  const words = cleanText(query).toLowerCase().split(' ').filter(Boolean);
  return words.map((w) => {
    const folded = foldForSearch(w);
    return folded === w ? { folded } : { folded, marks: wordMarks(w) };
  });
}

/**
 * Does a query word match (the beginning of) a word of a name? Without marks: on the folded
 * form ("dung" finds Dũng and Dung). With marks: the letters with their vowel marks must begin
 * the name word, and the tone must be the same wherever it was placed ("thuỷ" finds "Thủy";
 * "DŨNG" finds Dũng, not Dung). A marked query word without a tone that covers the whole name
 * word needs a name word without a tone ("Nguyên" does not find Nguyễn); a shorter one may still
 * be typed on ("Trư" finds Trường).
 */
export function wordMatches(nameFolded: string, nameMarks: () => WordMarks, q: SearchWord): boolean {
  if (!nameFolded.startsWith(q.folded)) return false;
  if (!q.marks) return true;
  const w = nameMarks();
  if (!w.base.startsWith(q.marks.base)) return false;
  if (q.marks.tone !== '') return w.tone === q.marks.tone;
  return q.marks.base.length < w.base.length || w.tone === '';
}
