/**
 * Pledge frameworks ("khung nội dung", domain.md §1) as versioned rule data (RuleSet kind
 * 'pledge_framework'). Presets are shipped with fixed ids; an edit never rewrites a record: it
 * adds a new version with the same code. Wording tagged [M] in domain.md is marked `unverified`
 * so the UI can say that it may be edited.
 */
import type { FrameworkCategory, Id, IsoDate, IsoDateTime, PledgeForm, PledgeFrameworkData, PledgeTitleVariant, RuleSet } from '../model';
import { cleanMultiline, cleanText } from '../text';
import { QD207_CITATION, QD207_FROM, QD37_CITATION, QD37_UNTIL } from '../documents/citations';

export type PledgeFrameworkRuleSet = RuleSet<PledgeFrameworkData>;

const PRESET_TIMESTAMP = '2026-01-01T00:00:00.000Z';

export const CLOSING_CAM_KET =
  'Bản cam kết này đồng thời là nội dung kế hoạch hành động của bản thân để tu dưỡng, rèn luyện, phấn đấu và là căn cứ để kiểm điểm, đánh giá, xếp loại cán bộ, đảng viên cuối năm.';

export const CLOSING_DANG_KY =
  'Tôi xin nghiêm túc thực hiện những nội dung đã đăng ký, chịu sự giám sát của chi bộ, báo cáo kết quả trong các kỳ sinh hoạt chi bộ hằng tháng; bản đăng ký này là căn cứ để kiểm điểm, đánh giá, xếp loại đảng viên cuối năm.';

function cat(code: string, order: number, label: string, extra: Partial<FrameworkCategory> = {}): FrameworkCategory {
  return { code, order, label, ...extra };
}

function preset(code: string, name: string, validFrom: IsoDate, data: PledgeFrameworkData): PledgeFrameworkRuleSet {
  return {
    id: `preset-pledge_framework-${code}-v1`,
    kind: 'pledge_framework',
    code,
    name,
    version: 1,
    validFrom,
    source: 'preset',
    unverified: data.categories.some((c) => c.unverified) || undefined,
    data,
    updatedAt: PRESET_TIMESTAMP,
  };
}

const M = { unverified: true } as const;

const CAMKET_CATEGORIES: FrameworkCategory[] = [
  cat('TU_TUONG', 1, 'Về tư tưởng chính trị'),
  cat('DAO_DUC', 2, 'Về phẩm chất đạo đức, lối sống'),
  cat('KY_LUAT', 3, 'Về ý thức tổ chức kỷ luật'),
  cat('TAC_PHONG', 4, 'Tác phong, lề lối làm việc'),
  cat('NHIEM_VU', 5, 'Về thực hiện chức trách, nhiệm vụ được giao'),
  cat(
    'KHAC_PHUC',
    6,
    'Về khắc phục những hạn chế, khuyết điểm thời gian qua và qua kiểm điểm, đánh giá chất lượng cán bộ, đảng viên cuối năm (nếu có)',
  ),
  cat('DAI_HOI', 7, 'Về kế hoạch hành động thực hiện Nghị quyết Đại hội XIV của Đảng', M),
];

const CAMKET_BASIS =
  'Nghị quyết Trung ương 4 khóa XII, Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII và các quy định của Đảng về trách nhiệm nêu gương';

/**
 * "Những điều đảng viên không được làm": QĐ 37-QĐ/TW (25/10/2021) until QĐ 207-QĐ/TW (26/7/2026)
 * replaces it (domain.md §11, [P]: seen in three 2026 sources, not in an official text). The cam
 * kết cites the text valid on its date: version 1 until 25/7/2026, version 2 from 26/7/2026
 * (marked unverified). The secretary switches version 2 off with the ordinary framework editor: a
 * local version (higher number) from 26/7/2026 that keeps the QĐ 37 wording wins the date lookup.
 */
export { QD207_FROM };
const QD207_FROM_PREVIOUS_DAY = QD37_UNTIL;

const CAMKET_QD37: PledgeFrameworkRuleSet = preset('CAMKET-7MUC', 'Cam kết tu dưỡng, rèn luyện, phấn đấu (7 mục)', '2021-10-25', {
  description:
    'Bản cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm (Kết luận 21-KL/TW, Nghị quyết Trung ương 4 khóa XII; Quy định 37-QĐ/TW về những điều đảng viên không được làm).',
  defaultTitleVariant: 'cam_ket_tu_duong',
  basis: `${CAMKET_BASIS}; ${QD37_CITATION}`,
  closing: CLOSING_CAM_KET,
  categories: CAMKET_CATEGORIES,
});

