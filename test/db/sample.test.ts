import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, DATABASE_NAME, SAMPLE_DATABASE_NAME, SCHEMA_VERSION } from '../../src-renderer/db/database';
import {
  createSampleDatabase,
  deleteSampleDatabase,
  prepareAggregatorDatabase,
  sampleDatabaseExists,
  writeSampleCell,
} from '../../src-renderer/db/sample';
import { loadMonth } from '../../src-renderer/db/monthly';
import { loadSettings } from '../../src-renderer/db/settings';
import { generateCell, sampleUnitReportFile } from '../../src-renderer/core/sample';
import { applyImport, prepareImport } from '../../src-renderer/db/exchange';
import { computeDashboard } from '../../src-renderer/db/aggregator';

let n = 0;
const fresh = () => createDatabase(`sample-test-${Date.now()}-${n++}`);
const TODAY = '2026-11-28';

afterEach(async () => {
  await Dexie.delete(SAMPLE_DATABASE_NAME);
});

describe('writeSampleCell', () => {
  it('writes every generated row and the settings of a set-up cell in one go', async () => {
    const db = fresh();
    const cell = generateCell({ seed: 3, memberCount: 25, years: [2025, 2026], today: TODAY });
    const progress: number[] = [];
    const counts = await writeSampleCell(db, cell, { chunkSize: 500, onProgress: (done) => progress.push(done) });
    expect(await db.members.count()).toBe(25);
    expect(await db.monthlyAssessments.count()).toBe(cell.monthly.length);
    expect(counts.monthlyAssessments).toBe(cell.monthly.length);
    expect(await db.pledgeForms.count()).toBe(cell.pledgeForms.length);
    expect(await db.meetings.count()).toBe(cell.meetings.length);
    expect(await db.documents.count()).toBe(cell.documents.length);
    expect(await db.yearReviews.count()).toBe(cell.yearReviews.length);
    expect(await db.ruleSets.where('kind').equals('pledge_framework').count()).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(Object.entries(counts).reduce((s, [, v]) => s + v, 0));
    expect(progress.length).toBeGreaterThan(3);
    const settings = await loadSettings(db);
    expect(settings).toMatchObject({
      mode: 'cell',
      ownUnitId: cell.unit.id,
      setupDone: true,
      monthlyScaleCode: cell.monthly[0]!.scaleCode,
    });
    expect((await loadMonth(db, cell.unit.id, '2026-10')).length).toBe(cell.monthly.filter((m) => m.period === '2026-10').length);
    db.close();
  });

  it('writes nothing when a row is refused (one transaction)', async () => {
    const db = fresh();
    const cell = generateCell({ seed: 4, memberCount: 10, years: [2026], today: TODAY });
    // Two pledge forms for the same member and year break the unique [memberId+year] index.
    const dup = { ...cell.pledgeForms[0]!, id: 'another-id' };
    await expect(writeSampleCell(db, { ...cell, pledgeForms: [...cell.pledgeForms, dup] })).rejects.toThrow();
    expect(await db.members.count()).toBe(0);
    expect(await db.units.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
    db.close();
  });
});

describe('sample database', () => {
  it('creates the sample cell in its own database, never in the real one, and deletes it', async () => {
    const info = await createSampleDatabase({ memberCount: 25, years: 2, today: TODAY, seed: 1 });
    expect(info.name).toBe('so-neu-guong-mau');
    expect(info.counts.members).toBe(25);
    expect(info.unitName).toBe('Chi bộ Sở Tư pháp');
    expect(await Dexie.exists(DATABASE_NAME)).toBe(false);
    expect(await sampleDatabaseExists()).toBe(true);
    const db = createDatabase(SAMPLE_DATABASE_NAME);
    await db.open();
    expect(await db.members.count()).toBe(25);
    expect((await db.meta.get('schema'))?.schemaVersion).toBe(SCHEMA_VERSION);
    db.close();
    // A second call replaces the sample (same seed → same size, no duplicates).
    await createSampleDatabase({ memberCount: 25, years: 2, today: TODAY, seed: 1 });
    const again = createDatabase(SAMPLE_DATABASE_NAME);
    await again.open();
    expect(await again.members.count()).toBe(25);
    again.close();
    await deleteSampleDatabase();
    expect(await sampleDatabaseExists()).toBe(false);
  });

  it('refuses the real database name and bad sizes, with Vietnamese messages', async () => {
    await expect(createSampleDatabase({ name: DATABASE_NAME })).rejects.toThrow(/cơ sở dữ liệu thật/u);
    await expect(deleteSampleDatabase(DATABASE_NAME)).rejects.toThrow(/cơ sở dữ liệu thật/u);
    await expect(createSampleDatabase({ memberCount: 1 })).rejects.toThrow(/từ 3 đến 200/u);
    expect(await Dexie.exists(DATABASE_NAME)).toBe(false);
  });
});

describe('aggregator data', () => {
  it('imports generated unit reports into a prepared committee and builds the dashboard', async () => {
    const db = fresh();
    await prepareAggregatorDatabase(db, { code: 'DBCQD', name: 'Đảng bộ các cơ quan Đảng tỉnh' });
    const files = [];
    for (const [i, size] of [12, 20].entries()) {
      const cell = generateCell({
        seed: 50 + i,
        memberCount: size,
        years: [2026],
        today: TODAY,
        unitCode: `DV00${i + 1}`,
        agency: `Sở thứ ${i + 1}`,
        parentCode: 'DBCQD',
      });
      files.push(
        await sampleUnitReportFile(cell, {
          period: { year: 2026 },
          exportedAt: '2026-11-28T10:00:00.000Z',
          appVersion: '0.1.0',
          schemaVersion: 1,
        }),
      );
    }
    const prepared = await prepareImport(db, files, { addUnits: new Set(['DV001', 'DV002']) });
    expect(prepared.map((p) => (p.status === 'error' ? p.problem.message : p.status))).toEqual(['ready', 'ready']);
    const results = await applyImport(db, prepared, { addUnits: new Set(['DV001', 'DV002']) });
    expect(results.map((r) => r.outcome)).toEqual(['applied', 'applied']);
    const dashboard = await computeDashboard(db, '2026');
    expect(dashboard.totals.members).toBeGreaterThan(25);
    db.close();
  });
});
