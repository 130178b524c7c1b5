/**
 * Atomic file write: write a temp file in the same folder, fsync, rename over the target.
 * Retries renames that antivirus or indexers block on Windows (EPERM / EBUSY / EACCES).
 * Node only; no electron import, so it is unit-tested under vitest.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface FsLike {
  open: typeof nodeFs.open;
  rename: typeof nodeFs.rename;
  rm: typeof nodeFs.rm;
  mkdir: typeof nodeFs.mkdir;
}

const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES']);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function writeFileAtomic(
  path: string,
  data: Uint8Array,
  opts: { retries?: number; fs?: FsLike; retryDelayMs?: number } = {},
): Promise<void> {
  const fs = opts.fs ?? nodeFs;
  const retries = opts.retries ?? 5;
  const delay = opts.retryDelayMs ?? 100;
  await fs.mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    for (let attempt = 0; ; attempt++) {
      try {
        await fs.rename(temp, path);
        return;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        if (!RETRYABLE.has(code) || attempt >= retries) throw error;
        await sleep(delay * (attempt + 1));
      }
    }
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
