/**
 * The meeting job: a meeting with what its screen needs already resolved (members, the other
 * meetings of the year, rubric, quorum, scale, document style and header), its drafts, the
 * finalising, amendments and the minutes files.
 */
import type { AppSettings, Id, IsoDate, Meeting, MeetingType, Member, RuleSet, Unit } from '../core/model';
import { documentHeader, type DocumentHeader } from '../core/documents/header';
import { meetingWarnings, type AmendmentInput, type MeetingWarning } from '../core/meetings';
import { exampleReportText, praiseAndReminderText } from '../core/monthly';
import { meetingRules, type MeetingRules } from '../core/rules';
import { sortMembers } from '../core/text';
import { getDb } from '../db/instance';
import * as repo from '../db/meetings';
import { loadMonth } from '../db/monthly';
import { loadSettings } from '../db/settings';
import { minutesModel, styledEnding, type MinutesInput, type MinutesModel } from '../documents/minutes-content';
import { clock } from '../platform/clock';
import type { DuesWarning } from '../core/dues';
import { duesLineFor, duesWarningsFor } from './dues';
import { useLive } from './live';
import { loadRuleSets } from './rules';
import { useSettings } from './settings';

export { MeetingError } from '../db/meetings';

export function createMeeting(args: { unitId: Id; date: IsoDate; type?: MeetingType; place?: string }): Promise<Meeting> {
  return repo.createMeeting(getDb(), args);
}

export function getMeeting(id: Id): Promise<Meeting | undefined> {
  return repo.getMeeting(getDb(), id);
}

export function saveMeetingDraft(meeting: Meeting): Promise<Meeting> {
  return repo.saveMeetingDraft(getDb(), meeting);
}

/**
 * Thông qua biên bản (dated today, or the meeting's date when it lies ahead). `confirmed`: the
 * secretary answered yes to the questions of `finaliseQuestions` (an incomplete score).
 */
export function finaliseMeeting(meeting: Pick<Meeting, 'id' | 'date'>, options: { confirmed?: boolean } = {}): Promise<Meeting> {
  const today = clock.today();
  return repo.finaliseMeeting(getDb(), meeting.id, today < meeting.date ? meeting.date : today, options);
}

/** An amendment as the screen types it; the service dates it. */
export type AmendmentRequest = AmendmentInput extends infer T ? (T extends unknown ? Omit<T, 'at'> : never) : never;

export function amendMeeting(id: Id, input: AmendmentRequest): Promise<Meeting> {
  return repo.amendMeeting(getDb(), id, { ...input, at: clock.today() } as AmendmentInput);
}

/** Everything the meeting screen shows around the record itself. */
export interface MeetingContext {
  members: Member[];
  /** The unit's other meetings of the same year (absence streaks). */
  others: Meeting[];
  rules: MeetingRules;
  header: DocumentHeader;
  /** Đảng phí warnings of the meeting's month (unpaid 2 months → nhắc nhở, 3 → xem xét xóa tên). */
  duesWarnings: DuesWarning[];
}

export function meetingContextOf(
  meeting: Meeting,
  unit: Unit | undefined,
  members: Member[],
  others: Meeting[],
  ruleSets: readonly RuleSet[],
  settings: AppSettings,
  duesWarnings: DuesWarning[] = [],
): MeetingContext {
  return { members, others, rules: meetingRules(meeting, ruleSets, settings), header: documentHeader(unit, meeting.date), duesWarnings };
}

/** The dues warnings a meeting of a month shows (none before the set-up or when the sheet cannot be read). */
async function meetingDuesWarnings(period: string): Promise<DuesWarning[]> {
  return (await duesWarningsFor(period).catch(() => undefined))?.warnings ?? [];
}

/** openMeeting(id): the meeting and its context, read once (exports, tests). */
export async function openMeeting(id: Id): Promise<{ meeting: Meeting; context: MeetingContext } | undefined> {
  const db = getDb();
  const meeting = await repo.getMeeting(db, id);
  if (!meeting) return undefined;
  const [unit, members, others, ruleSets, settings, duesWarnings] = await Promise.all([
    db.units.get(meeting.unitId),
    db.members.where('unitId').equals(meeting.unitId).toArray(),
    repo.meetingsOfYear(db, meeting.unitId, Number(meeting.date.slice(0, 4))),
    loadRuleSets(),
    loadSettings(db),
    meetingDuesWarnings(meeting.period),
  ]);
  return { meeting, context: meetingContextOf(meeting, unit, members, others, ruleSets, settings, duesWarnings) };
}

