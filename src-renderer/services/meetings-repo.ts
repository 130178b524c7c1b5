/** The meetings job's door to db/meetings.ts: the same operations with the app's database bound. */
import * as repo from '../db/meetings';
import { withDb } from './bind';

export { MeetingError } from '../db/meetings';

export const listMeetings = withDb(repo.listMeetings);
export const getMeeting = withDb(repo.getMeeting);
export const rosterAttendance = withDb(repo.rosterAttendance);
export const createMeeting = withDb(repo.createMeeting);
export const saveMeetingDraft = withDb(repo.saveMeetingDraft);
export const deleteMeeting = withDb(repo.deleteMeeting);
export const finaliseMeeting = withDb(repo.finaliseMeeting);
export const amendMeeting = withDb(repo.amendMeeting);
export const meetingsOfYear = withDb(repo.meetingsOfYear);
