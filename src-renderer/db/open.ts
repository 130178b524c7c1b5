import Dexie from 'dexie';
import { APP_VERSION } from '../core/app-version';
import { createDatabase, DATABASE_NAME, SCHEMA_VERSION, type MetaRecord, type SoNeuGuongDb } from './database';
import { clock } from '../platform/clock';

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
 * `deleted`: the database was deleted elsewhere (another tab, a test), not upgraded.
 * `lost`: the store vanished under this window — a reopen found a brand-new empty database (Chromium
 * deletes a store it cannot open after a disk-full failure).
 */
export interface StoreChange {
  deleted: boolean;
  lost?: true;
}
type VersionChangeListener = (change: StoreChange) => void;
const versionChangeListeners = new Set<VersionChangeListener>();

/**
 * Called when a newer version of the app (another tab, or a newer app that opened the same
 * profile) upgrades the database: this connection is already closed for good — it never reopens
 * itself to write old-shaped records into the newer database. The shell shows
 * "Đã có phiên bản mới — tải lại". Returns the unsubscribe function.
 */
export function onNewerVersionOpened(listener: VersionChangeListener): () => void {
  versionChangeListeners.add(listener);
  return () => versionChangeListeners.delete(listener);
}

/**
 * versionchange: close without reopening (Dexie's default closes with auto-open left on, so the
 * next write reopened the database — at the newer version — and the old code wrote into it).
 */
function closeOnVersionChange(db: SoNeuGuongDb): void {
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    db.close({ disableAutoOpen: true });
    for (const listener of versionChangeListeners) listener({ deleted: event.newVersion === null });
    return false;
  });
}

/**
 * A full disk closes the connection (Chromium: "UnknownError … FILE_ERROR_NO_SPACE", then the
 * IDBDatabase `close` event); Dexie reopens at the next operation, and while the disk is still full
 * that reopen fails ("Internal error opening backing store"). Dexie then keeps the database failed
 * for good — every later operation rejects with DatabaseClosedError, so a retry after space was
 * freed could never succeed without a reload (and a reload loses what is on screen). After such a
 * failed reopen, arm auto-open again: the next operation tries to open once more. A connection
 * closed on purpose (versionchange, closeDb) is left closed (`hasBeenClosed()`).
 */
function reopenAfterStorageFailure(db: SoNeuGuongDb, store: StoreState): void {
  db.on('close', () => {
    // Dexie fires `close` inside the failed open, before it marks the open complete: look after it.
    setTimeout(() => {
      if (db.isOpen() || db.hasBeenClosed() || !db.hasFailed()) return;
      if (store.lost) db.close({ disableAutoOpen: true });
      else db.close({ disableAutoOpen: false });
    }, 0);
  });
}

interface StoreState {
  /** Opened once: a later "create the database" means the store was lost. */
  opened: boolean;
  lost: boolean;
}

/** Refused while reopening: the database had been deleted and would be created empty. */
export class StoreLostError extends Error {
  constructor() {
    super('Dữ liệu trên máy vừa bị mất (thường do ổ đĩa đầy); ứng dụng ngừng ghi để không tạo một sổ trống.');
    this.name = 'StoreLostError';
  }
}

/**
 * Dexie reopens by itself after the connection was closed under it. If the store was deleted
 * meanwhile (Chromium deletes one it cannot open after a disk-full failure; measured on a full
 * tmpfs profile, e2e/disk-full.spec.ts), that reopen creates a new, empty database — the grid's
 * retry and the quit backup then wrote into it, and an empty backup became "the newest". Refuse
 * the creation (the upgrade transaction aborts, so nothing is created), close for good and tell
 * the shell, which asks for a reload: the start-up then offers the backups.
 */
function refuseRecreation(db: SoNeuGuongDb, store: StoreState): void {
  db.on('populate', () => {
    if (!store.opened) return;
    store.lost = true;
    for (const listener of versionChangeListeners) listener({ deleted: true, lost: true });
    throw new StoreLostError();
  });
}

/**
 * Open the database, refusing — before writing anything — one that a newer app wrote.
 * Then records the schema and app version that last wrote it.
 */
export async function openDatabase(name = DATABASE_NAME): Promise<SoNeuGuongDb> {
  // Cheap check first (no second connection at every start): the IndexedDB version on disk.
  const native = await nativeSchemaVersion(name);
  if (native !== undefined && native > SCHEMA_VERSION) {
    const meta = await readMetaDynamically(name);
    throw new NewerDatabaseError(Math.max(native, meta?.schemaVersion ?? 0), meta?.appVersion ?? 'không rõ');
  }
  const db = createDatabase(name);
  closeOnVersionChange(db);
  const store: StoreState = { opened: false, lost: false };
  refuseRecreation(db, store);
  try {
    await db.open();
  } catch (error) {
    db.close();
    if (error instanceof Dexie.VersionError) throw new NewerDatabaseError(SCHEMA_VERSION + 1, 'không rõ');
    throw error;
  }
  store.opened = true;
  reopenAfterStorageFailure(db, store);
  const meta = await db.meta.get('schema');
  if (meta && meta.schemaVersion > SCHEMA_VERSION) {
    db.close();
    throw new NewerDatabaseError(meta.schemaVersion, meta.appVersion);
  }
  if (!meta || meta.schemaVersion !== SCHEMA_VERSION || meta.appVersion !== APP_VERSION) {
    await db.meta.put({ key: 'schema', schemaVersion: SCHEMA_VERSION, appVersion: APP_VERSION, writtenAt: clock.nowIso() });
  }
  return db;
}

/**
 * Our schema version of an existing database from its IndexedDB version (Dexie stores
 * version × 10; a schema-diff workaround may add a fraction); undefined when it does not exist.
 */
async function nativeSchemaVersion(name: string): Promise<number | undefined> {
  if (typeof indexedDB !== 'undefined' && typeof indexedDB.databases === 'function') {
    const found = (await indexedDB.databases()).find((d) => d.name === name);
    return found?.version === undefined ? undefined : Math.floor(found.version / 10);
  }
  if (!(await Dexie.exists(name))) return undefined;
  const probe = new Dexie(name);
  try {
    await probe.open();
    return Math.floor(probe.verno);
  } finally {
    probe.close();
  }
}

/** The meta record, read without declaring a schema (Dexie's dynamic mode: nothing is written). */
async function readMetaDynamically(name: string): Promise<MetaRecord | undefined> {
  const probe = new Dexie(name);
  try {
    await probe.open();
    if (!probe.tables.some((t) => t.name === 'meta')) return undefined;
    return (await probe.table('meta').get('schema')) as MetaRecord | undefined;
  } finally {
    probe.close();
  }
}
