/** The routine job's door to db/routine.ts: the same operations with the app's database bound. */
import * as repo from '../db/routine';
import { withDb } from './bind';

export type { AggregatorRoutine, CellRoutine } from '../db/routine';

export const recordExport = withDb(repo.recordExport);
export const loadRoutine = withDb(repo.loadRoutine);
