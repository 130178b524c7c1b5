/** Roster helpers: name preparation, search, filters and the on-screen order. */
import type { IsoDate, Member, PartyPosition } from '../model';
import {
  cleanText,
  foldForSearch,
  searchWords,
  sortMembers,
  splitFullName,
  wordMarks,
  wordMatches,
  type NameParts,
  type SearchWord,
  type WordMarks,
} from '../text';
import { isActiveMember, membershipEvents, statusCodeOn, type RosterStatus } from './status';

export interface PreparedName extends NameParts {
  fullName: string;
  searchKey: string;
  nameSplitOverride: boolean;
}

/**
 * NFC-clean a full name and split it into họ / tên đệm / tên. With `override` the given parts are
 * kept (Tôn Nữ, Âu Dương, minority names) when they still make up the full name.
 */
export function prepareName(fullName: string, override?: Partial<NameParts>): PreparedName {
  const full = cleanText(fullName);
  const auto = splitFullName(full);
  let parts: NameParts = auto;
  let overridden = false;
  if (override && (override.familyName !== undefined || override.givenName !== undefined || override.middleName !== undefined)) {
    const given: NameParts = {
      familyName: cleanText(override.familyName ?? ''),
      middleName: cleanText(override.middleName ?? ''),
      givenName: cleanText(override.givenName ?? ''),
    };
    const joined = [given.familyName, given.middleName, given.givenName].filter(Boolean).join(' ');
    if (given.givenName && joined === full) {
      overridden = given.familyName !== auto.familyName || given.middleName !== auto.middleName || given.givenName !== auto.givenName;
      parts = given;
    }
  }
  return { ...parts, fullName: full, searchKey: foldForSearch(full), nameSplitOverride: overridden };
}

/** True when the typed split parts join back to the full name. */
export function splitMatchesFullName(fullName: string, parts: NameParts): boolean {
  return [parts.familyName, parts.middleName, parts.givenName].map(cleanText).filter(Boolean).join(' ') === cleanText(fullName);
}

export type StatusFilter = 'all' | 'active' | 'chinh_thuc' | 'du_bi' | 'mien' | 'dinh_chi' | 'tam_thoi' | 'left';

export const STATUS_FILTER_LABELS: Record<StatusFilter, string> = {
  all: 'Tất cả',
  active: 'Đang sinh hoạt',
  chinh_thuc: 'Chính thức',
  du_bi: 'Dự bị',
  mien: 'Miễn sinh hoạt',
  dinh_chi: 'Đình chỉ sinh hoạt',
  tam_thoi: 'Sinh hoạt tạm thời nơi khác',
  left: 'Đã ra khỏi chi bộ',
};

export interface MemberQuery {
  /** Free text; diacritics, case and NFC/NFD do not matter. Also matches số thẻ. */
  text?: string;
  status?: StatusFilter;
  /** Restrict to members who belonged to the cell at some time in this year. */
  year?: number;
  /** Date on which status is judged (required with a status filter; see `referenceDate`). */
  date?: IsoDate;
}

export type FilterableMember = Pick<
  Member,
  'searchKey' | 'fullName' | 'cardNumber' | 'statusPeriods' | 'admissionDate' | 'fullMembershipDate'
>;

interface TextKey {
  words: string[];
  /** The folded words, each after a space (" nguyen thi yen"): "a word begins with q" is one `includes(" " + q)`. */
  spaced: string;
  /** The name's words with their marks (from the full name as written), computed on demand. */
  marks?: WordMarks[];
  card: string;
}

/** Folded words of the name and folded số thẻ, computed once per (immutable) member object. */
const textKeyCache = new WeakMap<object, TextKey>();

function textKeyOf(member: FilterableMember): TextKey {
  let key = textKeyCache.get(member);
  if (!key) {
    const words = (member.searchKey || foldForSearch(member.fullName)).split(' ');
    key = { words, spaced: ` ${words.join(' ')}`, card: member.cardNumber ? foldForSearch(member.cardNumber) : '' };
    textKeyCache.set(member, key);
  }
  return key;
}

function marksOf(member: FilterableMember, key: TextKey): WordMarks[] {
  if (!key.marks) key.marks = cleanText(member.fullName).split(' ').map(wordMarks);
  return key.marks;
}

/** A query word ready for the scan: `spaced` is " " + its folded form. */
interface QueryWord extends SearchWord {
  spaced: string;
}

function queryWords(words: readonly SearchWord[]): QueryWord[] {
  return words.map((q) => ({ ...q, spaced: ` ${q.folded}` }));
}

/**
 * Every query word begins some word of the name (or is part of the số thẻ). A word typed without
 * marks matches any marks; a word typed with marks matches only those marks (`wordMatches`).
 */
