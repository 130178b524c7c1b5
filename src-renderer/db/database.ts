import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type {
  AppSettings,
  CalendarDoneRecord,
  Commendation,
  DuesBasisRecord,
  ImportLogEntry,
  IssuedDocument,
  Meeting,
  Member,
  MonthlyAssessment,
  PledgeForm,
  RuleSet,
  Unit,
  UnitReview,
  StoredDuesPayment,
  StoredReportPayload,
  StoredUnitReport,
  YearReview,
} from '../core/model';
import type { PledgeTemplate } from '../core/pledges/template';

/** Name of the IndexedDB database. Frozen: renaming it would orphan every user's data. */
export const DATABASE_NAME = 'so-neu-guong';

/** Name of the sample database ("Tạo dữ liệu mẫu", db/sample). Distinct from DATABASE_NAME on purpose. */
export const SAMPLE_DATABASE_NAME = 'so-neu-guong-mau';

/**
 * Schema versions, append-only. The numbers are our own schema versions; Dexie's internal
 * version is the same number. Never edit a shipped entry — add a new one with an upgrade().
 */
export const SCHEMA_VERSION = 4;

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

/**
 * v2 (December 2026, aggregator at province scale): a stored unit report keeps only its typed
 * summary in `unitReports` (what the dashboard reads); the payload moves to `reportPayloads`
 * (same id), read only for drill-down, the spreadsheet and consolidated reports; a multi-entry
 * index on the codes a consolidated report covers. Unit codes are normalised (trim, NFC, upper case).
 */
export const STORES_V2 = {
  ...STORES_V1,
  // *coveredCodes: which stored consolidated reports include a unit (the overlap check, one index read).
  unitReports: 'id, &[unitCode+periodKey], unitCode, periodKey, year, *coveredCodes',
  reportPayloads: 'id',
} as const;

/**
 * v3 (December 2026, issue 20: đảng phí and the secretary's calendar): three new tables, nothing
 * existing changes.
 *  - duesPayments: one row per payment (core/dues DuesPayment + unitId, updatedAt); a month's sheet
 *    reads [unitId+period] ranges; a member's history by memberId.
 *  - duesBases: one row per member holding the member's dated dues basis history.
 *  - calendarDone: the "Lịch việc" items ticked off, one row per item key of a unit.
 */
export const STORES_V3 = {
  ...STORES_V2,
  duesPayments: 'id, [unitId+period], memberId, [memberId+coversThrough]',
  duesBases: 'id, &memberId, unitId',
  calendarDone: 'id, &[unitId+key], unitId',
} as const;

/**
 * v4 (issue 19: first-year pledges in one go): the cell's pledge template of a year (the common
 * items the secretary edits once, core/pledges/template), one per unit and year. Nothing existing changes.
 */
export const STORES_V4 = {
  ...STORES_V3,
  pledgeTemplates: 'id, &[unitId+year], unitId',
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
  reportPayloads: EntityTable<StoredReportPayload, 'id'>;
  duesPayments: EntityTable<StoredDuesPayment, 'id'>;
  duesBases: EntityTable<DuesBasisRecord, 'id'>;
  calendarDone: EntityTable<CalendarDoneRecord, 'id'>;
  pledgeTemplates: EntityTable<PledgeTemplate, 'id'>;
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
  db.version(2).stores(STORES_V2).upgrade(upgradeToV2);
  // v3 adds tables only: nothing to upgrade (test/db/migration-v3.test.ts opens the v2 fixture).
  db.version(3).stores(STORES_V3);
  // v4 adds a table only: nothing to upgrade (test/db/migration-v4.test.ts opens the v3 fixture).
  db.version(4).stores(STORES_V4);
  // db.version(5).stores({...}).upgrade(tx => ...)  ← next schema change goes here, with a db-v4 fixture test.
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

/** Trim, NFC, upper case (the same rule as core/exchange/unit-code.ts, repeated so upgrades never change). */
function normalCodeV2(code: unknown): unknown {
  return typeof code === 'string' ? code.normalize('NFC').trim().toUpperCase() : code;
}

/**
 * v1 → v2: move every stored report's payload into `reportPayloads`, give the summary record its
 * `detail`, `unitType` and (consolidated) `coveredCodes`, and normalise unit codes — except where
 * two codes would collide (then both are kept as they were, nothing is merged silently).
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const units = tx.table('units');
  const reports = tx.table('unitReports');
  const payloads = tx.table('reportPayloads');
  const allUnits = (await units.toArray()) as Array<Record<string, unknown>>;
  const unitCodes = new Map<unknown, number>();
  for (const u of allUnits) unitCodes.set(normalCodeV2(u.code), (unitCodes.get(normalCodeV2(u.code)) ?? 0) + 1);
  for (const u of allUnits) {
    const code = normalCodeV2(u.code);
    const parentCode = normalCodeV2(u.parentCode);
    if ((code !== u.code && unitCodes.get(code) === 1) || parentCode !== u.parentCode) {
      await units.put({ ...u, ...(unitCodes.get(code) === 1 ? { code } : {}), ...(u.parentCode !== undefined ? { parentCode } : {}) });
    }
  }
  const allReports = (await reports.toArray()) as Array<Record<string, unknown>>;
  const reportKeys = new Map<string, number>();
  const keyOf = (r: Record<string, unknown>) => `${String(normalCodeV2(r.unitCode))} ${String(r.periodKey)}`;
  for (const r of allReports) reportKeys.set(keyOf(r), (reportKeys.get(keyOf(r)) ?? 0) + 1);
  const moved: Array<{ id: unknown; payload: unknown }> = [];
  for (const r of allReports) {
    const { payload, ...rest } = r as { payload?: Record<string, unknown> } & Record<string, unknown>;
    if (payload !== undefined) moved.push({ id: r.id, payload });
    const from = Array.isArray(payload?.consolidatedFrom) ? (payload.consolidatedFrom as Array<{ unitCode?: unknown }>) : undefined;
    const next: Record<string, unknown> = {
      ...rest,
      detail: rest.detail ?? payload?.detail ?? 'aggregate',
      ...(rest.unitType === undefined && typeof payload?.unitType === 'string' ? { unitType: payload.unitType } : {}),
      ...(from ? { coveredCodes: from.map((f) => normalCodeV2(f.unitCode)) } : {}),
    };
    if (reportKeys.get(keyOf(r)) === 1) next.unitCode = normalCodeV2(r.unitCode);
    if (typeof rest.parentCode === 'string') next.parentCode = normalCodeV2(rest.parentCode);
    await reports.put(next);
  }
  if (moved.length > 0) await payloads.bulkPut(moved);
}
