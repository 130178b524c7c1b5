/**
 * Aggregator mode (the superior committee): subordinate units, who has reported for a period,
 * the consolidated dashboard (from the summaries stored at import — one record per unit report),
 * and the consolidated unit report an intermediate committee passes upward.
 */
import { APP_VERSION } from '../core/app-version';
import { buildDashboard, type Dashboard, type DashboardUnit } from '../core/aggregation';
import {
  buildEnvelope,
  comparePeriodKeys,
  ExchangeError,
  parsePeriodKey,
  periodEndDate,
  normaliseOptionalUnitCode,
  normaliseUnitCode,
  SHORT_TEXT_MAX,
  stripUndefined,
  sumStatistics,
  unitCodeProblem,
  unitProfileOn,
  type ConsolidatedSource,
  type Period,
  type UnitReportEnvelope,
  type UnitReportPayload,
  type UnitStatistics,
} from '../core/exchange';
import { aggregateDuesReports, unitsWithoutDues, type DuesMonthTotals } from '../core/dues';
import type { StoredReportPayload, StoredUnitReport, Unit, UnitType } from '../core/model';
import { cleanMultiline, cleanText, compareVi } from '../core/text';
import { reportTextProblems } from '../core/text/report-texts';
import { SCHEMA_VERSION, type SoNeuGuongDb } from './database';
import { findOwnUnit } from './exchange';
import { clock } from '../platform/clock';

