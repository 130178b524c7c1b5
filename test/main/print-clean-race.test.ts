/**
 * The start-up clean of stale print folders runs beside the first print (index.ts does not wait
 * for it). Here the file system is made to answer in the worst order: the print's new folder is
 * already on disk when the clean lists the temp folder, and the clean hears back first. The
 * clock is two days ahead of the files (as under faketime, or after the PC's clock is set), so
 * the folder looks stale. The print's file must still be there for the system viewer.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

let listed: () => void = () => undefined;
const listedOnce = new Promise<void>((resolve) => (listed = resolve));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    // The folder is made at once, but the print hears of it only after the clean has listed.
    mkdtemp: async (prefix: string) => {
      const made = await actual.mkdtemp(prefix);
      await Promise.race([listedOnce, new Promise((r) => setTimeout(r, 200))]);
      return made;
    },
    readdir: async (path: string) => {
      const names = await actual.readdir(path);
      listed();
      return names;
    },
  };
});

const { cleanStalePrintFolders, printPdf } = await import('../../src-main/print');

describe('the start-up clean beside a print', () => {
  it('never removes the folder of a print running beside it, even at a clock far from the files', async () => {
    const tempDir = mkdtempSync(join(tmpdir(), 'sng-print-race-'));
    let opened = '';
    const print = printPdf(
      { bytes: new TextEncoder().encode('%PDF-1.7 x'), suggestedName: 'Biên bản.pdf' },
      {
        tempDir,
        createWindow: () => ({
          loadURL: async () => undefined,
          isDestroyed: () => false,
          destroy: () => undefined,
          webContents: { print: (_options, callback) => callback(false, 'Print job failed') },
        }),
        openPath: async (path) => {
          opened = path;
          return existsSync(path) ? '' : 'không thấy tệp';
        },
      },
    );
    await new Promise((r) => setTimeout(r, 20)); // the print's folder is on disk, not yet known to the print
    const removed = await cleanStalePrintFolders(tempDir, new Date(Date.now() + 2 * 86_400_000));
    expect(await print).toBe('opened-in-viewer');
    expect(removed).toEqual([]);
    expect(existsSync(opened)).toBe(true);
  });
});
