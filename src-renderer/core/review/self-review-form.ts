/**
 * The member's year-end self-review form (HD 43-HD/BTCTW, 31/10/2025: Mẫu 2A cán bộ lãnh đạo,
 * quản lý; Mẫu 2B đảng viên làm việc trong hệ thống chính trị; Mẫu 2C đảng viên không làm việc
 * trong hệ thống chính trị — domain.md §6.1, §6.2): which form a member fills, the wording of its
 * parts, and the texts pre-filled from the year's evidence. Pure.
 *
 * The structure A (I–VI) / B (I điểm, II đề xuất xếp loại) follows the 2B/2C text of domain.md
 * §6.2 [V]; the wording of item A.I.2 per form, the personal block of 2C and the chi ủy's comment
 * block are [M] (domain.md) — members finish the form in Word.
 */
import type { Member, RatingLevel, YearReview } from '../model';
import type { MemberRollup, RollupScale } from './rollup';
import { SECTION_KEYS, draftExampleSetting, draftPledgeCommitment } from './self-review';

export type SelfReviewVariant = YearReview['formVariant'];

export const SELF_REVIEW_VARIANTS: readonly SelfReviewVariant[] = ['2A', '2B', '2C'];

/** What the choice reads from the member record; every field may be missing (imported or older records). */
export type VariantMember = Partial<Pick<Member, 'isLeader' | 'inPoliticalSystem' | 'govPosition' | 'workplace' | 'partyPosition'>>;

export interface VariantChoice {
  variant: SelfReviewVariant;
  /**
   * override: chosen by the user; review: the form stored with the year's review; member: from
   * isLeader / inPoliticalSystem; derived: guessed from the texts of the record.
   */
  source: 'override' | 'review' | 'member' | 'derived';
  /** Why (Vietnamese, shown beside the button). */
  reason: string;
}