const CAMKET_QD207: PledgeFrameworkRuleSet = {
  ...CAMKET_QD37,
  id: 'preset-pledge_framework-CAMKET-7MUC-v2',
  name: 'Cam kết tu dưỡng, rèn luyện, phấn đấu (7 mục, từ 26/7/2026)',
  version: 2,
  validFrom: QD207_FROM,
  unverified: true,
  data: {
    ...CAMKET_QD37.data,
    description:
      'Bản cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm từ 26/7/2026: Quy định 207-QĐ/TW thay Quy định 37-QĐ/TW về những điều đảng viên không được làm (bí thư có thể tắt bằng cách sửa khung).',
    basis: `${CAMKET_BASIS}; ${QD207_CITATION}`,
  },
};

export const PLEDGE_FRAMEWORK_PRESETS: readonly PledgeFrameworkRuleSet[] = [
  preset('QD101-2012', 'Quy định 101-QĐ/TW (7 nội dung nêu gương)', '2012-06-07', {
    description:
      'Quy định số 101-QĐ/TW, ngày 07/6/2012 của Ban Bí thư về trách nhiệm nêu gương của cán bộ, đảng viên, nhất là cán bộ lãnh đạo chủ chốt các cấp.',
    defaultTitleVariant: 'dang_ky_neu_guong',
    basis:
      'Quy định số 101-QĐ/TW, ngày 07/6/2012 của Ban Bí thư (khóa XI) về trách nhiệm nêu gương của cán bộ, đảng viên, nhất là cán bộ lãnh đạo chủ chốt các cấp',
    closing: CLOSING_DANG_KY,
    categories: [
      cat('TU_TUONG', 1, 'Về tư tưởng chính trị', {
        guidance:
          'Kiên định chủ nghĩa Mác - Lê-nin, tư tưởng Hồ Chí Minh, đường lối đổi mới; gương mẫu chấp hành, tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước.',
      }),
      cat('DAO_DUC', 2, 'Về đạo đức, lối sống, tác phong', {
        guidance: 'Chấp hành nghiêm những điều đảng viên không được làm; đi đầu chống quan liêu, tham nhũng, lãng phí.',
      }),
      cat('TRACH_NHIEM', 3, 'Về tinh thần trách nhiệm', {
        ...M,
        guidance: 'Hoàn thành tốt chức trách, nhiệm vụ; dám nghĩ, dám làm, dám chịu trách nhiệm.',
      }),
      cat('KY_LUAT', 4, 'Về ý thức tổ chức kỷ luật', {
        ...M,
        guidance: 'Chấp hành nguyên tắc tập trung dân chủ, sự phân công của tổ chức.',
      }),
      cat('DOAN_KET', 5, 'Về đoàn kết nội bộ', { ...M, guidance: 'Giữ gìn đoàn kết, thống nhất trong cơ quan, chi bộ.' }),
      cat('QUAN_HE_DAN', 6, 'Về quan hệ với nhân dân', { ...M, guidance: 'Gần dân, tôn trọng nhân dân, giữ mối liên hệ với nơi cư trú.' }),
      cat('PHE_BINH', 7, 'Về tự phê bình và phê bình', { ...M, guidance: 'Thường xuyên tự phê bình và phê bình, không né tránh.' }),
    ],
  }),
  { ...CAMKET_QD37, validTo: QD207_FROM_PREVIOUS_DAY },
  CAMKET_QD207,
  preset('QD144-2024', 'Quy định 144-QĐ/TW (5 chuẩn mực đạo đức cách mạng)', '2024-05-09', {
    description:
      'Quy định số 144-QĐ/TW, ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới.',
    defaultTitleVariant: 'dang_ky_neu_guong',
    basis:
      'Quy định số 144-QĐ/TW, ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới',
    closing: CLOSING_DANG_KY,
    categories: [
      cat('CM1', 1, 'Yêu nước, tôn trọng Nhân dân, tuyệt đối trung thành với Đảng, với Tổ quốc'),
      cat('CM2', 2, 'Bản lĩnh, đổi mới, sáng tạo, hội nhập'),
      cat('CM3', 3, 'Cần, kiệm, liêm, chính, chí công vô tư'),
      cat('CM4', 4, 'Đoàn kết, kỷ cương, tình thương, trách nhiệm'),
      cat('CM5', 5, 'Gương mẫu, khiêm tốn, tu dưỡng rèn luyện, học tập suốt đời'),
    ],
  }),
  preset('QD08-2018', 'Quy định 08-QĐi/TW (8 nội dung gương mẫu, 8 điều kiên quyết chống)', '2018-10-25', {
    description:
      'Quy định số 08-QĐi/TW, ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương của cán bộ, đảng viên; dành cho cán bộ lãnh đạo chủ chốt.',
    defaultTitleVariant: 'dang_ky_neu_guong',
    basis:
      'Quy định số 08-QĐi/TW, ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy viên Ban Chấp hành Trung ương',
    closing: CLOSING_DANG_KY,
    categories: [
      ...(
        [
          [
            'Tuyệt đối trung thành với lợi ích của Đảng, quốc gia - dân tộc và nhân dân; kiên định chủ nghĩa Mác - Lê-nin, tư tưởng Hồ Chí Minh',
            false,
          ],
          ['Không ngừng học tập, tu dưỡng, rèn luyện, trau dồi đạo đức cách mạng; nâng cao trình độ', false],
          ['Hết lòng, hết sức phụng sự Tổ quốc, phục vụ nhân dân; gần dân, trọng dân', true],
          [
            'Mẫu mực về đạo đức, lối sống; thực sự cần, kiệm, liêm, chính, chí công vô tư; trung thực, giản dị, thẳng thắn, chân thành',
            false,
          ],
          ['Có ý chí vươn lên, tư duy đổi mới, sáng tạo; dám nghĩ, dám nói, dám làm, dám chịu trách nhiệm', true],
          [
            'Nghiêm túc thực hành tự phê bình và phê bình; không tranh công đổ lỗi; dũng cảm nhận khuyết điểm; chủ động xin từ chức khi không còn đủ điều kiện, năng lực, uy tín',
            false,
          ],
          ['Gương mẫu chấp hành nguyên tắc tập trung dân chủ; giữ gìn đoàn kết', true],
          ['Quản lý, giáo dục gia đình, người thân; giữ mối liên hệ với nơi cư trú', true],
        ] as const
      ).map(([label, unverified], i) =>
        cat(`A${i + 1}`, i + 1, label, { group: 'Những điều phải gương mẫu đi đầu thực hiện', ...(unverified ? M : {}) }),
      ),
      ...(
        [
          ['Chủ nghĩa cá nhân, cục bộ, bản vị; lợi dụng tập thể để né tránh trách nhiệm; nói không đi đôi với làm', false],
          ['Lãng phí công quỹ, tài sản, thời gian làm việc; sống xa hoa', false],
          ['Để vợ (chồng), bố, mẹ, con, anh, chị, em và người thân lợi dụng chức vụ, quyền hạn của mình để trục lợi', false],
          ['Chạy chức, chạy quyền, chạy phiếu bầu, phiếu tín nhiệm hoặc giúp người khác làm việc đó', false],
          ['Quan liêu, xa dân, thờ ơ trước khó khăn của nhân dân', true],
          ['Tham nhũng, tiêu cực, lợi ích nhóm', true],
          ['Cơ hội chính trị, tham vọng quyền lực', true],
          ['Bao che, dung túng sai phạm; độc đoán, gia trưởng', true],
        ] as const
      ).map(([label, unverified], i) =>
        cat(`B${i + 1}`, 9 + i, label, { group: 'Những điều phải nghiêm khắc với bản thân và kiên quyết chống', ...(unverified ? M : {}) }),
      ),
    ],
  }),
  preset('CT05-2016', 'Chỉ thị 05-CT/TW (học tập và làm theo Bác)', '2016-05-15', {
    description:
      'Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị và Kết luận số 01-KL/TW, ngày 18/5/2021 về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; chuyên đề của năm nhập theo từng năm.',
    defaultTitleVariant: 'hoc_tap_lam_theo',
    hasTopicOfYear: true,
    basis:
      'Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW',
    closing: CLOSING_DANG_KY,
    categories: [
      cat('HOC_TAP', 1, 'Nội dung học tập', { guidance: 'Chuyên đề của năm, tác phẩm, bài viết của Chủ tịch Hồ Chí Minh sẽ học tập.' }),
      cat('LAM_THEO', 2, 'Nội dung làm theo', { guidance: 'Việc làm cụ thể, có thời hạn và kết quả đo được.' }),
    ],
  }),
  preset('QD55-2016', 'Quy định 55-QĐ/TW (một số việc cần làm ngay)', '2016-12-19', {
    description:
      'Quy định số 55-QĐ/TW, ngày 19/12/2016 của Bộ Chính trị về một số việc cần làm ngay để tăng cường vai trò nêu gương của cán bộ, đảng viên (danh mục việc làm).',
    defaultTitleVariant: 'dang_ky_neu_guong',
    checklist: true,
    basis:
      'Quy định số 55-QĐ/TW, ngày 19/12/2016 của Bộ Chính trị về một số việc cần làm ngay để tăng cường vai trò nêu gương của cán bộ, đảng viên',
    closing: CLOSING_DANG_KY,
    categories: [
      cat('C0', 1, 'Gương mẫu học tập, làm theo; thường xuyên tự phê bình và phê bình', M),
      cat(
        'C1',
        2,
        'Không lợi dụng giao lưu, liên hoan, đề bạt, bổ nhiệm, luân chuyển… để ăn uống, "tiệc tùng", tặng, nhận quà với động cơ vụ lợi',
      ),
      cat('C2', 3, 'Cưới hỏi, ma chay, giỗ, tết, sinh nhật đơn giản, tiết kiệm, theo nếp sống văn hóa mới'),
      cat('C3', 4, 'Không "biếu xén", đưa tặng quà vụ lợi; không ăn uống, "chè chén" xa hoa, lãng phí'),
      cat('C4', 5, 'Không tổ chức đoàn xe đưa đón, khẩu hiệu, trải thảm, tặng quà, ăn uống lãng phí khi có đoàn công tác đến'),
      cat('C5', 6, 'Phát huy vai trò giám sát của nhân dân, Mặt trận, các đoàn thể và báo chí'),
    ],
  }),
];

