/** The members job's door to db/members.ts: the same operations with the app's database bound. */
import * as repo from '../db/members';
import { withDb } from './bind';

export { MemberError, memberFields, memberProblems, recordsSummary } from '../db/members';
export type { ImportReport, LeaveKind, MemberInput, MemberRecordCounts, SaveOptions } from '../db/members';

export const listMembers = withDb(repo.listMembers);
export const getMember = withDb(repo.getMember);
export const membersActiveOn = withDb(repo.membersActiveOn);
export const findDuplicates = withDb(repo.findDuplicates);
export const addMember = withDb(repo.addMember);
export const updateMember = withDb(repo.updateMember);
export const memberRecordCounts = withDb(repo.memberRecordCounts);
export const deleteMember = withDb(repo.deleteMember);
export const recordLeaving = withDb(repo.recordLeaving);
export const importRoster = withDb(repo.importRoster);