/** Live context of a meeting being edited (re-resolved when its date or rubric changes). */
export function useMeetingContext(meeting: Meeting | undefined, unit: Unit | undefined): MeetingContext | undefined {
  const settings = useSettings();
  const unitId = meeting?.unitId;
  const year = meeting ? Number(meeting.date.slice(0, 4)) : 0;
  const period = meeting?.period ?? '';
  const data = useLive(async () => {
    if (!unitId) return undefined;
    const db = getDb();
    const [members, others, ruleSets, duesWarnings] = await Promise.all([
      db.members.where('unitId').equals(unitId).toArray(),
      repo.meetingsOfYear(db, unitId, year),
      loadRuleSets(),
      meetingDuesWarnings(period),
    ]);
    return { members, others, ruleSets, duesWarnings };
  }, [unitId, year, period]);
  if (!meeting || !data) return undefined;
  return meetingContextOf(meeting, unit, data.members, data.others, data.ruleSets, settings, data.duesWarnings);
}

export function warningsFor(meeting: Meeting, context: MeetingContext): MeetingWarning[] {
  return [
    ...meetingWarnings(meeting, context.members, context.others, context.rules.quorum),
    ...context.duesWarnings.map((w): MeetingWarning => ({ code: 'dues_unpaid', message: w.message })),
  ];
}

/**
 * The month's self-assessment results as the texts of the minutes (praise, reminders, report),
 * and the line on đảng phí from the month's dues sheet when nothing was typed there yet.
 */
export async function monthTextsFor(
  meeting: Meeting,
  context: MeetingContext,
): Promise<Pick<Meeting, 'exampleReports' | 'praise' | 'reminders' | 'partyFees'>> {
  const records = await loadMonth(getDb(), meeting.unitId, meeting.period);
  const sorted = sortMembers(context.members, true);
  const flags = praiseAndReminderText(sorted, records, meeting.period);
  const partyFees = meeting.partyFees.trim()
    ? meeting.partyFees
    : ((await duesLineFor(meeting).catch(() => undefined)) ?? meeting.partyFees);
  return {
    exampleReports: exampleReportText(context.rules.scale.data, sorted, records, meeting.period),
    praise: meeting.praise || flags.praise,
    reminders: meeting.reminders || flags.reminders,
    partyFees,
  };
}

/** The line "Tình hình thu nộp đảng phí" from the dues sheet of the meeting's month. */
export function partyFeesLineFor(meeting: Pick<Meeting, 'period'>): Promise<string | undefined> {
  return duesLineFor(meeting);
}

export function minutesInput(meeting: Meeting, context: MeetingContext): MinutesInput {
  return {
    meeting,
    members: context.members,
    unit: {
      superiorName: context.header.superiorName,
      unitName: context.header.unitName || 'Chi bộ',
      placeName: context.header.placeName,
      issuerCode: context.header.issuerCode,
    },
    quorum: context.rules.quorum.data,
    rubric: context.rules.rubric,
  };
}

export type { MinutesModel };

/**
 * The minutes as the PDF and the Word file print them (parts, sections, tables, closing,
 * amendments, signatures in the document style of the meeting's date): the read-only view of
 * adopted minutes shows exactly this.
 */
export function minutesView(meeting: Meeting, context: MeetingContext): MinutesModel {
  const model = minutesModel(minutesInput(meeting, context));
  return { ...model, ...styledEnding(model, context.rules.documentStyle.data) };
}

export function minutesFileBase(meeting: Meeting): string {
  return `bien-ban-${meeting.period}${meeting.documentNumber ? `-so-${String(meeting.documentNumber).padStart(2, '0')}` : '-nhap'}`;
}

/** The minutes as PDF or Word bytes, with the document style in force on the meeting's date. */
export async function buildMinutes(meeting: Meeting, context: MeetingContext, format: 'pdf' | 'docx'): Promise<Uint8Array<ArrayBuffer>> {
  const input = minutesInput(meeting, context);
  const style = context.rules.documentStyle.data;
  if (format === 'pdf') {
    const { buildMinutesPdf } = await import('../documents/minutes-pdf');
    return buildMinutesPdf(input, style);
  }
  const { buildMinutesDocx } = await import('../documents/minutes-docx');
  return buildMinutesDocx(input, style);
}

export * from './meetings-repo';
