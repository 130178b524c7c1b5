/** The settings job's door to db/settings.ts: the same operations with the app's database bound. */
import * as repo from '../db/settings';
import { withDb } from './bind';

export { DEFAULT_SETTINGS } from '../db/settings';
export type { SetupInput } from '../db/settings';

export const loadSettings = withDb(repo.loadSettings);
export const saveSettings = withDb(repo.saveSettings);
export const completeSetup = withDb(repo.completeSetup);
