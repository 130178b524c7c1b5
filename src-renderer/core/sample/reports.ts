/**
 * Unit report files of generated cells, for the aggregator benchmarks and tests: built with the
 * exchange module's own payload and envelope functions (what a cell's "Xuất báo cáo" produces).
 */
import {
  buildEnvelope,
  buildUnitReportPayload,
  encodeEnvelope,
  exchangeFileName,
  periodEndDate,
  stripUndefined,
  unitProfileOn,
  type Period,
  type UnitReportEnvelope,
} from '../exchange';
import type { SampleCell } from './cell';

export interface SampleReportOptions {
  period: Period;
  exportedAt: string;
  appVersion: string;
  schemaVersion: number;
  /** Only the unit's totals, no member-level records. */
  aggregateOnly?: boolean;
}

export async function sampleUnitReport(cell: SampleCell, options: SampleReportOptions): Promise<UnitReportEnvelope> {
  const year = options.period.year;
  const payload = buildUnitReportPayload(
    {
      unit: cell.unit,
      members: cell.members,
      pledgeForms: cell.pledgeForms,
      monthly: cell.monthly.filter((m) => m.period.startsWith(`${year}-`)),
      meetings: cell.meetings.filter((m) => m.period.startsWith(`${year}-`)),
      yearReviews: cell.yearReviews.filter((y) => y.year === year),
      unitReview: cell.unitReviews.find((u) => u.year === year),
      commendations: cell.commendations.filter((c) => c.year === year),
      // The sample cell keeps the app's presets.
      ruleSets: [],
    },
    options.period,
    { aggregateOnly: options.aggregateOnly ?? false },
  );
  const unit = cell.unit;
  const env = await buildEnvelope({
    kind: 'unit_report',
    schemaVersion: options.schemaVersion,
    appVersion: options.appVersion,
    exportedAt: options.exportedAt,
    unit: stripUndefined({ code: unit.code, name: unitProfileOn(unit, periodEndDate(options.period)).name, parentCode: unit.parentCode }),
    period: options.period,
    payload,
  });
  return env as UnitReportEnvelope;
}

/** The report as the file a unit sends (gzip, like the app's default export). */
export async function sampleUnitReportFile(cell: SampleCell, options: SampleReportOptions): Promise<{ name: string; bytes: Uint8Array }> {
  const env = await sampleUnitReport(cell, options);
  return { name: exchangeFileName(env), bytes: await encodeEnvelope(env, { compress: true }) };
}
