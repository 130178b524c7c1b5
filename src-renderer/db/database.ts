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

export type SoNeuGuongDb = Dexie & {
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
};

/** Table names in a stable order (dumps, backups, restore). */
export const TABLE_NAMES = Object.keys(STORES_V1) as Array<keyof typeof STORES_V1>;

/** Declare every schema version on a Dexie instance. Append new versions here, never edit old ones. */
export function declareVersions(db: Dexie): void {
  db.version(1).stores(STORES_V1);
  // db.version(2).stores({...}).upgrade(tx => ...)  ← next schema change goes here, with a fixture test.
}

export function createDatabase(name = DATABASE_NAME): SoNeuGuongDb {
  const db = new Dexie(name) as SoNeuGuongDb;
  declareVersions(db);
  return db;
}
