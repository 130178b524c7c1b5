/** Settings and the own unit: the only way screens read or change them. */
import type { AppSettings, Unit } from '../core/model';
import { getDb } from '../db/instance';
import { DEFAULT_SETTINGS, loadSettings, saveSettings as storeSettings } from '../db/settings';
import { useLive } from './live';

export { DEFAULT_SETTINGS };

export function readSettings(): Promise<AppSettings> {
  return loadSettings(getDb());
}

export function saveSettings(patch: Partial<AppSettings>): Promise<AppSettings> {
  return storeSettings(getDb(), patch);
}

/** Live settings of this installation (defaults until loaded). */
export function useSettings(): AppSettings {
  return useStoredSettings() ?? DEFAULT_SETTINGS;
}

/** Live settings, undefined until read (the shell waits for them rather than flash the wizard). */
export function useStoredSettings(): AppSettings | undefined {
  return useLive(() => loadSettings(getDb()), []);
}

export function readOwnUnit(): Promise<Unit | undefined> {
  return getDb()
    .units.filter((u) => u.isOwn)
    .first();
}

/** The unit this installation keeps (undefined before the first-run set-up). */
export function useOwnUnit(): Unit | undefined {
  return useLive(() => readOwnUnit(), []);
}

export * from './settings-repo';
