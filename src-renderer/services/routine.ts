/** The routine job's door to db/routine.ts: the same operations with the app's database bound. */
import * as repo from '../db/routine';
import { withDb } from './bind';

export { isPrepared } from '../db/routine';
export type { AggregatorRoutine, CellRoutine, ExportRecordInput } from '../db/routine';

export const recordExport = withDb(repo.recordExport);
export const lastExportOf = withDb(repo.lastExportOf);
export const regularMeetingOf = withDb(repo.regularMeetingOf);
export const deadlinesOf = withDb(repo.deadlinesOf);
export const loadRoutine = withDb(repo.loadRoutine);
