import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../src-renderer/core/app-version';
import { createDatabase, SCHEMA_VERSION, TABLE_NAMES } from '../../src-renderer/db/database';
import { NewerDatabaseError, openDatabase } from '../../src-renderer/db/open';
import { completeSetup, loadSettings } from '../../src-renderer/db/settings';

let n = 0;
const freshName = () => `open-test-${Date.now()}-${n++}`;

async function dump(name: string): Promise<Record<string, unknown[]>> {
  const db = new Dexie(name);
  await db.open();
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  db.close();
  return out;
}

describe('opening the database', () => {
  it('records the schema and app version that last wrote it', async () => {
    const db = await openDatabase(freshName());
    expect(await db.meta.get('schema')).toMatchObject({ schemaVersion: SCHEMA_VERSION, appVersion: APP_VERSION });
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort());
    db.close();
  });

  it('refuses a database written by a newer schema, with a Vietnamese message, and writes nothing', async () => {
    const name = freshName();
    const older = createDatabase(name);
    await older.open();
    await older.meta.put({ key: 'schema', schemaVersion: SCHEMA_VERSION + 1, appVersion: '9.0.0', writtenAt: '2027-01-01T00:00:00.000Z' });
    await older.units.put({ id: 'u1', code: 'CB', type: 'chi_bo_co_so', history: [], isOwn: true, createdAt: '', updatedAt: '' });
    older.close();
    const before = await dump(name);

    const error = await openDatabase(name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NewerDatabaseError);
    expect((error as Error).message).toContain('phiên bản mới hơn');
    expect((error as Error).message).toContain('9.0.0');
    expect(await dump(name)).toEqual(before);
  });

  it('refuses a database whose IndexedDB version is above ours even without a meta record', async () => {
    const name = freshName();
    const future = new Dexie(name);
    future.version(SCHEMA_VERSION + 5).stores({ somethingNew: 'id' });
    await future.open();
    future.close();
    await expect(openDatabase(name)).rejects.toBeInstanceOf(NewerDatabaseError);
  });
});

describe('first-run set-up', () => {
  it('creates the own unit and the settings in one go, and a second run adds a dated version', async () => {
    const db = await openDatabase(freshName());
    const input = {
      mode: 'cell' as const,
      unitName: 'Chi bộ  Sở Tư pháp'.normalize('NFD'),
      unitType: 'chi_bo_truc_thuoc' as const,
      unitCode: 'CB-STP',
      superiorName: 'Đảng bộ các cơ quan Đảng tỉnh',
      superiorCommittee: 'Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh',
      placeName: 'Ninh Thuận',
      issuerCode: 'CB',
      secretaryName: 'Nguyễn Văn Đức',
      validFrom: '2026-01-01',
    };
    const unit = await completeSetup(db, input);
    expect(unit.history[0]!.name).toBe('Chi bộ Sở Tư pháp');
    const settings = await loadSettings(db);
    expect(settings).toMatchObject({ setupDone: true, ownUnitId: unit.id, mode: 'cell', meetingDay: 3 });
    await completeSetup(db, { ...input, superiorName: 'Đảng bộ Ủy ban nhân dân tỉnh', validFrom: '2026-07-01' });
    const units = await db.units.toArray();
    expect(units).toHaveLength(1);
    expect(units[0]!.history.map((v) => v.superiorName)).toEqual(['Đảng bộ các cơ quan Đảng tỉnh', 'Đảng bộ Ủy ban nhân dân tỉnh']);
    db.close();
  });
});

describe('app version', () => {
  it('equals the version in package.json', () => {
    expect(APP_VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});

describe('editing the unit keeps what the form does not show', () => {
  it('a new dated version carries the phó bí thư and chi ủy viên of the version valid then', async () => {
    const db = await openDatabase(freshName());
    const base = {
      mode: 'cell' as const,
      unitName: 'Chi bộ Sở Tư pháp',
      unitType: 'chi_bo_truc_thuoc' as const,
      unitCode: 'CB-STP',
      superiorName: 'Đảng bộ các cơ quan Đảng tỉnh',
      superiorCommittee: '',
      placeName: 'Ninh Thuận',
      issuerCode: 'CB',
      secretaryName: 'Nguyễn Văn Đức',
      validFrom: '2026-01-01',
    };
    const unit = await completeSetup(db, base);
    await db.units.update(unit.id, {
      history: [{ ...unit.history[0]!, deputySecretary: 'Trần Thị Yến', committeeMembers: ['Lê Văn Ân'] }],
    });
    await completeSetup(db, { ...base, placeName: 'Khánh Hòa', validFrom: '2026-07-01' });
    const history = (await db.units.get(unit.id))!.history;
    expect(history[1]).toMatchObject({ placeName: 'Khánh Hòa', deputySecretary: 'Trần Thị Yến', committeeMembers: ['Lê Văn Ân'] });
    db.close();
  });
});

describe('first-run set-up refuses what no header can hold', () => {
  it('a 5,000-character unit name: nothing written', async () => {
    const db = await openDatabase(freshName());
    const input = {
      mode: 'cell' as const,
      unitName: `Chi bộ ${'Sở '.repeat(1700)}`.slice(0, 5000),
      unitType: 'chi_bo_truc_thuoc' as const,
      unitCode: 'CB-STP',
      superiorName: 'Đảng bộ các cơ quan Đảng tỉnh',
      superiorCommittee: '',
      placeName: 'Ninh Thuận',
      issuerCode: 'CB',
      secretaryName: '',
      validFrom: '2026-01-01',
    };
    await expect(completeSetup(db, input)).rejects.toThrow(/^Tên chi bộ \/ tổ chức đảng quá dài \([\d.]+ ký tự; tối đa 150\)\.$/u);
    expect(await db.units.count()).toBe(0);
    expect((await loadSettings(db)).setupDone).not.toBe(true);
    db.close();
  });
});
