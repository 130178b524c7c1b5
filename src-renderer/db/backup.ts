/**
 * Full backup and restore of the database (renderer side; the main process only stores the bytes).
 *
 * - dumpDatabase: every table in ONE read transaction (a consistent snapshot).
 * - encodeBackup / decodeBackup: the bytes of a backup file = gzipped exchange envelope of kind
 *   "full_backup" whose payload is { tables }. decodeBackup validates everything before anything
 *   is written and throws BackupError with a Vietnamese message that says what to do.
 * - restoreBackup: validate → refuse newer versions → save the current state first (the caller's
 *   "before-restore" backup) → replace every table in ONE transaction. Undo = restore the bytes of
 *   that before-restore backup (returned in the result).
 * - A backup from an older schema is upgraded by the same Dexie upgrade() code the app runs, in a
 *   temporary database declared with the older versions only (see upgradeDump).
 */
import Dexie from 'dexie';
import { APP_VERSION } from '../core/app-version';
import { KIND_LABELS } from '../core/exchange/constants';
import { buildEnvelope, encodeEnvelope, readExchangeFile } from '../core/exchange/envelope';
import { isExchangeError, type ExchangeError } from '../core/exchange/errors';
import type { Envelope } from '../core/exchange/schemas';
import { rowProblem } from './backup-rows';
import { classifyStorageError, describeStorageError, type StorageProblem } from './storage-errors';
import { declareVersions, SCHEMA_VERSION, TABLE_NAMES, type SoNeuGuongDb, type TableName } from './database';
import { clock } from '../platform/clock';

export type { TableName } from './database';
export type DumpRecord = Record<string, unknown>;

export interface DatabaseDump {
  /** Schema version of the database the dump was taken from. */
  schemaVersion: number;
  appVersion: string;
  exportedAt: string;
  tables: Record<TableName, DumpRecord[]>;
}

export type TableCounts = Record<TableName, number>;

/** What the restore screen shows about a backup before anything is changed. */
export interface BackupSummary {
  exportedAt: string;
  appVersion: string;
  schemaVersion: number;
  counts: TableCounts;
  unitName?: string;
  /** About how much the restore writes into the database (for the free-space check). */
  bytesInDatabase?: number;
}

export type BackupErrorCode =
  | 'unreadable'
  | 'not_backup'
  | 'wrong_kind'
  | 'corrupt'
  | 'invalid'
  | 'newer_schema'
  | 'newer_app'
  | 'no_space'
  | 'before_restore_failed'
  | 'apply_failed';

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
    /** For 'apply_failed': what the storage engine's error says (services add free-space evidence). */
    readonly storageProblem?: StorageProblem,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/** A restore that failed because the disk filled up while writing. */
export const RESTORE_DISK_FULL_MESSAGE =
  'Khôi phục không thành công vì ổ đĩa của máy đã đầy. Dữ liệu hiện tại vẫn giữ nguyên như trước khi khôi phục, và một bản sao của nó đã được lưu (bản «Trước khi khôi phục» trong danh sách): nếu lần mở sau dữ liệu không mở được, ứng dụng sẽ đề nghị khôi phục bản đó. Hãy xóa bớt tệp không cần thiết rồi thử lại.';

/** Key path of each table (meta and settings are keyed by `key`, all others by `id`). */
export function primaryKeyOf(table: TableName): 'key' | 'id' {
  return table === 'meta' || table === 'settings' ? 'key' : 'id';
}

const MAX_RECORDS_PER_TABLE = 2_000_000;
const VERSION_RE = /^\d{1,6}\.\d{1,6}\.\d{1,6}(?:[-+][0-9A-Za-z.-]{1,40})?$/u;

// ---------------------------------------------------------------------------------------------
// Dump

export async function dumpDatabase(db: SoNeuGuongDb, now = clock.now()): Promise<DatabaseDump> {
  const tables = {} as Record<TableName, DumpRecord[]>;
  const dexieTables = TABLE_NAMES.map((n) => db.table(n));
  await db.transaction('r', dexieTables, async () => {
    for (const name of TABLE_NAMES) {
      tables[name] = (await db.table(name).toArray()) as DumpRecord[];
    }
  });
  return { schemaVersion: SCHEMA_VERSION, appVersion: APP_VERSION, exportedAt: now.toISOString(), tables };
}

