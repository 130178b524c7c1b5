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

/**
 * Live settings, undefined until read (the shell waits for them rather than flash the wizard).
 * `known`: settings already read (at the start), shown until the live query has read them again.
 */
export function useStoredSettings(known?: AppSettings): AppSettings | undefined {
  return useLive(() => loadSettings(getDb()), [], known);
}

export function readOwnUnit(): Promise<Unit | undefined> {
  return getDb()
    .units.filter((u) => u.isOwn)
    .first();
}

/** The unit this installation keeps (undefined before the first-run set-up); `known`: as read at the start. */
export function useOwnUnit(known?: Unit): Unit | undefined {
  return useLive(() => readOwnUnit(), [], known);
}

/** The settings and the own unit as the start read them (app/start.ts openOrRecover → the shell). */
export interface StartData {
  settings: AppSettings;
  unit?: Unit;
}

/** Read what the shell shows first; undefined when it cannot be read (the shell then reads it itself). */
export async function readStartData(): Promise<StartData | undefined> {
  try {
    const [settings, unit] = await Promise.all([readSettings(), readOwnUnit()]);
    return unit ? { settings, unit } : { settings };
  } catch {
    return undefined;
  }
}

export * from './settings-repo';
