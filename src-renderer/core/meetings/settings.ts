/**
 * Quorum and warning thresholds as rule-set data (domain.md §4.5, §4.6). The 2/3 attendance
 * figure for an ordinary monthly meeting is not verified, so it is only a warning threshold.
 */
import type { RuleSet } from '../model';

export interface QuorumSettings {
  /** Warn when present / counted is below this fraction (default 2/3). */
  attendanceWarnBelowFraction: number;
  /** Warn when the attendance percentage is at or below this (HD 12: "trên 85%"). */
  attendanceWarnAtOrBelowPercent: number;
  /** A resolution passes with strictly more than this fraction of counted members in favour. */
  majorityFraction: number;
  /** Admission (kết nạp) needs at least this fraction of đảng viên chính thức. */
  admissionFraction: number;
  /** Warn when someone was absent with reason more than this many meetings in a row in a year. */
  maxConsecutiveExcusedAbsences: number;
  minDurationMinutes: number;
  /** Minimum when thường kỳ and chuyên đề are held in one session. */
  minDurationCombinedMinutes: number;
}

export const DEFAULT_QUORUM: QuorumSettings = {
  attendanceWarnBelowFraction: 2 / 3,
  attendanceWarnAtOrBelowPercent: 85,
  majorityFraction: 1 / 2,
  admissionFraction: 2 / 3,
  maxConsecutiveExcusedAbsences: 3,
  minDurationMinutes: 90,
  minDurationCombinedMinutes: 120,
};

export const QUORUM_PRESET: RuleSet<QuorumSettings> = {
  id: 'preset-quorum-default',
  kind: 'quorum',
  code: 'QUORUM-DEFAULT',
  name: 'Ngưỡng cảnh báo và biểu quyết (mặc định)',
  version: 1,
  validFrom: '2000-01-01',
  source: 'preset',
  unverified: true,
  data: DEFAULT_QUORUM,
  updatedAt: '2026-11-28T00:00:00.000Z',
};

/** Presets of the quorum kind (core/rules reads them; a local edit in Cài đặt adds a version). */
export const QUORUM_PRESETS: readonly RuleSet<QuorumSettings>[] = [QUORUM_PRESET];
