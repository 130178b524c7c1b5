/**
 * Schema v3 → v4 (issue 19: the cell's pledge template): the committed v3 fixture opened by the
 * current app keeps every record, the new table is empty and answers its unique [unitId+year]
 * index, a v3 backup restores into v4, and a v4 backup round-trips the template.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { PledgeTemplate } from '../../src-renderer/core/pledges';
import { decodeBackup, dumpDatabase, encodeBackup, restoreBackup } from '../../src-renderer/db/backup';
import { STORES_V3, TABLE_NAMES, type SoNeuGuongDb } from '../../src-renderer/db/database';
import { openDatabase } from '../../src-renderer/db/open';
import { applyTemplateToCell, getTemplate } from '../../src-renderer/db/pledges';
import { expectFixtureRecordsKept, fixtureAsBackup, openFixture, readFixture, type DumpFixture } from './migration-harness';

const fixture = readFixture('db-v3.json');
const unitId = '3f9a1c2e-0b1d-4c5e-9f00-000000000001';

const template: PledgeTemplate = {
  id: 'e0000000-0000-4000-8000-000000000001',
  unitId,
  year: 2027,
  frameworkId: '9d0f3b5c-3333-4c7a-9b20-000000000001',
  basis: '',
  measures: 'Tự giác thực hiện, báo cáo trong sinh hoạt chi bộ hằng tháng.',
  items: [{ categoryCode: 'CT', action: 'Học tập, quán triệt đầy đủ nghị quyết của Đảng', deadlineText: 'Hằng tháng' }],
  updatedAt: '2026-12-20T08:00:00.000Z',
};

const expectV3RecordsKept = (db: SoNeuGuongDb) => expectFixtureRecordsKept(db, fixture, STORES_V3, ['pledgeTemplates']);

describe('schema v3 → v4', () => {
  it('opens the v3 fixture: every record kept, the template table empty, indexed and usable', async () => {
    expect(fixture.schemaVersion).toBe(3);
    expect(Object.keys(fixture.tables).sort()).toEqual(Object.keys(STORES_V3).sort());
    const db = await openFixture(fixture as DumpFixture);
    try {
      await expectV3RecordsKept(db);
      expect(await db.meta.get('schema')).toMatchObject({ schemaVersion: 4 });
      await db.pledgeTemplates.add(template);
      expect(await getTemplate(db, unitId, 2027)).toEqual(template);
      // One template per unit and year.
      await expect(db.pledgeTemplates.add({ ...template, id: 'other' })).rejects.toThrow();
      // The fixture's members get their 2027 drafts from it (its framework is a stored preset record).
      const out = await applyTemplateToCell(db, unitId, 2027, undefined, () => true);
      expect(out.created.length).toBeGreaterThan(0);
      expect(out.created[0]!.items[0]).toMatchObject({ action: template.items[0]!.action, deadlineText: 'Hằng tháng' });
    } finally {
      db.close();
    }
  });

  it('restores a v3 backup into v4; a v4 backup carries the template; a malformed one is refused naming the table', async () => {
    const v3bytes = await fixtureAsBackup(fixture);
    const name = `restore-v3-${Date.now()}`;
    const db = await openDatabase(name);
    try {
      const result = await restoreBackup(db, v3bytes, async () => undefined);
      expect(result.restored.schemaVersion).toBe(3);
      await expectV3RecordsKept(db);
      await db.pledgeTemplates.add(template);
      const dump = await dumpDatabase(db);
      const bytes = await encodeBackup(dump);
      expect(TABLE_NAMES).toContain('pledgeTemplates');
      expect((await decodeBackup(bytes)).tables.pledgeTemplates).toEqual([template]);
      await db.pledgeTemplates.clear();
      await restoreBackup(db, bytes, async () => undefined);
      expect(await db.pledgeTemplates.toArray()).toEqual([template]);
      dump.tables.pledgeTemplates = [{ ...template, year: '2027' }];
      await expect(decodeBackup(await encodeBackup(dump))).rejects.toThrow(/pledgeTemplates/u);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });
});
