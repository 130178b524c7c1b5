/**
 * Health of the browser-engine storage that holds the database (IndexedDB):
 * - navigator.storage.persist(): asks the engine never to evict our data under storage pressure
 *   (Electron usually grants it; a browser may refuse). Asked once at start; the answer is shown.
 * - navigator.storage.estimate(): how much is used and how much the engine allows; a low-space
 *   warning when little is left (a full disk can corrupt IndexedDB — see docs/data-safety.md).
 */

export type PersistResult = 'granted' | 'denied' | 'unsupported';

export interface StorageHealth {
  persist: PersistResult;
  usageBytes?: number;
  quotaBytes?: number;
  /** True when less than LOW_SPACE_BYTES or less than 10 % of the quota is left. */
  lowSpace: boolean;
}

export const LOW_SPACE_BYTES = 200 * 1024 * 1024;

let persistOnce: Promise<PersistResult> | undefined;

interface StorageLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

function storageApi(): StorageLike | undefined {
  return typeof navigator !== 'undefined' ? (navigator.storage as StorageLike | undefined) : undefined;
}

/** Asks for persistent storage once per session and remembers the answer. */
export function requestPersistentStorage(storage: StorageLike | undefined = storageApi()): Promise<PersistResult> {
  persistOnce ??= (async (): Promise<PersistResult> => {
    if (!storage?.persist) return 'unsupported';
    try {
      if (storage.persisted && (await storage.persisted())) return 'granted';
      return (await storage.persist()) ? 'granted' : 'denied';
    } catch {
      return 'denied';
    }
  })();
  return persistOnce;
}

export function resetPersistForTests(): void {
  persistOnce = undefined;
}

export function isLowSpace(usage: number | undefined, quota: number | undefined): boolean {
  if (usage === undefined || quota === undefined || quota <= 0) return false;
  const left = quota - usage;
  return left < LOW_SPACE_BYTES || left < quota * 0.1;
}

export async function storageHealth(storage: StorageLike | undefined = storageApi()): Promise<StorageHealth> {
  const persist = await requestPersistentStorage(storage);
  let usageBytes: number | undefined;
  let quotaBytes: number | undefined;
  try {
    const estimate = await storage?.estimate?.();
    usageBytes = estimate?.usage;
    quotaBytes = estimate?.quota;
  } catch {
    // unknown usage: nothing to warn about
  }
  return {
    persist,
    ...(usageBytes !== undefined ? { usageBytes } : {}),
    ...(quotaBytes !== undefined ? { quotaBytes } : {}),
    lowSpace: isLowSpace(usageBytes, quotaBytes),
  };
}

/** "1,5 MB", "820 KB", "3,2 GB" — Vietnamese decimal comma. */
export function formatBytes(bytes: number): string {
  const units = ['byte', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let i = 0;
  while (value >= 1024 && i < units.length - 1) {
    value /= 1024;
    i++;
  }
  const text = i === 0 ? String(Math.round(value)) : value.toFixed(value < 10 ? 1 : 0).replace('.', ',');
  return `${text} ${units[i]}`;
}