/** Labels and titles of the three title variants (domain.md §2.2). */
export const TITLE_VARIANTS: Record<PledgeTitleVariant, { label: string; title: string; signer: string }> = {
  dang_ky_neu_guong: {
    label: 'Bản đăng ký thực hiện trách nhiệm nêu gương',
    title: 'Bản đăng ký thực hiện trách nhiệm nêu gương',
    signer: 'Người đăng ký',
  },
  cam_ket_tu_duong: {
    label: 'Bản cam kết tu dưỡng, rèn luyện, phấn đấu',
    title: 'Bản cam kết tu dưỡng, rèn luyện, phấn đấu',
    signer: 'Người cam kết',
  },
  hoc_tap_lam_theo: {
    label: 'Bản đăng ký học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    title: 'Bản đăng ký học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    signer: 'Người đăng ký',
  },
};

/** "BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026". */
export function pledgeTitle(variant: PledgeTitleVariant, year: number): string {
  return `${TITLE_VARIANTS[variant].title} năm ${year}`.toLocaleUpperCase('vi');
}

function isFramework(r: RuleSet): r is PledgeFrameworkRuleSet {
  return r.kind === 'pledge_framework';
}

/**
 * Frameworks in the order of the chooser: the cell's own and the superior's first, then presets,
 * each by name. Which version of a code is on offer is core/rules' job (resolveRulesPerCode).
 */
