import { describe, expect, it } from 'vitest';
import { buildEnvelope, buildUnitReportPayload, encodeEnvelope, type UnitReportEnvelope } from '../../src-renderer/core/exchange';
import { syntheticUnit } from '../fixtures/synthetic-units';
import {
  addSubordinateUnit,
  buildConsolidatedReport,
  computeDashboard,
  latestStatisticsOfYear,
  listSubordinateUnits,
} from '../../src-renderer/db/aggregator';
import { applyImport, prepareImport } from '../../src-renderer/db/exchange';
import { makeAggregator } from './exchange-helpers';

async function unitFile(code: string, members: number, shares: Record<string, number>, seed: number) {
  const src = syntheticUnit({
    code,
    name: `Chi bộ ${code}`,
    parentCode: 'DB-CQD',
    members,
    year: 2026,
    months: 11,
    seed,
    levelShares: shares,
  });
  const period = { year: 2026, month: 11 };
  const env = (await buildEnvelope({
    kind: 'unit_report',
    schemaVersion: 1,
    appVersion: '0.1.0',
    exportedAt: '2026-11-28T08:00:00.000Z',
    unit: { code, name: `Chi bộ ${code}`, parentCode: 'DB-CQD' },
    period,
    payload: buildUnitReportPayload(src, period, { aggregateOnly: false }),
  })) as UnitReportEnvelope;
  return { name: `${code}.sng`, bytes: await encodeEnvelope(env) };
}

describe('aggregator', () => {
  it('dashboard totals of three units of very different sizes match hand-computed figures', async () => {
    const agg = await makeAggregator(['CB-A', 'CB-B', 'CB-C', 'CB-D']);
    const files = [
      await unitFile('CB-A', 5, { xuat_sac: 0.2, tot: 0.8, hoan_thanh: 0 }, 1), // 1 xs, 4 tốt
      await unitFile('CB-B', 200, { xuat_sac: 0.05, tot: 0.75, hoan_thanh: 0.15 }, 2), // 10, 150, 30, 10
      await unitFile('CB-C', 40, { xuat_sac: 0.25, tot: 0.75, hoan_thanh: 0 }, 3), // 10, 30
    ];
    const results = await applyImport(agg, await prepareImport(agg, files));
    expect(results.map((r) => r.outcome)).toEqual(['applied', 'applied', 'applied']);
    const d = await computeDashboard(agg, '2026-11');
    expect(d.reported.map((r) => r.unitCode)).toEqual(['CB-A', 'CB-B', 'CB-C']);
    expect(d.missing.map((r) => r.unitCode)).toEqual(['CB-D']);
    expect(d.totals.members).toBe(245);
    expect(d.totals.levels).toEqual({ xuat_sac: 21, tot: 184, hoan_thanh: 30, khong_hoan_thanh: 10 });
    // (21 + 184) / 245 = 83,67 %; 21 / 245 = 8,57 %
    expect(d.totalsLine).toBe('3 TCCSĐ · 245 đảng viên · 83,67% hoàn thành tốt nhiệm vụ trở lên · 8,57% xuất sắc');
    expect((await latestStatisticsOfYear(agg, 2026)).length).toBe(3);
  });

  it('a consolidated report of an intermediate committee is imported upward with the same totals', async () => {
    const mid = await makeAggregator(['CB-A', 'CB-B']);
    await applyImport(mid, await prepareImport(mid, [await unitFile('CB-A', 7, {}, 4), await unitFile('CB-B', 90, {}, 5)]));
    await expect(
      buildConsolidatedReport(mid, '2026-11', { texts: { results: 'Kết quả. '.repeat(3000), limits: '', proposals: '' } }),
    ).rejects.toThrow('Mục “Kết quả nổi bật” quá dài');
    const consolidated = await buildConsolidatedReport(mid, '2026-11', { now: new Date('2026-11-29T08:00:00.000Z') });
    expect(consolidated.payload.detail).toBe('consolidated');
    expect(consolidated.payload.statistics.units).toBe(2);
    expect(consolidated.payload.statistics.members).toBe(97);
    expect(consolidated.counts).toEqual({ meetings: 0, consolidatedFrom: 2 });

    const top = await makeAggregator([]);
    await top.units.update('agg-own', { code: 'TU' });
    const file = { name: 'c.sng', bytes: await encodeEnvelope(consolidated) };
    const p = await prepareImport(top, [file], { addUnits: new Set(['DB-CQD']) });
    expect(p[0]!.status).toBe('ready');
    await applyImport(top, p, { addUnits: new Set(['DB-CQD']) });
    const d = await computeDashboard(top, '2026-11');
    expect(d.totals.units).toBe(2);
    expect(d.totals.members).toBe(97);
  });

  it('adds subordinate units by hand with clear messages', async () => {
    const agg = await makeAggregator([]);
    await addSubordinateUnit(agg, { code: 'cb-moi', name: 'Chi bộ Mới', type: 'chi_bo_co_so' });
    expect((await listSubordinateUnits(agg)).map((u) => [u.code, u.parentCode])).toEqual([['CB-MOI', 'DB-CQD']]);
    await expect(addSubordinateUnit(agg, { code: 'CB-MOI', name: 'Trùng', type: 'chi_bo_co_so' })).rejects.toThrow(/đã có/u);
    await expect(addSubordinateUnit(agg, { code: '', name: 'X', type: 'chi_bo_co_so' })).rejects.toThrow(/mã đơn vị/u);
    await expect(addSubordinateUnit(agg, { code: 'CB-X', name: ' ', type: 'chi_bo_co_so' })).rejects.toThrow(/tên đơn vị/u);
  });
});
