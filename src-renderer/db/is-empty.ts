/**
 * The start-up's "did the database open empty?" (app/start.ts openOrRecover), in a module of its own so
 * that the start-up does not load the backup and restore code of db/recovery.ts.
 */
import type { SoNeuGuongDb } from './database';

/** True when nothing the secretary entered is stored: no finished setup, no unit, no member. */
export async function isDatabaseEmpty(db: SoNeuGuongDb): Promise<boolean> {
  return db.transaction('r', [db.settings, db.units, db.members], async () => {
    const settings = await db.settings.get('settings');
    if (settings?.setupDone) return false;
    return (await db.units.count()) === 0 && (await db.members.count()) === 0;
  });
}
