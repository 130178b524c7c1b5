/**
 * Migration harness: every schema version after v1 ships with a committed JSON fixture of the
 * PREVIOUS version (test/fixtures/db-v<N>.json, a dump { schemaVersion, appVersion, exportedAt,
 * tables }) and a test that opens it with the current schema and checks every record.
 *
 * openFixture(fixture):
 *   1. writes the fixture's records into a fresh IndexedDB declared ONLY with the versions
 *      ≤ fixture.schemaVersion (declareVersionsUpTo), exactly as an installed older app left it;
 *   2. opens it the way the app does (openDatabase: newer-database guard, Dexie upgrade() of every
 *      later version, meta record rewritten) and returns the db.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { dumpDatabase, encodeBackup, loadIntoOlderDatabase, primaryKeyOf, type DumpRecord } from '../../src-renderer/db/backup';
import { SCHEMA_VERSION, type SoNeuGuongDb } from '../../src-renderer/db/database';
import { openDatabase } from '../../src-renderer/db/open';

export interface DumpFixture {
  description?: string;
  schemaVersion: number;
  appVersion: string;
  exportedAt: string;
  tables: Record<string, DumpRecord[]>;
}

export function readFixture(fileName: string): DumpFixture {
  // Relative to the repository root (vitest's cwd), so it also works under jsdom.
  const path = resolve(process.cwd(), 'test', 'fixtures', fileName);
  return JSON.parse(readFileSync(path, 'utf8')) as DumpFixture;
}

let counter = 0;

export async function openFixture(fixture: DumpFixture, name = `migration-${Date.now()}-${++counter}`): Promise<SoNeuGuongDb> {
  await loadIntoOlderDatabase(name, fixture.schemaVersion, fixture.tables);
  return openDatabase(name);
}

/** The fixture as the backup file the older app would have written. */
export function fixtureAsBackup(fixture: DumpFixture): Promise<Uint8Array> {
  return encodeBackup({
    schemaVersion: fixture.schemaVersion,
    appVersion: fixture.appVersion,
    exportedAt: fixture.exportedAt,
    tables: fixture.tables as never,
  });
}

/**
 * The database is at the current schema, holds every record of the fixture's tables (`stores`:
 * the older version's table list) unchanged, and the tables the newer versions added are empty.
 */
export async function expectFixtureRecordsKept(
  db: SoNeuGuongDb,
  fixture: DumpFixture,
  stores: Record<string, unknown>,
  newTables: readonly string[],
): Promise<void> {
  expect(db.verno).toBe(SCHEMA_VERSION);
  const dump = await dumpDatabase(db);
  const tables = dump.tables as unknown as Record<string, DumpRecord[]>;
  for (const table of Object.keys(stores)) {
    if (table === 'meta') continue;
    const key = primaryKeyOf(table as never);
    const expected = fixture.tables[table] ?? [];
    const byKey = new Map(tables[table]!.map((r) => [r[key] as string, r]));
    expect(tables[table]).toHaveLength(expected.length);
    for (const record of expected) expect(byKey.get(record[key] as string)).toEqual(record);
  }
  for (const t of newTables) expect(tables[t]).toEqual([]);
}
