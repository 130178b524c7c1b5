/**
 * zod schemas of the exchange envelope and of each kind's payload (current format version).
 * docs/exchange-format.schema.json is generated from these (test/core/exchange/json-schema.test.ts).
 */
import { z } from 'zod';
import { DuesReportSchema } from '../dues/report';
import { FORMAT } from './constants';

// ---------- primitives ----------
export const IdSchema = z.string().min(1).max(100);
export const IsoDateSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/u, 'Ngày phải có dạng YYYY-MM-DD');
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });
export const MonthPeriodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/u, 'Tháng phải có dạng YYYY-MM');
/** Longest free text (kết quả, hạn chế, kiến nghị, lý do…); the screens limit typing to it. */
export const TEXT_MAX = 100_000;
/** Longest short text (names, codes of rule sets, positions). */
export const SHORT_TEXT_MAX = 1_000;
const Text = z.string().max(TEXT_MAX);
const ShortText = z.string().max(SHORT_TEXT_MAX);
const Count = z.number().int().min(0).max(10_000_000);
const Year = z.number().int().min(1930).max(2200);

export const RatingLevelSchema = z.enum(['xuat_sac', 'tot', 'hoan_thanh', 'khong_hoan_thanh']);
export const PartyPositionSchema = z.enum(['bi_thu', 'pho_bi_thu', 'chi_uy_vien', 'dang_vien']);
export const MemberStatusKindSchema = z.enum([
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
]);
export const UnitTypeSchema = z.enum([
  'chi_bo_truc_thuoc',
  'chi_bo_co_so',
  'dang_bo_bo_phan',
  'dang_bo_co_so',
  'dang_bo_cap_tren_co_so',
  'tinh',
]);

// ---------- envelope parts ----------
export const PeriodSchema = z
  .object({
    year: Year,
    month: z.number().int().min(1).max(12).optional(),
    quarter: z.number().int().min(1).max(4).optional(),
  })
  .refine((p) => p.month === undefined || p.quarter === undefined, 'Kỳ báo cáo chỉ có tháng hoặc quý, không có cả hai');
export type Period = z.infer<typeof PeriodSchema>;

export const EnvelopeUnitSchema = z.object({
  code: z.string().max(100),
  name: ShortText,
  parentCode: z.string().max(100).optional(),
});
export type EnvelopeUnit = z.infer<typeof EnvelopeUnitSchema>;

export const CountsSchema = z.record(z.string().max(100), Count);

// ---------- entity records (loose: fields added later by other features are kept) ----------
export const MemberStatusPeriodSchema = z.looseObject({
  id: IdSchema,
  kind: MemberStatusKindSchema,
  from: IsoDateSchema,
  to: IsoDateSchema.optional(),
  reason: Text.optional(),
});

export const MemberRecordSchema = z.looseObject({
  id: IdSchema,
  unitId: IdSchema,
  fullName: ShortText.min(1),
  familyName: ShortText,
  middleName: ShortText,
  givenName: ShortText,
  nameSplitOverride: z.boolean(),
  searchKey: ShortText,
  gender: z.enum(['nam', 'nu']).optional(),
  birthDate: IsoDateSchema.optional(),
  admissionDate: IsoDateSchema.optional(),
  fullMembershipDate: IsoDateSchema.optional(),
  cardNumber: ShortText.optional(),
  partyPosition: PartyPositionSchema,
  isLeader: z.boolean(),
  inPoliticalSystem: z.boolean(),
  statusPeriods: z.array(MemberStatusPeriodSchema),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});

export const RuleSetRecordSchema = z.looseObject({
  id: IdSchema,
  kind: z.enum([
    'pledge_framework',
    'monthly_scale',
    'meeting_rubric',
    'year_end_scheme',
    'document_style',
    'quorum',
    'deadlines',
    'party_dues',
  ]),
  code: ShortText.min(1),
  name: ShortText.min(1),
  version: z.number().int().min(1),
  validFrom: IsoDateSchema,
  validTo: IsoDateSchema.optional(),
  source: z.enum(['preset', 'superior', 'local']),
  unverified: z.boolean().optional(),
  data: z.unknown(),
  updatedAt: IsoDateTimeSchema,
});

