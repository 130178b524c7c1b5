/**
 * The month page's one service call (issue 19): the own unit, the month's scale resolved once
 * from the settings and rule sets, the list order, and only this and last month's records.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SCALE_THUC_HIEN } from '../../src-renderer/core/monthly';
import type { SoNeuGuongDb } from '../../src-renderer/db/database';
import { DEFAULT_SETTINGS } from '../../src-renderer/db/settings';
import { setDatabaseForTests } from '../../src-renderer/db/instance';
import { loadMonthView, scaleOf } from '../../src-renderer/services/monthly';
import { saveSettings } from '../../src-renderer/services/settings';
import { freshDb, makeCell } from '../db/exchange-helpers';

let db: SoNeuGuongDb;
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('loadMonthView', () => {
  it('reads the own unit, its members and forms, and only this and last month’s records', async () => {
    const cell = await makeCell('CB-SOTUPHAP', 12, 3, 11);
    db = cell.db;
    setDatabaseForTests(db);
    const view = await loadMonthView('2026-11');
    expect(view.unit?.id).toBe(cell.source.unit.id);
    expect(view.data!.members.map((m) => m.id).sort()).toEqual(cell.source.members.map((m) => m.id).sort());
    expect(view.data!.forms.length).toBeGreaterThan(0);
    expect(view.data!.forms.every((f) => f.year === 2026)).toBe(true);
    expect(view.data!.previousForms).toBe(view.data!.forms);
    const stored = cell.source.monthly;
    expect(stored.filter((r) => r.period < '2026-10').length).toBeGreaterThan(0); // other months are stored too
    expect(view.data!.records).toHaveLength(stored.filter((r) => r.period === '2026-11').length);
    expect(view.data!.records.every((r) => r.period === '2026-11')).toBe(true);
    expect(view.data!.previous).toHaveLength(stored.filter((r) => r.period === '2026-10').length);
    expect(view.data!.previous.every((r) => r.period === '2026-10')).toBe(true);
    // The scale is the one every other caller resolves (one resolver).
    expect(view.scale).toEqual(await scaleOf('2026-11'));
    expect(view.officeHoldersFirst).toBe(DEFAULT_SETTINGS.officeHoldersFirst);
  });

  it('follows the settings: the chosen scale and the list order', async () => {
    db = (await makeCell('CB-SOTUPHAP', 4, 5, 2)).db;
    setDatabaseForTests(db);
    await saveSettings({ monthlyScaleCode: SCALE_THUC_HIEN, officeHoldersFirst: !DEFAULT_SETTINGS.officeHoldersFirst });
    const view = await loadMonthView('2026-02');
    expect(view.scale.code).toBe(SCALE_THUC_HIEN);
    expect(view.officeHoldersFirst).toBe(!DEFAULT_SETTINGS.officeHoldersFirst);
  });

  it('January: last month is in the year before (its forms are that year’s)', async () => {
    db = (await makeCell('CB-SOTUPHAP', 4, 5, 2)).db;
    setDatabaseForTests(db);
    const view = await loadMonthView('2026-01');
    expect(view.data!.records.length).toBeGreaterThan(0);
    expect(view.data!.records.every((r) => r.period === '2026-01')).toBe(true);
    expect(view.data!.previous).toEqual([]);
    expect(view.data!.previousForms).toEqual([]);
  });

  it('before the set-up: no unit and no month, the preset scale', async () => {
    db = freshDb();
    setDatabaseForTests(db);
    const view = await loadMonthView('2026-11');
    expect(view.unit).toBeUndefined();
    expect(view.data).toBeUndefined();
    expect(view.scale.code).toBe((await scaleOf('2026-11')).code);
  });
});
