/**
 * Reading the facts of the monthly routine ("Tháng này") and recording exported report files.
 *
 * Exports are kept in the exchange log (table importLog) with outcome 'exported', so the home page
 * can tell whether the month's report left for the superior. Nothing else reads them as imports.
 */
import { resolveRule, yearQuery } from '../core/rules';
import type { Id, ImportLogEntry, IsoDate, IsoDateTime, Meeting } from '../core/model';
import { gridMembers, notReported, suggestedNotApplicable } from '../core/monthly';
import {
  monthRoutine,
  nextMonth,
  reportKeysCovering,
  reviewYearOf,
  type MeetingFacts,
  type RoutineDeadlines,
  type RoutineStep,
} from '../core/routine';
import { sortMembers } from '../core/text';
import type { SoNeuGuongDb } from './database';
import { registrationStatus } from './pledges';
import { loadSettings } from './settings';
import { clock } from '../platform/clock';

export interface ExportRecordInput {
  /** Envelope kind: 'unit_report', 'roster', 'framework_package'. */
  kind: string;
  /** "2026-11", "2026-Q4", "2026". */
  periodKey: string;
  unitCode?: string;
  sha256: string;
  fileName: string;
  /** Where the file was saved (shown in the log). */
  savedTo?: string;
  at?: IsoDateTime;
}

/** Record that a file was saved for another unit (call after the file was written). */
export async function recordExport(db: SoNeuGuongDb, input: ExportRecordInput): Promise<ImportLogEntry> {
  const entry: ImportLogEntry = {
    id: crypto.randomUUID(),
    at: input.at ?? clock.nowIso(),
    fileName: input.fileName,
    kind: input.kind,
    ...(input.unitCode ? { unitCode: input.unitCode } : {}),
    period: input.periodKey,
    sha256: input.sha256,
    outcome: 'exported',
    message: input.savedTo ? `Đã xuất tệp, lưu tại ${input.savedTo}.` : 'Đã xuất tệp.',
  };
  await db.importLog.add(entry);
  return entry;
}

/** The latest export of a unit report for one of the period keys, if any. */
export async function lastExportOf(
  db: SoNeuGuongDb,
  periodKeys: readonly string[],
  kind = 'unit_report',
): Promise<ImportLogEntry | undefined> {
  const keys = new Set(periodKeys);
  const found = await db.importLog
    .filter((e) => e.outcome === 'exported' && e.kind === kind && e.period !== undefined && keys.has(e.period))
    .toArray();
  return found.sort((a, b) => (a.at < b.at ? 1 : -1))[0];
}

const REGULAR: ReadonlySet<Meeting['type']> = new Set(['thuong_ky', 'ket_hop']);

/** Date, time, place and chair set: the agenda can be announced. */
export function isPrepared(m: Meeting): boolean {
  return Boolean(m.date && m.startTime && m.place.trim() && (m.chairMemberId || m.chairName?.trim()));
}

function meetingFacts(m: Meeting | undefined): MeetingFacts | undefined {
  if (!m) return undefined;
  return {
    date: m.date,
    state: m.state,
    prepared: isPrepared(m),
    ...(m.documentNumber !== undefined ? { documentNumber: m.documentNumber } : {}),
    ...(m.finalisedAt ? { finalisedAt: m.finalisedAt } : {}),
  };
}

/** The regular meeting of a month (thường kỳ, or thường kỳ kết hợp chuyên đề); the earliest one. */
export async function regularMeetingOf(db: SoNeuGuongDb, unitId: Id, period: string): Promise<Meeting | undefined> {
  const meetings = await db.meetings.where('[unitId+period]').equals([unitId, period]).toArray();
  return meetings.filter((m) => REGULAR.has(m.type)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0];
}

/** Deadlines of a year from the superior's framework package (core/rules: valid during the year), if imported. */
export async function deadlinesOf(db: SoNeuGuongDb, year: number): Promise<RoutineDeadlines> {
  const sets = await db.ruleSets.where('kind').equals('deadlines').toArray();
  const rule = resolveRule('deadlines', { ...yearQuery(year), ruleSets: sets });
  const d = rule.data;
  const out: RoutineDeadlines = {};
  if (d.monthlyReportDay) out.monthlyReportDay = d.monthlyReportDay;
  if (d.pledgeRegistrationBy) out.pledgeRegistrationBy = d.pledgeRegistrationBy;
  if (d.yearReviewBy) out.yearReviewBy = d.yearReviewBy;
  if (d.yearReportBy) out.yearReportBy = d.yearReportBy;
  return out;
}

export interface CellRoutine {
  mode: 'cell';
  period: string;
  meetingDay: number;
  steps: RoutineStep[];
}

export interface AggregatorRoutine {
  mode: 'aggregator';
  period: string;
  /** Units that have sent a report covering the month, and those known that have not. */
  reported: string[];
  missing: string[];
}

