import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../../src-renderer/core/aggregation';
import { buildEnvelope, buildUnitReportPayload, checkConsistency } from '../../../src-renderer/core/exchange';
import type { RatingLevel } from '../../../src-renderer/core/model';
import { RATING_LEVELS } from '../../../src-renderer/core/review';
import { yearReportRows } from '../../../src-renderer/documents/year-report';
import { buildView } from '../../../src-renderer/features/review/view-model';
import { cellRecords, reportSourceOf, reviewDataOf, type PersonSpec } from '../../core/figures/fixtures';

const level = fc.constantFrom<RatingLevel>(...RATING_LEVELS);
const month = fc.integer({ min: 1, max: 12 });
const person: fc.Arbitrary<PersonSpec> = fc.record(
  {
    proposed: level,
    final: level,
    self: level,
    excluded: fc.constantFrom('mien' as const, 'dinh_chi' as const, 'moi_ket_nap' as const),
    leader: fc.boolean(),
    registered: fc.boolean(),
    months: fc.uniqueArray(month, { maxLength: 12 }),
    notApplicable: fc.uniqueArray(month, { maxLength: 3 }),
    praised: fc.integer({ min: 0, max: 3 }),
    reminded: fc.integer({ min: 0, max: 2 }),
    leftOn: fc.constantFrom('2026-03-01', '2026-12-20', '2027-01-05'),
    joinedOn: fc.constantFrom('2026-02-01', '2026-12-28'),
    noReview: fc.boolean(),
    probationary: fc.boolean(),
  },
  { requiredKeys: [] },
);
const cell = fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), person), { minLength: 1, maxLength: 8 });

describe('the printed year report and the unit report file show the same figures (issue 15 point 4)', () => {
  it('property: for random cells, every figure of the BÁO CÁO table equals the file’s, and the aggregator’s shares equal the page’s', () => {
    fc.assert(
      fc.property(cell, (groups) => {
        const records = cellRecords(groups.map(([n, p]) => [n, p] as const));
        const view = buildView(reviewDataOf(records), 2026, 'THUC-HIEN-3-MUC');
        const rows = yearReportRows({ stats: view.stats, scheme: view.scheme });
        const file = buildUnitReportPayload(reportSourceOf(records), { year: 2026 }, { aggregateOnly: false }).statistics;
        const fileValue = (key: NonNullable<(typeof rows)[number]['key']>): number => {
          if (key === 'reportedMonths') return file.reportedMonths.length;
          if (key.startsWith('levels.')) return file.levels[key.slice(7) as RatingLevel];
          return file[key as Exclude<typeof key, 'reportedMonths' | `levels.${string}`>];
        };
        const keyed = rows.filter((r) => r.key !== undefined);
        expect(keyed.length).toBe(12);
        for (const r of keyed) expect({ row: r.label, value: r.count }).toEqual({ row: r.label, value: fileValue(r.key!) });
        // the aggregator derives its shares from the file's counts with the same rounding
        const agg = figuresOf(file);
        expect(agg.registeredPercent).toBe(view.stats.registered.percent);
        expect(agg.goodOrBetterPercent).toBe(view.stats.totOrAbove.percent);
        for (const l of RATING_LEVELS) expect(agg.levelPercents[l]).toBe(view.stats.levels[l].percent);
        expect(agg.monthsReported).toBe(view.stats.monthsReported);
      }),
      { numRuns: 100 },
    );
  });

  it('the file passes its own import check (figures recomputed on import by the same function)', async () => {
    await fc.assert(
      fc.asyncProperty(cell, async (groups) => {
        const records = cellRecords(groups.map(([n, p]) => [n, p] as const));
        const payload = buildUnitReportPayload(reportSourceOf(records), { year: 2026 }, { aggregateOnly: false });
        const env = await buildEnvelope({
          kind: 'unit_report',
          schemaVersion: 1,
          appVersion: '0.1.0',
          exportedAt: '2027-01-05T08:00:00.000Z',
          unit: { code: 'CB01', name: 'Chi bộ Sở Tư pháp' },
          period: { year: 2026 },
          payload,
        });
        expect(() => checkConsistency(env)).not.toThrow();
      }),
      { numRuns: 30 },
    );
  });
});
