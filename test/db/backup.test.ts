import { describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../src-renderer/core/app-version';
import { canonicalJson } from '../../src-renderer/core/exchange/canonical';
import { decodeBytes, encodeText, sha256Hex } from '../../src-renderer/core/exchange/codec';
import { buildEnvelope, encodeEnvelope } from '../../src-renderer/core/exchange/envelope';
import {
  BackupError,
  compareVersions,
  createBackupBytes,
  decodeBackup,
  dumpDatabase,
  encodeBackup,
  restoreBackup,
  summarizeBackup,
  type DatabaseDump,
} from '../../src-renderer/db/backup';
import { createDatabase, SCHEMA_VERSION, type SoNeuGuongDb } from '../../src-renderer/db/database';
import { openDatabase } from '../../src-renderer/db/open';
import { openFixture, readFixture } from './migration-harness';

let n = 0;
const freshName = () => `backup-test-${Date.now()}-${++n}`;

async function seeded(): Promise<SoNeuGuongDb> {
  return openFixture(readFixture('db-v1.json'), freshName());
}

/** Dump without volatile fields (export time, meta.writtenAt) for comparisons. */
async function snapshot(db: SoNeuGuongDb) {
  const dump = await dumpDatabase(db);
  return {
    ...dump.tables,
    meta: dump.tables.meta.map(({ writtenAt: _w, ...rest }) => rest),
  };
}

/** Re-encode a (modified) envelope with a correct checksum, so only the tested defect remains. */
async function reencode(mutate: (env: Record<string, unknown>) => void, fixChecksum = true): Promise<Uint8Array> {
  const db = await seeded();
  const { text } = await decodeBytes(await createBackupBytes(db));
  db.close();
  const env = JSON.parse(text) as Record<string, unknown>;
  mutate(env);
  if (fixChecksum) {
    const { sha256: _old, ...rest } = env;
    env.sha256 = await sha256Hex(canonicalJson(rest));
  }
  return encodeText(canonicalJson(env), { compress: true });
}

async function expectRefused(bytes: Uint8Array, code: string, pattern: RegExp) {
  const err = await decodeBackup(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(BackupError);
  expect((err as BackupError).code).toBe(code);
  expect((err as BackupError).message).toMatch(pattern);
}

describe('backup bytes', () => {
  it('round-trips every table through gzip + envelope', async () => {
    const db = await seeded();
    const dump = await dumpDatabase(db);
    const bytes = await encodeBackup(dump);
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    const back = await decodeBackup(bytes);
    expect(back.tables).toEqual(dump.tables);
    expect(back.schemaVersion).toBe(SCHEMA_VERSION);
    expect(back.appVersion).toBe(APP_VERSION);
    const { text } = await decodeBytes(bytes);
    expect(JSON.parse(text)).toMatchObject({ format: 'so-neu-guong', kind: 'full_backup', counts: { members: 3 } });
    db.close();
  });

  it('summarises a backup: counts, unit name, time', async () => {
    const db = await seeded();
    const summary = await summarizeBackup(await createBackupBytes(db, new Date('2026-03-01T10:00:00Z')));
    expect(summary).toMatchObject({
      exportedAt: '2026-03-01T10:00:00.000Z',
      unitName: 'Chi bộ Sở Tư pháp',
      counts: { members: 3, units: 2, meetings: 1, monthlyAssessments: 2, unitReports: 0 },
    });
    db.close();
  });

  it('refuses a corrupted file (one byte flipped) without reading further', async () => {
    const db = await seeded();
    const bytes = await createBackupBytes(db);
    db.close();
    const broken = new Uint8Array(bytes);
    broken[Math.floor(broken.length / 2)]! ^= 0xff;
    const err = await decodeBackup(broken).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackupError);
    expect((err as Error).message).toMatch(/hỏng|không đọc được/iu);
  });

  it('refuses a truncated file', async () => {
    const db = await seeded();
    const bytes = await createBackupBytes(db);
    db.close();
    await expectRefused(bytes.subarray(0, bytes.length - 20), 'unreadable', /bị cắt cụt|bị hỏng/u);
  });

  it('refuses an edited payload whose checksum no longer matches', async () => {
    const bytes = await reencode((env) => {
      (env.payload as { tables: { members: Array<{ fullName: string }> } }).tables.members[0]!.fullName = 'Kẻ Giả Mạo';
    }, false);
    await expectRefused(bytes, 'corrupt', /không khớp/u);
  });

  it('refuses a backup from a newer schema, saying which version to install', async () => {
    const bytes = await reencode((env) => {
      env.schemaVersion = SCHEMA_VERSION + 1;
      (env.payload as { databaseSchemaVersion: number }).databaseSchemaVersion = SCHEMA_VERSION + 1;
      env.appVersion = '9.0.0';
    });
    await expectRefused(bytes, 'newer_schema', /phiên bản mới hơn.*9\.0\.0/su);
  });

  it('refuses a backup from a newer app version with the same schema', async () => {
    const bytes = await reencode((env) => {
      env.appVersion = '0.99.0';
    });
    await expectRefused(bytes, 'newer_app', /0\.99\.0/u);
  });

  it('refuses other exchange kinds, unknown tables, duplicate ids, missing ids, forbidden keys', async () => {
    const frameworkPackage = await encodeEnvelope(
      await buildEnvelope({
        kind: 'framework_package',
        schemaVersion: SCHEMA_VERSION,
        appVersion: APP_VERSION,
        exportedAt: '2026-01-01T00:00:00.000Z',
        unit: { code: 'DB-CQD', name: 'Đảng bộ các cơ quan Đảng tỉnh' },
        period: { year: 2026 },
        payload: { year: 2026, ruleSets: [], deadlines: {} },
      }),
    );
    await expectRefused(frameworkPackage, 'wrong_kind', /Gói khung nội dung.*Trao đổi dữ liệu/su);
    await expectRefused(
      await reencode((env) => {
        (env.payload as { tables: Record<string, unknown> }).tables.evil = [];
        (env.counts as Record<string, number>).evil = 0;
      }),
      'invalid',
      /bảng dữ liệu lạ «evil»/u,
    );
    await expectRefused(
      await reencode((env) => {
        const members = (env.payload as { tables: { members: unknown[] } }).tables.members;
        members.push({ ...(members[0] as object) });
        (env.counts as Record<string, number>).members = members.length;
      }),
      'invalid',
      /trùng mã/u,
    );
    await expectRefused(
      await reencode((env) => {
        const members = (env.payload as { tables: { members: Array<Record<string, unknown>> } }).tables.members;
        delete members[0]!.id;
      }),
      'invalid',
      /thiếu mã/u,
    );
    const polluted = await encodeText(
      '{"format":"so-neu-guong","kind":"full_backup","payload":{"tables":{"members":[{"id":"x","__proto__":{"admin":true}}]}}}',
    );
    await expectRefused(polluted, 'invalid', /khóa bị cấm/u);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('refuses plain JSON that is not a backup, and random bytes', async () => {
    await expectRefused(new TextEncoder().encode('{"hello":"world"}'), 'not_backup', /không phải tệp sao lưu/u);
    await expectRefused(new Uint8Array([0, 1, 2, 3, 250]), 'unreadable', /bị hỏng/u);
    await expectRefused(new Uint8Array(), 'unreadable', /rỗng/u);
  });

  it('compares versions numerically', () => {
    expect(compareVersions('0.10.0', '0.9.9')).toBe(1);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(compareVersions('1.0.0-beta.1', '1.0.1')).toBe(-1);
  });
});

describe('restore', () => {
  it('reproduces the data in a fresh database', async () => {
    const source = await seeded();
    const bytes = await createBackupBytes(source);
    const expected = await snapshot(source);
    source.close();

    const target = await openDatabase(freshName());
    const saved: Uint8Array[] = [];
    const result = await restoreBackup(target, bytes, async (b) => {
      saved.push(b);
      return 'before-restore-1';
    });
    expect(await snapshot(target)).toEqual(expected);
    expect(result.beforeRestore).toBe('before-restore-1');
    expect(result.restored.counts.members).toBe(3);
    // The before-restore copy is the (empty) state of the fresh profile.
    expect(saved).toHaveLength(1);
    expect((await decodeBackup(saved[0]!)).tables.members).toEqual([]);
    target.close();
  });

  it('saves the current state before changing anything, and undo brings it back', async () => {
    const db = await seeded();
    const original = await snapshot(db);
    const backupOfOriginal = await createBackupBytes(db);
    // The secretary then changes things…
    await db.members.update('7c1e0d4a-2222-4b6f-8a10-000000000002', { note: 'Chuyển sinh hoạt tạm thời' });
    await db.members.delete('7c1e0d4a-2222-4b6f-8a10-000000000003');
    const changed = await snapshot(db);
    expect(changed).not.toEqual(original);

    let stateWhenSaving: unknown;
    const result = await restoreBackup(db, backupOfOriginal, async () => {
      stateWhenSaving = await snapshot(db);
      return 'ok';
    });
    expect(stateWhenSaving).toEqual(changed); // saved BEFORE replacing
    expect(await snapshot(db)).toEqual(original);

    await restoreBackup(db, result.undoBytes, async () => 'undo');
    expect(await snapshot(db)).toEqual(changed);
    db.close();
  });

  it('does not restore when the before-restore backup cannot be written', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    const empty = createDatabase(freshName());
    await empty.open();
    const emptyBackup = await createBackupBytes(empty);
    empty.close();
    const err = await restoreBackup(db, emptyBackup, async () => {
      throw new Error('ENOSPC');
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackupError);
    expect((err as BackupError).code).toBe('before_restore_failed');
    expect((err as Error).message).toMatch(/Dữ liệu hiện tại không thay đổi/u);
    expect(await snapshot(db)).toEqual(before);
    db.close();
  });

  it('a refused file never calls saveCurrent and changes nothing', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    let called = false;
    const err = await restoreBackup(db, new TextEncoder().encode('not a backup'), async () => {
      called = true;
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackupError);
    expect(called).toBe(false);
    expect(await snapshot(db)).toEqual(before);
    db.close();
  });

  it('the meta record describes the running app after a restore of an older app version', async () => {
    const db = await seeded();
    const dump: DatabaseDump = { ...(await dumpDatabase(db)), appVersion: '0.0.1' };
    const bytes = await encodeBackup(dump);
    await restoreBackup(db, bytes, async () => undefined);
    expect(await db.meta.get('schema')).toMatchObject({ schemaVersion: SCHEMA_VERSION, appVersion: APP_VERSION });
    db.close();
  });
});
