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
  stripUndefined,
  sumStatistics,
  unitProfileOn,
  type Period,
  type UnitReportEnvelope,
  type UnitReportPayload,
  type UnitStatistics,
} from '../core/exchange';
import type { StoredUnitReport, Unit, UnitType } from '../core/model';
import { cleanMultiline, cleanText } from '../core/text';
import { SCHEMA_VERSION, type SoNeuGuongDb } from './database';
import { findOwnUnit } from './exchange';

export async function listSubordinateUnits(db: SoNeuGuongDb): Promise<Unit[]> {
  return (await db.units.toArray()).filter((u) => !u.isOwn);
}

export interface NewSubordinate {
  code: string;
  name: string;
  type: UnitType;
  parentCode?: string;
}

/** Add a unit below this committee by hand. Vietnamese message when the code is empty or taken. */
export async function addSubordinateUnit(db: SoNeuGuongDb, input: NewSubordinate, now = new Date()): Promise<Unit> {
  const code = cleanText(input.code).toUpperCase();
  const name = cleanText(input.name);
  if (!code) throw new ExchangeError('invalid_content', 'Hãy nhập mã đơn vị (ví dụ CB-SOTUPHAP), đúng mã đơn vị đó dùng khi xuất báo cáo.');
  if (!/^[A-Z0-9][A-Z0-9._-]{0,59}$/u.test(code)) {
    throw new ExchangeError('invalid_content', 'Mã đơn vị chỉ gồm chữ không dấu, chữ số và dấu gạch ngang (ví dụ CB-SOTUPHAP).');
  }
  if (!name) throw new ExchangeError('invalid_content', 'Hãy nhập tên đơn vị (ví dụ Chi bộ Sở Tư pháp).');
  return db.transaction('rw', db.units, db.settings, async () => {
    if (await db.units.where('code').equals(code).first()) {
      throw new ExchangeError('invalid_content', `Mã đơn vị ${code} đã có trong danh sách.`);
    }
    const own = await findOwnUnit(db);
    const at = now.toISOString();
    const unit: Unit = stripUndefined({
      id: globalThis.crypto.randomUUID(),
      code,
      type: input.type,
      parentCode: input.parentCode ?? own?.code,
      history: [
        {
          validFrom: `${now.getFullYear()}-01-01`,
          name,
          superiorName: own ? unitProfileOn(own, at.slice(0, 10)).name : '',
          superiorCommittee: '',
          placeName: own ? unitProfileOn(own, at.slice(0, 10)).placeName : '',
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

/** Remove a subordinate unit that has no stored report (a typo). */
export async function removeSubordinateUnit(db: SoNeuGuongDb, unitId: string): Promise<void> {
  await db.transaction('rw', db.units, db.unitReports, async () => {
    const unit = await db.units.get(unitId);
    if (!unit || unit.isOwn) return;
    if ((await db.unitReports.where('unitCode').equals(unit.code).count()) > 0) {
      throw new ExchangeError('invalid_content', 'Đơn vị đã có báo cáo được nhập nên không xóa được khỏi danh sách.');
    }
    await db.units.delete(unitId);
  });
}

/** Period keys that have at least one stored report, newest first. */
export async function reportedPeriodKeys(db: SoNeuGuongDb): Promise<string[]> {
  const keys = (await db.unitReports.orderBy('periodKey').uniqueKeys()) as string[];
  return keys.sort(comparePeriodKeys).reverse();
}

export async function reportsForPeriod(db: SoNeuGuongDb, periodKey: string): Promise<StoredUnitReport[]> {
  return db.unitReports.where('periodKey').equals(periodKey).toArray();
}

/** Dashboard of a period: every subordinate unit, with its report for exactly that period if any. */
export async function computeDashboard(db: SoNeuGuongDb, periodKey: string): Promise<Dashboard> {
  const [units, reports] = await db.transaction('r', db.units, db.unitReports, async () => [
    await listSubordinateUnits(db),
    await reportsForPeriod(db, periodKey),
  ]);
  const byCode = new Map(reports.map((r) => [r.unitCode, r]));
  const today = new Date().toISOString().slice(0, 10);
  const entries: DashboardUnit[] = units.map((u) => {
    const r = byCode.get(u.code);
    return stripUndefined({
      unitCode: u.code,
      unitName: unitProfileOn(u, today).name,
      unitType: u.type,
      statistics: r ? (r.summary as unknown as UnitStatistics) : undefined,
      exportedAt: r?.exportedAt,
      reportId: r?.id,
    });
  });
  // A stored report whose unit was removed from the list still counts (it was accepted).
  for (const r of reports) {
    if (!units.some((u) => u.code === r.unitCode)) {
      entries.push({ unitCode: r.unitCode, unitName: r.unitName, statistics: r.summary as unknown as UnitStatistics, exportedAt: r.exportedAt, reportId: r.id });
    }
  }
  return buildDashboard(periodKey, entries);
}

/** Statistics of the latest report of each unit within a year (for the year's monthly chart). */
export async function latestStatisticsOfYear(db: SoNeuGuongDb, year: number): Promise<UnitStatistics[]> {
  const reports = await db.unitReports.where('year').equals(year).toArray();
  const latest = new Map<string, StoredUnitReport>();
  for (const r of reports) {
    const cur = latest.get(r.unitCode);
    if (!cur || comparePeriodKeys(r.periodKey, cur.periodKey) > 0) latest.set(r.unitCode, r);
  }
  return [...latest.values()].map((r) => r.summary as unknown as UnitStatistics);
}

export async function getStoredReport(db: SoNeuGuongDb, id: string): Promise<StoredUnitReport | undefined> {
  return db.unitReports.get(id);
}

/** A consolidated unit report (detail "consolidated") built from the reports of a period. */
export async function buildConsolidatedReport(
  db: SoNeuGuongDb,
  periodKey: string,
  options: { texts?: UnitReportPayload['texts']; now?: Date; appVersion?: string } = {},
): Promise<UnitReportEnvelope> {
  const period: Period | undefined = parsePeriodKey(periodKey);
  if (!period) throw new ExchangeError('invalid_content', `Kỳ báo cáo không hợp lệ: ${periodKey}.`);
  const own = await findOwnUnit(db);
  if (!own) throw new ExchangeError('apply_failed', 'Chưa thiết lập đơn vị của mình. Hãy hoàn tất bước thiết lập ban đầu trước.');
  const reports = await reportsForPeriod(db, periodKey);
  if (reports.length === 0) throw new ExchangeError('invalid_content', 'Chưa có báo cáo nào của đơn vị trực thuộc cho kỳ này để tổng hợp.');
  const statistics = sumStatistics(
    reports.map((r) => r.summary as unknown as UnitStatistics),
    periodKey,
  );
  const profile = unitProfileOn(own, periodEndDate(period));
  const payload: UnitReportPayload = {
    detail: 'consolidated',
    unitType: own.type,
    superiorName: profile.superiorName,
    placeName: profile.placeName,
    statistics,
    texts: options.texts
      ? { results: cleanMultiline(options.texts.results), limits: cleanMultiline(options.texts.limits), proposals: cleanMultiline(options.texts.proposals) }
      : { results: '', limits: '', proposals: '' },
    meetings: [],
    consolidatedFrom: reports
      .map((r) => ({ unitCode: r.unitCode, unitName: r.unitName, periodKey: r.periodKey, exportedAt: r.exportedAt, sha256: r.sha256 }))
      .sort((a, b) => (a.unitCode < b.unitCode ? -1 : 1)),
  };
  const env = await buildEnvelope({
    kind: 'unit_report',
    schemaVersion: SCHEMA_VERSION,
    appVersion: options.appVersion ?? APP_VERSION,
    exportedAt: (options.now ?? new Date()).toISOString(),
    unit: stripUndefined({ code: own.code, name: profile.name, parentCode: own.parentCode }),
    period,
    payload,
  });
  return env as UnitReportEnvelope;
}