export function dumpCounts(dump: Pick<DatabaseDump, 'tables'>): TableCounts {
  const counts = {} as TableCounts;
  for (const name of TABLE_NAMES) counts[name] = dump.tables[name]?.length ?? 0;
  return counts;
}

/**
 * True when the dump holds nothing the secretary entered (no finished setup, no unit, no member):
 * the store was lost (Chromium recreated it after a disk-full failure). Such a dump must never
 * become the newest backup, which "Khôi phục bản gần nhất" would then restore.
 */
export function dumpIsEmpty(dump: Pick<DatabaseDump, 'tables'>): boolean {
  const setupDone = (dump.tables.settings ?? []).some((s) => s.setupDone === true);
  return !setupDone && (dump.tables.units?.length ?? 0) === 0 && (dump.tables.members?.length ?? 0) === 0;
}

/** Own unit's current name (for the list of backups), if the dump has one. */
function ownUnitName(dump: Pick<DatabaseDump, 'tables'>): string | undefined {
  const own = dump.tables.units?.find((u) => u.isOwn === true);
  const history = Array.isArray(own?.history) ? (own.history as Array<Record<string, unknown>>) : [];
  const last = history[history.length - 1];
  return typeof last?.name === 'string' ? last.name : undefined;
}

// ---------------------------------------------------------------------------------------------
// Bytes: the exchange envelope of kind "full_backup" (core/exchange), gzipped

export async function encodeBackup(dump: DatabaseDump): Promise<Uint8Array<ArrayBuffer>> {
  const own = dump.tables.units?.find((u) => u.isOwn === true);
  const unitName = ownUnitName(dump) ?? '';
  const envelope = await buildEnvelope({
    kind: 'full_backup',
    schemaVersion: dump.schemaVersion,
    appVersion: dump.appVersion,
    exportedAt: dump.exportedAt,
    unit: {
      code: typeof own?.code === 'string' ? own.code : '',
      name: unitName,
      ...(typeof own?.parentCode === 'string' ? { parentCode: own.parentCode } : {}),
    },
    period: { year: new Date(dump.exportedAt).getFullYear() },
    payload: { databaseSchemaVersion: dump.schemaVersion, tables: dump.tables },
  });
  const bytes = await encodeEnvelope(envelope, { compress: true });
  // A copy on a plain ArrayBuffer: what IPC (structured clone) and Blob expect.
  const out = new Uint8Array(bytes.byteLength);
  out.set(bytes);
  return out;
}

/** The bytes of a new full backup of `db`. */
export async function createBackupBytes(db: SoNeuGuongDb, now = clock.now()): Promise<Uint8Array<ArrayBuffer>> {
  return encodeBackup(await dumpDatabase(db, now));
}

/** Compares dotted versions "1.2.3" numerically (pre-release tags ignored). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[-+]/u)[0]!.split('.').map(Number);
  const pb = b.split(/[-+]/u)[0]!.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d) || 0;
  }
  return 0;
}

const KNOWN_TABLES = new Set<string>(TABLE_NAMES);

const NOT_BACKUP =
  'Tệp này không phải tệp sao lưu của Sổ Nêu Gương (tên tệp sao lưu có dạng so-neu-guong-….sng.json.gz). Hãy chọn đúng tệp sao lưu.';
const CORRUPT =
  'Tệp sao lưu đã bị hỏng hoặc bị sửa sau khi ghi (mã kiểm tra không khớp), nên không khôi phục. Hãy chọn một bản sao lưu khác, ví dụ bản của ngày hôm trước.';
const DAMAGED =
  'Tệp sao lưu bị hỏng (không giải nén hoặc không đọc được), có thể do chép chưa xong hoặc ổ đĩa bị lỗi. Hãy chọn một bản sao lưu khác, ví dụ bản của ngày hôm trước.';

/** The exchange reader's refusal, worded for a backup (not for a file sent by another unit). */
function backupErrorFrom(e: ExchangeError): BackupError {
  switch (e.code) {
    case 'empty_file':
      return new BackupError(
        'unreadable',
        'Tệp sao lưu rỗng (không có dữ liệu), có thể do ổ đĩa đầy khi ghi. Hãy chọn một bản sao lưu khác.',
      );
    case 'truncated':
      return new BackupError('unreadable', `Tệp sao lưu bị cắt cụt (thiếu phần cuối). ${DAMAGED}`);
    case 'not_utf8':
    case 'compression_error':
    case 'bad_encryption_header':
    case 'too_large':
      return new BackupError('unreadable', DAMAGED);
    case 'not_exchange_file':
    case 'not_json':
    case 'unknown_kind':
      return new BackupError('not_backup', NOT_BACKUP);
    case 'altered':
    case 'checksum_mismatch':
      return new BackupError('corrupt', CORRUPT);
    case 'newer_format':
      return new BackupError('newer_schema', e.message);
    case 'invalid_content':
    case 'forbidden_key':
    case 'duplicate_id':
    case 'count_mismatch':
      return new BackupError('invalid', `Nội dung tệp sao lưu không hợp lệ: ${e.message}`);
    default:
      return new BackupError('unreadable', `Không khôi phục được từ tệp này: ${e.message}`);
  }
}

