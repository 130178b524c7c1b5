/**
 * Schema v1 → v2 (stored report payloads in their own store, typed summaries, normal unit codes):
 * the committed v1 aggregator fixture opened by the current app, and a v1 backup restored into v2.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { buildEnvelope, buildUnitReportPayload, encodeEnvelope, type UnitReportEnvelope } from '../../src-renderer/core/exchange';
import { syntheticUnit } from '../fixtures/synthetic-units';
import { computeDashboard, drillDown, getReportPayload } from '../../src-renderer/db/aggregator';
import { dumpDatabase, restoreBackup, type DumpRecord } from '../../src-renderer/db/backup';
import { SCHEMA_VERSION, type SoNeuGuongDb } from '../../src-renderer/db/database';
import { applyImport, prepareImport } from '../../src-renderer/db/exchange';
import { openDatabase } from '../../src-renderer/db/open';
import { fixtureAsBackup, openFixture, readFixture, type DumpFixture } from './migration-harness';

const fixture = readFixture('db-v1-aggregator.json');
const v1Reports = fixture.tables.unitReports as Array<
  DumpRecord & { id: string; payload: Record<string, unknown>; summary: Record<string, unknown> }
>;

/** What every v2 database made from the v1 aggregator fixture must hold. */
async function expectUpgraded(db: SoNeuGuongDb) {
  expect(db.verno).toBe(SCHEMA_VERSION);
  const reports = await db.unitReports.toArray();
  expect(reports).toHaveLength(3);
  for (const r of reports) expect(r).not.toHaveProperty('payload');
  const payloads = await db.reportPayloads.toArray();
  expect(payloads.map((p) => p.id).sort()).toEqual(v1Reports.map((r) => r.id).sort());
  for (const old of v1Reports) {
    const now = reports.find((r) => r.id === old.id)!;
    expect(await getReportPayload(db, old.id)).toEqual(old.payload);
    expect(now.summary).toEqual(old.summary);
    expect(now.detail).toBe(old.payload.detail);
    expect(now.unitType).toBe(old.payload.unitType);
    expect(now.exportedAt).toBe(old.exportedAt);
    expect(now.sha256).toBe(old.sha256);
  }
  const byCode = new Map(reports.map((r) => [r.unitCode, r]));
  expect([...byCode.keys()].sort()).toEqual(['CB-A', 'CB-THUONGMAI', 'DB-X']);
  expect(byCode.get('DB-X')!.coveredCodes).toEqual(['CB-X1', 'CB-X2']);
  expect(byCode.get('CB-A')!.coveredCodes).toBeUndefined();
  // The multi-entry index of v2 answers for the upgraded records.
  expect((await db.unitReports.where('coveredCodes').equals('CB-X2').toArray()).map((r) => r.unitCode)).toEqual(['DB-X']);
  const units = await db.units.toArray();
  expect(units.map((u) => u.code).sort()).toEqual(['CB-A', 'CB-THUONGMAI', 'DB-CQD', 'DB-X']);
  expect(units.find((u) => u.code === 'CB-THUONGMAI')!.parentCode).toBe('DB-CQD');
  // Records the upgrade does not concern are unchanged.
  expect(await db.importLog.toArray()).toEqual(fixture.tables.importLog);
  expect(await db.settings.toArray()).toEqual(fixture.tables.settings);
  // The dashboard works on the summaries; the indexes answer.
  const d = await computeDashboard(db, '2026-11');
  const members = v1Reports.reduce((n, r) => n + (r.summary.members as number), 0);
  expect(d.totals.members).toBe(members);
  expect(d.reported.map((r) => r.unitCode).sort()).toEqual(['CB-A', 'CB-THUONGMAI', 'DB-X']);
  expect(d.missing).toEqual([]);
  const below = await drillDown(db, byCode.get('DB-X')!.id);
  expect(below!.rows.map((r) => r.unitCode).sort()).toEqual(['CB-X1', 'CB-X2']);
  // A newer report from the unit whose code was typed in lower case replaces its stored one (no second unit).
  const src = syntheticUnit({
    code: 'cb-thuongmai',
    name: 'Chi bộ Công ty Thương mại',
    parentCode: 'DB-CQD',
    members: 3,
    year: 2026,
    months: 11,
    seed: 99,
  });
  const env = (await buildEnvelope({
    kind: 'unit_report',
    schemaVersion: SCHEMA_VERSION,
    appVersion: '0.1.0',
    exportedAt: '2026-11-30T08:00:00.000Z',
    unit: { code: 'cb-thuongmai ', name: 'Chi bộ Công ty Thương mại', parentCode: 'db-cqd' },
    period: { year: 2026, month: 11 },
    payload: buildUnitReportPayload(src, { year: 2026, month: 11 }, { aggregateOnly: true }),
  })) as UnitReportEnvelope;
  const prepared = await prepareImport(db, [{ name: 't.sng', bytes: await encodeEnvelope(env) }], {
    now: new Date('2026-11-30T09:00:00.000Z'),
  });
  expect(prepared[0]!.status).toBe('ready');
  const results = await applyImport(db, prepared, { now: () => new Date('2026-11-30T09:00:00.000Z') });
  expect(results[0]!.outcome).toBe('applied');
  expect(await db.units.where('code').equals('CB-THUONGMAI').count()).toBe(1);
  expect(await db.unitReports.where('unitCode').equals('CB-THUONGMAI').count()).toBe(1);
  expect((await db.units.toArray()).length).toBe(4);
}

describe('schema v1 → v2', () => {
  it('opens the v1 aggregator fixture (reports with payloads) and moves every payload into reportPayloads', async () => {
    expect(fixture.schemaVersion).toBe(1);
    expect(v1Reports.every((r) => r.payload !== undefined)).toBe(true);
    const db = await openFixture(fixture as DumpFixture);
    try {
      await expectUpgraded(db);
    } finally {
      db.close();
    }
  });

  it('restores a v1 backup into a v2 database (upgraded by the same code), and undoes it', async () => {
    const bytes = await fixtureAsBackup(fixture);
    const name = `restore-v1-${Date.now()}`;
    const db = await openDatabase(name);
    try {
      const before = await dumpDatabase(db, new Date(0));
      let saved: Uint8Array | undefined;
      const result = await restoreBackup(db, bytes, async (undo) => void (saved = undo));
      expect(result.restored.schemaVersion).toBe(1);
      expect(result.restored.counts.reportPayloads).toBe(3);
      expect(saved).toBeDefined();
      await expectUpgraded(db);
      // Undo: the before-restore backup brings back the empty v2 database.
      await restoreBackup(db, result.undoBytes, async () => undefined);
      const after = await dumpDatabase(db, new Date(0));
      expect(after.tables.unitReports).toEqual(before.tables.unitReports);
      expect(after.tables.reportPayloads).toEqual([]);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });

  it('keeps both codes when normalising would make two units one (nothing merged silently)', async () => {
    const tables = structuredClone(fixture.tables) as Record<string, DumpRecord[]>;
    tables.units!.push({ ...tables.units![2]!, id: 'a0000000-0000-4000-8000-000000000009', code: 'CB-THUONGMAI' });
    const db = await openFixture({ ...(fixture as DumpFixture), tables });
    try {
      const codes = (await db.units.toArray()).map((u) => u.code).sort();
      expect(codes).toEqual(['CB-A', 'CB-THUONGMAI', 'DB-CQD', 'DB-X', 'cb-thuongmai']);
    } finally {
      db.close();
    }
  });
});