export const UnitProfileVersionSchema = z.looseObject({
  validFrom: IsoDateSchema,
  name: ShortText.min(1),
  superiorName: ShortText,
  superiorCommittee: ShortText,
  placeName: ShortText,
  issuerCode: ShortText,
  termStart: IsoDateSchema.optional(),
  termEnd: IsoDateSchema.optional(),
});

export const UnitRecordSchema = z.looseObject({
  id: IdSchema,
  code: z.string().min(1).max(100),
  type: UnitTypeSchema,
  parentCode: z.string().max(100).optional(),
  history: z.array(UnitProfileVersionSchema).min(1),
  isOwn: z.boolean(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});

// ---------- unit report ----------
/** Member fields the superior needs (no residence, no notes). */
export const ReportMemberSchema = z.object({
  id: IdSchema,
  fullName: ShortText.min(1),
  familyName: ShortText,
  middleName: ShortText,
  givenName: ShortText,
  gender: z.enum(['nam', 'nu']).optional(),
  birthDate: IsoDateSchema.optional(),
  admissionDate: IsoDateSchema.optional(),
  fullMembershipDate: IsoDateSchema.optional(),
  cardNumber: ShortText.optional(),
  partyPosition: PartyPositionSchema,
  govPosition: ShortText.optional(),
  workplace: ShortText.optional(),
  isLeader: z.boolean(),
  inPoliticalSystem: z.boolean(),
  statusPeriods: z.array(
    z.object({ id: IdSchema, kind: MemberStatusKindSchema, from: IsoDateSchema, to: IsoDateSchema.optional(), reason: Text.optional() }),
  ),
});
export type ReportMember = z.infer<typeof ReportMemberSchema>;

export const ReportPledgeSchema = z.object({
  id: IdSchema,
  memberId: IdSchema,
  year: Year,
  state: z.enum(['draft', 'submitted', 'confirmed', 'amended']),
  frameworkCode: ShortText,
  itemCount: Count,
  registeredAt: IsoDateSchema.optional(),
  confirmedAt: IsoDateSchema.optional(),
});
export type ReportPledge = z.infer<typeof ReportPledgeSchema>;

export const ReportMonthlySchema = z.object({
  id: IdSchema,
  memberId: IdSchema,
  period: MonthPeriodSchema,
  scaleCode: ShortText,
  overallLevel: ShortText.optional(),
  cellLevel: ShortText.optional(),
  notApplicable: z.enum(['mien', 'dinh_chi', 'chua_vao_dang', 'chuyen_di', 'vang', 'khac']).optional(),
  praised: z.boolean(),
  reminded: z.boolean(),
  reportedInMeeting: z.boolean(),
});
export type ReportMonthly = z.infer<typeof ReportMonthlySchema>;

export const ReportMeetingSchema = z.object({
  id: IdSchema,
  type: z.enum(['thuong_ky', 'chuyen_de', 'ket_hop', 'bat_thuong', 'dai_hoi', 'chi_uy']),
  period: MonthPeriodSchema,
  date: IsoDateSchema,
  durationMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .optional(),
  expected: Count,
  present: Count,
  absentWithReason: Count,
  absentWithoutReason: Count,
  finalised: z.boolean(),
  quality: z.object({ rubricCode: ShortText, total: z.number().min(0).max(1000), level: ShortText }).optional(),
});
export type ReportMeeting = z.infer<typeof ReportMeetingSchema>;

export const ReportYearReviewSchema = z.object({
  id: IdSchema,
  memberId: IdSchema,
  year: Year,
  excluded: z.enum(['mien', 'dinh_chi', 'moi_ket_nap']).optional(),
  formVariant: z.enum(['2A', '2B', '2C']),
  selfLevel: RatingLevelSchema.optional(),
  proposedLevel: RatingLevelSchema.optional(),
  finalLevel: RatingLevelSchema.optional(),
});
export type ReportYearReview = z.infer<typeof ReportYearReviewSchema>;

export const ReportCommendationSchema = z.object({
  id: IdSchema,
  recipient: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('member'), memberId: IdSchema }),
    z.object({ kind: z.literal('unit') }),
  ]),
  year: Year,
  form: z.enum(['giay_khen', 'bang_khen', 'co', 'bieu_duong']),
  reason: Text,
  issuer: ShortText,
  decisionNumber: ShortText.optional(),
  decisionDate: IsoDateSchema.optional(),
});
export type ReportCommendation = z.infer<typeof ReportCommendationSchema>;

