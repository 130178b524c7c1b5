/**
 * The print path: a PDF made by the renderer is written to a private temp folder, loaded in a
 * hidden sandboxed window and handed to the system print dialog (never silent printing).
 * - The file name is ours: whatever the renderer suggests, it ends in ".pdf" (a suggested
 *   "Bien ban.js" would otherwise be opened by Windows Script Host), and the bytes must start
 *   with "%PDF-".
 * - A cancelled dialog is not a failure: nothing is opened. Only a real print failure falls back to
 *   the system PDF viewer (shell.openPath of our own .pdf).
 * - The hidden window is destroyed in `finally` (a rejected loadURL must not leak it and keep the
 *   process — and the single-instance lock — alive); the temp folder is deleted unless the system
 *   viewer was given the file, and stale ones are removed at start (cleanStalePrintFolders).
 */
import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from './errors';

export const PRINT_FOLDER_PREFIX = 'so-neu-guong-print-';

/** Folders this run made: never stale, whatever the clock says (the start-up clean runs beside the first print). */
const madeThisRun = new Set<string>();

/**
 * Making a print folder and the stale clean take turns: otherwise the clean could list a folder
 * a print has just made before the print has noted it in madeThisRun, and remove it (seen at a
 * clock far from the files' times: the viewer was handed a file that was gone).
 */
let folderTurn: Promise<unknown> = Promise.resolve();
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const run = folderTurn.then(work, work);
  folderTurn = run.catch(() => undefined);
  return run;
}

export interface PrintWindowLike {
  loadURL(url: string): Promise<void>;
  isDestroyed(): boolean;
  destroy(): void;
  webContents: {
    print(options: { silent: boolean; printBackground: boolean }, callback: (success: boolean, failureReason: string) => void): void;
  };
}

export interface PrintDeps {
  tempDir: string;
  createWindow(): PrintWindowLike;
  /** shell.openPath: resolves to '' on success, else an error text. */
  openPath(path: string): Promise<string>;
}

export type PrintOutcome = 'printed' | 'cancelled' | 'opened-in-viewer';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

export function looksLikePdf(bytes: Uint8Array): boolean {
  return bytes.byteLength > PDF_MAGIC.length && PDF_MAGIC.every((b, i) => bytes[i] === b);
}

/** The renderer's suggestion without any extension, made safe, always ending in ".pdf". */
export function printFileName(suggested: string): string {
  const base = suggested
    .normalize('NFC')
    .replace(/\.[^.]{0,10}$/u, '') // drop the suggested extension, whatever it is
    .replace(/[\\/:*?"<>|\u0000-\u001f]/gu, '_')
    .replace(/[. ]+$/u, '')
    .slice(0, 120);
  return `${base || 'tai-lieu'}.pdf`;
}

/** Electron reports a cancelled dialog as a failure with this reason ("Print job canceled"). */
export function isCancelled(failureReason: string): boolean {
  return /cancel/iu.test(failureReason);
}

export async function printPdf(args: { bytes: Uint8Array; suggestedName: string }, deps: PrintDeps): Promise<PrintOutcome> {
  if (!looksLikePdf(args.bytes)) throw new UserError('Tệp cần in không phải tệp PDF hợp lệ, nên không in. Hãy tạo lại văn bản rồi bấm In.');
  const folder = await inTurn(async () => {
    const made = await nodeFs.mkdtemp(join(deps.tempDir, PRINT_FOLDER_PREFIX));
    madeThisRun.add(made);
    return made;
  });
  const path = join(folder, printFileName(args.suggestedName));
  let window: PrintWindowLike | undefined;
  let keepFile = false;
  try {
    await nodeFs.writeFile(path, args.bytes, { flag: 'wx' });
    window = deps.createWindow();
    await window.loadURL(pathToFileURL(path).toString());
    const printWindow = window;
    const { success, failureReason } = await new Promise<{ success: boolean; failureReason: string }>((resolve) => {
      printWindow.webContents.print({ silent: false, printBackground: true }, (ok, reason) =>
        resolve({ success: ok, failureReason: reason ?? '' }),
      );
    });
    if (success) return 'printed';
    if (isCancelled(failureReason)) return 'cancelled';
    // The dialog could not print: let the system PDF viewer print it (our own .pdf, checked above).
    const problem = await deps.openPath(path);
    if (problem)
      throw new UserError('Không mở được hộp thoại in, cũng không mở được trình xem PDF của máy. Hãy lưu tệp PDF rồi in từ trình xem PDF.');
    keepFile = true;
    return 'opened-in-viewer';
  } finally {
    if (window && !window.isDestroyed()) window.destroy();
    if (!keepFile) await nodeFs.rm(folder, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** Print folders left by a viewer fallback or a crash, older than a day, are removed at start. */
export function cleanStalePrintFolders(tempDir: string, now: Date): Promise<string[]> {
  return inTurn(() => removeStalePrintFolders(tempDir, now));
}

async function removeStalePrintFolders(tempDir: string, now: Date): Promise<string[]> {
  const removed: string[] = [];
  const entries = await nodeFs.readdir(tempDir).catch(() => [] as string[]);
  for (const name of entries) {
    if (!name.startsWith(PRINT_FOLDER_PREFIX)) continue;
    const path = join(tempDir, name);
    if (madeThisRun.has(path)) continue;
    try {
      const st = await nodeFs.stat(path);
      if (now.getTime() - st.mtime.getTime() > 86_400_000) {
        await nodeFs.rm(path, { recursive: true, force: true });
        removed.push(name);
      }
    } catch {
      // gone already
    }
  }
  return removed;
}
