/**
 * Year-end rating schemes as versioned rule data (domain.md §6). A scheme is chosen by the
 * reviewed year; a superior's framework package may supply its own RuleSet of kind
 * 'year_end_scheme' with the same data shape, which then wins over the presets.
 *
 * Levels are always stored with the four normalised codes of `RatingLevel`; each scheme only
 * says how they are labelled in its years (HD 27 wording before 2018, QĐ 132/124/366 after).
 */
import type { IsoDate, RatingLevel, RuleSet } from '../model';
import { QD207_CITATION, QD207_FROM, QD37_CITATION, QD37_UNTIL } from '../documents/citations';

export const RATING_LEVELS: readonly RatingLevel[] = ['xuat_sac', 'tot', 'hoan_thanh', 'khong_hoan_thanh'];

export interface ScoreBand {
  level: RatingLevel;
  /** Inclusive lower bound of the total score. */
  min: number;
  /** Extra condition the level needs; without it the member falls to the next band. */
  requires?: 'exceededShare30';
}

export interface ForcedFailureCondition {
  code: string;
  label: string;
  /** Only for members holding a leadership or management post (Mẫu 2A). */
  leadersOnly?: boolean;
  unverified?: boolean;
}

export interface YearEndSchemeData {
  /** Labels of the four levels for members. */
  memberLabels: Record<RatingLevel, string>;
  /** Labels of the four levels for a party organisation (collective rating). */
  unitLabels: Record<RatingLevel, string>;
  /** 100-point scoring (QĐ 366); absent in schemes where the level is chosen directly. */
  scoring?: {
    commonMax: number; // nhóm tiêu chí chung
    tasksMax: number; // kết quả thực hiện nhiệm vụ
    commonLabel: string;
    tasksLabel: string;
    bands: ScoreBand[]; // sorted by min descending
  };
  forcedFailure: ForcedFailureCondition[];
  /** Conditions forcing a collective to "Không hoàn thành nhiệm vụ". */
  unitForcedFailure: ForcedFailureCondition[];
  quota?: {
    /** Percent of the base allowed to be xuất sắc (20) and for an outstanding unit (25). */
    percent: number;
    outstandingPercent: number;
    /**
     * What the percentage is taken of. 'tot_only' (default, literal wording of the rule: "số
     * được xếp loại Hoàn thành tốt nhiệm vụ", i.e. excluding those rated xuất sắc) or
     * 'tot_and_above' (the pool from which xuất sắc are chosen). A superior may override.
     */
    base: 'tot_only' | 'tot_and_above';
  };
  /** Reasons for which a member is not reviewed, as the scheme words them. */
  exclusions: Array<'mien' | 'dinh_chi' | 'moi_ket_nap'>;
  /** Legend for the HD 27 (pre-2018) and other old labels, shown with charts. */
  legacyNote?: string;
  /** How documents cite the scheme ("Quy định số 366-QĐ/TW, ngày 30/8/2025 của Bộ Chính trị"); absent: its name. */
  citation?: string;
  /**
   * The text on "những điều đảng viên không được làm" that review documents cite on this
   * version's dates (QĐ 37-QĐ/TW, then QĐ 207-QĐ/TW from 26/7/2026); absent: none cited.
   */
  prohibitionsCitation?: string;
}

export type YearEndScheme = RuleSet<YearEndSchemeData>;

const LABELS_2018: Record<RatingLevel, string> = {
  xuat_sac: 'Hoàn thành xuất sắc nhiệm vụ',
  tot: 'Hoàn thành tốt nhiệm vụ',
  hoan_thanh: 'Hoàn thành nhiệm vụ',
  khong_hoan_thanh: 'Không hoàn thành nhiệm vụ',
};

/** Short labels for tables and charts (same in every scheme from 2018). */
export const SHORT_LABELS: Record<RatingLevel, string> = {
  xuat_sac: 'HTXSNV',
  tot: 'HTTNV',
  hoan_thanh: 'HTNV',
  khong_hoan_thanh: 'KHTNV',
};

const QD366_FORCED: ForcedFailureCondition[] = [
  {
    code: 'suy_thoai',
    label: 'Bị cấp có thẩm quyền kết luận suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa”',
  },
  { code: 'ky_luat', label: 'Bị xử lý kỷ luật từ khiển trách trở lên do vi phạm trong thực hiện chức trách, nhiệm vụ' },
  {
    code: 'vi_pham_neu_guong',
    label:
      'Vi phạm những điều đảng viên không được làm, vi phạm quy định về trách nhiệm nêu gương, ảnh hưởng đến uy tín của bản thân, cơ quan, đơn vị',
  },
  { code: 'qua_nua_nhiem_vu', label: 'Trên 50% chỉ tiêu, nhiệm vụ không hoàn thành' },
  {
    code: 'lanh_dao_duoi_70',
    label: 'Cơ quan, đơn vị hoặc lĩnh vực được giao phụ trách hoàn thành dưới 70% chỉ tiêu, nhiệm vụ',
    leadersOnly: true,
    unverified: true,
  },
  { code: 'tin_nhiem_thap', label: 'Trên 50% số phiếu tín nhiệm thấp', leadersOnly: true, unverified: true },
];

