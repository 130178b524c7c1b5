/** The monthly job's door to db/monthly.ts: the same operations with the app's database bound. */
import * as repo from '../db/monthly';
import { withDb } from './bind';

export { MonthlyError } from '../db/monthly';
export type { MonthData } from '../db/monthly';

export const saveMonthGrid = withDb(repo.saveMonthGrid);
export const loadMonth = withDb(repo.loadMonth);
export const loadYear = withDb(repo.loadYear);
export const loadMonthData = withDb(repo.loadMonthData);
