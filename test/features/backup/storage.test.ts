import { beforeEach, describe, expect, it } from 'vitest';
import { formatBytes, requestPersistentStorage, resetPersistForTests, storageHealth } from '../../../src-renderer/features/backup/storage';

beforeEach(() => resetPersistForTests());

describe('storage health', () => {
  it('asks for persistent storage once and reports the answer', async () => {
    let calls = 0;
    const storage = {
      persisted: async () => false,
      persist: async () => {
        calls++;
        return true;
      },
    };
    expect(await requestPersistentStorage(storage)).toBe('granted');
    expect(await requestPersistentStorage(storage)).toBe('granted');
    expect(calls).toBe(1);
  });

  it('reports denied and unsupported', async () => {
    expect(await requestPersistentStorage({ persist: async () => false })).toBe('denied');
    resetPersistForTests();
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
    resetPersistForTests();
    expect(await requestPersistentStorage({ persist: () => Promise.reject(new Error('x')) })).toBe('denied');
  });

  it('reports usage, and no quota-based low-space verdict (free space comes from main, fs.statfs)', async () => {
    const MB = 1024 * 1024;
    const health = await storageHealth({ persist: async () => true, estimate: async () => ({ usage: 9_950 * MB, quota: 10_000 * MB }) });
    expect(health).toEqual({ persist: 'granted', usageBytes: 9_950 * MB, quotaBytes: 10_000 * MB });
  });

  it('formats sizes the Vietnamese way', () => {
    expect(formatBytes(512)).toBe('512 byte');
    expect(formatBytes(1536)).toBe('1,5 KB');
    expect(formatBytes(25 * 1024 * 1024)).toBe('25 MB');
  });
});
