import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, DEXIE_OPTIONS, STORES_V1, TABLE_NAMES, type SoNeuGuongDb } from '../../src-renderer/db/database';
import { onNewerVersionOpened, openDatabase } from '../../src-renderer/db/open';
import { classifyStorageError, describeStorageError, isStorageError, STORAGE_MESSAGES } from '../../src-renderer/db/storage-errors';

let n = 0;
const names: string[] = [];
const fresh = () => {
  const name = `safety-${Date.now()}-${++n}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('tables of the latest schema', () => {
  it('TABLE_NAMES are exactly the object stores of a database opened at the latest version', async () => {
    const db = await openDatabase(fresh());
    expect([...TABLE_NAMES].sort()).toEqual(db.tables.map((t) => t.name).sort());
    expect(TABLE_NAMES).toContain('unitReports');
    db.close();
  });

  it('follow the stores declared in every version (v1 is a subset: nothing is left out of backups)', () => {
    for (const name of Object.keys(STORES_V1)) expect(TABLE_NAMES).toContain(name);
  });
});

describe('durability', () => {
  it('the database is opened with strict transaction durability', () => {
    expect(DEXIE_OPTIONS).toEqual({ chromeTransactionDurability: 'strict' });
    const db = createDatabase(fresh()) as SoNeuGuongDb & { _options: Record<string, unknown> };
    expect(db._options.chromeTransactionDurability).toBe('strict');
  });
});

describe('versionchange: an old window never writes into a newer database', () => {
  it('closes without reopening, tells the shell, and a later write fails instead of reopening', async () => {
    const name = fresh();
    const old = await openDatabase(name);
    const told: Array<{ deleted: boolean }> = [];
    const off = onNewerVersionOpened((change) => told.push(change));
    // A newer app version opens the same database at a higher version.
    const newer = new Dexie(name);
    newer.version(1).stores(STORES_V1);
    newer.version(2).stores({ ...STORES_V1, newTable: 'id' });
    await newer.open();
    expect(told).toEqual([{ deleted: false }]);
    expect(old.isOpen()).toBe(false);
    await expect(old.members.add({ id: 'm1' } as never)).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    expect(old.isOpen()).toBe(false);
    expect(await newer.table('members').count()).toBe(0);
    expect(newer.verno).toBe(2);
    newer.close();
    off();
  });
});

describe('storage errors in Vietnamese', () => {
  it('a disk-full bulkPut (BulkError of AbortErrors with a QuotaExceededError inside) says the disk is full', () => {
    const quota = Object.assign(new Error('The transaction was aborted'), {
      name: 'AbortError',
      inner: { name: 'QuotaExceededError', message: 'Quota exceeded' },
    });
    const bulk = Object.assign(new Error('monthlyAssessments.bulkPut(): 22 of 23 operations failed. Errors: AbortError'), {
      name: 'BulkError',
      failures: [quota, quota],
    });
    expect(classifyStorageError(bulk)).toBe('disk_full');
    const message = describeStorageError(bulk);
    expect(message).toBe(STORAGE_MESSAGES.disk_full);
    expect(message).toMatch(/ổ đĩa của máy đã đầy/u);
    expect(message).not.toMatch(/bulkPut|AbortError|operations/u);
  });

  it('what Chromium really reports on a full disk (measured on a tmpfs profile) is read as "disk full"', () => {
    const noSpace = {
      name: 'UnknownError',
      message:
        'Connection is closing because of: IO error: .../http_127.0.0.1_4107.indexeddb.leveldb/000003.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)',
    };
    expect(classifyStorageError(noSpace)).toBe('disk_full');
    // Dexie keeps only the aborted requests: that alone does not say why (services add main's statfs).
    const aborted = Object.assign(
      new Error(
        'monthlyAssessments.bulkPut(): 1 of 1 operations failed. Errors: AbortError: The transaction was aborted, so the request cannot be fulfilled.',
      ),
      {
        name: 'BulkError',
        failures: [{ name: 'AbortError', message: 'The transaction was aborted, so the request cannot be fulfilled.' }],
      },
    );
    expect(classifyStorageError(aborted)).toBe('unknown');
    expect(describeStorageError(aborted)).not.toMatch(/bulkPut|AbortError|operations/u);
  });

  it('storage-engine errors are told apart from the app’s own (Vietnamese) refusals', () => {
    expect(isStorageError(new Dexie.BulkError('x', []))).toBe(true);
    expect(isStorageError(new Dexie.DatabaseClosedError())).toBe(true);
    expect(isStorageError(new DOMException('Quota exceeded', 'QuotaExceededError'))).toBe(true);
    expect(isStorageError({ name: 'UnknownError', message: 'Internal error opening backing store' })).toBe(true);
    expect(isStorageError(Object.assign(new Error('Tháng không hợp lệ'), { name: 'MonthlyError' }))).toBe(false);
    expect(isStorageError(new Error('Biên bản đã được thông qua'))).toBe(false);
    expect(isStorageError('text')).toBe(false);
  });

  it('backing-store, closed database, version change, duplicates and the unknown rest', () => {
    expect(classifyStorageError({ name: 'UnknownError', message: 'Internal error opening backing store for indexedDB.open.' })).toBe(
      'backing_store',
    );
    expect(
      classifyStorageError(
        Object.assign(new Error('x'), {
          name: 'OpenFailedError',
          inner: { name: 'UnknownError', message: 'Internal error opening backing store' },
        }),
      ),
    ).toBe('backing_store');
    expect(classifyStorageError({ name: 'DatabaseClosedError', message: 'Database has been closed' })).toBe('closed');
    expect(classifyStorageError({ name: 'ConstraintError', message: 'Key already exists' })).toBe('constraint');
    expect(classifyStorageError(new Error('boom'))).toBe('unknown');
    expect(classifyStorageError('nope')).toBe('unknown');
    for (const m of Object.values(STORAGE_MESSAGES)) expect(m).toMatch(/[ăâđêôơư]/u);
  });
});

describe('a restore that fails while writing', () => {
  it('says why in Vietnamese (disk full), never with Dexie’s English, and keeps the data', async () => {
    const { createBackupBytes, restoreBackup, replaceDatabase } = await import('../../src-renderer/db/backup');
    const { readFixture } = await import('./migration-harness');
    const db = await openDatabase(fresh());
    await replaceDatabase(db, readFixture('db-v1.json') as never);
    const bytes = await createBackupBytes(db);
    await db.members.clear();
    const error = await restoreBackup(db, bytes, async () => undefined, {
      afterTable: (table) => {
        if (table === 'members') {
          throw Object.assign(new Error('members.bulkAdd(): 2 of 3 operations failed. Errors: AbortError'), {
            name: 'BulkError',
            failures: [{ name: 'AbortError', message: 'aborted', inner: { name: 'QuotaExceededError', message: 'Quota exceeded' } }],
          });
        }
      },
    }).catch((e: unknown) => e as Error);
    expect(error).toMatchObject({ code: 'apply_failed' });
    expect((error as Error).message).toMatch(/ổ đĩa của máy đã đầy/u);
    expect((error as Error).message).not.toMatch(/bulkAdd|AbortError|operations/u);
    expect(await db.members.count()).toBe(0);
    db.close();
  });
});
