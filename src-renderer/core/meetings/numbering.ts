/**
 * Document numbers (domain.md §5.2): continuous from 01 per document type within a cấp ủy term
 * (đại hội to đại hội), not reset yearly. "Số 01-BB/CB": leading zero below 10, no colon.
 */
import type { DocumentTypeCode, IsoDate, UnitProfileVersion } from '../model';

export interface NumberedDocument {
  typeCode: string;
  termStart: IsoDate;
  number: number;
}

export function nextDocumentNumber(existing: readonly NumberedDocument[], type: DocumentTypeCode | string, termStart: IsoDate): number {
  let max = 0;
  for (const d of existing) if (d.typeCode === type && d.termStart === termStart && d.number > max) max = d.number;
  return max + 1;
}

/** "Số 01-BB/CB"; "Số ...-BB/CB" before a number is assigned (draft). */
export function documentNumberText(number: number | undefined, type: string, issuerCode: string): string {
  const n = number === undefined ? '...' : String(number).padStart(2, '0');
  return `Số ${n}-${type}/${issuerCode}`;
}

/**
 * Start of the term that numbers a document issued on `date`: the unit profile's termStart;
 * without one, 1 January of the year (the secretary should record the term in the unit profile).
 */
export function termStartFor(profile: Pick<UnitProfileVersion, 'termStart' | 'termEnd'> | undefined, date: IsoDate): IsoDate {
  if (profile?.termStart && profile.termStart <= date && (!profile.termEnd || date <= profile.termEnd)) return profile.termStart;
  return `${date.slice(0, 4)}-01-01`;
}
