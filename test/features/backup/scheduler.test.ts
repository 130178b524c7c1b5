import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeBackup } from '../../../src-renderer/db/backup';
import { type SoNeuGuongDb } from '../../../src-renderer/db/database';
import { openDatabase } from '../../../src-renderer/db/open';
import {
  backupOnQuit,
  dailyBackupDue,
  EMPTY_DATABASE_MESSAGE,
  requestBackup,
  resetBackupSchedulerForTests,
  startBackupScheduler,
} from '../../../src-renderer/features/backup/scheduler';
import { lastBackupError } from '../../../src-renderer/features/backup/backup-events';
import type { BackupInfo, DesktopApi, WriteBackupArgs } from '../../../src-renderer/platform/desktop-api';

interface FakeApi extends DesktopApi {
  writes: WriteBackupArgs[];
  quitTasks: unknown[];
  failWith?: Error;
  lastBackupAt?: string;
  maxConcurrent: number;
}

function fakeApi(platform: 'electron' | 'browser'): FakeApi {
  let running = 0;
  const api: FakeApi = {
    async storageSpace() {
      return { low: false };
    },
    async checkSpaceFor() {
      return { ok: true };
    },
    writes: [],
    quitTasks: [],
    maxConcurrent: 0,
    async appInfo() {
      return { appVersion: '0.1.0', platform, os: 'test' };
    },
    async saveFile() {
      return undefined;
    },
    async openFiles() {
      return [];
    },
    async printPdf() {},
    async revealInFolder() {},
    async writeBackup(args) {
      running++;
      api.maxConcurrent = Math.max(api.maxConcurrent, running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      if (api.failWith) throw api.failWith;
      api.writes.push(args);
      api.lastBackupAt = new Date().toISOString();
      return { name: `b${api.writes.length}`, sizeBytes: args.bytes.byteLength, modifiedAt: api.lastBackupAt } satisfies BackupInfo;
    },
    async listBackups() {
      return [];
    },
    async readBackup() {
      return new Uint8Array();
    },
    async backupStatus() {
      return { folder: '/x', writable: true, ...(api.lastBackupAt ? { lastBackupAt: api.lastBackupAt } : {}) };
    },
    async chooseBackupFolder() {
      return undefined;
    },
    onBeforeQuit(task) {
      api.quitTasks.push(task);
    },
  };
  return api;
}

let db: SoNeuGuongDb;
let n = 0;
beforeEach(async () => {
  resetBackupSchedulerForTests();
  db = await openDatabase(`scheduler-${Date.now()}-${++n}`);
  // The scheduler runs after the first-run set-up (an empty database is never backed up).
  await db.settings.put({ key: 'settings', setupDone: true } as never);
});
afterEach(() => {
  resetBackupSchedulerForTests();
  db.close();
});

describe('dailyBackupDue', () => {
  const now = new Date(2026, 5, 15, 9, 0);
  it('is due with no backup, or a backup from an earlier day', () => {
    expect(dailyBackupDue(undefined, now)).toBe(true);
    expect(dailyBackupDue('garbage', now)).toBe(true);
    expect(dailyBackupDue(new Date(2026, 5, 14, 23, 59).toISOString(), now)).toBe(true);
  });
  it('is not due when a backup was taken today (a few minutes of clock drift included)', () => {
    expect(dailyBackupDue(new Date(2026, 5, 15, 0, 1).toISOString(), now)).toBe(false);
    expect(dailyBackupDue(new Date(2026, 5, 15, 9, 3).toISOString(), now)).toBe(false);
  });
  it('a "last backup" dated in the future (the clock was ahead, then fixed) does not count: due', () => {
    expect(dailyBackupDue(new Date(2026, 5, 20).toISOString(), now)).toBe(true);
    expect(dailyBackupDue(new Date(2027, 5, 15, 9, 0).toISOString(), now)).toBe(true);
  });
});

describe('requestBackup', () => {
  it('an empty database (the store lost under the app) is never backed up: it would become "the newest"', async () => {
    const api = fakeApi('electron');
    await startBackupScheduler(db, api, { checkEveryMs: 1e9 });
    api.writes.length = 0;
    await db.settings.clear();
    expect(await requestBackup('quit')).toBeUndefined();
    expect(await requestBackup('finalise')).toBeUndefined();
    expect(lastBackupError()).toBe(EMPTY_DATABASE_MESSAGE);
    await expect(requestBackup('manual')).rejects.toThrow(EMPTY_DATABASE_MESSAGE);
    expect(api.writes).toEqual([]);
    // A cell with data is backed up as before.
    await db.units.add({ id: 'u1', code: 'CB', type: 'chi_bo_co_so', isOwn: true, history: [], createdAt: 'x', updatedAt: 'x' });
    expect((await requestBackup('quit'))?.name).toBeDefined();
    expect(lastBackupError()).toBeUndefined();
  });

  it('manual: writes a decodable full backup of the database', async () => {
    const api = fakeApi('electron');
    await startBackupScheduler(db, api, { checkEveryMs: 1e9 });
    api.writes.length = 0;
    await db.units.add({ id: 'u1', code: 'CB', type: 'chi_bo_co_so', isOwn: true, history: [], createdAt: 'x', updatedAt: 'x' });
    const info = await requestBackup('manual');
    expect(info?.name).toBeDefined();
    expect(api.writes.at(-1)?.reason).toBe('manual');
    const dump = await decodeBackup(api.writes.at(-1)!.bytes);
    expect(dump.tables.units.map((u) => u.id)).toEqual(['u1']);
  });

  it('quit: skipped when nothing changed since the last backup of this session', async () => {
    const api = fakeApi('electron');
    await startBackupScheduler(db, api, { checkEveryMs: 1e9 });
    expect(api.writes.map((w) => w.reason)).toEqual(['daily']); // first start: no backup yet
    expect(api.quitTasks).toHaveLength(0); // the shell owns the quit handshake (app/quit.ts)
    await backupOnQuit();
    expect(api.writes).toHaveLength(1);
    await db.commendations.add({
      id: 'c1',
      recipient: { kind: 'unit', unitId: 'u' },
      year: 2026,
      form: 'giay_khen',
      reason: 'r',
      issuer: 'i',
      createdAt: 'x',
    });
    await backupOnQuit();
    expect(api.writes.map((w) => w.reason)).toEqual(['daily', 'quit']);
  });

  it('quit: no backup when the scheduler is not running (setup not done, sample cell)', async () => {
    const api = fakeApi('electron');
    await startBackupScheduler(db, api, { checkEveryMs: 1e9 });
    resetBackupSchedulerForTests();
    api.writes.length = 0;
    expect(await backupOnQuit()).toBeUndefined();
    expect(api.writes).toEqual([]);
  });

  it('start: no daily backup when one was already taken today', async () => {
    const api = fakeApi('electron');
    api.lastBackupAt = new Date().toISOString();
    await startBackupScheduler(db, api, { checkEveryMs: 1e9 });
    expect(api.writes).toEqual([]);
  });

  it('browser: automatic backups are not downloads that pop up; manual ones are', async () => {
    const api = fakeApi('browser');
    await startBackupScheduler(db, api, { checkEveryMs: 1e9 });
    expect(await requestBackup('finalise')).toBeUndefined();
    expect(await requestBackup('daily')).toBeUndefined();
    expect(api.writes).toEqual([]);
    await requestBackup('manual');
    expect(api.writes.map((w) => w.reason)).toEqual(['manual']);
  });

  it('a failed automatic backup does not throw but is reported; a manual one throws', async () => {
    const api = fakeApi('electron');
    api.lastBackupAt = new Date().toISOString();
    await startBackupScheduler(db, api, { checkEveryMs: 1e9 });
    api.failWith = new Error('Ổ đĩa đã đầy.');
    expect(await requestBackup('finalise')).toBeUndefined();
    expect(lastBackupError()).toBe('Ổ đĩa đã đầy.');
    await expect(requestBackup('manual')).rejects.toThrow('Ổ đĩa đã đầy.');
    api.failWith = undefined;
    await requestBackup('manual');
    expect(lastBackupError()).toBeUndefined();
  });

  it('never runs two backups at the same time', async () => {
    const api = fakeApi('electron');
    api.lastBackupAt = new Date().toISOString();
    await startBackupScheduler(db, api, { checkEveryMs: 1e9 });
    await Promise.all([requestBackup('manual'), requestBackup('finalise'), requestBackup('manual')]);
    expect(api.writes).toHaveLength(3);
    expect(api.maxConcurrent).toBe(1);
  });
});

describe('backup after finalising', () => {
  it('takes a "finalise" backup when a repository announces minutes, a confirmed pledge or a decided review (Electron)', async () => {
    const { announceFinalised } = await import('../../../src-renderer/db/finalise-events');
    const api = fakeApi('electron');
    const stop = await startBackupScheduler(db, api, { checkEveryMs: 3_600_000 });
    const before = api.writes.length;
    announceFinalised('minutes');
    await new Promise((r) => setTimeout(r, 50));
    expect(api.writes.slice(before).map((w) => w.reason)).toEqual(['finalise']);
    stop();
    announceFinalised('pledge');
    await new Promise((r) => setTimeout(r, 50));
    expect(api.writes.length).toBe(before + 1);
  });

  it('does not download a file on its own in the browser', async () => {
    const { announceFinalised } = await import('../../../src-renderer/db/finalise-events');
    const api = fakeApi('browser');
    await startBackupScheduler(db, api);
    announceFinalised('review');
    await new Promise((r) => setTimeout(r, 50));
    expect(api.writes).toEqual([]);
  });
});