/**
 * Bytes → validated dump. Nothing is written. Throws BackupError (Vietnamese) for: unreadable or
 * corrupted bytes, not our file, another kind of exchange file, checksum mismatch, invalid
 * structure, unknown tables, missing or duplicate keys, and files from a newer schema or app.
 */
export async function decodeBackup(bytes: Uint8Array): Promise<DatabaseDump> {
  let envelope: Envelope;
  try {
    ({ envelope } = await readExchangeFile(bytes));
  } catch (e) {
    if (isExchangeError(e)) throw backupErrorFrom(e);
    // e.g. a RangeError from absurdly deep nesting: still a refusal, never a crash
    throw new BackupError('unreadable', 'Không đọc được tệp sao lưu: cấu trúc tệp bất thường. Hãy chọn một bản sao lưu khác.');
  }
  if (envelope.kind !== 'full_backup') {
    throw new BackupError(
      'wrong_kind',
      `Tệp này là «${KIND_LABELS[envelope.kind]}», không phải tệp sao lưu toàn bộ. Hãy nhập nó ở mục "Trao đổi dữ liệu".`,
    );
  }
  const schemaVersion = Math.max(envelope.schemaVersion, envelope.payload.databaseSchemaVersion);
  if (schemaVersion > SCHEMA_VERSION) {
    throw new BackupError(
      'newer_schema',
      `Tệp sao lưu do phiên bản mới hơn của ứng dụng tạo ra (phiên bản ${envelope.appVersion}, cấu trúc dữ liệu số ${schemaVersion}); ` +
        `phiên bản đang chạy là ${APP_VERSION} (cấu trúc số ${SCHEMA_VERSION}). Khôi phục sẽ làm mất dữ liệu, nên không thực hiện. ` +
        `Hãy cài phiên bản ${envelope.appVersion} hoặc mới hơn rồi khôi phục lại.`,
    );
  }
  if (!VERSION_RE.test(envelope.appVersion) || compareVersions(envelope.appVersion, APP_VERSION) > 0) {
    throw new BackupError(
      'newer_app',
      `Tệp sao lưu do phiên bản khác, mới hơn của ứng dụng tạo ra (${envelope.appVersion}); phiên bản đang chạy là ${APP_VERSION}. ` +
        `Để không mất thông tin mà phiên bản cũ không biết, không khôi phục. Hãy cài phiên bản ${envelope.appVersion} hoặc mới hơn rồi khôi phục lại.`,
    );
  }
  const tables = {} as Record<TableName, DumpRecord[]>;
  for (const name of Object.keys(envelope.payload.tables)) {
    if (!KNOWN_TABLES.has(name)) {
      throw new BackupError(
        'invalid',
        `Tệp sao lưu có bảng dữ liệu lạ «${name}», không phải của Sổ Nêu Gương. Hãy chọn một bản sao lưu khác.`,
      );
    }
  }
  for (const name of TABLE_NAMES) {
    const records = (envelope.payload.tables[name] ?? []) as DumpRecord[];
    if (records.length > MAX_RECORDS_PER_TABLE) {
      throw new BackupError('invalid', `Tệp sao lưu có quá nhiều bản ghi trong bảng «${name}». Hãy chọn một bản sao lưu khác.`);
    }
    const key = primaryKeyOf(name);
    const seen = new Set<string>();
    for (const [i, record] of records.entries()) {
      const k = record[key];
      if (typeof k !== 'string' || k.length === 0 || k.length > 200) {
        throw new BackupError(
          'invalid',
          `Tệp sao lưu hỏng: bản ghi thứ ${i + 1} của bảng «${name}» thiếu mã. Hãy chọn một bản sao lưu khác.`,
        );
      }
      if (seen.has(k)) {
        throw new BackupError('invalid', `Tệp sao lưu hỏng: bảng «${name}» có hai bản ghi cùng mã «${k}». Hãy chọn một bản sao lưu khác.`);
      }
      seen.add(k);
      const problem = rowProblem(name, record);
      if (problem) {
        throw new BackupError(
          'invalid',
          `Tệp sao lưu hỏng hoặc bị sửa: bản ghi thứ ${i + 1} của bảng «${name}» sai ở trường «${problem}». Không khôi phục; dữ liệu hiện tại không thay đổi. Hãy chọn một bản sao lưu khác.`,
        );
      }
    }
    tables[name] = records;
  }
  return { schemaVersion, appVersion: envelope.appVersion, exportedAt: envelope.exportedAt, tables };
}

