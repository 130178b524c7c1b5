/** The monthly job's door to db/monthly.ts: the same operations with the app's database bound. */
import * as repo from '../db/monthly';
import { withDb } from './bind';

export type { MonthData } from '../db/monthly';

export const saveMonthGrid = withDb(repo.saveMonthGrid);
