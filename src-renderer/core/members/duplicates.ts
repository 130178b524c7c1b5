/** Duplicate detection: same số thẻ, or same full name (tone placement ignored) and birth date. */
import type { Member } from '../model';
import { cleanText, foldForSearch, toneInsensitiveKey } from '../text';

export type DuplicateReason = 'card' | 'name_birth';

export type DuplicateCandidate = Pick<Member, 'fullName' | 'birthDate' | 'cardNumber'>;

export function cardKey(cardNumber: string | undefined): string | undefined {
  if (!cardNumber) return undefined;
  const key = foldForSearch(cardNumber).replace(/[\s.\-/]/gu, '');
  return key === '' ? undefined : key;
}

export function nameBirthKey(m: DuplicateCandidate): string | undefined {
  if (!m.birthDate || !cleanText(m.fullName)) return undefined;
  return `${toneInsensitiveKey(m.fullName)}|${m.birthDate}`;
}

/** Why b duplicates a, if it does. */
export function duplicateReason(a: DuplicateCandidate, b: DuplicateCandidate): DuplicateReason | undefined {
  const ca = cardKey(a.cardNumber);
  if (ca !== undefined && ca === cardKey(b.cardNumber)) return 'card';
  const na = nameBirthKey(a);
  if (na !== undefined && na === nameBirthKey(b)) return 'name_birth';
  return undefined;
}

export interface DuplicateMatch<T> {
  member: T;
  reason: DuplicateReason;
}

export function findDuplicatesIn<T extends DuplicateCandidate & { id: string }>(
  candidate: DuplicateCandidate,
  members: readonly T[],
  excludeId?: string,
): DuplicateMatch<T>[] {
  const out: DuplicateMatch<T>[] = [];
  for (const m of members) {
    if (m.id === excludeId) continue;
    const reason = duplicateReason(m, candidate);
    if (reason) out.push({ member: m, reason });
  }
  return out;
}

export function duplicateMessage(match: DuplicateMatch<DuplicateCandidate>): string {
  return match.reason === 'card'
    ? `Số thẻ đảng viên trùng với đồng chí ${match.member.fullName}.`
    : `Trùng họ tên và ngày sinh với đồng chí ${match.member.fullName} đã có trong danh sách.`;
}
