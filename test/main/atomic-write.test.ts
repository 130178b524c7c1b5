import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, type FsLike } from '../../src-main/atomic-write';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'sng-atomic-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const errno = (code: string) => Object.assign(new Error(code), { code });

describe('writeFileAtomic', () => {
  it('replaces the target and leaves no temp file', async () => {
    const dir = tempDir();
    const target = join(dir, 'a.json');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, new TextEncoder().encode('mới'));
    expect(readFileSync(target, 'utf8')).toBe('mới');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('creates missing folders', async () => {
    const target = join(tempDir(), 'Sao lưu', 'x', 'b.bin');
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
  });

  it('retries a rename blocked by a Windows lock (EBUSY/EPERM) and then succeeds', async () => {
    const dir = tempDir();
    let failures = 2;
    const flaky: FsLike = {
      ...fs,
      rename: async (a, b) => {
        if (failures-- > 0) throw errno(failures % 2 ? 'EBUSY' : 'EPERM');
        return fs.rename(a, b);
      },
    };
    await writeFileAtomic(join(dir, 'c.txt'), new TextEncoder().encode('ok'), { fs: flaky, retryDelayMs: 1 });
    expect(readFileSync(join(dir, 'c.txt'), 'utf8')).toBe('ok');
  });

  it('gives up after the retries, keeps the old file and removes the temp file', async () => {
    const dir = tempDir();
    const target = join(dir, 'd.txt');
    writeFileSync(target, 'cũ');
    const locked: FsLike = { ...fs, rename: async () => Promise.reject(errno('EBUSY')) };
    await expect(writeFileAtomic(target, new TextEncoder().encode('mới'), { fs: locked, retries: 2, retryDelayMs: 1 })).rejects.toThrow(
      'EBUSY',
    );
    expect(readFileSync(target, 'utf8')).toBe('cũ');
    expect(readdirSync(dir)).toEqual(['d.txt']);
  });

  it('does not retry other errors such as a full disk', async () => {
    const dir = tempDir();
    let calls = 0;
    const full: FsLike = {
      ...fs,
      rename: async () => {
        calls++;
        throw errno('ENOSPC');
      },
    };
    await expect(writeFileAtomic(join(dir, 'e.txt'), new Uint8Array([1]), { fs: full, retryDelayMs: 1 })).rejects.toThrow('ENOSPC');
    expect(calls).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  });
});
