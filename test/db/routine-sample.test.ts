import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_NAME, SAMPLE_DATABASE_NAME, TABLE_NAMES } from '../../src-renderer/db/database';
import { ACTIVE_DATABASE_KEY, activeDatabaseName, chooseDatabase, isSampleDatabaseActive } from '../../src-renderer/db/instance';
import { openDatabase } from '../../src-renderer/db/open';
import { createSampleDatabase, deleteSampleDatabase, sampleDatabaseExists } from '../../src-renderer/db/sample';
import { completeSetup } from '../../src-renderer/db/settings';
import { member } from '../core/monthly/fixtures';

/** A minimal localStorage for the node environment. */
class MemoryStorage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  setItem(k: string, v: string) {
    this.map.set(k, String(v));
  }
}

beforeEach(() => {
  (globalThis as { localStorage?: Storage }).localStorage = new MemoryStorage() as unknown as Storage;
});
afterEach(async () => {
  delete (globalThis as { localStorage?: Storage }).localStorage;
  await Dexie.delete(DATABASE_NAME);
  await Dexie.delete(SAMPLE_DATABASE_NAME);
});

async function dumpReal(): Promise<Record<string, unknown[]>> {
  const db = await openDatabase(DATABASE_NAME);
  try {
    const out: Record<string, unknown[]> = {};
    for (const name of TABLE_NAMES) out[name] = await db.table(name).toArray();
    return out;
  } finally {
    db.close();
  }
}

describe('choosing the database at start', () => {
  it('opens the real database unless the sample was chosen; unknown values mean the real one', () => {
    expect(activeDatabaseName()).toBe(DATABASE_NAME);
    chooseDatabase('sample');
    expect(localStorage.getItem(ACTIVE_DATABASE_KEY)).toBe(SAMPLE_DATABASE_NAME);
    expect(activeDatabaseName()).toBe(SAMPLE_DATABASE_NAME);
    expect(isSampleDatabaseActive()).toBe(true);
    chooseDatabase('real');
    expect(localStorage.getItem(ACTIVE_DATABASE_KEY)).toBeNull();
    expect(isSampleDatabaseActive()).toBe(false);
    localStorage.setItem(ACTIVE_DATABASE_KEY, 'some-other-database');
    expect(activeDatabaseName()).toBe(DATABASE_NAME);
  });

  it('without localStorage (tests, odd environments) the real database is used', () => {
    delete (globalThis as { localStorage?: Storage }).localStorage;
    expect(activeDatabaseName()).toBe(DATABASE_NAME);
    expect(() => chooseDatabase('sample')).not.toThrow();
  });
});

describe('sample data never touches the real database', () => {
  it('create, use and delete the sample cell: every table of the real database is identical', async () => {
    const real = await openDatabase(DATABASE_NAME);
    const unit = await completeSetup(real, {
      mode: 'cell',
      unitName: 'Chi bộ Thật',
      unitType: 'chi_bo_truc_thuoc',
      unitCode: 'CB-THAT',
      superiorName: 'Đảng bộ Khối',
      superiorCommittee: 'Ban Thường vụ',
      placeName: 'Ninh Thuận',
      issuerCode: 'CB',
      secretaryName: 'Nguyễn Văn Thật',
      validFrom: '2026-01-01',
    });
    await real.members.bulkPut([
      member('real-1', 'Nguyễn Văn Một', { unitId: unit.id }),
      member('real-2', 'Trần Thị Hai', { unitId: unit.id }),
    ]);
    real.close();
    const before = await dumpReal();

    const info = await createSampleDatabase({ memberCount: 6, years: 1, today: '2026-11-10', seed: 7 });
    expect(info.name).toBe(SAMPLE_DATABASE_NAME);
    expect(await sampleDatabaseExists()).toBe(true);
    chooseDatabase('sample');
    // "Using" the sample: write something in it.
    const sample = await openDatabase(activeDatabaseName());
    expect(sample.name).toBe(SAMPLE_DATABASE_NAME);
    expect(await sample.members.count()).toBeGreaterThanOrEqual(6);
    expect((await sample.units.filter((u) => u.isOwn).first())?.code).not.toBe('CB-THAT');
    await sample.members.put(member('sample-extra', 'Lê Văn Mẫu', { unitId: 'x' }));
    sample.close();

    expect(await dumpReal()).toEqual(before);

    await deleteSampleDatabase();
    chooseDatabase('real');
    expect(await sampleDatabaseExists()).toBe(false);
    expect(activeDatabaseName()).toBe(DATABASE_NAME);
    expect(await dumpReal()).toEqual(before);
    expect(before.members).toHaveLength(2);
  });

  it('the real database name is refused for sample data', async () => {
    await expect(createSampleDatabase({ name: DATABASE_NAME })).rejects.toThrow(/dữ liệu thật/u);
    await expect(deleteSampleDatabase(DATABASE_NAME)).rejects.toThrow(/dữ liệu thật/u);
  });
});
