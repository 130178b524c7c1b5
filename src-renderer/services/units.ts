/** The units job's door to db/units.ts: the same operations with the app's database bound. */
import * as repo from '../db/units';
import { withDb } from './bind';

export { UnitError } from '../db/units';

export const getUnit = withDb(repo.getUnit);
export const getOwnUnit = withDb(repo.getOwnUnit);
export const getUnitProfileOn = withDb(repo.getUnitProfileOn);
export const addUnitProfileVersion = withDb(repo.addUnitProfileVersion);
export const removeUnitProfileVersion = withDb(repo.removeUnitProfileVersion);
export const updateUnitIdentity = withDb(repo.updateUnitIdentity);