/** Leadership and management titles of a government or Party post (chức vụ lãnh đạo, quản lý). */
const LEADER_TITLE =
  /(^|[\s,;(])(phó\s+)?(giám đốc|tổng giám đốc|trưởng|chánh|chủ tịch|chủ nhiệm|hiệu trưởng|viện trưởng|cục trưởng|vụ trưởng|tổng biên tập|thủ trưởng|bí thư đảng ủy|bí thư đảng uỷ|người đứng đầu)/iu;

/** Work outside the political system: retirees, students, private firms, free occupations. */
const OUTSIDE_SYSTEM =
  /(nghỉ hưu|hưu trí|về hưu|cán bộ hưu|sinh viên|học sinh|học viên|công ty|doanh nghiệp|tư nhân|hợp tác xã|tự do|kinh doanh|buôn bán|nông dân|lao động tự do|nội trợ)/iu;

const FORM_OF: Record<SelfReviewVariant, string> = {
  '2A': 'cán bộ giữ chức vụ lãnh đạo, quản lý',
  '2B': 'đảng viên làm việc trong hệ thống chính trị',
  '2C': 'đảng viên không làm việc trong hệ thống chính trị',
};

/**
 * Which form the member fills: the user's choice when given; else the form stored with the
 * member's review of the year (the record may have changed since: the review keeps the form it
 * was opened with); else Mẫu 2A for a leader, 2B for a member working in the political system,
 * 2C otherwise. A field the record lacks is derived: a leader from a leadership title in the
 * government post, "in the political system" from the workplace (none, retired, student, a
 * private firm → outside).
 */
export function chooseSelfReviewVariant(member: VariantMember, override?: SelfReviewVariant, stored?: SelfReviewVariant): VariantChoice {
  if (override && SELF_REVIEW_VARIANTS.includes(override)) {
    return { variant: override, source: 'override', reason: `Mẫu ${override} (chọn tay): ${FORM_OF[override]}.` };
  }
  if (stored && SELF_REVIEW_VARIANTS.includes(stored)) {
    return { variant: stored, source: 'review', reason: `Mẫu ${stored}: ${FORM_OF[stored]} (đã lưu với bản kiểm điểm năm nay).` };
  }
  const gov = member.govPosition?.normalize('NFC').trim() ?? '';
  if (member.isLeader === true) {
    return { variant: '2A', source: 'member', reason: `Mẫu 2A: ${FORM_OF['2A']} (theo hồ sơ đảng viên).` };
  }
  if (member.isLeader === undefined && gov && LEADER_TITLE.test(gov)) {
    return { variant: '2A', source: 'derived', reason: `Mẫu 2A: chức vụ chính quyền “${gov}” là chức vụ lãnh đạo, quản lý.` };
  }
  if (member.inPoliticalSystem === true) {
    return { variant: '2B', source: 'member', reason: `Mẫu 2B: ${FORM_OF['2B']} (theo hồ sơ đảng viên).` };
  }
  if (member.inPoliticalSystem === false) {
    return { variant: '2C', source: 'member', reason: `Mẫu 2C: ${FORM_OF['2C']} (theo hồ sơ đảng viên).` };
  }
  const work = member.workplace?.normalize('NFC').trim() ?? '';
  if (!work) return { variant: '2C', source: 'derived', reason: 'Mẫu 2C: hồ sơ không ghi đơn vị công tác.' };
  if (OUTSIDE_SYSTEM.test(work))
    return { variant: '2C', source: 'derived', reason: `Mẫu 2C: đơn vị công tác “${work}” ngoài hệ thống chính trị.` };
  return { variant: '2B', source: 'derived', reason: `Mẫu 2B: đơn vị công tác “${work}”.` };
}

/** Keys of YearReview.sections beyond the two drafted ones (free texts the member may store). */
export const SELF_REVIEW_KEYS = {
  ...SECTION_KEYS,
  qualities: 'pham_chat',
  tasks: 'nhiem_vu',
  limits: 'han_che',
  fixes: 'khac_phuc',
  explanation: 'giai_trinh',
  collective: 'trach_nhiem_tap_the',
  direction: 'phuong_huong',
} as const;

export interface SelfReviewFormWording {
  /** "Mẫu 2B-HD KĐ.ĐG 2025" (top right). */
  code: string;
  title: string;
  /** The audience line under the title. */
  audience: string;
  /** A.I.2 (tasks) wording. */
  tasksItem: string;
}

/** Wording of the three forms (HD 43, 2025). */
export const SELF_REVIEW_FORMS: Record<SelfReviewVariant, SelfReviewFormWording> = {
  '2A': {
    code: 'Mẫu 2A-HD KĐ.ĐG 2025',
    title: 'Bản kiểm điểm cá nhân',
    audience: '(Dùng cho cán bộ giữ chức vụ lãnh đạo, quản lý)',
    tasksItem:
      'Kết quả thực hiện chức trách, nhiệm vụ, quyền hạn được giao; năng lực lãnh đạo, quản lý, điều hành; trách nhiệm của người đứng đầu; kết quả thực hiện các chỉ tiêu, nhiệm vụ của cơ quan, đơn vị được giao lãnh đạo, quản lý',
  },
  '2B': {
    code: 'Mẫu 2B-HD KĐ.ĐG 2025',
    title: 'Bản kiểm điểm cá nhân',
    audience: '(Dùng cho đảng viên làm việc trong hệ thống chính trị)',
    tasksItem: 'Việc thực hiện chức trách, nhiệm vụ, quyền hạn được giao; kết quả thực hiện các chỉ tiêu, nhiệm vụ trong năm',
  },
  '2C': {
    code: 'Mẫu 2C-HD KĐ.ĐG 2025',
    title: 'Bản kiểm điểm cá nhân',
    audience: '(Dùng cho đảng viên không làm việc trong hệ thống chính trị)',
    tasksItem:
      'Việc thực hiện nhiệm vụ đảng viên, nghĩa vụ công dân; việc tham gia sinh hoạt, giữ mối liên hệ với chi ủy, đảng ủy và nhân dân nơi cư trú; kết quả công việc, học tập, sản xuất, kinh doanh (nếu có)',
  },
};

/** A.I.1 wording (the same in the three forms). */
export const QUALITIES_ITEM =
  'Về phẩm chất chính trị, đạo đức, lối sống; tinh thần đoàn kết; ý thức tổ chức kỷ luật, trách nhiệm nêu gương; việc thực hiện những điều đảng viên không được làm; tác phong, lề lối làm việc; liên hệ các biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa”';
export const PLEDGE_ITEM = 'Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm';

/** Parts II–VI of A: heading and the section key the member's text is stored under. */
export const SELF_REVIEW_LATER_PARTS: ReadonlyArray<{ heading: string; key: string }> = [
  { heading: 'II. Hạn chế, khuyết điểm và nguyên nhân', key: SELF_REVIEW_KEYS.limits },
  {
    heading:
      'III. Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước',
    key: SELF_REVIEW_KEYS.fixes,
  },
  { heading: 'IV. Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)', key: SELF_REVIEW_KEYS.explanation },
  {
    heading: 'V. Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể (nếu có)',
    key: SELF_REVIEW_KEYS.collective,
  },
  { heading: 'VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm', key: SELF_REVIEW_KEYS.direction },
];

/** "Năm 2026, bản thân …" after "Về trách nhiệm nêu gương:" reads "năm 2026, bản thân …". */
export function afterColon(text: string): string {
  const t = text.trim();
  if (t.length < 2) return t;
  const [first, second] = [t.charAt(0), t.charAt(1)];
  return second === second.toLocaleLowerCase('vi') && /\p{L}/u.test(second) ? first.toLocaleLowerCase('vi') + t.slice(1) : t;
}

export interface SelfReviewTexts {
  /** The "trách nhiệm nêu gương" sentence of A.I.1. */
  exampleSetting: string;
  /** A.I.3: the pledge (cam kết tu dưỡng, rèn luyện, phấn đấu) and its items' outcomes. */
  pledge: string;
  /** Which of the two are the member's own text (stored) rather than the draft. */
  stored: { exampleSetting: boolean; pledge: boolean };
}

/**
 * The two evidence texts of the form: what the member stored on the review page when there is
 * something, else the draft from the pledge book and the monthly results (months assessed,
 * praised / reminded, the items' outcomes) — the same drafts the review page offers.
 */
export function selfReviewTexts(
  sections: Readonly<Record<string, string>> | undefined,
  rollup: MemberRollup | undefined,
  scale: RollupScale,
): SelfReviewTexts {
  const own = (key: string) => sections?.[key]?.trim() ?? '';
  const ex = own(SECTION_KEYS.exampleSetting);
  const pl = own(SECTION_KEYS.pledge);
  return {
    exampleSetting: ex || (rollup ? draftExampleSetting(rollup, scale) : ''),
    pledge: pl || (rollup ? draftPledgeCommitment(rollup) : ''),
    stored: { exampleSetting: ex !== '', pledge: pl !== '' },
  };
}

/** The level boxes of B.II (and of Mẫu 01): every level, the chosen one ticked. */
export function levelBoxes(
  labels: Record<RatingLevel, string>,
  order: readonly RatingLevel[],
  chosen?: RatingLevel,
): Array<{ level: RatingLevel; label: string; checked: boolean }> {
  return order.map((level) => ({ level, label: labels[level], checked: level === chosen }));
}

/** File name of one member's form: "tu-kiem-diem-2026-mau-2b-nguyen-van-an". */
export function selfReviewFileBase(year: number, variant: SelfReviewVariant, fullName: string): string {
  const name = fullName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .replace(/[^A-Za-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '')
    .toLowerCase();
  return `tu-kiem-diem-${year}-mau-${variant.toLowerCase()}-${name || 'dang-vien'}`;
}

/** "Ninh Thuận, ngày ..... tháng ..... năm 2026" when the member dates the form by hand. */
export function blankPlaceDate(placeName: string, year: number | string): string {
  return `${placeName.trim() || '..........'}, ngày ..... tháng ..... năm ${year}`;
}
