/** The aggregator job's door to db/aggregator.ts: the same operations with the app's database bound. */
import * as repo from '../db/aggregator';
import { withDb } from './bind';

export type { RemovedRecords } from '../db/aggregator';

export const listSubordinateUnits = withDb(repo.listSubordinateUnits);
export const addSubordinateUnit = withDb(repo.addSubordinateUnit);
export const removeSubordinateUnit = withDb(repo.removeSubordinateUnit);
export const reportedPeriodKeys = withDb(repo.reportedPeriodKeys);
export const computeDashboard = withDb(repo.computeDashboard);
export const latestStatisticsOfYear = withDb(repo.latestStatisticsOfYear);
export const buildConsolidatedReport = withDb(repo.buildConsolidatedReport);
export const removeStoredReport = withDb(repo.removeStoredReport);
export const restoreRemoved = withDb(repo.restoreRemoved);
export const drillDown = withDb(repo.drillDown);
export const getReportPayload = withDb(repo.getReportPayload);
export const reportPayloadsFor = withDb(repo.reportPayloadsFor);
export const computeDuesDashboard = withDb(repo.computeDuesDashboard);