function matchesKey(member: FilterableMember, key: TextKey, words: readonly QueryWord[]): boolean {
  for (const q of words) {
    if (key.card !== '' && key.card.includes(q.folded)) continue;
    // No name word begins with the folded query word: no match, whatever the marks.
    if (!key.spaced.includes(q.spaced)) return false;
    if (!q.marks) continue;
    let found = false;
    for (let i = 0; !found && i < key.words.length; i++) {
      found = wordMatches(key.words[i]!, () => marksOf(member, key)[i] ?? { base: key.words[i]!, tone: '' }, q);
    }
    if (!found) return false;
  }
  return true;
}

/**
 * The text search of one roster, prepared once (when the roster loads or its status filter
 * changes): every member's folded words are computed here, so a keystroke only scans strings.
 * The result is `filterMembers(members, text)`. When the new query only types on (the same words
 * without marks, the last one longer, or more words), only the previous matches are scanned: a
 * keystroke then costs in proportion to the matches, not to the roster.
 */
export function prepareMemberSearch<T extends FilterableMember>(members: readonly T[]): (text: string) => readonly T[] {
  const keys = members.map(textKeyOf);
  // The previous query and where its matches are in `members`.
  let last: { words: SearchWord[]; at: readonly number[] } = { words: [], at: [] };
  return (text) => {
    const words = searchWords(text);
    if (words.length === 0) return members;
    const from = typesOn(last.words, words) ? last.at : undefined;
    const q = queryWords(words);
    const found: T[] = [];
    const at: number[] = [];
    const scan = (i: number) => {
      if (matchesKey(members[i]!, keys[i]!, q)) {
        found.push(members[i]!);
        at.push(i);
      }
    };
    if (from) for (const i of from) scan(i);
    else for (let i = 0; i < members.length; i++) scan(i);
    last = { words, at };
    return found;
  };
}

/** Does `next` only narrow `prev` (words without marks, typed on)? Then its matches are among prev's. */
function typesOn(prev: readonly SearchWord[], next: readonly SearchWord[]): boolean {
  if (prev.length === 0 || next.length < prev.length) return false;
  if (prev.some((w) => w.marks) || next.some((w) => w.marks)) return false;
  const lastPrev = prev.length - 1;
  for (let i = 0; i < lastPrev; i++) if (next[i]!.folded !== prev[i]!.folded) return false;
  return next[lastPrev]!.folded.startsWith(prev[lastPrev]!.folded);
}

/** Was the member in the cell at some time during the year? */
export function activeDuringYear(member: FilterableMember, year: number): boolean {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  if (isActiveMember(member, first)) return true;
  return membershipEvents(member).some((e) => e.start && e.date >= first && e.date <= last);
}

const LEFT: ReadonlySet<RosterStatus> = new Set(['chuyen_di', 'tu_tran', 'xoa_ten', 'khai_tru']);

export function matchesStatus(code: RosterStatus, filter: StatusFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'active':
      return !LEFT.has(code) && code !== 'chua_sinh_hoat';
    case 'chinh_thuc':
      return code === 'chinh_thuc';
    case 'du_bi':
      return code === 'du_bi';
    case 'mien':
      return code === 'mien_sinh_hoat';
    case 'dinh_chi':
      return code === 'dinh_chi';
    case 'tam_thoi':
      return code === 'sinh_hoat_tam_thoi';
    case 'left':
      return LEFT.has(code);
  }
}

export function referenceDate(query: Pick<MemberQuery, 'year' | 'date'>, today: IsoDate): IsoDate {
  if (query.date) return query.date;
  if (query.year !== undefined) {
    const end = `${query.year}-12-31`;
    return end < today ? end : today;
  }
  return today;
}

/**
 * Filter a roster (keeps the input order, so filter an already sorted list). A string query is
 * text only. Measurable by `npm run bench`: 5,000 members, any query.
 */
export function filterMembers<T extends FilterableMember>(members: readonly T[], query: MemberQuery | string): T[] {
  const q: MemberQuery = typeof query === 'string' ? { text: query } : query;
  const words = q.text ? queryWords(searchWords(q.text)) : [];
  const status = q.status ?? 'all';
  if (status !== 'all' && !q.date) throw new Error('filterMembers: a status filter needs the date it is judged on (query.date)');
  const date = q.date ?? '';
  const out: T[] = [];
  for (const m of members) {
    if (words.length > 0 && !matchesKey(m, textKeyOf(m), words)) continue;
    if (q.year !== undefined && !activeDuringYear(m, q.year)) continue;
    if (status !== 'all' && !matchesStatus(statusCodeOn(m, date), status)) continue;
    out.push(m);
  }
  return out;
}

export interface SortableRosterMember extends NameParts {
  partyPosition: PartyPosition;
}

/** The roster order: tên, tên đệm, họ (Vietnamese collation); office holders first on request. */
export function sortRoster<T extends SortableRosterMember>(members: readonly T[], officeHoldersFirst = false): T[] {
  return sortMembers(members, officeHoldersFirst);
}
