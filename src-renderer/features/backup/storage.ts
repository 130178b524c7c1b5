/**
 * Health of the browser-engine storage that holds the database (IndexedDB):
 * - navigator.storage.persist(): asks the engine never to evict our data under storage pressure
 *   (Electron usually grants it; a browser may refuse). Asked once at start; the answer is shown.
 * - navigator.storage.estimate(): how much the database uses (shown on the backup page).
 * The low-space warning is NOT computed from the quota (it said "1,0 GB allowed" on a disk with
 * 0 bytes free): main measures the real free space with fs.statfs (DesktopApi.storageSpace).
 */

export type PersistResult = 'granted' | 'denied' | 'unsupported';

export interface StorageHealth {
  persist: PersistResult;
  usageBytes?: number;
  quotaBytes?: number;
}

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
