/**
 * Party dues (đảng phí) as rule-set data: the groups of members with their rate or fixed
 * amount, the rounding the cell uses, and the thresholds of the warnings (domain.md §11).
 *
 * Source of the 2026 preset: Quy định 01-QĐ/TW ngày 03/02/2026 của Bộ Chính trị về chế độ đảng
 * phí (replaces QĐ 342-QĐ/TW, 2010), as reported by dantri.com.vn and vietnamnet.vn (06/02/2026)
 * and baophutho.vn (08/02/2026):
 *  - members in compulsory social insurance (BHXH bắt buộc): 1% of the salary on which BHXH was
 *    paid for the month before [V];
 *  - while on sick or maternity leave paid by BHXH: 1% of the allowance [V];
 *  - pensioners outside compulsory BHXH: 0.5% of the pension [V];
 *  - students: 5.000 đồng a month [V per dantri];
 *  - other members in the country: a fixed monthly amount whose value was not found — a
 *    setting with an unverified default;
 *  - 3 months unpaid in a year without a good reason: the chi bộ considers proposing xóa tên [V].
 * Everything here is a default the secretary or the superior committee may change (a local edit
 * or a framework package of kind `party_dues`, through the one rule resolver).
 */
import { z } from 'zod';
import type { MemberStatusKind, RuleSet } from '../model';

export const DUES_RULE_KIND = 'party_dues' as const;

/** Money is whole đồng; a monthly basis above 1 tỷ đồng is refused as a typing error. */
export const MAX_DONG = 1_000_000_000;
const Dong = z
  .number({ error: 'Số tiền phải là số' })
  .int('Số tiền phải là số đồng nguyên')
  .min(0, 'Số tiền không được âm')
  .max(MAX_DONG, 'Số tiền quá lớn');
const Code = z.string().min(1, 'Thiếu mã nhóm').max(50);
const Label = z.string().min(1, 'Thiếu tên nhóm').max(300);

const MEMBER_STATUS_KINDS = [
  'du_bi',
  'chinh_thuc',
  'mien_sinh_hoat',
  'dinh_chi',
  'sinh_hoat_tam_thoi',
  'chuyen_den',
  'chuyen_di',
  'tu_tran',
  'xoa_ten',
  'khai_tru',
] as const satisfies readonly MemberStatusKind[];

export const PercentGroupSchema = z.object({
  code: Code,
  label: Label,
  method: z.literal('percent'),
  /** Percent of the member's basis amount (1 = 1%). */
  ratePercent: z.number().min(0).max(100),
  /** What the basis amount is, as the grid's column header says it ("Tiền lương đóng BHXH"). */
  baseLabel: Label,
  unverified: z.boolean().optional(),
});

export const FixedGroupSchema = z.object({
  code: Code,
  label: Label,
  method: z.literal('fixed'),
  /** Monthly amount in đồng. */
  amount: Dong,
  unverified: z.boolean().optional(),
});

export const DuesGroupSchema = z.discriminatedUnion('method', [PercentGroupSchema, FixedGroupSchema]);
export type DuesGroup = z.infer<typeof DuesGroupSchema>;

export const RoundingSchema = z.object({
  /** Round to a multiple of this many đồng (1 = no rounding; 1000 = to the thousand). */
  step: z.number().int().min(1).max(1_000_000),
  /** nearest: half up (87.500 → 88.000); up: never below the rule; down: never above. */
  mode: z.enum(['nearest', 'up', 'down']),
});
export type Rounding = z.infer<typeof RoundingSchema>;

export const PartyDuesRulesSchema = z
  .object({
    groups: z.array(DuesGroupSchema).min(1, 'Cần ít nhất một nhóm đối tượng đóng đảng phí'),
    rounding: RoundingSchema,
    /** Unpaid months (without a recorded reason) in the counting window → reminder. */
    reminderUnpaidMonths: z.number().int().min(1).max(12),
    /** Unpaid months in the window → the chi bộ considers proposing xóa tên. */
    removalUnpaidMonths: z.number().int().min(1).max(12),
    /** "3 tháng trong năm": the calendar year (default) or the 12 months ending with the month judged. */
    countWindow: z.enum(['calendar_year', 'rolling_12_months']),
    /** Days after the end of a month before its dues count as unpaid (0: from the 1st of the next month). */
    graceDays: z.number().int().min(0).max(120),
    /** Status periods during which the member owes no dues to this cell. */
    notOwedStatuses: z.array(z.enum(MEMBER_STATUS_KINDS)),
    /** Names of the settings above whose default was not verified in an official text. */
    unverifiedSettings: z.array(z.string().max(100)),
    note: z.string().max(5_000).optional(),
  })
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.groups.forEach((g, i) => {
      if (seen.has(g.code)) ctx.addIssue({ code: 'custom', path: ['groups', i, 'code'], message: `Mã nhóm "${g.code}" bị trùng` });
      seen.add(g.code);
    });
    if (rules.removalUnpaidMonths < rules.reminderUnpaidMonths) {
      ctx.addIssue({ code: 'custom', path: ['removalUnpaidMonths'], message: 'Ngưỡng xem xét xóa tên không được nhỏ hơn ngưỡng nhắc nhở' });
    }
  });
