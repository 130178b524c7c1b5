/**
 * Sample data in IndexedDB ("Tạo dữ liệu mẫu").
 *
 * - writeSampleCell: writes a generated cell (core/sample) into a database — ONE transaction,
 *   chunked bulkPut per table, plus the preset rule sets and the settings of a set-up cell.
 * - createSampleDatabase / deleteSampleDatabase: a sample cell in a SEPARATE database named
 *   'so-neu-guong-mau', never the real one ('so-neu-guong'), so trying the app out can never
 *   mix invented people with real records.
 * - prepareAggregatorDatabase: an empty superior committee (aggregator mode) for import tests
 *   and benchmarks.
 */
import Dexie from 'dexie';
import type { AppSettings, IsoDate, Unit } from '../core/model';
// The generator is loaded only when sample data are written: the generator and its text banks are
// large, and the screens that import this module do not need them until then.
import type { SampleCell } from '../core/sample';
import { sampleCounts } from '../core/sample/counts';

import { DATABASE_NAME, SAMPLE_DATABASE_NAME, type SoNeuGuongDb } from './database';
import { openDatabase } from './open';
import { seedPresetRuleSets } from './presets';
import { DEFAULT_SETTINGS } from './settings';
import { clock } from '../platform/clock';

export interface WriteSampleOptions {
  /** Rows per bulkPut (default 2,000). */
  chunkSize?: number;
  /** Called after every chunk with rows written so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Write the settings of a set-up cell whose own unit is this cell (default true). */
  writeSettings?: boolean;
}

/** Write a generated cell in one transaction. Returns the number of rows written per table. */
export async function writeSampleCell(
  db: SoNeuGuongDb,
  cell: SampleCell,
  options: WriteSampleOptions = {},
): Promise<Record<string, number>> {
  const chunk = Math.max(1, options.chunkSize ?? 2000);
  const jobs = [
    [db.units, [cell.unit]],
    [db.members, cell.members],
    [db.pledgeForms, cell.pledgeForms],
    [db.monthlyAssessments, cell.monthly],
    [db.meetings, cell.meetings],
    [db.documents, cell.documents],
    [db.yearReviews, cell.yearReviews],
    [db.unitReviews, cell.unitReviews],
    [db.commendations, cell.commendations],
  ] as const;
  const total = jobs.reduce((n, [, rows]) => n + rows.length, 0);
  const writeSettings = options.writeSettings ?? true;
  await db.transaction(
    'rw',
    [
      db.units,
      db.members,
      db.pledgeForms,
      db.monthlyAssessments,
      db.meetings,
      db.documents,
      db.yearReviews,
      db.unitReviews,
      db.commendations,
      db.ruleSets,
      db.settings,
    ],
    async () => {
      await seedPresetRuleSets(db);
      let done = 0;
      for (const [table, rows] of jobs) {
        for (let i = 0; i < rows.length; i += chunk) {
          await (table as Dexie.Table).bulkPut(rows.slice(i, i + chunk));
          done += Math.min(chunk, rows.length - i);
          options.onProgress?.(done, total);
        }
      }
      if (writeSettings) {
        const stored = await db.settings.get('settings');
        const settings: AppSettings = {
          ...DEFAULT_SETTINGS,
          ...(stored ? { textSize: stored.textSize, backupFolder: stored.backupFolder } : {}),
          mode: 'cell',
          ownUnitId: cell.unit.id,
          monthlyScaleCode: cell.monthly[0]?.scaleCode ?? DEFAULT_SETTINGS.monthlyScaleCode,
          setupDone: true,
        };
        await db.settings.put({ key: 'settings', ...settings });
      }
    },
  );
  return sampleCounts(cell);
}

export interface SampleDatabaseOptions {
  /** 25 (default) or 60 members, or any size from 3 to 200. */
  memberCount?: number;
  /** Years of data ending with the current year (default 2). */
  years?: number;
  seed?: number;
  /** Data stop at this date (default today). */
  today?: IsoDate;
  /** Database name (default SAMPLE_DATABASE_NAME); the real database's name is refused. */
  name?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface SampleDatabaseInfo {
  name: string;
  unitName: string;
  counts: Record<string, number>;
}

function checkName(name: string): void {
  if (name === DATABASE_NAME) {
    throw new Error(
      'Không được tạo hay xóa dữ liệu mẫu trong cơ sở dữ liệu thật của chi bộ. Dữ liệu mẫu luôn nằm trong cơ sở dữ liệu riêng “so-neu-guong-mau”.',
    );
  }
}

/**
 * "Tạo dữ liệu mẫu": a sample cell (default 25 members, 2 years up to today) in the separate
 * database 'so-neu-guong-mau'. An existing sample database is replaced. The real database is
 * never opened.
 */
export async function createSampleDatabase(options: SampleDatabaseOptions = {}): Promise<SampleDatabaseInfo> {
  const name = options.name ?? SAMPLE_DATABASE_NAME;
  checkName(name);
  const { SAMPLE_SIZES, generateCell, yearsEndingAt } = await import('../core/sample');
  const memberCount = options.memberCount ?? SAMPLE_SIZES.cell25.memberCount;
  if (!Number.isInteger(memberCount) || memberCount < 3 || memberCount > 200) {
    throw new Error('Số đảng viên của chi bộ mẫu phải từ 3 đến 200.');
  }
  const years = options.years ?? SAMPLE_SIZES.cell25.years;
  if (!Number.isInteger(years) || years < 1 || years > 10) throw new Error('Số năm dữ liệu mẫu phải từ 1 đến 10.');
  const today = options.today ?? clock.today();
  const cell = generateCell({ seed: options.seed ?? 2026, memberCount, years: yearsEndingAt(today, years), today });
  await Dexie.delete(name);
  const db = await openDatabase(name);
  try {
    const counts = await writeSampleCell(db, cell, { onProgress: options.onProgress });
    return { name, unitName: cell.unit.history.at(-1)!.name, counts };
  } finally {
    db.close();
  }
}

/** Delete the sample database (nothing happens when there is none). The real database's name is refused. */
export async function deleteSampleDatabase(name = SAMPLE_DATABASE_NAME): Promise<void> {
  checkName(name);
  await Dexie.delete(name);
}

export async function sampleDatabaseExists(name = SAMPLE_DATABASE_NAME): Promise<boolean> {
  return Dexie.exists(name);
}

/** An empty superior committee in aggregator mode (own unit + settings), for imports of unit reports. */
export async function prepareAggregatorDatabase(
  db: SoNeuGuongDb,
  committee: { code: string; name: string; placeName?: string; validFrom?: IsoDate },
): Promise<Unit> {
  const at = clock.nowIso();
  const unit: Unit = {
    id: crypto.randomUUID(),
    code: committee.code,
    type: 'dang_bo_cap_tren_co_so',
    history: [
      {
        validFrom: committee.validFrom ?? '2025-07-01',
        name: committee.name,
        superiorName: 'Tỉnh ủy',
        superiorCommittee: 'Ban Thường vụ Tỉnh ủy',
        placeName: committee.placeName ?? 'Khánh Hòa',
        issuerCode: 'ĐU',
      },
    ],
    isOwn: true,
    createdAt: at,
    updatedAt: at,
  };
  await db.transaction('rw', db.units, db.settings, async () => {
    await db.units.put(unit);
    await db.settings.put({ key: 'settings', ...DEFAULT_SETTINGS, mode: 'aggregator', ownUnitId: unit.id, setupDone: true });
  });
  return unit;
}