export function sortFrameworks(list: readonly PledgeFrameworkRuleSet[]): PledgeFrameworkRuleSet[] {
  const rank = (r: PledgeFrameworkRuleSet) => (r.source === 'preset' ? 1 : 0); // local/superior first
  return [...list].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'vi'));
}

/** All versions of one framework code, newest first (the history shown in the editor). */
export function frameworkVersions(ruleSets: readonly RuleSet[], code: string): PledgeFrameworkRuleSet[] {
  return ruleSets.filter((r): r is PledgeFrameworkRuleSet => isFramework(r) && r.code === code).sort((a, b) => b.version - a.version);
}

/** The categories sorted by order. */
export function sortedCategories(categories: readonly FrameworkCategory[]): FrameworkCategory[] {
  return [...categories].sort((a, b) => a.order - b.order);
}

export class PledgeRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PledgeRuleError';
  }
}

export interface FrameworkDraft {
  name: string;
  validFrom: IsoDate;
  validTo?: IsoDate;
  data: PledgeFrameworkData;
}

/** Problems of a framework being saved (Vietnamese); empty when it may be saved. */
export function validateFramework(draft: FrameworkDraft): string[] {
  const problems: string[] = [];
  if (!cleanText(draft.name)) problems.push('Chưa nhập tên khung nội dung. Hãy nhập tên, ví dụ "Khung đăng ký của Đảng bộ".');
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(draft.validFrom)) problems.push('Ngày áp dụng không hợp lệ. Hãy chọn ngày bắt đầu áp dụng.');
  if (draft.validTo && draft.validTo < draft.validFrom) problems.push('Ngày hết hiệu lực phải sau ngày áp dụng.');
  const cats = draft.data.categories;
  if (cats.length === 0) problems.push('Khung nội dung phải có ít nhất một mục. Hãy thêm mục.');
  const codes = new Set<string>();
  cats.forEach((c, i) => {
    if (!cleanText(c.label)) problems.push(`Mục ${i + 1} chưa có tên. Hãy nhập tên mục hoặc xóa mục đó.`);
    const code = cleanText(c.code);
    if (!code) problems.push(`Mục ${i + 1} chưa có mã.`);
    else if (codes.has(code)) problems.push(`Mã mục "${code}" bị trùng. Mỗi mục phải có mã riêng.`);
    codes.add(code);
  });
  return problems;
}

