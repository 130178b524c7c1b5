/** The exchange job's door to db/exchange.ts: the same operations with the app's database bound. */
import * as repo from '../db/exchange';
import { withDb } from './bind';

export { COUNT_LABELS, describeRead, encodeExport, formatDate, unitName } from '../db/exchange';
export type { ApplyOptions, ApplyResult, EncodedExport, ExportMeta, FileInput, FileProblem, FrameworkPackageRequest, ImportPlan, PlanOptions, PrepareOptions, PreparedFile, UnitOffer, UnitReportRequest } from '../db/exchange';

export const findOwnUnit = withDb(repo.findOwnUnit);
export const buildUnitReport = withDb(repo.buildUnitReport);
export const buildRoster = withDb(repo.buildRoster);
export const buildFrameworkPackage = withDb(repo.buildFrameworkPackage);
export const planImport = withDb(repo.planImport);
export const prepareImport = withDb(repo.prepareImport);
export const applyImport = withDb(repo.applyImport);
export const listImportLog = withDb(repo.listImportLog);
export const replanImport = withDb(repo.replanImport);
export const undoReplacement = withDb(repo.undoReplacement);
export { unitOffers } from '../db/exchange';
