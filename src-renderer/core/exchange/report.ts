/**
 * The unit report (chi bộ → cấp ủy cấp trên): what is sent, and the figures computed from it.
 * Pure functions; the db layer reads the tables and passes plain records in.
 */
import type {
  Commendation,
  Meeting,
  Member,
  MonthlyAssessment,
  PledgeForm,
  RatingLevel,
  RuleSet,
  Unit,
  UnitReview,
  YearReview,
} from '../model';
import { completeQuality } from '../meetings/rubric';
import { recordedRubric } from '../rules/meeting';
import { cleanMultiline, minutesBetween } from '../text';
import { computeYearFigures } from '../figures/year';
import { computeMeetingFigures } from '../figures/meetings';
import { wasOnRollsBetween } from './members';
import { monthsToDate, periodEndDate, periodEndMonth, periodKey } from './period';
import type {
  Period,
  ReportCommendation,
  ReportMeeting,
  ReportMember,
  ReportMonthly,
  ReportPledge,
  ReportYearReview,
  UnitReportPayload,
  UnitStatistics,
} from './schemas';

export const RATING_LEVELS: readonly RatingLevel[] = ['xuat_sac', 'tot', 'hoan_thanh', 'khong_hoan_thanh'];

/** Labels of meeting-quality / monthly level codes commonly used by the preset rule sets. */
export const LEVEL_CODE_LABELS: Record<string, string> = {
  tot: 'Tốt',
  kha: 'Khá',
  trung_binh: 'Trung bình',
  kem: 'Kém',
  xuat_sac: 'Xuất sắc',
  thuc_hien_tot: 'Thực hiện tốt',
  thuc_hien: 'Thực hiện',
  chua_thuc_hien: 'Chưa thực hiện tốt',
  dat: 'Đạt',
  khong_dat: 'Không đạt',
  chua_danh_gia: 'Chưa đánh giá',
};

export function levelCodeLabel(code: string): string {
  return LEVEL_CODE_LABELS[code] ?? code;
}

export interface UnitReportSource {
  unit: Unit;
  members: readonly Member[];
  pledgeForms: readonly PledgeForm[];
  monthly: readonly MonthlyAssessment[];
  meetings: readonly Meeting[];
  yearReviews: readonly YearReview[];
  unitReview?: UnitReview;
  commendations: readonly Commendation[];
  /** The stored rule sets (each meeting's score is read with the rubric recorded on it). */
  ruleSets: readonly RuleSet[];
  texts?: { results: string; limits: string; proposals: string };
}

export interface UnitReportOptions {
  /** Setting: send only the unit's totals, no member-level records. */
  aggregateOnly: boolean;
}

/** The profile version of a unit valid on a date (history sorted ascending). */
export function unitProfileOn(unit: Unit, date: string) {
  let current = unit.history[0]!;
  for (const h of unit.history) if (h.validFrom <= date) current = h;
  return current;
}

function toReportMember(m: Member): ReportMember {
  return {
    id: m.id,
    fullName: m.fullName,
    familyName: m.familyName,
    middleName: m.middleName,
    givenName: m.givenName,
    gender: m.gender,
    birthDate: m.birthDate,
    admissionDate: m.admissionDate,
    fullMembershipDate: m.fullMembershipDate,
    cardNumber: m.cardNumber,
    partyPosition: m.partyPosition,
    govPosition: m.govPosition,
    workplace: m.workplace,
    isLeader: m.isLeader,
    inPoliticalSystem: m.inPoliticalSystem,
    statusPeriods: m.statusPeriods.map((s) => ({ id: s.id, kind: s.kind, from: s.from, to: s.to, reason: s.reason })),
  };
}

/** A meeting as the unit report file carries it (and as computeMeetingFigures reads it). */
export function toReportMeeting(m: Meeting, ruleSets: readonly RuleSet[]): ReportMeeting {
  const counted = m.attendance.filter((a) => a.status === 'co_mat' || a.status === 'vang_co_ly_do' || a.status === 'vang_khong_ly_do');
  const duration = m.endTime ? minutesBetween(m.startTime, m.endTime) : undefined;
  const quality = completeQuality(m, recordedRubric(m, ruleSets));
  return {
    id: m.id,
    type: m.type,
    period: m.period,
    date: m.date,
    durationMinutes: duration !== undefined && duration >= 0 ? duration : undefined,
    expected: counted.length,
    present: counted.filter((a) => a.status === 'co_mat').length,
    absentWithReason: counted.filter((a) => a.status === 'vang_co_ly_do').length,
    absentWithoutReason: counted.filter((a) => a.status === 'vang_khong_ly_do').length,
    finalised: m.state === 'finalised',
    // Sent only when every criterion is scored; otherwise the meeting counts as "chua_danh_gia".
    quality: quality ? { rubricCode: quality.rubricCode, total: quality.total, level: quality.level } : undefined,
  };
}

