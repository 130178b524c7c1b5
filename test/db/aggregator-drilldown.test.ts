/**
 * Drill-down below the units directly under the committee, through the consolidated reports it
 * received: a province over a đảng bộ over a đảng bộ cơ sở over its chi bộ (three levels below).
 */
import { describe, expect, it } from 'vitest';
import { computeDashboard, drillDown } from '../../src-renderer/db/aggregator';
import { cellFile, importAll, midFile } from './committee-helpers';
import { makeAggregator } from './exchange-helpers';

describe('drill-down through consolidated reports, three levels below the province', () => {
  it('province → đảng bộ → đảng bộ cơ sở → chi bộ, with the figures each level received', async () => {
    // DB-MID (đảng bộ): its own CB-M (5) and DB-LOW's consolidated report (đảng bộ cơ sở: CB-1 4, CB-2 6).
    const mid = await midFile();
    // The province TU-TINH: DB-MID's consolidated report and a chi bộ directly under it.
    const province = await makeAggregator(['DB-MID', 'CB-P']);
    await province.units.update('agg-own', { code: 'TU-TINH', type: 'tinh', parentCode: undefined });
    await importAll(province, [mid, await cellFile('CB-P', 'TU-TINH', 7, 4)]);

    const d = await computeDashboard(province, '2026-11');
    expect(d.reported.map((r) => [r.unitCode, r.statistics!.members]).sort()).toEqual([
      ['CB-P', 7],
      ['DB-MID', 15],
    ]);
    expect(d.totals.members).toBe(22);

    const midRow = d.reported.find((r) => r.unitCode === 'DB-MID')!;
    expect(midRow.detail).toBe('consolidated');
    // Level 1 below the province: the units directly under DB-MID.
    const level1 = (await drillDown(province, midRow.reportId!))!;
    expect(level1.reported.map((r) => [r.unitCode, r.statistics!.members, r.detail])).toEqual([
      ['CB-M', 5, 'members'],
      ['DB-LOW', 10, 'consolidated'],
    ]);
    expect(level1.totals.members).toBe(15);
    // Level 2: the chi bộ under DB-LOW, through the same consolidated report.
    const level2 = (await drillDown(province, midRow.reportId!, 'DB-LOW'))!;
    expect(level2.reported.map((r) => [r.unitCode, r.statistics!.members])).toEqual([
      ['CB-1', 4],
      ['CB-2', 6],
    ]);
    expect(level2.totals.members).toBe(10);
    // A unit with no units below it gives an empty level; a report that is not consolidated none at all.
    expect((await drillDown(province, midRow.reportId!, 'CB-1'))!.reported).toEqual([]);
    const cellRow = d.reported.find((r) => r.unitCode === 'CB-P')!;
    expect(await drillDown(province, cellRow.reportId!)).toBeUndefined();
  });
});
