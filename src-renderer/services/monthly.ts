/** The monthly self-assessment job: the month's data, its scale (one resolver) and the grid's saves. */
import type { Id, MonthlyAssessment } from '../core/model';
import { previousPeriod, type MonthlyScale } from '../core/monthly';
import { scaleForPeriod } from '../core/rules';
import { getDb } from '../db/instance';
import * as repo from '../db/monthly';
import { useLive } from './live';
import { loadRuleSets } from './rules';
import { readSettings, useSettings } from './settings';

export type { MonthData } from '../db/monthly';
export { MonthlyError } from '../db/monthly';

/** Members, forms and this and last month's records of the unit. */
export function loadMonthData(unitId: Id, period: string): Promise<repo.MonthData> {
  return repo.loadMonthData(getDb(), unitId, period, previousPeriod(period));
}

export function saveMonthGrid(records: readonly MonthlyAssessment[]): Promise<MonthlyAssessment[]> {
  return repo.saveMonthGrid(getDb(), records);
}

export function loadMonth(unitId: Id, period: string): Promise<MonthlyAssessment[]> {
  return repo.loadMonth(getDb(), unitId, period);
}

/** The scale of a month: the superior's package, else the one chosen in Cài đặt (core/rules). */
export async function scaleOf(period: string): Promise<MonthlyScale> {
  return scaleForPeriod(period, await loadRuleSets(), await readSettings());
}

/** Live scale of a month (undefined until read). */
export function useMonthScale(period: string): MonthlyScale | undefined {
  const settings = useSettings();
  const ruleSets = useLive(() => loadRuleSets(), []);
  return ruleSets ? scaleForPeriod(period, ruleSets, settings) : undefined;
}

export * from './monthly-repo';