const UNIT_FORCED: ForcedFailureCondition[] = [
  { code: 'qua_nua_nhiem_vu', label: 'Trên 50% chỉ tiêu, nhiệm vụ không hoàn thành', unverified: true },
  { code: 'ky_luat_tap_the', label: 'Tập thể bị xử lý kỷ luật', unverified: true },
];

const PRESET_UPDATED = '2026-11-28T00:00:00.000Z';

export const SCHEME_HD27: YearEndScheme = {
  id: 'preset-year-end-HD27-2014',
  kind: 'year_end_scheme',
  code: 'HD27-2014',
  name: 'Hướng dẫn 27-HD/BTCTW (25/9/2014)',
  version: 1,
  validFrom: '2014-01-01',
  validTo: '2017-12-31',
  source: 'preset',
  data: {
    memberLabels: {
      xuat_sac: 'Đủ tư cách, hoàn thành xuất sắc nhiệm vụ',
      tot: 'Đủ tư cách, hoàn thành tốt nhiệm vụ',
      hoan_thanh: 'Đủ tư cách, hoàn thành nhiệm vụ',
      khong_hoan_thanh: 'Vi phạm tư cách hoặc không hoàn thành nhiệm vụ',
    },
    unitLabels: {
      xuat_sac: 'Trong sạch, vững mạnh',
      tot: 'Hoàn thành tốt nhiệm vụ',
      hoan_thanh: 'Hoàn thành nhiệm vụ',
      khong_hoan_thanh: 'Yếu kém',
    },
    forcedFailure: [],
    unitForcedFailure: [],
    exclusions: ['mien', 'dinh_chi'],
    legacyNote:
      'Năm trước 2018 dùng nhãn của Hướng dẫn 27-HD/BTCTW; trên biểu đồ được quy về 4 mức hiện hành: “đủ tư cách, hoàn thành xuất sắc nhiệm vụ” → HTXSNV, “đủ tư cách, hoàn thành tốt nhiệm vụ” → HTTNV, “đủ tư cách, hoàn thành nhiệm vụ” → HTNV, “vi phạm tư cách hoặc không hoàn thành nhiệm vụ” → KHTNV; tổ chức đảng “trong sạch, vững mạnh” (kể cả “tiêu biểu”) → HTXSNV, “hoàn thành tốt nhiệm vụ” → HTTNV, “hoàn thành nhiệm vụ” → HTNV, “yếu kém” → KHTNV. Tỷ lệ “trong sạch, vững mạnh” cũ vì vậy không so sánh trực tiếp được với tỷ lệ “hoàn thành xuất sắc nhiệm vụ” từ năm 2018.',
  },
  updatedAt: PRESET_UPDATED,
};

export const SCHEME_QD132: YearEndScheme = {
  id: 'preset-year-end-QD132-2018',
  kind: 'year_end_scheme',
  code: 'QD132-2018',
  name: 'Quy định 132-QĐ/TW (08/3/2018)',
  version: 1,
  validFrom: '2018-01-01',
  validTo: '2022-12-31',
  source: 'preset',
  data: {
    memberLabels: LABELS_2018,
    unitLabels: LABELS_2018,
    forcedFailure: [],
    unitForcedFailure: [],
    quota: { percent: 20, outstandingPercent: 20, base: 'tot_only' },
    exclusions: ['mien', 'dinh_chi'],
  },
  updatedAt: PRESET_UPDATED,
};

export const SCHEME_QD124: YearEndScheme = {
  id: 'preset-year-end-QD124-2023',
  kind: 'year_end_scheme',
  code: 'QD124-2023',
  name: 'Quy định 124-QĐ/TW (04/10/2023)',
  version: 1,
  validFrom: '2023-01-01',
  validTo: '2024-12-31',
  source: 'preset',
  data: {
    memberLabels: LABELS_2018,
    unitLabels: LABELS_2018,
    forcedFailure: [],
    unitForcedFailure: [],
    quota: { percent: 20, outstandingPercent: 20, base: 'tot_only' },
    exclusions: ['mien', 'dinh_chi', 'moi_ket_nap'],
  },
  updatedAt: PRESET_UPDATED,
};