/** Drop `undefined` members so the payload equals its JSON round trip. */
export function stripUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Records of one unit for a period, in the shape the superior receives. */
export function buildUnitReportPayload(source: UnitReportSource, period: Period, options: UnitReportOptions): UnitReportPayload {
  const months = new Set(monthsToDate(period));
  const yearStart = `${period.year}-01-01`;
  const end = periodEndDate(period);
  const members = source.members.filter((m) => m.unitId === source.unit.id && wasOnRollsBetween(m, yearStart, end));
  const memberIds = new Set(members.map((m) => m.id));
  const profile = unitProfileOn(source.unit, end);

  const reportMembers = members.map(toReportMember);
  const pledges: ReportPledge[] = source.pledgeForms
    .filter((p) => p.year === period.year && memberIds.has(p.memberId))
    .map((p) => ({
      id: p.id,
      memberId: p.memberId,
      year: p.year,
      state: p.state,
      frameworkCode: p.framework.code,
      itemCount: p.items.length,
      registeredAt: p.registeredAt,
      confirmedAt: p.confirmedAt,
    }));
  const monthly: ReportMonthly[] = source.monthly
    .filter((a) => months.has(a.period) && memberIds.has(a.memberId))
    .map((a) => ({
      id: a.id,
      memberId: a.memberId,
      period: a.period,
      scaleCode: a.scaleCode,
      overallLevel: a.overallLevel,
      cellLevel: a.cellLevel,
      notApplicable: a.notApplicable?.reason,
      praised: a.praised,
      reminded: a.reminded,
      reportedInMeeting: a.meetingId !== undefined,
    }));
  const meetings = source.meetings
    .filter((m) => m.unitId === source.unit.id && months.has(m.period))
    .map((m) => toReportMeeting(m, source.ruleSets));
  const yearReviews: ReportYearReview[] = source.yearReviews
    .filter((r) => r.year === period.year && memberIds.has(r.memberId))
    .map((r) => ({
      id: r.id,
      memberId: r.memberId,
      year: r.year,
      excluded: r.excluded?.reason,
      formVariant: r.formVariant,
      selfLevel: r.selfLevel,
      proposedLevel: r.proposedLevel,
      finalLevel: r.finalLevel,
    }));
  const commendations: ReportCommendation[] = source.commendations
    .filter(
      (c) =>
        c.year === period.year &&
        (c.recipient.kind === 'member' ? memberIds.has(c.recipient.memberId) : c.recipient.unitId === source.unit.id),
    )
    .map((c) => ({
      id: c.id,
      recipient: c.recipient.kind === 'member' ? { kind: 'member' as const, memberId: c.recipient.memberId } : { kind: 'unit' as const },
      year: c.year,
      form: c.form,
      reason: c.reason,
      issuer: c.issuer,
      decisionNumber: c.decisionNumber,
      decisionDate: c.decisionDate,
    }));
  const unitReview =
    source.unitReview && source.unitReview.year === period.year
      ? {
          year: source.unitReview.year,
          score: source.unitReview.score,
          selfLevel: source.unitReview.selfLevel,
          finalLevel: source.unitReview.finalLevel,
          outstanding: source.unitReview.outstanding,
        }
      : undefined;

  const detail = { members: reportMembers, pledges, monthly, meetings, yearReviews, commendations, unitReview };
  const statistics = computeUnitStatistics(detail, period);
  const rawTexts = source.texts ?? source.unitReview?.report ?? { results: '', limits: '', proposals: '' };
  const texts = {
    results: cleanMultiline(rawTexts.results),
    limits: cleanMultiline(rawTexts.limits),
    proposals: cleanMultiline(rawTexts.proposals),
  };
  const payload: UnitReportPayload = options.aggregateOnly
    ? {
        detail: 'aggregate',
        unitType: source.unit.type,
        superiorName: profile.superiorName,
        placeName: profile.placeName,
        statistics,
        texts,
        meetings,
        unitReview,
      }
    : {
        detail: 'members',
        unitType: source.unit.type,
        superiorName: profile.superiorName,
        placeName: profile.placeName,
        statistics,
        texts,
        meetings,
        unitReview,
        members: reportMembers,
        pledges,
        monthly,
        yearReviews,
        commendations,
      };
  return stripUndefined(payload);
}

export interface StatisticsInput {
  members: readonly ReportMember[];
  pledges: readonly ReportPledge[];
  monthly: readonly ReportMonthly[];
  meetings: readonly ReportMeeting[];
  yearReviews: readonly ReportYearReview[];
  commendations: readonly ReportCommendation[];
  unitReview?: UnitReportPayload['unitReview'];
}

export function emptyLevelCounts(): Record<RatingLevel, number> {
  return { xuat_sac: 0, tot: 0, hoan_thanh: 0, khong_hoan_thanh: 0 };
}

