/**
 * Monthly self-assessment scales as versioned rule-set data (domain.md §3.2). No national monthly
 * scale exists, so these presets are marked unverified and a superior committee may override them.
 */
import type { RuleSet } from '../model';
import { foldForSearch } from '../text';

export interface ScaleLevel {
  code: string;
  label: string;
  /** One upper-case ASCII letter, unique within the scale. */
  shortcut: string;
  /** A "good" month (counts towards praise; a not-good month is listed with its reason). */
  good: boolean;
}

/** Levels are listed best first. */
export interface MonthlyScaleData {
  levels: ScaleLevel[];
}

export type MonthlyScale = RuleSet<MonthlyScaleData>;

export const SCALE_TOT_KHA_TB_KEM = 'TOT-KHA-TB-KEM';
export const SCALE_THUC_HIEN = 'THUC-HIEN-3-MUC';
export const SCALE_DAT_KHONG_DAT = 'DAT-KHONG-DAT';

/** Default monthly scale of a new installation. */
export const DEFAULT_MONTHLY_SCALE_CODE = SCALE_THUC_HIEN;

const PRESET_DATE = '2000-01-01';
const PRESET_UPDATED = '2026-11-28T00:00:00.000Z';

export const MONTHLY_SCALE_PRESETS: readonly MonthlyScale[] = [
  {
    id: 'preset-monthly-tot-kha-tb-kem',
    kind: 'monthly_scale',
    code: SCALE_TOT_KHA_TB_KEM,
    name: 'Tốt / Khá / Trung bình / Kém',
    version: 1,
    validFrom: PRESET_DATE,
    source: 'preset',
    unverified: true,
    data: {
      levels: [
        { code: 'tot', label: 'Tốt', shortcut: 'T', good: true },
        { code: 'kha', label: 'Khá', shortcut: 'K', good: true },
        { code: 'trung_binh', label: 'Trung bình', shortcut: 'B', good: false },
        { code: 'kem', label: 'Kém', shortcut: 'E', good: false },
      ],
    },
    updatedAt: PRESET_UPDATED,
  },
  {
    id: 'preset-monthly-thuc-hien',
    kind: 'monthly_scale',
    code: SCALE_THUC_HIEN,
    name: 'Thực hiện tốt / Thực hiện / Chưa thực hiện tốt',
    version: 1,
    validFrom: PRESET_DATE,
    source: 'preset',
    unverified: true,
    data: {
      levels: [
        { code: 'thuc_hien_tot', label: 'Thực hiện tốt', shortcut: 'T', good: true },
        { code: 'thuc_hien', label: 'Thực hiện', shortcut: 'H', good: true },
        { code: 'chua_thuc_hien_tot', label: 'Chưa thực hiện tốt', shortcut: 'C', good: false },
      ],
    },
    updatedAt: PRESET_UPDATED,
  },
  {
    id: 'preset-monthly-dat-khong-dat',
    kind: 'monthly_scale',
    code: SCALE_DAT_KHONG_DAT,
    name: 'Đạt / Không đạt',
    version: 1,
    validFrom: PRESET_DATE,
    source: 'preset',
    unverified: true,
    data: {
      levels: [
        { code: 'dat', label: 'Đạt', shortcut: 'D', good: true },
        { code: 'khong_dat', label: 'Không đạt', shortcut: 'K', good: false },
      ],
    },
    updatedAt: PRESET_UPDATED,
  },
];

/** Problems in a scale definition (Vietnamese); empty when it can be used. */
export function validateScale(data: MonthlyScaleData): string[] {
  const problems: string[] = [];
  if (data.levels.length < 2) problems.push('Thang đánh giá phải có ít nhất 2 mức.');
  const codes = new Set<string>();
  const keys = new Set<string>();
  for (const level of data.levels) {
    if (!level.code.trim()) problems.push('Có mức chưa có mã.');
    if (!level.label.trim()) problems.push(`Mức "${level.code}" chưa có tên.`);
    if (codes.has(level.code)) problems.push(`Mã mức "${level.code}" bị trùng.`);
    codes.add(level.code);
    if (!/^[A-Z]$/u.test(level.shortcut)) {
      problems.push(`Phím tắt của mức "${level.label}" phải là một chữ cái không dấu (A–Z).`);
    } else if (keys.has(level.shortcut)) {
      problems.push(`Phím tắt "${level.shortcut}" dùng cho hai mức; hãy chọn chữ khác.`);
    }
    keys.add(level.shortcut);
  }
  if (!data.levels.some((l) => l.good)) problems.push('Phải có ít nhất một mức được coi là "tốt".');
  return problems;
}

export function levelByCode(scale: MonthlyScaleData, code: string | undefined): ScaleLevel | undefined {
  if (code === undefined) return undefined;
  return scale.levels.find((l) => l.code === code);
}

export function levelLabel(scale: MonthlyScaleData, code: string | undefined): string {
  return levelByCode(scale, code)?.label ?? '';
}

/** Index of a level (0 = best); levels not in the scale rank last. */
export function levelRank(scale: MonthlyScaleData, code: string): number {
  const i = scale.levels.findIndex((l) => l.code === code);
  return i === -1 ? scale.levels.length : i;
}

/** The worse of the given levels (unknown codes ignored); undefined when none. */
export function worstLevel(scale: MonthlyScaleData, codes: readonly (string | undefined)[]): string | undefined {
  let worst: string | undefined;
  for (const code of codes) {
    if (code === undefined || !levelByCode(scale, code)) continue;
    if (worst === undefined || levelRank(scale, code) > levelRank(scale, worst)) worst = code;
  }
  return worst;
}

/**
 * The level chosen by a key typed in a grid cell. Order of candidates: the level whose shortcut is
 * the key, then the levels whose label starts with that letter (folded: "Đ" → "d"). Typing the same
 * letter again moves to the next candidate ("T" → Tốt, "T" again → Trung bình). Digits 1..n pick
 * the n-th level. Returns undefined when the key selects nothing.
 */
export function levelForKey(scale: MonthlyScaleData, key: string, current?: string): string | undefined {
  if (key.length !== 1) return undefined;
  if (/^[1-9]$/u.test(key)) return scale.levels[Number(key) - 1]?.code;
  const letter = foldForSearch(key).toUpperCase();
  if (!/^[A-Z]$/u.test(letter)) return undefined;
  const candidates: string[] = [];
  for (const l of scale.levels) if (l.shortcut === letter) candidates.push(l.code);
  for (const l of scale.levels) {
    if (foldForSearch(l.label).charAt(0).toUpperCase() === letter && !candidates.includes(l.code)) candidates.push(l.code);
  }
  if (candidates.length === 0) return undefined;
  const at = current === undefined ? -1 : candidates.indexOf(current);
  return candidates[(at + 1) % candidates.length];
}
