/**
 * Score → level under a scored scheme (QĐ 366 Điều 11): ≥ 90 xuất sắc (only with "≥ 30% of
 * tasks exceeded", otherwise tốt), 70–<90 tốt, 50–<70 hoàn thành, < 50 không hoàn thành; any
 * forced-failure condition gives "Không hoàn thành nhiệm vụ" whatever the score.
 */
import type { RatingLevel } from '../model';
import { formatDecimal, roundHalfUp } from '../text';
import type { YearEndScheme } from './schemes';

export interface ScoreInput {
  common?: number;
  tasks?: number;
  exceededShare30?: boolean;
  /** Codes of forced-failure conditions that apply. */
  forcedFailure?: readonly string[];
  /** The member holds a leadership post: leader-only conditions count. */
  isLeader?: boolean;
}

export interface ScoreResult {
  ok: boolean;
  /** Vietnamese messages for invalid input; empty when ok. */
  errors: string[];
  total?: number;
  /** Level from the score band alone. */
  bandLevel?: RatingLevel;
  level?: RatingLevel;
  /** Why the level differs from the plain band (Vietnamese). */
  notes: string[];
}

function checkPart(value: number | undefined, max: number, label: string, errors: string[]): void {
  if (value === undefined) return;
  if (!Number.isFinite(value) || value < 0 || value > max) {
    errors.push(`Điểm “${label}” phải từ 0 đến ${max} (đang nhập ${Number.isFinite(value) ? formatDecimal(value) : 'không phải số'}).`);
  } else if (roundHalfUp(value, 2) !== value && Math.abs(roundHalfUp(value, 2) - value) > 1e-9) {
    errors.push(`Điểm “${label}” chỉ lấy tối đa 2 chữ số thập phân.`);
  }
}

export function levelForScore(scheme: YearEndScheme, input: ScoreInput): ScoreResult {
  const scoring = scheme.data.scoring;
  const errors: string[] = [];
  const notes: string[] = [];
  const forced = (input.forcedFailure ?? []).filter((code) => {
    const c = scheme.data.forcedFailure.find((f) => f.code === code);
    return c !== undefined && (!c.leadersOnly || input.isLeader === true);
  });
  if (!scoring) {
    if (forced.length > 0) {
      return { ok: true, errors, level: 'khong_hoan_thanh', notes: ['Có điều kiện buộc xếp loại không hoàn thành nhiệm vụ.'] };
    }
    return { ok: true, errors, notes: [`${scheme.name} không chấm điểm: chọn trực tiếp mức xếp loại.`] };
  }
  checkPart(input.common, scoring.commonMax, scoring.commonLabel, errors);
  checkPart(input.tasks, scoring.tasksMax, scoring.tasksLabel, errors);
  if (errors.length > 0) return { ok: false, errors, notes };
  if (input.common === undefined || input.tasks === undefined) {
    if (forced.length > 0) {
      return { ok: true, errors, level: 'khong_hoan_thanh', notes: forcedNotes(scheme, forced) };
    }
    return { ok: true, errors, notes: ['Chưa nhập đủ điểm hai nhóm tiêu chí.'] };
  }
  const total = roundHalfUp(input.common + input.tasks, 2);
  const bands = [...scoring.bands].sort((a, b) => b.min - a.min);
  const bandLevel: RatingLevel = bands.find((b) => total >= b.min)?.level ?? 'khong_hoan_thanh';
  let level: RatingLevel =
    bands.find((b) => total >= b.min && (b.requires !== 'exceededShare30' || input.exceededShare30 === true))?.level ?? 'khong_hoan_thanh';
  if (level !== bandLevel) {
    notes.push(
      `Đủ ${formatDecimal(bands[0]?.min ?? 90)} điểm nhưng chưa đánh dấu “ít nhất 30% chỉ tiêu, nhiệm vụ vượt yêu cầu”: xếp loại hoàn thành tốt nhiệm vụ.`,
    );
  }
  if (forced.length > 0) {
    level = 'khong_hoan_thanh';
    notes.push(...forcedNotes(scheme, forced));
  }
  return { ok: true, errors, total, bandLevel, level, notes };
}

function forcedNotes(scheme: YearEndScheme, codes: readonly string[]): string[] {
  return codes.map((code) => {
    const label = scheme.data.forcedFailure.find((f) => f.code === code)?.label ?? code;
    return `Xếp loại không hoàn thành nhiệm vụ vì: ${label}.`;
  });
}

/** Level for a collective (Mẫu 01): same bands; xuất sắc also needs no discipline in the unit. */
export interface UnitScoreInput {
  score?: number;
  exceededShare30?: boolean;
  noDiscipline?: boolean;
  forcedFailure?: readonly string[];
}

export function unitLevelForScore(scheme: YearEndScheme, input: UnitScoreInput): ScoreResult {
  const scoring = scheme.data.scoring;
  const errors: string[] = [];
  const notes: string[] = [];
  const forced = (input.forcedFailure ?? []).filter((c) => scheme.data.unitForcedFailure.some((f) => f.code === c));
  if (!scoring) return { ok: true, errors, notes: [`${scheme.name} không chấm điểm: chọn trực tiếp mức xếp loại.`] };
  const max = scoring.commonMax + scoring.tasksMax;
  if (input.score !== undefined && (!Number.isFinite(input.score) || input.score < 0 || input.score > max)) {
    return { ok: false, errors: [`Tổng điểm của chi bộ phải từ 0 đến ${max}.`], notes };
  }
  if (input.score === undefined) {
    return forced.length > 0
      ? { ok: true, errors, level: 'khong_hoan_thanh', notes: forced.map((c) => unitForcedNote(scheme, c)) }
      : { ok: true, errors, notes: ['Chưa nhập tổng điểm của chi bộ.'] };
  }
  const total = roundHalfUp(input.score, 2);
  const bands = [...scoring.bands].sort((a, b) => b.min - a.min);
  const bandLevel = bands.find((b) => total >= b.min)?.level ?? 'khong_hoan_thanh';
  let level: RatingLevel = bandLevel;
  if (bandLevel === 'xuat_sac' && (!input.exceededShare30 || !input.noDiscipline)) {
    level = 'tot';
    notes.push(
      'Đủ 90 điểm nhưng chưa đủ điều kiện xuất sắc (ít nhất 30% chỉ tiêu vượt yêu cầu; không có tổ chức trực thuộc, cấp ủy viên hay đảng viên bị kỷ luật): xếp loại hoàn thành tốt nhiệm vụ.',
    );
  }
  if (forced.length > 0) {
    level = 'khong_hoan_thanh';
    notes.push(...forced.map((c) => unitForcedNote(scheme, c)));
  }
  return { ok: true, errors, total, bandLevel, level, notes };
}

function unitForcedNote(scheme: YearEndScheme, code: string): string {
  const label = scheme.data.unitForcedFailure.find((f) => f.code === code)?.label ?? code;
  return `Xếp loại không hoàn thành nhiệm vụ vì: ${label}.`;
}