function cleanData(data: PledgeFrameworkData): PledgeFrameworkData {
  const out: PledgeFrameworkData = {
    ...data,
    categories: sortedCategories(data.categories).map((c, i) => {
      const category: FrameworkCategory = { code: cleanText(c.code), label: cleanText(c.label), order: i + 1 };
      if (c.guidance && cleanText(c.guidance)) category.guidance = cleanMultiline(c.guidance);
      if (c.subCriteria?.length) category.subCriteria = c.subCriteria.map(cleanText).filter(Boolean);
      if (c.group && cleanText(c.group)) category.group = cleanText(c.group);
      if (c.unverified) category.unverified = true;
      return category;
    }),
  };
  for (const key of ['basis', 'closing', 'description'] as const) {
    const v = data[key];
    if (v === undefined) continue;
    const cleaned = cleanMultiline(v);
    if (cleaned) out[key] = cleaned;
    else delete out[key];
  }
  return out;
}

/**
 * An edit of a framework: a NEW record with the same code and version + 1 (the old record is
 * never rewritten, so forms registered earlier keep pointing at what they were made with).
 */
export function newFrameworkVersion(
  ruleSets: readonly RuleSet[],
  current: PledgeFrameworkRuleSet,
  draft: FrameworkDraft,
  id: Id,
  now: IsoDateTime,
): PledgeFrameworkRuleSet {
  const problems = validateFramework(draft);
  if (problems.length) throw new PledgeRuleError(problems.join(' '));
  const newest = frameworkVersions(ruleSets, current.code)[0] ?? current;
  const data = cleanData(draft.data);
  const next: PledgeFrameworkRuleSet = {
    id,
    kind: 'pledge_framework',
    code: current.code,
    name: cleanText(draft.name),
    version: newest.version + 1,
    validFrom: draft.validFrom,
    source: current.source === 'superior' ? 'superior' : 'local',
    data,
    updatedAt: now,
  };
  if (draft.validTo) next.validTo = draft.validTo;
  if (data.categories.some((c) => c.unverified)) next.unverified = true;
  return next;
}

/** A framework made by the user (e.g. a bloc's own headings). */
export function createCustomFramework(
  ruleSets: readonly RuleSet[],
  draft: FrameworkDraft,
  id: Id,
  now: IsoDateTime,
): PledgeFrameworkRuleSet {
  const problems = validateFramework(draft);
  if (problems.length) throw new PledgeRuleError(problems.join(' '));
  const taken = new Set(ruleSets.filter(isFramework).map((r) => r.code));
  let n = 1;
  while (taken.has(`LOCAL-${n}`)) n++;
  const data = cleanData(draft.data);
  const rs: PledgeFrameworkRuleSet = {
    id,
    kind: 'pledge_framework',
    code: `LOCAL-${n}`,
    name: cleanText(draft.name),
    version: 1,
    validFrom: draft.validFrom,
    source: 'local',
    data,
    updatedAt: now,
  };
  if (draft.validTo) rs.validTo = draft.validTo;
  return rs;
}

/** The snapshot of a framework stored on a form. */
export function frameworkSnapshot(rs: PledgeFrameworkRuleSet): PledgeForm['framework'] {
  return {
    ruleSetId: rs.id,
    code: rs.code,
    name: rs.name,
    version: rs.version,
    categories: sortedCategories(rs.data.categories).map((c) => ({ ...c })),
    ...(rs.data.checklist ? { checklist: true } : {}),
    ...(rs.data.hasTopicOfYear ? { hasTopicOfYear: true } : {}),
    ...(rs.data.closing ? { closing: rs.data.closing } : {}),
  };
}
