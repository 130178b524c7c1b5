/**
 * The deadlines rule set (kind `deadlines`): the dates and offsets the rules fix, as data.
 *
 * It is a superset of the superior's package deadlines (core/exchange DeadlinesSchema: the
 * year's registration, monthly report, review and year report dates), so a stored package
 * deadline record parses to a complete rule set with the defaults below filled in.
 *
 * Sources (domain.md §6.1, §11, and the texts quoted there):
 *  - dự bị: 12 months; "becomes chính thức on the day the 12 months end" (QĐ 208 / HD 01 of 2026
 *    [P]); the Điều lệ (Điều 5) counts the 12 months from the admission ceremony;
 *  - Huy hiệu Đảng: 30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90 years of party age, awarded on
 *    03/02, 19/5, 02/9, 07/11 (HD 01-HD/TW 2021 mục 18, as quoted by thuvienphapluat.vn) [V];
 *  - year-end review: the draft sent at least 03 working days before the meeting (HD 43-HD/BTCTW) [V].
 * The offsets without a found source (when the paperwork is due, how long the chi bộ has for the
 * recognition meeting, when the badge list is proposed) are settings listed in unverifiedSettings.
 */
import { z } from 'zod';
import { DeadlinesSchema } from '../exchange/schemas';
import type { RuleSet } from '../model';
import { HolidayTableSchema, VN_HOLIDAYS_2026_2027 } from './holidays';

export const DEADLINES_RULE_KIND = 'deadlines' as const;

const MonthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/u, 'Ngày trao phải có dạng MM-DD');
const Days = (max: number) => z.number().int().min(0).max(max);

export const DEFAULT_BADGE_MILESTONES = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90];
export const DEFAULT_BADGE_AWARD_DATES = ['02-03', '05-19', '09-02', '11-07'];

export const DeadlineRulesSchema = z.object({
  ...DeadlinesSchema.shape,
  /** Day of the previous month by which the meeting is prepared (core/routine; default 20 there). */
  prepareDay: z.number().int().min(1).max(31).optional(),
  /** The note of the superior's package the dates came with. */
  note: z.string().max(100_000).optional(),
  /** Length of the probation (dự bị) in months. */
  probationMonths: z.number().int().min(1).max(36).default(12),
  /** The chi bộ's recognition meeting is held within this many working days after the 12 months end. */
  officialMeetingWithinWorkingDays: Days(120).default(30),
  /** The member's self-review and the sponsor's and organisations' comments are due this many working days before that meeting. */
  officialPaperworkWorkingDaysBefore: Days(60).default(5),
  /** Award dates of Huy hiệu Đảng, "MM-DD". */
  badgeAwardDates: z.array(MonthDay).min(1).max(12).default(DEFAULT_BADGE_AWARD_DATES),
  /** Years of party age that earn a badge. */
  badgeMilestones: z.array(z.number().int().min(1).max(100)).min(1).max(30).default(DEFAULT_BADGE_MILESTONES),
  /** The chi bộ proposes the badge this many days before the award date. */
  badgeProposalDaysBefore: Days(365).default(45),
  /** Year-end review: the draft is sent at least this many working days before the meeting. */
  reviewDraftWorkingDaysBefore: Days(30).default(3),
  /** A member absent with reason this many regular meetings in a row is listed. */
  excusedAbsenceMeetingsInARow: z.number().int().min(2).max(12).default(3),
  /** Items are shown on "Tháng này" from this many days before their date. */
  noticeDays: Days(365).default(30),
  /** Holidays and swapped working days. */
  holidays: HolidayTableSchema.default(VN_HOLIDAYS_2026_2027),
  /** Names of the settings whose default was not verified in an official text. */
  unverifiedSettings: z
    .array(z.string().max(100))
    .default([
      'officialMeetingWithinWorkingDays',
      'officialPaperworkWorkingDaysBefore',
      'badgeProposalDaysBefore',
      'excusedAbsenceMeetingsInARow',
      'noticeDays',
    ]),
});
/** The complete rule set (after parsing: every default filled in). */
export type DeadlineRules = z.output<typeof DeadlineRulesSchema>;

export const DEFAULT_DEADLINE_RULES: DeadlineRules = DeadlineRulesSchema.parse({});

export const DEADLINES_PRESET: RuleSet<DeadlineRules> = {
  id: 'preset-deadlines-2026',
  kind: DEADLINES_RULE_KIND,
  code: 'THOI-HAN-MAC-DINH',
  name: 'Các mốc thời hạn của chi bộ (dự bị, Huy hiệu Đảng, kiểm điểm, ngày nghỉ lễ)',
  version: 1,
  validFrom: '2026-01-01',
  source: 'preset',
  unverified: true,
  data: DEFAULT_DEADLINE_RULES,
  updatedAt: '2026-12-01T00:00:00.000Z',
};

/** Vietnamese message of the first problem of deadline rule data, or undefined when it is valid. */
export function deadlineRulesProblem(data: unknown): string | undefined {
  const parsed = DeadlineRulesSchema.safeParse(data);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length ? ` (${issue.path.join('.')})` : '';
  return `Quy định về thời hạn không hợp lệ${where}: ${issue.message}`;
}
