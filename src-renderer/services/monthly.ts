/** The monthly self-assessment job: the month's data, its scale (one resolver) and the grid's saves. */
import type { MonthlyAssessment, Unit } from '../core/model';
import { previousPeriod, type MonthlyScale } from '../core/monthly';
import { scaleForPeriod } from '../core/rules';
import { getDb } from '../db/instance';
import * as repo from '../db/monthly';
import { loadRuleSets } from './rules';
import { readSettings } from './settings';

export type { MonthData } from '../db/monthly';
export { MonthlyError } from '../db/monthly';

/** The month page in one read: the own unit, the month's scale (resolved once), the list order and the month's data. */
export interface MonthView {
  unit: Unit | undefined;
  scale: MonthlyScale;
  officeHoldersFirst: boolean;
  /** Members, forms, this and last month's records of the unit (undefined before the set-up). */
  data: repo.MonthData | undefined;
}

/** One service call for the month grid: one read transaction, then the scale resolved once (core/rules). */
export async function loadMonthView(period: string): Promise<MonthView> {
  const v = await repo.loadMonthView(getDb(), period, previousPeriod(period));
  return {
    unit: v.unit,
    scale: scaleForPeriod(period, v.ruleSets, v.settings),
    officeHoldersFirst: v.settings.officeHoldersFirst,
    data: v.data,
  };
}

export function saveMonthGrid(records: readonly MonthlyAssessment[]): Promise<MonthlyAssessment[]> {
  return repo.saveMonthGrid(getDb(), records);
}

/** The scale of a month: the superior's package, else the one chosen in Cài đặt (core/rules). */
export async function scaleOf(period: string): Promise<MonthlyScale> {
  return scaleForPeriod(period, await loadRuleSets(), await readSettings());
}

export * from './monthly-repo';
