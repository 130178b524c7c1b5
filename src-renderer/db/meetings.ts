/**
 * Meetings and their minutes. Finalising ("Thông qua biên bản") assigns the document number in
 * the same transaction that locks the record; a correction afterwards is an amendment.
 */
import type { Id, IsoDate, IssuedDocument, Meeting, MeetingType } from '../core/model';
import {
  type AmendmentInput,
  LockedError,
  amendMeeting as amendMeetingRecord,
  cleanMeeting,
  finalisedMeeting,
  freezeAttendance,
  finaliseQuestions,
  meetingInputErrors,
  minutesSubject,
  newMeeting,
  nextDocumentNumber,
  prefillAttendance,
  termStartFor,
} from '../core/meetings';
import { recordedRubric } from '../core/rules';
import { sortMembers } from '../core/text';
import { profileOn } from '../core/units';
import { announceFinalised } from './finalise-events';
import type { SoNeuGuongDb } from './database';
import { clock } from '../platform/clock';

export class MeetingError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'MeetingError';
  }
}

const uuid = () => crypto.randomUUID();
const nowIso = () => clock.nowIso();

export async function listMeetings(db: SoNeuGuongDb, unitId: Id): Promise<Meeting[]> {
  const all = await db.meetings.where('[unitId+period]').between([unitId, ''], [unitId, '\uffff']).toArray();
  return all.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.startTime < b.startTime ? 1 : -1));
}

export async function getMeeting(db: SoNeuGuongDb, id: Id): Promise<Meeting | undefined> {
  return db.meetings.get(id);
}

/** Attendance prefilled from the unit's roster on the meeting date (office holders first, then by tên). */
export async function rosterAttendance(db: SoNeuGuongDb, unitId: Id, date: IsoDate): Promise<Meeting['attendance']> {
  const members = sortMembers(await db.members.where('unitId').equals(unitId).toArray(), true);
  return prefillAttendance(members, date);
}

/** A new draft meeting with attendance prefilled from the roster and the place from the last meeting. */
export async function createMeeting(
  db: SoNeuGuongDb,
  args: { unitId: Id; date: IsoDate; type?: MeetingType; place?: string },
): Promise<Meeting> {
  return db.transaction('rw', [db.meetings, db.members], async () => {
    const previous = (await listMeetings(db, args.unitId))[0];
    const meeting = newMeeting({
      id: uuid(),
      unitId: args.unitId,
      date: args.date,
      type: args.type,
      place: args.place ?? previous?.place ?? '',
      now: nowIso(),
    });
    meeting.attendance = await rosterAttendance(db, args.unitId, args.date);
    if (previous) {
      meeting.chairMemberId = previous.chairMemberId;
      meeting.chairName = previous.chairName;
      meeting.chairTitle = previous.chairTitle;
      meeting.secretaryMemberId = previous.secretaryMemberId;
      meeting.secretaryName = previous.secretaryName;
      // Last month's next tasks become this month's review table.
      meeting.lastMonthReview = previous.nextTasks.map((t) => ({ ...t, status: undefined, result: '' }));
    }
    await db.meetings.add(meeting);
    return meeting;
  });
}

/** Save a draft. Refused (nothing written) when the stored record is finalised or the input is invalid. */
export async function saveMeetingDraft(db: SoNeuGuongDb, meeting: Meeting): Promise<Meeting> {
  const cleaned = cleanMeeting({ ...meeting, updatedAt: nowIso() });
  const errors = meetingInputErrors(cleaned);
  if (errors.length > 0) throw new MeetingError(errors);
  return db.transaction('rw', [db.meetings, db.members], async () => {
    const stored = await db.meetings.get(meeting.id);
    if (stored?.state === 'finalised' || cleaned.state === 'finalised') throw new LockedError();
    if (cleaned.votes.length > 0) {
      // Only chính thức ballots count: refuse a tally larger than the chính thức present.
      const roster = await db.members.where('unitId').equals(cleaned.unitId).toArray();
      const tallyErrors = meetingInputErrors(cleaned, roster);
      if (tallyErrors.length > 0) throw new MeetingError(tallyErrors);
    }
    await db.meetings.put(cleaned);
    return cleaned;
  });
}

export async function deleteMeeting(db: SoNeuGuongDb, id: Id): Promise<void> {
  await db.transaction('rw', db.meetings, async () => {
    const stored = await db.meetings.get(id);
    if (stored?.state === 'finalised') throw new MeetingError(['Biên bản đã được thông qua nên không xóa được.']);
    await db.meetings.delete(id);
  });
}

/**
 * "Thông qua biên bản": freeze attendance, assign the next BB number of the cấp ủy term and
 * record the issued document, lock the minutes — all in one transaction.
 */
export async function finaliseMeeting(
  db: SoNeuGuongDb,
  id: Id,
  at: IsoDate,
  options: { /** The secretary answered yes to `finaliseQuestions` (e.g. an incomplete score). */ confirmed?: boolean } = {},
): Promise<Meeting> {
  const finalised = await db.transaction('rw', [db.meetings, db.members, db.units, db.documents, db.ruleSets], async () => {
    const meeting = await db.meetings.get(id);
    if (!meeting) throw new MeetingError(['Không tìm thấy buổi sinh hoạt.']);
    const questions = finaliseQuestions(meeting, recordedRubric(meeting, await db.ruleSets.toArray()));
    if (questions.length > 0 && options.confirmed !== true) throw new MeetingError(questions);
    const members = await db.members.where('unitId').equals(meeting.unitId).toArray();
    const unit = await db.units.get(meeting.unitId);
    const termStart = termStartFor(unit ? profileOn(unit, meeting.date) : undefined, meeting.date);
    const existing = await db.documents.where('[unitId+typeCode+termStart]').equals([meeting.unitId, 'BB', termStart]).toArray();
    const number = nextDocumentNumber(existing, 'BB', termStart);
    const now = nowIso();
    const { meeting: done, problems } = finalisedMeeting(cleanMeeting(meeting), freezeAttendance(meeting, members), number, at, now);
    if (!done) throw new MeetingError(problems);
    const doc: IssuedDocument = {
      id: uuid(),
      unitId: meeting.unitId,
      typeCode: 'BB',
      termStart,
      number,
      issuedOn: meeting.date,
      summary: minutesSubject(meeting),
      linkedId: meeting.id,
      createdAt: now,
    };
    await db.documents.add(doc);
    await db.meetings.put(done);
    return done;
  });
  announceFinalised('minutes');
  return finalised;
}

/** A correction of finalised minutes, recorded with its date and reason. */
export async function amendMeeting(db: SoNeuGuongDb, id: Id, input: AmendmentInput): Promise<Meeting> {
  return db.transaction('rw', [db.meetings, db.ruleSets], async () => {
    const meeting = await db.meetings.get(id);
    if (!meeting) throw new MeetingError(['Không tìm thấy buổi sinh hoạt.']);
    const rubric = recordedRubric(meeting, await db.ruleSets.toArray());
    const { meeting: next, problems } = amendMeetingRecord(meeting, input, nowIso(), rubric);
    if (!next) throw new MeetingError(problems);
    await db.meetings.put(next);
    return next;
  });
}

/** Other meetings of the unit in the same year (for the absence-streak warning). */
export async function meetingsOfYear(db: SoNeuGuongDb, unitId: Id, year: number): Promise<Meeting[]> {
  return db.meetings
    .where('[unitId+period]')
    .between([unitId, `${year}-01`], [unitId, `${year}-12`], true, true)
    .toArray();
}
