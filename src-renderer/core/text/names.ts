import { cleanText, toneInsensitiveKey } from './normalize';

export interface NameParts {
  familyName: string; // họ
  middleName: string; // tên đệm
  givenName: string; // tên
}

/** Two-word family names that the automatic split would otherwise cut in half. */
export const COMPOUND_FAMILY_NAMES = ['Âu Dương', 'Tôn Nữ', 'Tôn Thất', 'Công Tằng Tôn Nữ', 'Hoàng Phủ', 'Tư Mã', 'Gia Cát'];

/**
 * Split a Vietnamese full name into họ / tên đệm / tên: first word, middle words, last word,
 * keeping known compound family names together. A one-word name is a given name only.
 */
export function splitFullName(fullName: string): NameParts {
  const words = cleanText(fullName).split(' ').filter(Boolean);
  if (words.length === 0) return { familyName: '', middleName: '', givenName: '' };
  if (words.length === 1) return { familyName: '', middleName: '', givenName: words[0]! };
  const key = toneInsensitiveKey(words.join(' '));
  let familyWords = 1;
  for (const compound of COMPOUND_FAMILY_NAMES) {
    const ck = toneInsensitiveKey(compound);
    const n = compound.split(' ').length;
    if (words.length > n && (key === ck || key.startsWith(ck + ' ')) && n > familyWords) familyWords = n;
  }
  return {
    familyName: words.slice(0, familyWords).join(' '),
    middleName: words.slice(familyWords, -1).join(' '),
    givenName: words[words.length - 1]!,
  };
}

/**
 * Made at the first comparison, not when the module loads: building ICU's Vietnamese collation
 * took tens of milliseconds of the app's start-up (issue 19), which compares no names.
 */
let collator: Intl.Collator | undefined;

/** Sort keys of recently compared strings (a sort compares each name many times). */
const sortKeys = new Map<string, string>();

/**
 * The key names are ordered by: NFC, and every tone mark on one canonical place of its syllable
 * (`toneInsensitiveKey`), so "Thủy" and "Thuỷ", "Hòa" and "Hoà" sort as the same name
 * (domain.md §5.4, §8.1) and "Hoả" never lands between two "Hòa".
 */
export function nameSortKey(value: string): string {
  let key = sortKeys.get(value);
  if (key === undefined) {
    if (sortKeys.size > 20000) sortKeys.clear();
    key = toneInsensitiveKey(value);
    sortKeys.set(value, key);
  }
  return key;
}

/**
 * Vietnamese collation of two strings (CLDR vi: đ after d, tones at secondary level, không dấu <
 * huyền < hỏi < ngã < sắc < nặng), on the tone-canonical key; two spellings of the same name
 * ("Thủy"/"Thuỷ") are then ordered by their raw text so the order is stable.
 */
export function compareVi(a: string, b: string): number {
  if (a === b) return 0;
  collator ??= new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });
  return collator.compare(nameSortKey(a), nameSortKey(b)) || collator.compare(a, b);
}

/** Order of a list: by tên, then tên đệm, then họ (domain.md §8.1). */
export function compareByGivenName(a: NameParts, b: NameParts): number {
  return compareVi(a.givenName, b.givenName) || compareVi(a.middleName, b.middleName) || compareVi(a.familyName, b.familyName);
}

export const OFFICE_RANK = { bi_thu: 0, pho_bi_thu: 1, chi_uy_vien: 2, dang_vien: 3 } as const;

export interface SortableMember extends NameParts {
  partyPosition: keyof typeof OFFICE_RANK;
}

/** Sort members; with `officeHoldersFirst`, bí thư, phó bí thư and chi ủy viên come first. */
export function sortMembers<T extends SortableMember>(members: readonly T[], officeHoldersFirst = false): T[] {
  return [...members].sort((a, b) => {
    if (officeHoldersFirst) {
      const rank = OFFICE_RANK[a.partyPosition] - OFFICE_RANK[b.partyPosition];
      if (rank !== 0) return rank;
    }
    return compareByGivenName(a, b);
  });
}