const LevelCounts = z.object({ xuat_sac: Count, tot: Count, hoan_thanh: Count, khong_hoan_thanh: Count });

/** Figures of one unit (or, for a consolidated report, of several) — member-level counts only. */
export const UnitStatisticsSchema = z.object({
  periodKey: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/u),
  units: Count,
  members: Count,
  fullMembers: Count,
  probationary: Count,
  requiredToRegister: Count,
  registered: Count,
  reportedMonths: z.array(z.number().int().min(1).max(12)),
  memberMonthReports: Count,
  praised: Count,
  reminded: Count,
  monthlyLevels: z.record(ShortText, Count),
  reviewRequired: Count,
  reviewExcluded: Count,
  rated: Count,
  levels: LevelCounts,
  meetings: Count,
  meetingAttendanceExpected: Count,
  meetingAttendancePresent: Count,
  meetingQuality: z.record(ShortText, Count),
  unitLevels: LevelCounts,
  commendationsMembers: Count,
  commendationsUnits: Count,
});
export type UnitStatistics = z.infer<typeof UnitStatisticsSchema>;

/**
 * One unit file behind a consolidated report. Since December 2026 a consolidated report lists every
 * unit below the issuer — the direct ones (parentCode = the issuer, or absent in older files) and
 * those below them (parentCode = the unit above) — with their figures, so the superior can drill
 * down and check that the totals add up. Older files have only the first five fields.
 */
export const ConsolidatedSourceSchema = z.object({
  unitCode: z.string().min(1).max(100),
  unitName: ShortText,
  periodKey: ShortText,
  exportedAt: IsoDateTimeSchema,
  sha256: z.string().regex(/^[0-9a-f]{64}$/u),
  parentCode: z.string().max(100).optional(),
  unitType: UnitTypeSchema.optional(),
  detail: z.enum(['members', 'aggregate', 'consolidated']).optional(),
  statistics: UnitStatisticsSchema.optional(),
});
export type ConsolidatedSource = z.infer<typeof ConsolidatedSourceSchema>;

export const ReportTextsSchema = z.object({ results: Text, limits: Text, proposals: Text });

export const UnitReportPayloadSchema = z.object({
  /** members: detail per member; aggregate: counts only (setting); consolidated: an intermediate committee's totals. */
  detail: z.enum(['members', 'aggregate', 'consolidated']),
  unitType: UnitTypeSchema,
  superiorName: ShortText,
  placeName: ShortText,
  statistics: UnitStatisticsSchema,
  texts: ReportTextsSchema,
  meetings: z.array(ReportMeetingSchema),
  unitReview: z
    .object({
      year: Year,
      score: z.number().min(0).max(100).optional(),
      selfLevel: RatingLevelSchema.optional(),
      finalLevel: RatingLevelSchema.optional(),
      outstanding: z.boolean(),
    })
    .optional(),
  members: z.array(ReportMemberSchema).optional(),
  pledges: z.array(ReportPledgeSchema).optional(),
  monthly: z.array(ReportMonthlySchema).optional(),
  yearReviews: z.array(ReportYearReviewSchema).optional(),
  commendations: z.array(ReportCommendationSchema).optional(),
  /** Consolidated reports: which unit files the totals came from. */
  consolidatedFrom: z.array(ConsolidatedSourceSchema).optional(),
  /**
   * Đảng phí of the report's year up to its period (issue 20): per month the counts and amounts
   * of the month's sheet; `members` (named detail) only when `detail` is "members". Absent when
   * the unit keeps no dues in the app (and in files of older apps). Optional, so an older app's
   * z.object drops it and a newer app reads older files: no format version bump.
   */
  dues: DuesReportSchema.optional(),
});
export type UnitReportPayload = z.infer<typeof UnitReportPayloadSchema>;