/** Decodes and summarises a backup for the list and the confirmation dialog. */
export async function summarizeBackup(bytes: Uint8Array): Promise<BackupSummary> {
  const dump = await decodeBackup(bytes);
  const unitName = ownUnitName(dump);
  return {
    exportedAt: dump.exportedAt,
    appVersion: dump.appVersion,
    schemaVersion: dump.schemaVersion,
    counts: dumpCounts(dump),
    ...(unitName ? { unitName } : {}),
    bytesInDatabase: estimateBytesInDatabase(dump),
  };
}

/** UTF-16 JSON of the rows, doubled for indexes and the transaction journal: a safe upper estimate. */
export function estimateBytesInDatabase(dump: Pick<DatabaseDump, 'tables'>): number {
  let chars = 0;
  for (const name of TABLE_NAMES) for (const row of dump.tables[name] ?? []) chars += JSON.stringify(row).length;
  return chars * 2 * 2;
}

// ---------------------------------------------------------------------------------------------
// Schema upgrade of an older dump

/**
 * Declares only the schema versions ≤ `upTo` (declareVersions is append-only and calls
 * db.version(n) once per version, so later versions are simply not forwarded).
 */
export function declareVersionsUpTo(db: Dexie, upTo: number): void {
  const ignored = { stores: () => ignored, upgrade: () => ignored };
  const proxy = new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === 'version') return (n: number) => (n <= upTo ? target.version(n) : ignored);
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
  declareVersions(proxy);
}

/** Writes `tables` into a fresh database that knows only versions ≤ schemaVersion, then closes it. */
export async function loadIntoOlderDatabase(
  name: string,
  schemaVersion: number,
  tables: Partial<Record<string, DumpRecord[]>>,
): Promise<void> {
  const old = new Dexie(name);
  declareVersionsUpTo(old, schemaVersion);
  await old.open();
  try {
    await old.transaction('rw', old.tables, async () => {
      for (const table of old.tables) {
        const records = tables[table.name] ?? [];
        if (records.length > 0) await table.bulkAdd(records);
      }
    });
  } finally {
    old.close();
  }
}

/** Upgrades a dump of an older schema to the current one by running the app's own upgrade code. */
export async function upgradeDump(dump: DatabaseDump): Promise<DatabaseDump> {
  if (dump.schemaVersion === SCHEMA_VERSION) return dump;
  const name = `so-neu-guong-upgrade-${crypto.randomUUID()}`;
  try {
    await loadIntoOlderDatabase(name, dump.schemaVersion, dump.tables);
    const current = new Dexie(name) as SoNeuGuongDb;
    declareVersions(current);
    await current.open();
    try {
      const upgraded = await dumpDatabase(current, new Date(dump.exportedAt));
      return { ...upgraded, appVersion: dump.appVersion };
    } finally {
      current.close();
    }
  } finally {
    await Dexie.delete(name);
  }
}

// ---------------------------------------------------------------------------------------------
// Replace and restore

