import { afterEach, describe, expect, it } from 'vitest';
import { createBackupBytes, dumpDatabase, replaceDatabase, type DatabaseDump } from '../../src-renderer/db/backup';
import { setDatabaseForTests } from '../../src-renderer/db/instance';
import { openDatabase } from '../../src-renderer/db/open';
import { installDesktopApi, resetDesktopApiForTests } from '../../src-renderer/platform';
import { createMemoryDesktop } from '../../src-renderer/platform/memory-adapter';
import { BackupError, restoreBackup } from '../../src-renderer/services/backup';
import { readFixture } from '../db/migration-harness';

afterEach(() => resetDesktopApiForTests());

const FIXED = new Date(2026, 10, 20, 9, 0);

describe('every restore goes through the free-space rule (set-up wizard and undo included)', () => {
  it('refused before anything is written — not even the before-restore copy — with main’s message', async () => {
    const source = await openDatabase(`restore-space-src-${Date.now()}`);
    await replaceDatabase(source, readFixture('db-v1.json') as unknown as DatabaseDump);
    const bytes = await createBackupBytes(source, FIXED);
    source.close();
    const db = await openDatabase(`restore-space-${Date.now()}`);
    setDatabaseForTests(db);
    const before = (await dumpDatabase(db, FIXED)).tables;

    const m = createMemoryDesktop();
    const message =
      'Chưa thực hiện: việc này cần khoảng 90 KB nhưng ổ đĩa chứa dữ liệu chỉ còn 24 KB trống (cần còn trống ít nhất gấp ba lần). Dữ liệu hiện tại không thay đổi. Hãy xóa bớt tệp không cần thiết trên ổ đĩa đó rồi thử lại.';
    m.spaceCheck = { ok: false, message };
    installDesktopApi(m.api);
    let saved = 0;
    const refusal = await restoreBackup(bytes, async () => void saved++).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(BackupError);
    expect(refusal).toMatchObject({ code: 'no_space', message });
    expect(m.spaceAsked).toHaveLength(1);
    expect(m.spaceAsked[0]).toBeGreaterThan(1000);
    expect(saved).toBe(0);
    expect((await dumpDatabase(db, FIXED)).tables).toEqual(before);

    // Room enough: restored.
    m.spaceCheck = { ok: true };
    await restoreBackup(bytes, async () => void saved++);
    expect(saved).toBe(1);
    expect(await db.members.count()).toBeGreaterThan(0);
    db.close();
  });
});