/**
 * The figures of one unit, from member-level records only. Members, registration, month reports
 * and ratings come from `computeYearFigures` (core/figures), the one function the review page and
 * the BÁO CÁO PDF use too; meetings and the unit's own level are added here.
 */
export function computeUnitStatistics(input: StatisticsInput, period: Period): UnitStatistics {
  const end = periodEndDate(period);
  const endMonth = periodEndMonth(period);
  const f = computeYearFigures({
    year: period.year,
    asOf: end,
    endMonth,
    members: input.members,
    pledges: input.pledges,
    monthly: input.monthly,
    reviews: input.yearReviews,
    commendations: input.commendations,
  });

  // The same meeting figures as the collective self-review (Mẫu 01).
  const mf = computeMeetingFigures(input.meetings, period.year, endMonth);

  const unitLevels = emptyLevelCounts();
  const unitLevel = input.unitReview?.year === period.year ? (input.unitReview.finalLevel ?? input.unitReview.selfLevel) : undefined;
  if (unitLevel) unitLevels[unitLevel]++;

  return {
    periodKey: periodKey(period),
    units: 1,
    members: f.members,
    fullMembers: f.fullMembers,
    probationary: f.probationary,
    requiredToRegister: f.requiredToRegister,
    registered: f.registered,
    reportedMonths: f.reportedMonths,
    memberMonthReports: f.memberMonthReports,
    praised: f.timesPraised,
    reminded: f.timesReminded,
    monthlyLevels: f.monthlyLevels,
    reviewRequired: f.requiredToReview,
    reviewExcluded: f.excluded.total,
    rated: f.rated,
    levels: { ...f.levels },
    meetings: mf.meetings,
    meetingAttendanceExpected: mf.expected,
    meetingAttendancePresent: mf.present,
    meetingQuality: mf.quality,
    unitLevels,
    commendationsMembers: f.commendations.members,
    commendationsUnits: f.commendations.units,
  };
}

function sortRecord(r: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function addRecords(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return sortRecord(out);
}

function addLevels(a: Record<RatingLevel, number>, b: Record<RatingLevel, number>): Record<RatingLevel, number> {
  return {
    xuat_sac: a.xuat_sac + b.xuat_sac,
    tot: a.tot + b.tot,
    hoan_thanh: a.hoan_thanh + b.hoan_thanh,
    khong_hoan_thanh: a.khong_hoan_thanh + b.khong_hoan_thanh,
  };
}

/** Sum of several units' figures: counts add up; months reported is the union. */
export function sumStatistics(list: readonly UnitStatistics[], key: string): UnitStatistics {
  const months = new Set<number>();
  const zero: UnitStatistics = {
    periodKey: key,
    units: 0,
    members: 0,
    fullMembers: 0,
    probationary: 0,
    requiredToRegister: 0,
    registered: 0,
    reportedMonths: [],
    memberMonthReports: 0,
    praised: 0,
    reminded: 0,
    monthlyLevels: {},
    reviewRequired: 0,
    reviewExcluded: 0,
    rated: 0,
    levels: emptyLevelCounts(),
    meetings: 0,
    meetingAttendanceExpected: 0,
    meetingAttendancePresent: 0,
    meetingQuality: {},
    unitLevels: emptyLevelCounts(),
    commendationsMembers: 0,
    commendationsUnits: 0,
  };
  const total = list.reduce<UnitStatistics>((acc, s) => {
    s.reportedMonths.forEach((m) => months.add(m));
    return {
      ...acc,
      units: acc.units + s.units,
      members: acc.members + s.members,
      fullMembers: acc.fullMembers + s.fullMembers,
      probationary: acc.probationary + s.probationary,
      requiredToRegister: acc.requiredToRegister + s.requiredToRegister,
      registered: acc.registered + s.registered,
      memberMonthReports: acc.memberMonthReports + s.memberMonthReports,
      praised: acc.praised + s.praised,
      reminded: acc.reminded + s.reminded,
      monthlyLevels: addRecords(acc.monthlyLevels, s.monthlyLevels),
      reviewRequired: acc.reviewRequired + s.reviewRequired,
      reviewExcluded: acc.reviewExcluded + s.reviewExcluded,
      rated: acc.rated + s.rated,
      levels: addLevels(acc.levels, s.levels),
      meetings: acc.meetings + s.meetings,
      meetingAttendanceExpected: acc.meetingAttendanceExpected + s.meetingAttendanceExpected,
      meetingAttendancePresent: acc.meetingAttendancePresent + s.meetingAttendancePresent,
      meetingQuality: addRecords(acc.meetingQuality, s.meetingQuality),
      unitLevels: addLevels(acc.unitLevels, s.unitLevels),
      commendationsMembers: acc.commendationsMembers + s.commendationsMembers,
      commendationsUnits: acc.commendationsUnits + s.commendationsUnits,
    };
  }, zero);
  return { ...total, reportedMonths: [...months].sort((a, b) => a - b) };
}