export interface ReplaceHooks {
  /** Test hook: called inside the transaction after each table is written (fault injection). */
  afterTable?: (table: TableName) => void | Promise<void>;
  /**
   * restoreBackup: called with about how much the restore will write, after the file is validated
   * and before anything is written (not even the before-restore copy); throw to refuse.
   */
  beforeWrite?: (bytesInDatabase: number) => Promise<void>;
}

/**
 * Replaces every table with the dump's records in ONE transaction: either all of it is in the
 * database afterwards, or none of it (any error aborts and the old data stays as it was).
 * The meta record is rewritten for the running app (it describes the database, not the file).
 */
export async function replaceDatabase(db: SoNeuGuongDb, dump: DatabaseDump, hooks: ReplaceHooks = {}): Promise<void> {
  const dexieTables = TABLE_NAMES.map((n) => db.table(n));
  await db.transaction('rw', dexieTables, async () => {
    for (const name of TABLE_NAMES) {
      const table = db.table(name);
      await table.clear();
      const records = name === 'meta' ? dump.tables.meta.filter((m) => m.key !== 'schema') : (dump.tables[name] ?? []);
      if (records.length > 0) await table.bulkAdd(records);
      if (name === 'meta') {
        await table.put({ key: 'schema', schemaVersion: SCHEMA_VERSION, appVersion: APP_VERSION, writtenAt: clock.nowIso() });
      }
      await hooks.afterTable?.(name);
    }
  });
}

export interface RestoreResult<T> {
  /** What the caller's saveCurrent returned for the before-restore backup (e.g. its BackupInfo). */
  beforeRestore: T;
  /** The bytes of the before-restore backup: restoring them undoes this restore. */
  undoBytes: Uint8Array<ArrayBuffer>;
  restored: BackupSummary;
}

/**
 * Restores a backup. Order: validate (nothing written) → upgrade an older schema → save the
 * current state through `saveCurrent` (if that fails, nothing is restored) → replace everything
 * in one transaction.
 */
export async function restoreBackup<T>(
  db: SoNeuGuongDb,
  bytes: Uint8Array,
  saveCurrent: (bytes: Uint8Array<ArrayBuffer>) => Promise<T>,
  hooks: ReplaceHooks = {},
): Promise<RestoreResult<T>> {
  const decoded = await decodeBackup(bytes);
  let dump: DatabaseDump;
  try {
    dump = await upgradeDump(decoded);
  } catch (e) {
    throw new BackupError(
      'invalid',
      `Không nâng cấp được tệp sao lưu cũ (phiên bản ${decoded.appVersion}) lên cấu trúc hiện tại${e instanceof Error ? `: ${e.message}` : ''}. Dữ liệu hiện tại không thay đổi.`,
    );
  }
  await hooks.beforeWrite?.(estimateBytesInDatabase(dump));
  const undoBytes = await createBackupBytes(db);
  let beforeRestore: T;
  try {
    beforeRestore = await saveCurrent(undoBytes);
  } catch (e) {
    throw new BackupError(
      'before_restore_failed',
      `Chưa khôi phục: không lưu được bản sao của dữ liệu hiện tại trước khi khôi phục${e instanceof Error ? ` (${e.message})` : ''}. Dữ liệu hiện tại không thay đổi. Hãy kiểm tra thư mục sao lưu rồi thử lại.`,
    );
  }
  try {
    await replaceDatabase(db, dump, hooks);
  } catch (e) {
    // Dexie's English ("bulkAdd(): 22 of 23 operations failed … AbortError") never reaches the screen.
    const problem = classifyStorageError(e);
    throw new BackupError(
      'apply_failed',
      problem === 'disk_full'
        ? RESTORE_DISK_FULL_MESSAGE
        : problem === 'unknown' || problem === 'constraint'
          ? 'Khôi phục không thành công. Dữ liệu hiện tại vẫn giữ nguyên như trước khi khôi phục. Hãy thử một bản sao lưu khác.'
          : `Khôi phục không thành công. Dữ liệu hiện tại vẫn giữ nguyên như trước khi khôi phục. ${describeStorageError(e)}`,
      problem,
    );
  }
  const unitName = ownUnitName(dump);
  return {
    beforeRestore,
    undoBytes,
    restored: {
      exportedAt: decoded.exportedAt,
      appVersion: decoded.appVersion,
      schemaVersion: decoded.schemaVersion,
      counts: dumpCounts(dump),
      ...(unitName ? { unitName } : {}),
    },
  };
}
