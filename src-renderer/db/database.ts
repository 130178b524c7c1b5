import Dexie, { type EntityTable } from 'dexie';
import type {
  AppSettings,
  Commendation,
  ImportLogEntry,
  IssuedDocument,
  Meeting,
  Member,
  MonthlyAssessment,
  PledgeForm,
  RuleSet,
  Unit,
  UnitReview,
  StoredUnitReport,
  YearReview,
} from '../core/model';

/** Name of the IndexedDB database. Frozen: renaming it would orphan every user's data. */
export const DATABASE_NAME = 'so-neu-guong';

/**
 * Schema versions, append-only. The numbers are our own schema versions; Dexie's internal
 * version is the same number. Never edit a shipped entry — add a new one with an upgrade().
 */
export const SCHEMA_VERSION = 1;

export const STORES_V1 = {
  meta: 'key',
  settings: 'key',
  units: 'id, &code, parentCode, isOwn',
  members: 'id, unitId, searchKey, cardNumber, partyPosition',
  ruleSets: 'id, kind, code, [kind+code], validFrom',
  pledgeForms: 'id, &[memberId+year], year, state',
  monthlyAssessments: 'id, &[memberId+period], [unitId+period], period',
  meetings: 'id, [unitId+period], date, state',
  documents: 'id, &[unitId+typeCode+termStart+number], [unitId+typeCode+termStart]',
  yearReviews: 'id, &[memberId+year], [unitId+year]',
  unitReviews: 'id, &[unitId+year]',
  commendations: 'id, year',
  importLog: 'id, at, sha256',
  unitReports: 'id, &[unitCode+periodKey], unitCode, periodKey, year',
} as const;

export interface MetaRecord {
  key: 'schema';
  schemaVersion: number;
  appVersion: string;
  writtenAt: string;
}

export interface SettingsRecord extends AppSettings {
  key: 'settings';
}

/** The tables of the latest schema (add a table here and in its `db.version(n).stores`). */
export interface SoNeuGuongTables {
  meta: EntityTable<MetaRecord, 'key'>;
  settings: EntityTable<SettingsRecord, 'key'>;
  units: EntityTable<Unit, 'id'>;
  members: EntityTable<Member, 'id'>;
  ruleSets: EntityTable<RuleSet, 'id'>;
  pledgeForms: EntityTable<PledgeForm, 'id'>;
  monthlyAssessments: EntityTable<MonthlyAssessment, 'id'>;
  meetings: EntityTable<Meeting, 'id'>;
  documents: EntityTable<IssuedDocument, 'id'>;
  yearReviews: EntityTable<YearReview, 'id'>;
  unitReviews: EntityTable<UnitReview, 'id'>;
  commendations: EntityTable<Commendation, 'id'>;
  importLog: EntityTable<ImportLogEntry, 'id'>;
  unitReports: EntityTable<StoredUnitReport, 'id'>;
}

export type SoNeuGuongDb = Dexie & SoNeuGuongTables;

export type TableName = Extract<keyof SoNeuGuongTables, string>;

/**
 * The tables of the latest schema, read from declareVersions itself (versions applied in order,
 * `null` deletes a table), so a table added in a later version is in every dump, backup and
 * restore without a second list to keep in step. Stable order: first declaration.
 */
function latestSchemaTables(): TableName[] {
  const versions: Array<[number, Record<string, string | null>]> = [];
  const recorder = {
    version(n: number) {
      const chain = {
        stores(stores: Record<string, string | null>) {
          versions.push([n, stores]);
          return chain;
        },
        upgrade: () => chain,
      };
      return chain;
    },
  };
  declareVersions(recorder as unknown as Dexie);
  const tables = new Map<string, string | null>();
  for (const [, stores] of versions.sort((a, b) => a[0] - b[0])) for (const [name, spec] of Object.entries(stores)) tables.set(name, spec);
  return [...tables].filter(([, spec]) => spec !== null).map(([name]) => name as TableName);
}

/** Table names in a stable order (dumps, backups, restore). */
export const TABLE_NAMES: readonly TableName[] = latestSchemaTables();

/** Declare every schema version on a Dexie instance. Append new versions here, never edit old ones. */
export function declareVersions(db: Dexie): void {
  db.version(1).stores(STORES_V1);
  // db.version(2).stores({...}).upgrade(tx => ...)  ← next schema change goes here, with a fixture test.
}

/**
 * `chromeTransactionDurability: 'strict'`: a committed transaction is flushed to disk before it is
 * reported complete (Chromium's default is relaxed, which can lose the last seconds of work at a
 * power cut). Cost measured in docs/benchmarks.md ("strict durability").
 */
export const DEXIE_OPTIONS = { chromeTransactionDurability: 'strict' } as const;

export function createDatabase(name = DATABASE_NAME): SoNeuGuongDb {
  const db = new Dexie(name, DEXIE_OPTIONS) as SoNeuGuongDb;
  declareVersions(db);
  return db;
}
