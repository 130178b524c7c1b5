import { beforeEach, describe, expect, it } from 'vitest';
import {
  formatBytes,
  isLowSpace,
  requestPersistentStorage,
  resetPersistForTests,
  storageHealth,
} from '../../../src-renderer/features/backup/storage';

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

  it('warns when little space is left', async () => {
    const MB = 1024 * 1024;
    expect(isLowSpace(10 * MB, 10_000 * MB)).toBe(false);
    expect(isLowSpace(9_950 * MB, 10_000 * MB)).toBe(true); // 50 MB left
    expect(isLowSpace(950 * MB, 1_000 * MB)).toBe(true); // 5 % left
    expect(isLowSpace(undefined, undefined)).toBe(false);
    const health = await storageHealth({ persist: async () => true, estimate: async () => ({ usage: 9_950 * MB, quota: 10_000 * MB }) });
    expect(health).toEqual({ persist: 'granted', usageBytes: 9_950 * MB, quotaBytes: 10_000 * MB, lowSpace: true });
  });

  it('formats sizes the Vietnamese way', () => {
    expect(formatBytes(512)).toBe('512 byte');
    expect(formatBytes(1536)).toBe('1,5 KB');
    expect(formatBytes(25 * 1024 * 1024)).toBe('25 MB');
  });
});
