/**
 * The unit-profile → document-header mapping, once: every document (minutes, pledge forms, the
 * consolidated report) prints the profile valid on the document's date.
 */
import type { IsoDate, Unit } from '../model';
import { profileOn } from '../units';

export interface DocumentHeader {
  /** Left header, first line: the superior committee ("Đảng ủy các cơ quan Đảng tỉnh"). */
  superiorName: string;
  /** The superior committee as a body (Nơi nhận; falls back to superiorName). */
  superiorCommittee: string;
  /** The issuing cell ("Chi bộ Sở Tư pháp"). */
  unitName: string;
  placeName: string;
  /** Issuer code in document numbers ("CB" in "Số 01-BB/CB"). */
  issuerCode: string;
  secretaryName?: string;
}

export function documentHeader(unit: Pick<Unit, 'history'> | undefined, date: IsoDate): DocumentHeader {
  const profile = unit ? profileOn(unit, date) : undefined;
  return {
    superiorName: profile?.superiorName ?? '',
    superiorCommittee: profile?.superiorCommittee || profile?.superiorName || '',
    unitName: profile?.name ?? '',
    placeName: profile?.placeName ?? '',
    issuerCode: profile?.issuerCode || 'CB',
    ...(profile?.secretary ? { secretaryName: profile.secretary } : {}),
  };
}
