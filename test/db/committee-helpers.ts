/** Files of a chain of committees (chi bộ → đảng bộ cơ sở → đảng bộ → province) for drill-down tests. */
import { buildEnvelope, buildUnitReportPayload, encodeEnvelope, type UnitReportEnvelope } from '../../src-renderer/core/exchange';
import { syntheticUnit } from '../fixtures/synthetic-units';
import { buildConsolidatedReport } from '../../src-renderer/db/aggregator';
import type { SoNeuGuongDb } from '../../src-renderer/db/database';
import { applyImport, prepareImport, type FileInput } from '../../src-renderer/db/exchange';
import { makeAggregator } from './exchange-helpers';

export const NOW = new Date('2026-11-30T08:00:00.000Z');
const period = { year: 2026, month: 11 };

export async function cellFile(code: string, parentCode: string, members: number, seed: number): Promise<FileInput> {
  const src = syntheticUnit({ code, name: `Chi bộ ${code}`, parentCode, members, year: 2026, months: 11, seed });
  const env = (await buildEnvelope({
    kind: 'unit_report',
    schemaVersion: 2,
    appVersion: '0.1.0',
    exportedAt: '2026-11-28T08:00:00.000Z',
    unit: { code, name: `Chi bộ ${code}`, parentCode },
    period,
    payload: buildUnitReportPayload(src, period, { aggregateOnly: false }),
  })) as UnitReportEnvelope;
  return { name: `${code}.sng`, bytes: await encodeEnvelope(env) };
}

/** Import files as on NOW; throws naming the first file that was not applied. */
export async function importAll(db: SoNeuGuongDb, files: FileInput[]): Promise<void> {
  const prepared = await prepareImport(db, files, { now: NOW });
  const results = await applyImport(db, prepared, { now: () => NOW });
  const bad = results.find((r) => r.outcome !== 'applied');
  if (bad) throw new Error(`${bad.fileName}: ${bad.outcome} ${bad.message}`);
}

/** A committee `code` named `name` (under `parentCode`) that imports `files` and sends its consolidated report up. */
export async function committee(
  code: string,
  name: string,
  parentCode: string,
  subordinates: string[],
  files: FileInput[],
  at: string,
): Promise<FileInput> {
  const db = await makeAggregator(subordinates);
  const own = (await db.units.get('agg-own'))!;
  await db.units.put({ ...own, code, parentCode, history: [{ ...own.history[0]!, name }] });
  await importAll(db, files);
  const env = await buildConsolidatedReport(db, '2026-11', { now: new Date(at) });
  db.close();
  return { name: `${code}.sng`, bytes: await encodeEnvelope(env) };
}

/** DB-MID (Đảng bộ Khối) holding CB-M (5) and DB-LOW (Đảng bộ cơ sở: CB-1 4, CB-2 6): its consolidated file. */
export async function midFile(): Promise<FileInput> {
  const low = await committee(
    'DB-LOW',
    'Đảng bộ Sở Y tế',
    'DB-MID',
    ['CB-1', 'CB-2'],
    [await cellFile('CB-1', 'DB-LOW', 4, 1), await cellFile('CB-2', 'DB-LOW', 6, 2)],
    '2026-11-29T01:00:00.000Z',
  );
  return committee(
    'DB-MID',
    'Đảng bộ Khối các cơ quan tỉnh',
    'TU-TINH',
    ['DB-LOW', 'CB-M'],
    [low, await cellFile('CB-M', 'DB-MID', 5, 3)],
    '2026-11-29T02:00:00.000Z',
  );
}