export const SCHEME_QD366: YearEndScheme = {
  id: 'preset-year-end-QD366-2025',
  kind: 'year_end_scheme',
  code: 'QD366-2025',
  name: 'Quy định 366-QĐ/TW (30/8/2025)',
  version: 1,
  validFrom: '2025-01-01',
  source: 'preset',
  data: {
    memberLabels: LABELS_2018,
    unitLabels: LABELS_2018,
    scoring: {
      commonMax: 30,
      tasksMax: 70,
      commonLabel: 'Nhóm tiêu chí chung',
      tasksLabel: 'Nhóm tiêu chí về kết quả thực hiện nhiệm vụ',
      bands: [
        { level: 'xuat_sac', min: 90, requires: 'exceededShare30' },
        { level: 'tot', min: 70 },
        { level: 'hoan_thanh', min: 50 },
        { level: 'khong_hoan_thanh', min: 0 },
      ],
    },
    forcedFailure: QD366_FORCED,
    unitForcedFailure: UNIT_FORCED,
    quota: { percent: 20, outstandingPercent: 25, base: 'tot_only' },
    exclusions: ['mien', 'dinh_chi', 'moi_ket_nap'],
    citation: 'Quy định số 366-QĐ/TW, ngày 30/8/2025 của Bộ Chính trị',
    prohibitionsCitation: QD37_CITATION,
  },
  updatedAt: PRESET_UPDATED,
};

/**
 * QĐ 366 from 26/7/2026: the same rules; review documents cite QĐ 207-QĐ/TW on "những điều
 * đảng viên không được làm" (domain.md §11 [P], so marked unverified; the secretary can switch
 * it off with a local version keeping QĐ 37).
 */
export const SCHEME_QD366_QD207: YearEndScheme = {
  ...SCHEME_QD366,
  id: 'preset-year-end-QD366-2025-v2',
  name: 'Quy định 366-QĐ/TW (30/8/2025), từ 26/7/2026',
  version: 2,
  validFrom: QD207_FROM,
  unverified: true,
  data: { ...SCHEME_QD366.data, prohibitionsCitation: QD207_CITATION },
  updatedAt: '2026-12-01T00:00:00.000Z',
};

export const PRESET_SCHEMES: readonly YearEndScheme[] = [
  SCHEME_HD27,
  SCHEME_QD132,
  SCHEME_QD124,
  { ...SCHEME_QD366, validTo: QD37_UNTIL },
  SCHEME_QD366_QD207,
];

/** How a document names the scheme: its citation, else its name. */
export function schemeCitation(scheme: YearEndScheme): string {
  return scheme.data.citation ?? scheme.name;
}

/**
 * The opening of a review document: "Thực hiện các quy định của Đảng về trách nhiệm nêu gương
 * của cán bộ, đảng viên, <QĐ 37 or QĐ 207 …> và <QĐ 366 …> về kiểm điểm, đánh giá, xếp loại
 * chất lượng" — `wording` is the scheme version in force on the document's date.
 */
export function reviewBasisSentence(wording: YearEndScheme): string {
  const prohibitions = wording.data.prohibitionsCitation?.trim();
  return `Thực hiện các quy định của Đảng về trách nhiệm nêu gương của cán bộ, đảng viên${prohibitions ? `, ${prohibitions}` : ''} và ${schemeCitation(wording)} về kiểm điểm, đánh giá, xếp loại chất lượng`;
}

/** The day a reviewed year's scheme is judged on (31 December; core/rules resolves it). */
export function schemeDate(year: number): IsoDate {
  return `${String(year).padStart(4, '0')}-12-31`;
}

export function memberLevelLabel(scheme: YearEndScheme, level: RatingLevel | undefined): string {
  return level ? scheme.data.memberLabels[level] : '';
}

export function unitLevelLabel(scheme: YearEndScheme, level: RatingLevel | undefined): string {
  return level ? scheme.data.unitLabels[level] : '';
}

/**
 * Maps a label as written in old statistics or imported files (HD 27, QĐ 132/124/366 wording,
 * short forms) to a normalised level; undefined when not recognised. HD 27 unit labels map one to
 * one: “trong sạch, vững mạnh” (also “tiêu biểu”) is the top level.
 */
export function levelFromLabel(label: string): RatingLevel | undefined {
  const t = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const short: Record<string, RatingLevel> = { htxsnv: 'xuat_sac', httnv: 'tot', htnv: 'hoan_thanh', khtnv: 'khong_hoan_thanh' };
  if (short[t]) return short[t];
  if (t.includes('yeu kem') || t.includes('khong hoan thanh') || t.includes('vi pham tu cach')) return 'khong_hoan_thanh';
  if (t.includes('trong sach') || t.includes('xuat sac')) return 'xuat_sac';
  if (t.includes('hoan thanh tot')) return 'tot';
  if (t.includes('hoan thanh')) return 'hoan_thanh';
  return undefined;
}
