import { useLiveQuery } from 'dexie-react-hooks';
import type { AppSettings, Unit } from '../core/model';
import { getDb } from '../db/instance';
import { DEFAULT_SETTINGS, loadSettings } from '../db/settings';

/** Live settings of this installation (defaults until loaded). */
export function useSettings(): AppSettings {
  return useLiveQuery(() => loadSettings(getDb()), [], DEFAULT_SETTINGS);
}

/** The unit this installation keeps (undefined before the first-run set-up). */
export function useOwnUnit(): Unit | undefined {
  return useLiveQuery(() => getDb().units.filter((u) => u.isOwn).first(), []);
}