/** Units below this committee, sorted by name (Vietnamese collation), then code. */
export async function listSubordinateUnits(db: SoNeuGuongDb, date = '9999-12-31'): Promise<Unit[]> {
  const units = (await db.units.toArray()).filter((u) => !u.isOwn);
  return units.sort(
    (a, b) => compareVi(unitProfileOn(a, date).name, unitProfileOn(b, date).name) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

export interface NewSubordinate {
  code: string;
  name: string;
  type: UnitType;
  parentCode?: string;
}

/** Add a unit below this committee by hand. Vietnamese message when the code is empty, malformed or taken. */
export async function addSubordinateUnit(db: SoNeuGuongDb, input: NewSubordinate, now = clock.now()): Promise<Unit> {
  const problem = unitCodeProblem(input.code);
  if (problem) throw new ExchangeError('invalid_content', problem);
  const code = normaliseUnitCode(input.code);
  const name = cleanText(input.name);
  if (!name) throw new ExchangeError('invalid_content', 'Hãy nhập tên đơn vị (ví dụ Chi bộ Sở Tư pháp).');
  if (name.length > SHORT_TEXT_MAX) throw new ExchangeError('invalid_content', `Tên đơn vị dài quá ${SHORT_TEXT_MAX} ký tự.`);
  return db.transaction('rw', db.units, db.settings, async () => {
    if (await db.units.where('code').equals(code).first()) {
      throw new ExchangeError('invalid_content', `Mã đơn vị ${code} đã có trong danh sách.`);
    }
    const own = await findOwnUnit(db);
    const at = now.toISOString();
    const date = localDate(now);
    const unit: Unit = stripUndefined({
      id: globalThis.crypto.randomUUID(),
      code,
      type: input.type,
      parentCode: normaliseOptionalUnitCode(input.parentCode) ?? (own ? normaliseUnitCode(own.code) : undefined),
      history: [
        {
          validFrom: `${now.getFullYear()}-01-01`,
          name,
          superiorName: own ? unitProfileOn(own, date).name : '',
          superiorCommittee: '',
          placeName: own ? unitProfileOn(own, date).placeName : '',
          issuerCode: 'CB',
        },
      ],
      isOwn: false,
      createdAt: at,
      updatedAt: at,
    });
    await db.units.add(unit);
    return unit;
  });
}

/** Local calendar date of a Date (never toISOString().slice: that is the UTC date). */
function localDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** What a removal took out of the database, so that it can be put back exactly (undo). */
export interface RemovedRecords {
  units: Unit[];
  reports: StoredUnitReport[];
  payloads: StoredReportPayload[];
}

export interface RemoveOptions {
  /** Called before anything is removed (the backup); if it fails nothing is removed. */
  beforeChange?: () => Promise<void>;
}

async function takeOut(db: SoNeuGuongDb, reportIds: readonly string[], unitIds: readonly string[]): Promise<RemovedRecords> {
  return db.transaction('rw', db.units, db.unitReports, db.reportPayloads, async () => {
    const reports = (await db.unitReports.bulkGet([...reportIds])).filter((r): r is StoredUnitReport => r !== undefined);
    const payloads = (await db.reportPayloads.bulkGet([...reportIds])).filter((r): r is StoredReportPayload => r !== undefined);
    const units = (await db.units.bulkGet([...unitIds])).filter((u): u is Unit => u !== undefined && !u.isOwn);
    await db.unitReports.bulkDelete(reports.map((r) => r.id));
    await db.reportPayloads.bulkDelete(payloads.map((r) => r.id));
    await db.units.bulkDelete(units.map((u) => u.id));
    return { units, reports, payloads };
  });
}

async function backupFirst(options: RemoveOptions): Promise<void> {
  if (!options.beforeChange) return;
  try {
    await options.beforeChange();
  } catch {
    throw new ExchangeError(
      'backup_failed',
      'Không tạo được bản sao lưu trước khi xóa, nên chưa xóa gì. Hãy kiểm tra thư mục sao lưu rồi thử lại.',
    );
  }
}

/**
 * Remove a subordinate unit. A unit with stored reports is removed only with `withReports`
 * (its reports go too); the caller keeps the result to undo.
 */
export async function removeSubordinateUnit(
  db: SoNeuGuongDb,
  unitId: string,
  options: RemoveOptions & { withReports?: boolean } = {},
): Promise<RemovedRecords> {
  const unit = await db.units.get(unitId);
  if (!unit || unit.isOwn) return { units: [], reports: [], payloads: [] };
  const reports = await db.unitReports.where('unitCode').equals(unit.code).primaryKeys();
  if (reports.length > 0 && !options.withReports) {
    throw new ExchangeError(
      'invalid_content',
      `Đơn vị ${unit.code} đã có ${reports.length} báo cáo được nhập. Hãy bấm «Xóa cả đơn vị và báo cáo» nếu muốn xóa (ứng dụng sao lưu trước và cho hoàn tác), hoặc xóa từng báo cáo ở mục Tổng hợp.`,
      { reports: reports.length },
    );
  }
  await backupFirst(options);
  return takeOut(db, reports, [unitId]);
}

/**
 * Remove one stored report (e.g. a report dated by a wrong clock that blocks the corrected one).
 * Backup first (beforeChange), then one transaction; the result undoes it (restoreRemoved).
 */
export async function removeStoredReport(db: SoNeuGuongDb, reportId: string, options: RemoveOptions = {}): Promise<RemovedRecords> {
  if (!(await db.unitReports.get(reportId))) throw new ExchangeError('invalid_content', 'Không tìm thấy báo cáo này (có thể đã được xóa).');
  await backupFirst(options);
  return takeOut(db, [reportId], []);
}

/** Undo a removal: put back exactly what was taken out (refused if the same unit/period was imported since). */
export async function restoreRemoved(db: SoNeuGuongDb, removed: RemovedRecords): Promise<void> {
  await db.transaction('rw', db.units, db.unitReports, db.reportPayloads, async () => {
    for (const r of removed.reports) {
      const now = await db.unitReports.where('[unitCode+periodKey]').equals([r.unitCode, r.periodKey]).first();
      if (now && now.id !== r.id) {
        throw new ExchangeError(
          'invalid_content',
          `Không hoàn tác được: đã có báo cáo khác của ${r.unitName} cho kỳ ${r.periodKey} được nhập sau khi xóa.`,
        );
      }
    }
    for (const u of removed.units) {
      const clash = await db.units.where('code').equals(u.code).first();
      if (clash && clash.id !== u.id)
        throw new ExchangeError('invalid_content', `Không hoàn tác được: mã đơn vị ${u.code} đã được dùng cho đơn vị khác.`);
    }
    await db.units.bulkPut(removed.units);
    await db.unitReports.bulkPut(removed.reports);
    await db.reportPayloads.bulkPut(removed.payloads);
  });
}

/** Period keys that have at least one stored report, newest first. */
export async function reportedPeriodKeys(db: SoNeuGuongDb): Promise<string[]> {
  const keys = (await db.unitReports.orderBy('periodKey').uniqueKeys()) as string[];
  return keys.sort(comparePeriodKeys).reverse();
}

/** The stored reports (summaries only, no payload) of a period. */
export async function reportsForPeriod(db: SoNeuGuongDb, periodKey: string): Promise<StoredUnitReport[]> {
  return db.unitReports.where('periodKey').equals(periodKey).toArray();
}

/**
 * The reports a period's dashboard counts: those of exactly that period, and for a year those of
 * December (a report for month 12 covers the whole year) from units that sent no year report.
 */
export async function reportsCountedFor(db: SoNeuGuongDb, periodKey: string): Promise<StoredUnitReport[]> {
  const exact = await reportsForPeriod(db, periodKey);
  const period = parsePeriodKey(periodKey);
  if (!period || period.month !== undefined || period.quarter !== undefined) return exact;
  const december = await reportsForPeriod(db, `${period.year}-12`);
  const have = new Set(exact.map((r) => r.unitCode));
  return [...exact, ...december.filter((r) => !have.has(r.unitCode))];
}

function entryOf(r: StoredUnitReport, unit?: Unit, date = '9999-12-31'): DashboardUnit {
  return stripUndefined({
    unitCode: r.unitCode,
    unitName: unit ? unitProfileOn(unit, date).name : r.unitName,
    unitType: unit?.type ?? r.unitType,
    statistics: r.summary,
    exportedAt: r.exportedAt,
    reportId: r.id,
    sourcePeriodKey: r.periodKey,
    detail: r.detail,
  });
}

/** Dashboard of a period: every subordinate unit, with its report for that period if any (summaries only). */
export async function computeDashboard(db: SoNeuGuongDb, periodKey: string, date = '9999-12-31'): Promise<Dashboard> {
  const [units, reports] = await db.transaction('r', db.units, db.unitReports, async () => [
    (await db.units.toArray()).filter((u) => !u.isOwn),
    await reportsCountedFor(db, periodKey),
  ]);
  const byCode = new Map(reports.map((r) => [r.unitCode, r]));
  const entries: DashboardUnit[] = units.map((u) => {
    const r = byCode.get(u.code);
    return r ? entryOf(r, u, date) : { unitCode: u.code, unitName: unitProfileOn(u, date).name, unitType: u.type };
  });
  // A stored report whose unit was removed from the list still counts (it was accepted).
  const listed = new Set(units.map((u) => u.code));
  for (const r of reports) if (!listed.has(r.unitCode)) entries.push(entryOf(r));
  return buildDashboard(periodKey, entries);
}

/**
 * Drill-down below the units directly under the committee: the units a consolidated report
 * includes (with their figures as that committee received them), as a dashboard of their own.
 * `parentCode` picks the level (default: the units directly under the report's issuer).
 */
export async function drillDown(db: SoNeuGuongDb, reportId: string, parentCode?: string): Promise<Dashboard | undefined> {
  const [report, stored] = await Promise.all([db.unitReports.get(reportId), db.reportPayloads.get(reportId)]);
  if (!report || !stored || stored.payload.detail !== 'consolidated') return undefined;
  const parent = parentCode ?? report.unitCode;
  const entries: DashboardUnit[] = (stored.payload.consolidatedFrom ?? [])
    .filter((f) => (f.parentCode ?? report.unitCode) === parent)
    .map((f) =>
      stripUndefined({
        unitCode: f.unitCode,
        unitName: f.unitName,
        unitType: f.unitType,
        statistics: f.statistics,
        exportedAt: f.exportedAt,
        detail: f.detail,
        sourcePeriodKey: f.periodKey,
      }),
    );
  return buildDashboard(report.periodKey, entries);
}

/** Statistics of the latest report of each unit within a year (for the year's monthly chart). */
export async function latestStatisticsOfYear(db: SoNeuGuongDb, year: number): Promise<UnitStatistics[]> {
  const reports = await db.unitReports.where('year').equals(year).toArray();
  const latest = new Map<string, StoredUnitReport>();
  for (const r of reports) {
    const cur = latest.get(r.unitCode);
    if (!cur || comparePeriodKeys(r.periodKey, cur.periodKey) > 0) latest.set(r.unitCode, r);
  }
  return [...latest.values()].map((r) => r.summary);
}

/** The whole payload of a stored report (drill-down to members, spreadsheet, consolidated report). */
export async function getReportPayload(db: SoNeuGuongDb, id: string): Promise<UnitReportPayload | undefined> {
  return (await db.reportPayloads.get(id))?.payload;
}

/** Payloads of several stored reports, by id (the spreadsheet export). */
export async function reportPayloadsFor(db: SoNeuGuongDb, ids: readonly string[]): Promise<Map<string, UnitReportPayload>> {
  const rows = await db.reportPayloads.bulkGet([...ids]);
  return new Map(rows.filter((r): r is StoredReportPayload => r !== undefined).map((r) => [r.id, r.payload]));
}

/** A consolidated unit report (detail "consolidated") built from the reports of a period. */
export async function buildConsolidatedReport(
  db: SoNeuGuongDb,
  periodKey: string,
  options: { texts?: UnitReportPayload['texts']; now?: Date; appVersion?: string } = {},
): Promise<UnitReportEnvelope> {
  const period: Period | undefined = parsePeriodKey(periodKey);
  if (!period) throw new ExchangeError('invalid_content', `Kỳ báo cáo không hợp lệ: ${periodKey}.`);
  const tooLong = options.texts ? reportTextProblems(options.texts) : [];
  if (tooLong.length > 0) throw new ExchangeError('invalid_content', tooLong.join(' '));
  const own = await findOwnUnit(db);
  if (!own) throw new ExchangeError('apply_failed', 'Chưa thiết lập đơn vị của mình. Hãy hoàn tất bước thiết lập ban đầu trước.');
  const ownCode = normaliseUnitCode(own.code);
  const reports = await reportsCountedFor(db, periodKey);
  if (reports.length === 0) throw new ExchangeError('invalid_content', 'Chưa có báo cáo nào của đơn vị trực thuộc cho kỳ này để tổng hợp.');
  // Consolidated reports received from committees below: their own list of units goes up too.
  const below = await db.reportPayloads.bulkGet(reports.filter((r) => r.detail === 'consolidated').map((r) => r.id));
  const nested = below.flatMap((b) =>
    (b?.payload.consolidatedFrom ?? []).map((f) => ({ ...f, parentCode: f.parentCode ?? reports.find((r) => r.id === b!.id)!.unitCode })),
  );
  const statistics = sumStatistics(
    reports.map((r) => ({ ...r.summary, periodKey })),
    periodKey,
  );
  const profile = unitProfileOn(own, periodEndDate(period));
  const direct: ConsolidatedSource[] = reports.map((r) =>
    stripUndefined({
      unitCode: r.unitCode,
      unitName: r.unitName,
      periodKey: r.periodKey,
      exportedAt: r.exportedAt,
      sha256: r.sha256,
      parentCode: ownCode,
      unitType: r.unitType,
      detail: r.detail,
      statistics: { ...r.summary, periodKey },
    }),
  );
  const payload: UnitReportPayload = {
    detail: 'consolidated',
    unitType: own.type,
    superiorName: profile.superiorName,
    placeName: profile.placeName,
    statistics,
    texts: options.texts
      ? {
          results: cleanMultiline(options.texts.results),
          limits: cleanMultiline(options.texts.limits),
          proposals: cleanMultiline(options.texts.proposals),
        }
      : { results: '', limits: '', proposals: '' },
    meetings: [],
    consolidatedFrom: [...direct, ...nested].sort((a, b) => (a.unitCode < b.unitCode ? -1 : a.unitCode > b.unitCode ? 1 : 0)),
  };
  // Đảng phí: the units' month totals summed (no member detail goes up).
  const withDues = reports.filter((r) => r.dues && r.dues.length > 0).map((r) => ({ year: r.year, months: r.dues! }));
  if (withDues.length > 0) {
    const last = periodEndDate(period).slice(0, 7);
    payload.dues = { year: period.year, months: aggregateDuesReports(withDues, period.year).filter((m) => m.period <= last) };
  }
  const env = await buildEnvelope({
    kind: 'unit_report',
    schemaVersion: SCHEMA_VERSION,
    appVersion: options.appVersion ?? APP_VERSION,
    exportedAt: (options.now ?? clock.now()).toISOString(),
    unit: stripUndefined({ code: ownCode, name: profile.name, parentCode: normaliseOptionalUnitCode(own.parentCode) }),
    period,
    payload,
  });
  return env as UnitReportEnvelope;
}

/** The aggregator's đảng phí view of a period: the sums per month of the year, and who sent none for the period's last month. */
export interface DuesDashboard {
  year: number;
  /** Last month of the period ("2026-11"; a year: December; a quarter: its last month). */
  period: string;
  /** Per month of the year, the sums over the units that reported it (never averages). */
  months: DuesMonthTotals[];
  /** Sum for `period` (undefined when no unit reported it). */
  month?: DuesMonthTotals;
  /** Units whose report carries the month's dues totals. */
  reported: string[];
  /** Units known to the committee whose reports carry no dues totals for the month ("chưa báo cáo đảng phí"). */
  missing: Array<{ unitCode: string; unitName: string }>;
}

export async function computeDuesDashboard(db: SoNeuGuongDb, periodKey: string, date = '9999-12-31'): Promise<DuesDashboard | undefined> {
  const period = parsePeriodKey(periodKey);
  if (!period) return undefined;
  const [units, reports] = await db.transaction('r', db.units, db.unitReports, async () => [
    (await db.units.toArray()).filter((u) => !u.isOwn),
    await reportsCountedFor(db, periodKey),
  ]);
  const month = periodEndDate(period).slice(0, 7);
  const withDues = reports
    .filter((r) => r.dues && r.dues.length > 0)
    .map((r) => ({ unitCode: r.unitCode, dues: { year: r.year, months: r.dues! } }));
  const months = aggregateDuesReports(
    withDues.map((r) => r.dues),
    period.year,
  );
  const missingUnits = unitsWithoutDues(
    units.map((u) => ({ code: u.code, name: unitProfileOn(u, date).name })),
    withDues,
    month,
  );
  const reported = withDues.filter((r) => r.dues.months.some((m) => m.period === month)).map((r) => r.unitCode);
  const found = months.find((m) => m.period === month);
  return {
    year: period.year,
    period: month,
    months,
    ...(found ? { month: found } : {}),
    reported,
    missing: missingUnits.map((u) => ({ unitCode: u.code, unitName: u.name })),
  };
}
