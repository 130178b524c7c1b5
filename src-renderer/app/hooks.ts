import { modeSwitch, type ModeSwitch } from './navigation';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AppMode, AppSettings, Unit } from '../core/model';
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

/**
 * The menu items a mode switch hides and shows (for the confirmation in Cài đặt): the menu is
 * the app's, so features reach it through here.
 */
export function useModeSwitch(from: AppMode, to: AppMode | undefined): ModeSwitch | undefined {
  return to === undefined || to === from ? undefined : modeSwitch(from, to);
}
