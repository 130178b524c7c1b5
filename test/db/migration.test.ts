import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../src-renderer/core/app-version';
import { declareVersionsUpTo, dumpDatabase, primaryKeyOf, type TableName } from '../../src-renderer/db/backup';
import { SCHEMA_VERSION, STORES_V1, STORES_V2, STORES_V3, TABLE_NAMES } from '../../src-renderer/db/database';
import { openFixture, readFixture } from './migration-harness';

/**
 * How each record of the v1 cell fixture must look after opening it with the current schema.
 * v2 changed only stored unit reports (none in a cell) and non-normal unit codes (none here), so
 * this is the identity; the aggregator fixture has its own test (migration-v2.test.ts).
 */
function expectedAfterUpgrade(_table: TableName, record: Record<string, unknown>): Record<string, unknown> {
  return record;
}

describe('migration harness', () => {
  it('declares only the versions up to the one asked for', async () => {
    const v0 = new Dexie(`decl-0-${Date.now()}`);
    declareVersionsUpTo(v0, 0);
    expect(v0.verno).toBe(0);
    const v1 = new Dexie(`decl-1-${Date.now()}`);
    declareVersionsUpTo(v1, 1);
    expect(v1.verno).toBe(1);
    expect(v1.tables.map((t) => t.name).sort()).toEqual(Object.keys(STORES_V1).sort());
    const v2 = new Dexie(`decl-2-${Date.now()}`);
    declareVersionsUpTo(v2, 2);
    expect(v2.verno).toBe(2);
    expect(v2.tables.map((t) => t.name).sort()).toEqual(Object.keys(STORES_V2).sort());
    const v3 = new Dexie(`decl-3-${Date.now()}`);
    declareVersionsUpTo(v3, 3);
    expect(v3.verno).toBe(3);
    expect(v3.tables.map((t) => t.name).sort()).toEqual(Object.keys(STORES_V3).sort());
    const v4 = new Dexie(`decl-4-${Date.now()}`);
    declareVersionsUpTo(v4, 4);
    expect(v4.verno).toBe(4);
    expect(v4.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort());
  });

  it('opens the v1 fixture with the current schema and keeps every record', async () => {
    const fixture = readFixture('db-v1.json');
    expect(fixture.schemaVersion).toBe(1);
    const db = await openFixture(fixture);
    try {
      expect(db.verno).toBe(SCHEMA_VERSION);
      const dump = await dumpDatabase(db);
      let checked = 0;
      for (const table of TABLE_NAMES) {
        const key = primaryKeyOf(table);
        const expected = (fixture.tables[table] ?? [])
          .filter((r) => !(table === 'meta' && r.key === 'schema'))
          .map((r) => expectedAfterUpgrade(table, r));
        const actual = dump.tables[table].filter((r) => !(table === 'meta' && r.key === 'schema'));
        const byKey = new Map(actual.map((r) => [r[key] as string, r]));
        expect(actual).toHaveLength(expected.length);
        for (const record of expected) {
          expect(byKey.get(record[key] as string)).toEqual(record);
          checked++;
        }
      }
      expect(checked).toBeGreaterThanOrEqual(15);
      // The meta record now says which app/schema last wrote the database.
      const meta = await db.meta.get('schema');
      expect(meta).toMatchObject({ schemaVersion: SCHEMA_VERSION, appVersion: APP_VERSION });
      // Indexes work on the opened data (a query through a compound index).
      const owned = await db.pledgeForms.where('[memberId+year]').equals(['7c1e0d4a-2222-4b6f-8a10-000000000001', 2026]).count();
      expect(owned).toBe(1);
    } finally {
      db.close();
    }
  });

  it('every fixture table is a v1 table, and every v1 table has a fixture entry', () => {
    const fixture = readFixture('db-v1.json');
    expect(Object.keys(fixture.tables).sort()).toEqual(Object.keys(STORES_V1).sort());
  });
});
