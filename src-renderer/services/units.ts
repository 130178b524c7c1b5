/** The units job's door to db/units.ts: the same operations with the app's database bound. */
import * as repo from '../db/units';
import { withDb } from './bind';

export { UnitError } from '../db/units';

export const addUnitProfileVersion = withDb(repo.addUnitProfileVersion);
