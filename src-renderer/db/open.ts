import Dexie from 'dexie';
import { APP_VERSION } from '../core/app-version';
import { createDatabase, DATABASE_NAME, SCHEMA_VERSION, type MetaRecord, type SoNeuGuongDb } from './database';

/** Refusal to open a database written by a newer version of the app (Dexie 4 would open it). */
export class NewerDatabaseError extends Error {
  constructor(
    readonly storedSchemaVersion: number,
    readonly storedAppVersion: string,
  ) {
    super(
      `Dữ liệu trên máy này do phiên bản mới hơn của ứng dụng ghi (phiên bản ${storedAppVersion}, cấu trúc dữ liệu số ${storedSchemaVersion}). ` +
        `Phiên bản đang chạy (${APP_VERSION}) chỉ đọc được cấu trúc số ${SCHEMA_VERSION}. ` +
        'Để không làm hỏng dữ liệu, ứng dụng không mở. Hãy cài lại phiên bản mới hơn (hoặc nhờ cán bộ tin học), dữ liệu vẫn còn nguyên.',
    );
    this.name = 'NewerDatabaseError';
  }
}

/**
 * Open the database, refusing — before writing anything — one that a newer app wrote.
 * Then records the schema and app version that last wrote it.
 */
export async function openDatabase(name = DATABASE_NAME): Promise<SoNeuGuongDb> {
  const existing = await readExisting(name);
  if (existing && existing.schemaVersion > SCHEMA_VERSION) {
    throw new NewerDatabaseError(existing.schemaVersion, existing.appVersion);
  }
  const db = createDatabase(name);
  try {
    await db.open();
  } catch (error) {
    db.close();
    if (error instanceof Dexie.VersionError) {
      throw new NewerDatabaseError(existing?.schemaVersion ?? SCHEMA_VERSION + 1, existing?.appVersion ?? 'không rõ');
    }
    throw error;
  }
  const meta = await db.meta.get('schema');
  if (!meta || meta.schemaVersion !== SCHEMA_VERSION || meta.appVersion !== APP_VERSION) {
    await db.meta.put({ key: 'schema', schemaVersion: SCHEMA_VERSION, appVersion: APP_VERSION, writtenAt: new Date().toISOString() });
  }
  return db;
}

/**
 * Read what an existing database says about itself without declaring a schema (Dexie's dynamic
 * mode), so nothing is upgraded or written: its meta record, or — without one — its IndexedDB
 * version (Dexie stores version × 10; a schema-diff workaround may add a fraction).
 */
async function readExisting(name: string): Promise<Pick<MetaRecord, 'schemaVersion' | 'appVersion'> | undefined> {
  if (!(await Dexie.exists(name))) return undefined;
  const probe = new Dexie(name);
  try {
    await probe.open();
    const meta = probe.tables.some((t) => t.name === 'meta')
      ? ((await probe.table('meta').get('schema')) as MetaRecord | undefined)
      : undefined;
    const nativeSchema = Math.floor(probe.verno);
    if (meta && meta.schemaVersion >= nativeSchema) return meta;
    return { schemaVersion: nativeSchema, appVersion: meta?.appVersion ?? 'không rõ' };
  } finally {
    probe.close();
  }
}