// ---------- framework package ----------
export const DeadlinesSchema = z.object({
  pledgeRegistrationBy: IsoDateSchema.optional(),
  monthlyReportDay: z.number().int().min(1).max(31).optional(),
  yearReviewBy: IsoDateSchema.optional(),
  yearReportBy: IsoDateSchema.optional(),
  notes: Text.optional(),
});
export type Deadlines = z.infer<typeof DeadlinesSchema>;

export const FrameworkPackagePayloadSchema = z.object({
  year: Year,
  ruleSets: z.array(RuleSetRecordSchema),
  deadlines: DeadlinesSchema,
  note: Text.optional(),
});
export type FrameworkPackagePayload = z.infer<typeof FrameworkPackagePayloadSchema>;

// ---------- roster ----------
export const RosterPayloadSchema = z.object({
  unit: UnitRecordSchema,
  members: z.array(MemberRecordSchema),
});
export type RosterPayload = z.infer<typeof RosterPayloadSchema>;

// ---------- full backup ----------
const BackupRow = z.looseObject({});
export const FullBackupPayloadSchema = z.object({
  /** Dexie schema version of the database the rows came from. */
  databaseSchemaVersion: z.number().int().min(1),
  tables: z.record(z.string().min(1).max(100), z.array(BackupRow)),
});
export type FullBackupPayload = z.infer<typeof FullBackupPayloadSchema>;

// ---------- envelope ----------
const EnvelopeBase = {
  format: z.literal(FORMAT),
  formatVersion: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  appVersion: ShortText,
  exportedAt: IsoDateTimeSchema,
  unit: EnvelopeUnitSchema,
  period: PeriodSchema,
  counts: CountsSchema,
  sha256: z.string().regex(/^[0-9a-f]{64}$/u),
};

export const UnitReportEnvelopeSchema = z.object({ ...EnvelopeBase, kind: z.literal('unit_report'), payload: UnitReportPayloadSchema });
export const FrameworkPackageEnvelopeSchema = z.object({
  ...EnvelopeBase,
  kind: z.literal('framework_package'),
  payload: FrameworkPackagePayloadSchema,
});
export const RosterEnvelopeSchema = z.object({ ...EnvelopeBase, kind: z.literal('roster'), payload: RosterPayloadSchema });
export const FullBackupEnvelopeSchema = z.object({ ...EnvelopeBase, kind: z.literal('full_backup'), payload: FullBackupPayloadSchema });

export const EnvelopeSchema = z.discriminatedUnion('kind', [
  UnitReportEnvelopeSchema,
  FrameworkPackageEnvelopeSchema,
  RosterEnvelopeSchema,
  FullBackupEnvelopeSchema,
]);
export type Envelope = z.infer<typeof EnvelopeSchema>;
export type UnitReportEnvelope = z.infer<typeof UnitReportEnvelopeSchema>;
export type FrameworkPackageEnvelope = z.infer<typeof FrameworkPackageEnvelopeSchema>;
export type RosterEnvelope = z.infer<typeof RosterEnvelopeSchema>;

/** JSON Schema (draft 2020-12) of the envelope, generated from the zod schemas above. */
export function exchangeJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(EnvelopeSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://so-neu-guong.invalid/exchange-format.schema.json',
    title: 'Sổ Nêu Gương — tệp trao đổi (định dạng 1)',
    description: 'Generated from src-renderer/core/exchange/schemas.ts. Do not edit by hand; see docs/exchange-format.md.',
  };
}
