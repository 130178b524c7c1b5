/**
 * zod schemas of the `data` of each rule-set kind. A superior's framework package is checked
 * against these before anything is stored, so a screen never meets a rule set it cannot read.
 * Objects are loose: fields added by a newer app are kept.
 */
import { z } from 'zod';
import { DeadlineRulesSchema } from '../calendar/rules';
import { PartyDuesRulesSchema } from '../dues/rules';

const Code = z.string().min(1).max(200);
const Label = z.string().min(1).max(2_000);
const Text = z.string().max(100_000);
const Points = z.number().finite().min(0).max(10_000);
const Level = z.enum(['xuat_sac', 'tot', 'hoan_thanh', 'khong_hoan_thanh']);

export const PledgeFrameworkDataSchema = z.looseObject({
  categories: z
    .array(
      z.looseObject({
        code: Code,
        label: Label,
        order: z.number().finite(),
        guidance: Text.optional(),
        subCriteria: z.array(Text).optional(),
        unverified: z.boolean().optional(),
        group: Text.optional(),
      }),
    )
    .min(1, 'Khung nội dung phải có ít nhất một mục'),
  checklist: z.boolean().optional(),
  defaultTitleVariant: z.enum(['dang_ky_neu_guong', 'cam_ket_tu_duong', 'hoc_tap_lam_theo']).optional(),
  basis: Text.optional(),
  closing: Text.optional(),
  hasTopicOfYear: z.boolean().optional(),
  description: Text.optional(),
});

export const MonthlyScaleDataSchema = z.looseObject({
  levels: z
    .array(
      z.looseObject({
        code: Code,
        label: Label,
        shortcut: z.string().regex(/^[A-Z]$/u, 'Phím tắt phải là một chữ cái A–Z'),
        good: z.boolean(),
      }),
    )
    .min(2, 'Thang đánh giá phải có ít nhất 2 mức'),
});

export const MeetingRubricDataSchema = z.looseObject({
  total: Points,
  groups: z
    .array(
      z.looseObject({
        code: Code,
        label: Label,
        max: Points,
        criteria: z.array(
          z.looseObject({ code: Code, label: Label, max: Points, guidance: Text.optional(), unverified: z.boolean().optional() }),
        ),
      }),
    )
    .min(1),
  levels: z.array(z.looseObject({ code: Code, label: Label, min: Points })).min(1),
});

const Fraction = z.number().finite().gt(0).lte(1);

export const QuorumDataSchema = z.looseObject({
  attendanceWarnBelowFraction: Fraction,
  attendanceWarnAtOrBelowPercent: z.number().finite().min(0).max(100),
  majorityFraction: Fraction,
  admissionFraction: Fraction,
  maxConsecutiveExcusedAbsences: z.number().int().min(0).max(100),
  minDurationMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  minDurationCombinedMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
});

const LevelLabels = z.object({ xuat_sac: Label, tot: Label, hoan_thanh: Label, khong_hoan_thanh: Label });
const ForcedFailure = z.looseObject({ code: Code, label: Label, leadersOnly: z.boolean().optional(), unverified: z.boolean().optional() });

export const YearEndSchemeDataSchema = z.looseObject({
  memberLabels: LevelLabels,
  unitLabels: LevelLabels,
  scoring: z
    .looseObject({
      commonMax: Points,
      tasksMax: Points,
      commonLabel: Label,
      tasksLabel: Label,
      bands: z.array(z.looseObject({ level: Level, min: Points, requires: z.literal('exceededShare30').optional() })).min(1),
    })
    .optional(),
  forcedFailure: z.array(ForcedFailure),
  unitForcedFailure: z.array(ForcedFailure),
  quota: z.looseObject({ percent: Points, outstandingPercent: Points, base: z.enum(['tot_only', 'tot_and_above']) }).optional(),
  exclusions: z.array(z.enum(['mien', 'dinh_chi', 'moi_ket_nap'])),
  legacyNote: Text.optional(),
  citation: Text.optional(),
  prohibitionsCitation: Text.optional(),
});

const Mm = z.number().finite().min(0).max(100);
const Pt = z.number().finite().min(4).max(72);

export const DocumentStyleDataSchema = z.looseObject({
  marginsMm: z.object({ top: Mm, bottom: Mm, left: Mm, right: Mm }),
  fontSizes: z.object({
    body: Pt,
    issuer: Pt,
    partyTitle: Pt,
    placeDate: Pt,
    title: Pt,
    summary: Pt,
    signature: Pt,
    recipients: Pt,
    pageNumber: Pt,
  }),
  uySpelling: z.enum(['ủy', 'uỷ']),
  recipientSeparator: z.enum([',', ';']),
  firstLineIndentMm: Mm,
  lineHeight: z.number().finite().min(0.5).max(4),
  lineSpacingPt: z.number().finite().min(6).max(72).optional(),
  closingMark: z.boolean().optional(),
  minutesSignatures: z.object({ left: z.string().trim().min(1).max(100), right: z.string().trim().min(1).max(100) }).optional(),
  paragraphSpacingPt: z.number().finite().min(0).max(72),
  pageNumberTopMm: Mm,
});

/** Deadlines: the package's year dates plus the calendar's offsets, award dates and holidays (defaults filled in). */
export const DeadlinesDataSchema = DeadlineRulesSchema;

/** Đảng phí: groups with their rate or amount, rounding, warning thresholds (core/dues). */
export const PartyDuesDataSchema = PartyDuesRulesSchema;
