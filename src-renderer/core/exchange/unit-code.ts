/**
 * Unit codes (mã đơn vị) as typed by people and as read from files. Two forms are in use:
 *   - the app's own short codes: "CB-SOTUPHAP", "DB-CQD" (letters without marks, digits, "-", "_", ".");
 *   - the national mã tổ chức đảng of the Party's organisation database: digits, possibly in
 *     dot-separated groups ("01.02.003.0004") or run together ("0102003").
 * Both are accepted. Every code is compared in its NORMAL FORM: trimmed, NFC, upper case — so a cell
 * that typed "cb-thuongmai" is the committee's "CB-THUONGMAI". Pure.
 */

/** Trim, NFC, upper case (the form stored and matched everywhere). */
export function normaliseUnitCode(code: string): string {
  return code.normalize('NFC').trim().toUpperCase();
}

/** Same as normaliseUnitCode for an optional code; empty → undefined. */
export function normaliseOptionalUnitCode(code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  const n = normaliseUnitCode(code);
  return n.length > 0 ? n : undefined;
}

export const UNIT_CODE_MAX = 60;
const SHORT_CODE = /^[A-Z0-9][A-Z0-9._-]*$/u;
const NATIONAL_CODE = /^\d{1,12}(\.\d{1,12}){0,9}$/u;

export type UnitCodeKind = 'short' | 'national';

/** Which form a (normalised) code has, or undefined when it is neither. */
export function unitCodeKind(code: string): UnitCodeKind | undefined {
  if (code.length === 0 || code.length > UNIT_CODE_MAX) return undefined;
  if (NATIONAL_CODE.test(code)) return 'national';
  if (SHORT_CODE.test(code)) return 'short';
  return undefined;
}

/** Vietnamese problem with a typed code (normalised first), or undefined when it is valid. */
export function unitCodeProblem(typed: string): string | undefined {
  const code = normaliseUnitCode(typed);
  if (code.length === 0)
    return 'Hãy nhập mã đơn vị (ví dụ CB-SOTUPHAP, hoặc mã tổ chức đảng như 01.02.003), đúng mã đơn vị đó dùng khi xuất báo cáo.';
  if (code.length > UNIT_CODE_MAX) return `Mã đơn vị dài quá ${UNIT_CODE_MAX} ký tự.`;
  if (unitCodeKind(code) === undefined) {
    return 'Mã đơn vị chỉ gồm chữ không dấu, chữ số, dấu gạch ngang, gạch dưới hoặc dấu chấm (ví dụ CB-SOTUPHAP), hoặc là mã tổ chức đảng gồm các nhóm chữ số cách nhau bằng dấu chấm (ví dụ 01.02.003).';
  }
  return undefined;
}
