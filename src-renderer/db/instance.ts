import { DATABASE_NAME, SAMPLE_DATABASE_NAME, type SoNeuGuongDb } from './database';
import { openDatabase } from './open';
import { seedPresetRuleSets } from './presets';

let current: SoNeuGuongDb | undefined;
let opening: Promise<SoNeuGuongDb> | undefined;

/**
 * Which database the app opens at start: the real one, or the sample cell ("Tạo dữ liệu mẫu").
 * Kept in localStorage under this key; any value other than the sample database's name means
 * the real database. Switching reloads the app (see useSampleSwitch in app/).
 */
export const ACTIVE_DATABASE_KEY = 'sng.activeDatabase';

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Name of the database chosen for this start (the real one unless the sample was chosen). */
export function activeDatabaseName(): string {
  return storage()?.getItem(ACTIVE_DATABASE_KEY) === SAMPLE_DATABASE_NAME ? SAMPLE_DATABASE_NAME : DATABASE_NAME;
}

/** True while the app works on the sample cell, not on the real data. */
export function isSampleDatabaseActive(): boolean {
  return activeDatabaseName() === SAMPLE_DATABASE_NAME;
}

/** Choose the database for the next start (the caller reloads the app). */
export function chooseDatabase(which: 'real' | 'sample'): void {
  const s = storage();
  if (!s) return;
  if (which === 'sample') s.setItem(ACTIVE_DATABASE_KEY, SAMPLE_DATABASE_NAME);
  else s.removeItem(ACTIVE_DATABASE_KEY);
}

/** Open the app's database once (the app shell waits for it before rendering). */
export function initDb(name?: string): Promise<SoNeuGuongDb> {
  opening ??= openDatabase(name ?? activeDatabaseName()).then(async (db) => {
    // Preset frameworks and document styles (idempotent); a failure here must not block the app.
    await seedPresetRuleSets(db).catch(() => undefined);
    return (current = db);
  });
  return opening;
}

/** Close the open database (before deleting the sample database and reloading). */
export function closeDb(): void {
  current?.close();
}

/** The open database; only valid after initDb() resolved (the shell guarantees it). */
export function getDb(): SoNeuGuongDb {
  if (!current) throw new Error('Cơ sở dữ liệu chưa được mở.');
  return current;
}

/** Tests and the benchmark page: use this (already open) database as the app's database. */
export function setDatabaseForTests(db: SoNeuGuongDb): void {
  current = db;
  opening = Promise.resolve(db);
}
