/**
 * What Chromium does to the connection on a full disk (measured on a 64 MB tmpfs profile,
 * e2e/disk-full.spec.ts), replayed on fake-indexeddb:
 * 1. the write aborts and the connection is closed under the app (IDBDatabase `close` event);
 * 2. Dexie reopens at the next operation; while the disk is still full that reopen fails with
 *    "Internal error opening backing store" — and Dexie would then stay failed for good;
 * 3. at a later open Chromium has deleted the store: a reopen would create an empty database.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { SoNeuGuongDb } from '../../src-renderer/db/database';
import { onNewerVersionOpened, openDatabase, type StoreChange } from '../../src-renderer/db/open';

let n = 0;
const names: string[] = [];
const fresh = () => {
  const name = `disk-full-${Date.now()}-${++n}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const member = (id: string) => ({ id, unitId: 'u1', fullName: 'Nguyễn Văn Đức', searchKey: 'nguyen van duc' }) as never;

/** Step 1: the browser closes the connection under Dexie (what a FILE_ERROR_NO_SPACE abort does). */
function forcedClose(db: SoNeuGuongDb): void {
  const idb = db.backendDB();
  idb.close();
  (idb.onclose as ((ev: Event) => void) | null)?.(new Event('close'));
}

type Deps = { indexedDB: IDBFactory };
/** While installed, every indexedDB.open of this Dexie fails like Chromium's on a full disk. */
function failOpens(db: SoNeuGuongDb): () => void {
  const deps = (db as unknown as { _deps: Deps })._deps;
  const real = deps.indexedDB;
  const failing = Object.create(real) as IDBFactory & { open: IDBFactory['open'] };
  failing.open = () => {
    const req = {} as IDBOpenDBRequest & { error: DOMException };
    setTimeout(() => {
      Object.defineProperty(req, 'error', {
        value: new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError'),
      });
      (req.onerror as ((ev: unknown) => void) | null)?.({ target: req, type: 'error', preventDefault() {}, stopPropagation() {} });
    }, 0);
    return req;
  };
  deps.indexedDB = failing;
  return () => {
    deps.indexedDB = real;
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

async function exists(name: string): Promise<boolean> {
  return (await indexedDB.databases()).some((d) => d.name === name);
}

describe('the connection after a disk-full failure', () => {
  it('a reopen that failed while the disk was full is tried again once space is freed (the retry succeeds)', async () => {
    const db = await openDatabase(fresh());
    await db.members.add(member('m1'));
    forcedClose(db);
    const restore = failOpens(db);
    // Disk still full: the automatic reopen fails, in the words Chromium uses.
    const failed = {
      name: expect.stringMatching(/^(OpenFailedError|DatabaseClosedError)$/u),
      message: expect.stringContaining('backing store'),
    };
    await expect(db.members.put(member('m2'))).rejects.toMatchObject(failed);
    await settle();
    await expect(db.members.put(member('m2'))).rejects.toMatchObject(failed);
    // Space freed: the next operation opens again and stores (Dexie alone would reject for good
    // with DatabaseClosedError until the app is reloaded).
    restore();
    await settle();
    await db.members.put(member('m2'));
    expect(await db.members.count()).toBe(2);
    db.close();
  });

  it('a database closed on purpose stays closed (closeDb, versionchange)', async () => {
    const db = await openDatabase(fresh());
    db.close();
    await settle();
    await expect(db.members.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
  });

  it('the store deleted meanwhile: the reopen does not create an empty database; the shell is told; closed for good', async () => {
    const name = fresh();
    const db = await openDatabase(name);
    await db.members.add(member('m1'));
    const told: StoreChange[] = [];
    const off = onNewerVersionOpened((change) => told.push(change));
    forcedClose(db);
    // Chromium deleted the store it could not open (no versionchange: the connection was gone).
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.deleteDatabase(name);
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
    });
    // The grid's retry: refused, nothing created, nothing written.
    await expect(db.members.put(member('m2'))).rejects.toBeTruthy();
    expect(told).toEqual([{ deleted: true, lost: true }]);
    expect(await exists(name)).toBe(false);
    await settle();
    expect(db.hasBeenClosed()).toBe(true);
    await expect(db.members.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    expect(await exists(name)).toBe(false);
    off();
  });

  it('the first open of a new database (first start, or after a wipe) still creates it', async () => {
    const name = fresh();
    const db = await openDatabase(name);
    expect(await db.members.count()).toBe(0);
    expect(await exists(name)).toBe(true);
    db.close();
  });
});
