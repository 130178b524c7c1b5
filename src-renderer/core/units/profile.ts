import type { IsoDate, Unit, UnitProfileVersion, UnitType } from '../model';
import { cleanText, isValidIsoDate, lengthProblems } from '../text';

/**
 * The profile version valid on `date`: the latest version whose validFrom ≤ date.
 * A date before the first recorded version gets the first version (the unit existed; its older
 * history was simply not entered). Undefined only when the unit has no history at all.
 */
export function profileOn(unit: Pick<Unit, 'history'>, date: IsoDate): UnitProfileVersion | undefined {
  const sorted = sortHistory(unit.history);
  let found: UnitProfileVersion | undefined = sorted[0];
  for (const version of sorted) {
    if (version.validFrom <= date) found = version;
    else break;
  }
  return found;
}

/** The most recent version (what the profile panel shows by default). */
export function currentProfile(unit: Pick<Unit, 'history'>): UnitProfileVersion | undefined {
  const sorted = sortHistory(unit.history);
  return sorted[sorted.length - 1];
}

export function sortHistory(history: readonly UnitProfileVersion[]): UnitProfileVersion[] {
  return [...history].sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0));
}

/** NFC + trim every text field of a profile version; drops empty optional fields. */
export function cleanProfileVersion(version: UnitProfileVersion): UnitProfileVersion {
  const out: UnitProfileVersion = {
    validFrom: version.validFrom.trim(),
    name: cleanText(version.name),
    superiorName: cleanText(version.superiorName),
    superiorCommittee: cleanText(version.superiorCommittee),
    placeName: cleanText(version.placeName),
    issuerCode: cleanText(version.issuerCode),
  };
  if (version.termStart) out.termStart = version.termStart;
  if (version.termEnd) out.termEnd = version.termEnd;
  const secretary = cleanText(version.secretary ?? '');
  if (secretary) out.secretary = secretary;
  const deputy = cleanText(version.deputySecretary ?? '');
  if (deputy) out.deputySecretary = deputy;
  const committee = (version.committeeMembers ?? []).map(cleanText).filter(Boolean);
  if (committee.length > 0) out.committeeMembers = committee;
  return out;
}

/** The profile's texts longer than TEXT_LIMITS (they are printed in every document's header). */
export function profileLengthProblems(version: Partial<UnitProfileVersion>): string[] {
  return lengthProblems([
    ['Tên chi bộ / tổ chức đảng', version.name, 'unitName'],
    ['Tên tổ chức đảng cấp trên', version.superiorName, 'unitName'],
    ['Tên cấp ủy nhận báo cáo', version.superiorCommittee, 'committeeName'],
    ['Địa danh', version.placeName, 'placeName'],
    ['Ký hiệu cơ quan ban hành', version.issuerCode, 'issuerCode'],
    ['Họ tên bí thư', version.secretary, 'personName'],
    ['Họ tên phó bí thư', version.deputySecretary, 'personName'],
    ...(version.committeeMembers ?? []).map((n) => ['Họ tên chi ủy viên', n, 'personName'] as const),
  ]);
}

/** Vietnamese messages for what is wrong with a profile version; empty when it is fine. */
export function validateProfileVersion(version: UnitProfileVersion): string[] {
  const errors: string[] = [];
  if (!isValidIsoDate(version.validFrom)) errors.push('Ngày áp dụng không hợp lệ. Nhập ngày dạng ngày/tháng/năm.');
  if (!cleanText(version.name)) errors.push('Chưa nhập tên chi bộ / tổ chức đảng.');
  if (!cleanText(version.superiorName)) errors.push('Chưa nhập tên tổ chức đảng cấp trên.');
  if (!cleanText(version.placeName)) errors.push('Chưa nhập địa danh (dùng cho dòng "…, ngày … tháng … năm …").');
  if (version.termStart && !isValidIsoDate(version.termStart)) errors.push('Ngày bắt đầu nhiệm kỳ không hợp lệ.');
  if (version.termEnd && !isValidIsoDate(version.termEnd)) errors.push('Ngày kết thúc nhiệm kỳ không hợp lệ.');
  if (version.termStart && version.termEnd && version.termEnd < version.termStart)
    errors.push('Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu nhiệm kỳ.');
  errors.push(...profileLengthProblems(version));
  return errors;
}

/**
 * Add a dated version to a history (never overwrite an older one). A version with the same
 * validFrom as an existing one replaces it (correcting the entry of that day).
 */
export function withProfileVersion(history: readonly UnitProfileVersion[], version: UnitProfileVersion): UnitProfileVersion[] {
  const rest = history.filter((v) => v.validFrom !== version.validFrom);
  return sortHistory([...rest, version]);
}

/** "nhiệm kỳ 2025 - 2030" or '' when the term is not set. */
export function termLabel(version: Pick<UnitProfileVersion, 'termStart' | 'termEnd'>): string {
  if (!version.termStart) return '';
  const start = version.termStart.slice(0, 4);
  return version.termEnd ? `nhiệm kỳ ${start} - ${version.termEnd.slice(0, 4)}` : `nhiệm kỳ ${start}`;
}

export const UNIT_TYPE_LABELS: Record<UnitType, string> = {
  chi_bo_truc_thuoc: 'Chi bộ trực thuộc đảng bộ cơ sở',
  chi_bo_co_so: 'Chi bộ cơ sở',
  dang_bo_bo_phan: 'Đảng bộ bộ phận',
  dang_bo_co_so: 'Đảng bộ cơ sở',
  dang_bo_cap_tren_co_so: 'Đảng bộ cấp trên cơ sở',
  tinh: 'Đảng bộ tỉnh',
};
