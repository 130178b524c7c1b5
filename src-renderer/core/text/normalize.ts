/** Vietnamese text rules: NFC on input, a folded search key, tone-placement unification. */

/** NFC-normalise and trim a user-entered string; collapses runs of white space. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** NFC-normalise without touching white space (multi-line text areas). */
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