export type PartyDuesRules = z.infer<typeof PartyDuesRulesSchema>;

/** Codes of the preset groups (a superior's package may add others). */
export const DUES_GROUP = {
  bhxhSalary: 'bhxh_luong',
  bhxhAllowance: 'bhxh_tro_cap',
  pension: 'luong_huu',
  student: 'hoc_sinh_sinh_vien',
  other: 'khac_trong_nuoc',
} as const;

export const QD01_2026_DUES: PartyDuesRules = {
  groups: [
    {
      code: DUES_GROUP.bhxhSalary,
      label: 'Đảng viên tham gia BHXH bắt buộc',
      method: 'percent',
      ratePercent: 1,
      baseLabel: 'Tiền lương làm căn cứ đóng BHXH (tháng trước liền kề)',
    },
    {
      code: DUES_GROUP.bhxhAllowance,
      label: 'Đảng viên nghỉ ốm đau, thai sản hưởng trợ cấp BHXH',
      method: 'percent',
      ratePercent: 1,
      baseLabel: 'Mức trợ cấp ốm đau, thai sản do BHXH chi trả',
    },
    {
      code: DUES_GROUP.pension,
      label: 'Đảng viên hưởng lương hưu',
      method: 'percent',
      ratePercent: 0.5,
      baseLabel: 'Mức lương hưu được hưởng',
    },
    { code: DUES_GROUP.student, label: 'Đảng viên là học sinh, sinh viên', method: 'fixed', amount: 5_000 },
    { code: DUES_GROUP.other, label: 'Đảng viên khác ở trong nước (mức cố định)', method: 'fixed', amount: 10_000, unverified: true },
  ],
  rounding: { step: 1_000, mode: 'nearest' },
  reminderUnpaidMonths: 2,
  removalUnpaidMonths: 3,
  countWindow: 'calendar_year',
  graceDays: 0,
  notOwedStatuses: ['sinh_hoat_tam_thoi'],
  unverifiedSettings: ['rounding', 'countWindow', 'graceDays', 'notOwedStatuses', `groups.${DUES_GROUP.other}.amount`],
  note: 'Theo Quy định 01-QĐ/TW ngày 03/02/2026 của Bộ Chính trị về chế độ đảng phí. Mức cố định của nhóm "đảng viên khác", cách làm tròn và cách tính "3 tháng trong năm" là giá trị mặc định, sửa theo hướng dẫn của cấp trên.',
};

export const PARTY_DUES_PRESET: RuleSet<PartyDuesRules> = {
  id: 'preset-party-dues-qd01-2026',
  kind: DUES_RULE_KIND,
  code: 'QD01-2026',
  name: 'Chế độ đảng phí (Quy định 01-QĐ/TW, 03/02/2026)',
  version: 1,
  validFrom: '2026-02-03',
  source: 'preset',
  unverified: true,
  data: QD01_2026_DUES,
  updatedAt: '2026-12-01T00:00:00.000Z',
};

/** Vietnamese message of the first problem of a rules object, or undefined when it is valid. */
export function duesRulesProblem(data: unknown): string | undefined {
  const parsed = PartyDuesRulesSchema.safeParse(data);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length ? ` (${issue.path.join('.')})` : '';
  return `Quy định đảng phí không hợp lệ${where}: ${issue.message}`;
}

export function findGroup(rules: PartyDuesRules, code: string): DuesGroup | undefined {
  return rules.groups.find((g) => g.code === code);
}

/**
 * Round a raw amount given as a fraction numerator / denominator of đồng (exact integers) to the
 * cell's step. Integer arithmetic only, so 0,5% of 5.300.000 is exactly 26.500.
 */
function roundFraction(numerator: number, denominator: number, rounding: Rounding): number {
  const d = denominator * rounding.step;
  let q: number;
  if (rounding.mode === 'down') q = Math.floor(numerator / d);
  else if (rounding.mode === 'up') q = Math.ceil(numerator / d);
  else q = Math.floor((2 * numerator + d) / (2 * d));
  return q * rounding.step;
}

/** Round a whole amount of đồng to the cell's step. */
export function roundDong(amount: number, rounding: Rounding): number {
  return roundFraction(Math.round(amount), 1, rounding);
}

/** ratePercent with up to 4 decimals, as an exact fraction of a million (1% → 10.000 / 1.000.000). */
const RATE_SCALE = 1_000_000;

/** The monthly amount of a percentage group for a basis amount (rounded). */
export function percentAmount(base: number, ratePercent: number, rounding: Rounding): number {
  const rate = Math.round(ratePercent * (RATE_SCALE / 100));
  return roundFraction(Math.round(base) * rate, RATE_SCALE, rounding);
}
