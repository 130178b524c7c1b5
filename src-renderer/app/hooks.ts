import { useLiveQuery } from 'dexie-react-hooks';
import type { AppSettings, Unit } from '../core/model';
import { getDb } from '../db/instance';
import { DEFAULT_SETTINGS, loadSettings } from '../db/settings';

/** Live settings of this installation (defaults until loaded). */
export function useSettings(): AppSettings {
  return useStoredSettings() ?? DEFAULT_SETTINGS;
}

/** Live settings, undefined until read (the shell waits for them rather than flash the wizard). */
export function useStoredSettings(): AppSettings | undefined {
  return useLiveQuery(() => loadSettings(getDb()), []);
}

/** The unit this installation keeps (undefined before the first-run set-up). */
export function useOwnUnit(): Unit | undefined {
  return useLiveQuery(() => getDb().units.filter((u) => u.isOwn).first(), []);
}
