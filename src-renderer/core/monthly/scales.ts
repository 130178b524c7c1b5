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
 * The level chosen by a key typed in a grid cell. Each key sets one fixed level, whatever the cell
 * holds: the level's shortcut letter (folded, so "đ" is "D"; upper or lower case) or a digit 1..n
 * for the n-th level. Typing the same key again keeps the level; a letter that is no level's
 * shortcut selects nothing (the first letter of a label is not enough: "Tốt" and "Trung bình"
 * share "T"). Returns undefined when the key selects nothing.
 */
export function levelForKey(scale: MonthlyScaleData, key: string): string | undefined {
  if (key.length !== 1) return undefined;
  if (/^[1-9]$/u.test(key)) return scale.levels[Number(key) - 1]?.code;
  const letter = foldForSearch(key).toUpperCase();
  if (!/^[A-Z]$/u.test(letter)) return undefined;
  return scale.levels.find((l) => l.shortcut === letter)?.code;
}

export interface LevelKey {
  /** The letter key ("T"). */
  key: string;
  /** The digit key ("1"), for scales of at most 9 levels. */
  digit?: string;
  code: string;
  label: string;
}

/** The keys of a scale, best level first: what the grid's legend and the help show. */
export function levelKeys(scale: MonthlyScaleData): LevelKey[] {
  return scale.levels.map((l, i) => ({
    key: l.shortcut,
    ...(i < 9 ? { digit: String(i + 1) } : {}),
    code: l.code,
    label: l.label,
  }));
}

/** One sentence for the legend: "T = Tốt, K = Khá, B = Trung bình, E = Kém (hoặc số 1–4)". */
export function levelKeysSentence(scale: MonthlyScaleData): string {
  const keys = levelKeys(scale);
  const letters = keys.map((k) => `${k.key} = ${k.label}`).join(', ');
  const digits = keys.filter((k) => k.digit !== undefined);
  return digits.length > 1 ? `${letters} (hoặc số 1–${digits.length} theo thứ tự đó)` : letters;
}
