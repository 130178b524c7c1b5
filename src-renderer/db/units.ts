/**
 * Unit repository (the own cell and, in aggregator mode, the units below it).
 * The lead's first-run wizard creates the own Unit with history[0]; these helpers read and
 * extend its dated history. A changed profile is a NEW dated version, never an overwrite.
 */
import type { Id, IsoDate, Unit, UnitProfileVersion, UnitType } from '../core/model';
import { cleanProfileVersion, profileOn, validateProfileVersion, withProfileVersion } from '../core/units';
import { cleanText } from '../core/text';
import { normaliseUnitCode } from '../core/exchange/unit-code';
import type { SoNeuGuongDb } from './database';
import { clock } from '../platform/clock';

export class UnitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnitError';
  }
}

/** The unit this installation keeps: settings.ownUnitId first, else the one flagged isOwn. */
export async function getOwnUnit(db: SoNeuGuongDb): Promise<Unit | undefined> {
  const settings = await db.settings.get('settings');
  if (settings?.ownUnitId) {
    const unit = await db.units.get(settings.ownUnitId);
    if (unit) return unit;
  }
  return db.units.filter((u) => u.isOwn).first();
}

/** Profile of a unit valid on a date (documents print the version of their date). */
export async function getUnitProfileOn(db: SoNeuGuongDb, unitId: Id, date: IsoDate): Promise<UnitProfileVersion | undefined> {
  const unit = await db.units.get(unitId);
  return unit ? profileOn(unit, date) : undefined;
}

/**
 * Add a dated profile version (name, cấp trên, địa danh, nhiệm kỳ, bí thư …). A version with the
 * same validFrom replaces that day's entry; older versions are kept.
 */
export async function addUnitProfileVersion(db: SoNeuGuongDb, unitId: Id, version: UnitProfileVersion): Promise<Unit> {
  const cleaned = cleanProfileVersion(version);
  const errors = validateProfileVersion(cleaned);
  if (errors.length > 0) throw new UnitError(errors.join(' '));
  return db.transaction('rw', db.units, async () => {
    const unit = await db.units.get(unitId);
    if (!unit) throw new UnitError('Không tìm thấy đơn vị. Hãy hoàn tất bước thiết lập ban đầu trước.');
    const updated: Unit = {
      ...unit,
      history: withProfileVersion(unit.history, cleaned),
      updatedAt: clock.nowIso(),
    };
    await db.units.put(updated);
    return updated;
  });
}

/**
 * Remove one dated version (a mistaken entry). The last remaining version cannot be removed.
 */
export async function removeUnitProfileVersion(db: SoNeuGuongDb, unitId: Id, validFrom: IsoDate): Promise<Unit> {
  return db.transaction('rw', db.units, async () => {
    const unit = await db.units.get(unitId);
    if (!unit) throw new UnitError('Không tìm thấy đơn vị.');
    const history = unit.history.filter((v) => v.validFrom !== validFrom);
    if (history.length === unit.history.length) throw new UnitError('Không tìm thấy phiên bản hồ sơ của ngày đã chọn.');
    if (history.length === 0) throw new UnitError('Không thể xóa phiên bản hồ sơ duy nhất của đơn vị.');
    const updated: Unit = { ...unit, history, updatedAt: clock.nowIso() };
    await db.units.put(updated);
    return updated;
  });
}

/** Change the undated identity of a unit: mã đơn vị, loại, mã cấp trên. */
export async function updateUnitIdentity(
  db: SoNeuGuongDb,
  unitId: Id,
  patch: { code?: string; type?: UnitType; parentCode?: string },
): Promise<Unit> {
  return db.transaction('rw', db.units, async () => {
    const unit = await db.units.get(unitId);
    if (!unit) throw new UnitError('Không tìm thấy đơn vị.');
    const updated: Unit = { ...unit, updatedAt: clock.nowIso() };
    if (patch.code !== undefined) {
      const code = normaliseUnitCode(cleanText(patch.code));
      if (!code) throw new UnitError('Mã đơn vị không được để trống.');
      const clash = await db.units.where('code').equals(code).first();
      if (clash && clash.id !== unitId) throw new UnitError(`Mã đơn vị "${code}" đã được dùng cho đơn vị khác.`);
      updated.code = code;
    }
    if (patch.type !== undefined) updated.type = patch.type;
    if (patch.parentCode !== undefined) {
      const parent = normaliseUnitCode(cleanText(patch.parentCode));
      if (parent) updated.parentCode = parent;
      else delete updated.parentCode;
    }
    await db.units.put(updated);
    return updated;
  });
}