/** Everything the "Tháng này" page shows for a month. */
export async function loadRoutine(
  db: SoNeuGuongDb,
  today: IsoDate,
  period = today.slice(0, 7),
): Promise<CellRoutine | AggregatorRoutine | undefined> {
  const settings = await loadSettings(db);
  const unit = settings.ownUnitId ? await db.units.get(settings.ownUnitId) : await db.units.filter((u) => u.isOwn).first();
  if (!unit) return undefined;
  const keys = reportKeysCovering(period);

  if (settings.mode === 'aggregator') {
    const reports = await db.unitReports.filter((r) => keys.includes(r.periodKey)).toArray();
    const reportedCodes = new Set(reports.map((r) => r.unitCode));
    const others = await db.units.filter((u) => !u.isOwn).toArray();
    const nameOf = (code: string) =>
      others.find((u) => u.code === code)?.history.at(-1)?.name ?? reports.find((r) => r.unitCode === code)?.unitName ?? code;
    return {
      mode: 'aggregator',
      period,
      reported: [...reportedCodes].map(nameOf).sort((a, b) => a.localeCompare(b, 'vi')),
      missing: others
        .filter((u) => !reportedCodes.has(u.code))
        .map((u) => u.history.at(-1)?.name ?? u.code)
        .sort((a, b) => a.localeCompare(b, 'vi')),
    };
  }

  const year = Number(period.slice(0, 4));
  const [deadlines, meeting, next, members, records, sent] = await Promise.all([
    deadlinesOf(db, year),
    regularMeetingOf(db, unit.id, period),
    regularMeetingOf(db, unit.id, nextMonth(period)),
    db.members.where('unitId').equals(unit.id).toArray(),
    db.monthlyAssessments.where('[unitId+period]').equals([unit.id, period]).toArray(),
    lastExportOf(db, keys),
  ]);

  const listed = sortMembers(gridMembers(members, period), settings.officeHoldersFirst);
  const naIds = new Set(records.filter((r) => r.notApplicable).map((r) => r.memberId));
  const expected = listed.filter((m) => !naIds.has(m.id) && suggestedNotApplicable(m, period) === undefined).length;
  const missing = notReported(listed, records, period);

  const registration = await registrationStatus(db, unit.id, year);
  const outstandingNames = sortMembers(
    registration.rows
      .filter((r) => r.mustRegister && (r.status === 'missing' || r.status === 'draft'))
      .map((r) => registration.membersById.get(r.memberId)!),
    settings.officeHoldersFirst,
  ).map((m) => m.fullName);

  const reviewYear = reviewYearOf(period);
  let review;
  let yearReportSentAt: IsoDateTime | undefined;
  if (reviewYear !== undefined) {
    const reviews = await db.yearReviews.where('[unitId+year]').equals([unit.id, reviewYear]).toArray();
    review = {
      year: reviewYear,
      records: reviews.length,
      excluded: reviews.filter((r) => r.excluded).length,
      rated: reviews.filter((r) => !r.excluded && r.finalLevel).length,
    };
    yearReportSentAt = (await lastExportOf(db, [String(reviewYear)]))?.at;
  }

  const steps = monthRoutine({
    today,
    period,
    meetingDay: settings.meetingDay,
    deadlines: await withReviewDeadlines(db, deadlines, year, reviewYear),
    meeting: meetingFacts(meeting),
    nextMeeting: meetingFacts(next),
    selfAssessment: { expected, reported: Math.max(0, expected - missing.length), missingNames: missing.map((m) => m.fullName) },
    rosterSize: members.length,
    ...(sent ? { reportSentAt: sent.at } : {}),
    pledges: {
      year,
      mustRegister: registration.mustRegister,
      registered: registration.registered,
      confirmed: registration.confirmed,
      outstandingNames,
    },
    ...(review ? { review } : {}),
    ...(yearReportSentAt ? { yearReportSentAt } : {}),
  });
  return { mode: 'cell', period, meetingDay: settings.meetingDay, steps };
}

/** The review and year-report deadlines come from the package of the reviewed year (January looks back). */
async function withReviewDeadlines(
  db: SoNeuGuongDb,
  deadlines: RoutineDeadlines,
  year: number,
  reviewYear: number | undefined,
): Promise<RoutineDeadlines> {
  if (reviewYear === undefined || reviewYear === year) return deadlines;
  const { yearReviewBy: _r, yearReportBy: _y, ...monthly } = deadlines;
  const previous = await deadlinesOf(db, reviewYear);
  return {
    ...monthly,
    ...(previous.yearReviewBy ? { yearReviewBy: previous.yearReviewBy } : {}),
    ...(previous.yearReportBy ? { yearReportBy: previous.yearReportBy } : {}),
  };
}
