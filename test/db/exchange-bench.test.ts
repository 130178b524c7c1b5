/** The functions the benchmark script uses (npm run bench): they work and meet the size goal. */
import { describe, expect, it } from 'vitest';
import { syntheticUnitYearFiles, unitYearFileSizeGzipped } from '../fixtures/synthetic-units';
import { computeDashboard } from '../../src-renderer/db/aggregator';
import { applyImport, prepareImport } from '../../src-renderer/db/exchange';
import { makeAggregator } from './exchange-helpers';

describe('benchmark helpers', () => {
  it('a 60-member unit-year file is at most 150 KB gzipped', async () => {
    const size = await unitYearFileSizeGzipped(60);
    expect(size).toBeGreaterThan(1000);
    expect(size).toBeLessThanOrEqual(150 * 1024);
  });

  it('imports N unit-year files (adding their units) and recomputes the dashboard', async () => {
    const files = await syntheticUnitYearFiles(4, 20);
    const agg = await makeAggregator([]);
    const addUnits = new Set(files.map((f) => f.unitCode));
    // The files are dated 20/12 of their year: import them as on the last day of that year.
    const now = new Date('2026-12-31T10:00:00.000Z');
    const prepared = await prepareImport(agg, files, { addUnits, now });
    const results = await applyImport(agg, prepared, { addUnits, now: () => now });
    expect(results.every((r) => r.outcome === 'applied')).toBe(true);
    const d = await computeDashboard(agg, '2026');
    expect(d.reported).toHaveLength(4);
    expect(d.totals.members).toBe(80);
  });
});
