import { canonicalJson, sha256Hex, type UnitReportSource } from '../../src-renderer/core/exchange';
import { syntheticUnit } from '../fixtures/synthetic-units';
import type { Unit } from '../../src-renderer/core/model';
import { createDatabase, type SoNeuGuongDb } from '../../src-renderer/db/database';
import { dumpDatabase } from '../../src-renderer/db/backup';
import { DEFAULT_SETTINGS } from '../../src-renderer/db/settings';

let counter = 0;
export function freshDb(): SoNeuGuongDb {
  counter++;
  return createDatabase(`exchange-test-${Date.now()}-${counter}-${Math.random().toString(36).slice(2)}`);
}

export async function seedCell(db: SoNeuGuongDb, source: UnitReportSource): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await db.settings.put({ key: 'settings', ...DEFAULT_SETTINGS, mode: 'cell', ownUnitId: source.unit.id, setupDone: true });
    await db.units.put(source.unit);
    await db.members.bulkPut([...source.members]);
    await db.pledgeForms.bulkPut([...source.pledgeForms]);
    await db.monthlyAssessments.bulkPut([...source.monthly]);
    await db.meetings.bulkPut([...source.meetings]);
    await db.yearReviews.bulkPut([...source.yearReviews]);
    if (source.unitReview) await db.unitReviews.put(source.unitReview);
    await db.commendations.bulkPut([...source.commendations]);
  });
}

export function cellSource(code = 'CB-SOTUPHAP', members = 12, seed = 1, months = 11): UnitReportSource {
  return syntheticUnit({ code, name: `Chi bộ ${code}`, parentCode: 'DB-CQD', members, year: 2026, months, seed });
}

export async function makeCell(code = 'CB-SOTUPHAP', members = 12, seed = 1, months = 11) {
  const db = freshDb();
  const source = cellSource(code, members, seed, months);
  await seedCell(db, source);
  return { db, source };
}

export async function makeAggregator(subordinates: string[] = ['CB-SOTUPHAP']): Promise<SoNeuGuongDb> {
  const db = freshDb();
  const at = '2026-01-01T00:00:00.000Z';
  const own: Unit = {
    id: 'agg-own',
    code: 'DB-CQD',
    type: 'dang_bo_cap_tren_co_so',
    history: [
      {
        validFrom: '2025-07-01',
        name: 'Đảng bộ các cơ quan Đảng tỉnh',
        superiorName: 'Tỉnh ủy',
        superiorCommittee: 'Ban Thường vụ Tỉnh ủy',
        placeName: 'Ninh Thuận',
        issuerCode: 'ĐU',
      },
    ],
    isOwn: true,
    createdAt: at,
    updatedAt: at,
  };
  await db.settings.put({ key: 'settings', ...DEFAULT_SETTINGS, mode: 'aggregator', ownUnitId: own.id, setupDone: true });
  await db.units.put(own);
  for (const [i, code] of subordinates.entries()) {
    await db.units.put({
      id: `sub-${i}`,
      code,
      type: 'chi_bo_co_so',
      parentCode: 'DB-CQD',
      history: [
        {
          validFrom: '2025-07-01',
          name: `Chi bộ ${code}`,
          superiorName: 'Đảng bộ các cơ quan Đảng tỉnh',
          superiorCommittee: '',
          placeName: 'Ninh Thuận',
          issuerCode: 'CB',
        },
      ],
      isOwn: false,
      createdAt: at,
      updatedAt: at,
    });
  }
  return db;
}

const FIXED = new Date('2026-11-28T00:00:00.000Z');
export async function dump(db: SoNeuGuongDb) {
  return (await dumpDatabase(db, FIXED)).tables;
}

/** Re-compute the checksum of a (tampered) envelope object and return canonical file bytes. */
export async function reseal(envelope: Record<string, unknown>): Promise<Uint8Array> {
  const { sha256: _drop, ...rest } = envelope;
  const sha256 = await sha256Hex(canonicalJson(rest));
  return new TextEncoder().encode(canonicalJson({ ...rest, sha256 }));
}
