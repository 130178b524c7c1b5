/**
 * The one contract between the renderer and the operating system. Both sides import this file
 * (src-main validates every IPC argument with these schemas); nothing else crosses over.
 * Pure: zod only, no Electron, no DOM.
 */
import { z } from 'zod';

const MAX_FILE_BYTES = 512 * 1024 * 1024;

export const FileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/u))
    .min(1)
    .max(10),
});

/** A file name suggested to the save dialog: no folders, no reserved characters. */
export const SuggestedNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((s) => !/[\\/:*?"<>|\u0000-\u001f]/u.test(s) && s !== '.' && s !== '..', {
    message: 'Tên tệp không hợp lệ',
  });

export const SaveFileArgsSchema = z.object({
  suggestedName: SuggestedNameSchema,
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES, 'Tệp quá lớn'),
  filters: z.array(FileFilterSchema).max(5),
});
export type SaveFileArgs = z.infer<typeof SaveFileArgsSchema>;

export const OpenFilesArgsSchema = z.object({
  filters: z.array(FileFilterSchema).max(5),
  multiple: z.boolean(),
});
export type OpenFilesArgs = z.infer<typeof OpenFilesArgsSchema>;

export const PrintPdfArgsSchema = z.object({
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES, 'Tệp quá lớn'),
  suggestedName: SuggestedNameSchema,
});
export type PrintPdfArgs = z.infer<typeof PrintPdfArgsSchema>;

export const BackupNameSchema = z
  .string()
  .regex(/^so-neu-guong-[0-9]{8}-[0-9]{6}(-[a-z0-9-]{1,40})?\.sng\.json\.gz$/u, 'Tên tệp sao lưu không hợp lệ');

export const WriteBackupArgsSchema = z.object({
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= MAX_FILE_BYTES),
  reason: z.enum(['manual', 'daily', 'quit', 'finalise', 'before-restore']),
});
export type WriteBackupArgs = z.infer<typeof WriteBackupArgsSchema>;

export const ReadBackupArgsSchema = z.object({ name: BackupNameSchema });
/** Bytes a restore or an import is about to write (main refuses it when the disk is too full). */
export const CheckSpaceArgsSchema = z.object({
  bytesNeeded: z
    .number()
    .int()
    .nonnegative()
    .max(64 * 1024 * 1024 * 1024),
});
export const RevealArgsSchema = z.object({ path: z.string().min(1).max(4096) });

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export interface SavedFile {
  /** Full path in Electron; the file name in the browser (a download). */
  path: string;
}

export interface BackupInfo {
  name: string;
  sizeBytes: number;
  modifiedAt: string;
}

export interface BackupStatus {
  folder: string;
  writable: boolean;
  lastBackupAt?: string;
  /** Explains why the folder cannot be written (Vietnamese). */
  problem?: string;
}

/** Free space of one disk (fs.statfs in main). */
export interface DiskSpace {
  /** The folder measured (profile or backup folder). */
  path: string;
  freeBytes: number;
  totalBytes: number;
}

export interface StorageSpace {
  /** The disk holding the app's data (the Electron profile); absent when unknown (browser). */
  profile?: DiskSpace;
  /** The disk holding the backup folder; absent when unknown or not reachable. */
  backups?: DiskSpace;
  /** True when either disk has less free space than the warning threshold. */
  low: boolean;
  /** Vietnamese explanation and what to do, when low. */
  message?: string;
}

/** Whether a restore or import of `bytesNeeded` may start. */
export type SpaceCheck = { ok: true } | { ok: false; message: string };

export interface AppInfo {
  appVersion: string;
  platform: 'electron' | 'browser';
  os: string;
  userDataPath?: string;
}

/** Everything the renderer may ask of the operating system. */
export interface DesktopApi {
  appInfo(): Promise<AppInfo>;
  /** Returns undefined when the user cancels the dialog. */
  saveFile(args: SaveFileArgs): Promise<SavedFile | undefined>;
  openFiles(args: OpenFilesArgs): Promise<OpenedFile[]>;
  /** Opens the print dialog for a PDF (never silent printing). */
  printPdf(args: PrintPdfArgs): Promise<void>;
  /** Opens a saved file's folder in the file manager (Electron only; no-op in the browser). */
  revealInFolder(path: string): Promise<void>;
  writeBackup(args: WriteBackupArgs): Promise<BackupInfo>;
  listBackups(): Promise<BackupInfo[]>;
  readBackup(name: string): Promise<Uint8Array>;
  backupStatus(): Promise<BackupStatus>;
  chooseBackupFolder(): Promise<BackupStatus | undefined>;
  /** Free space on the profile and backup disks (Electron: fs.statfs; browser: unknown). */
  storageSpace(): Promise<StorageSpace>;
  /** Refuses, before it starts, a restore or import needing more than a third of the free space. */
  checkSpaceFor(bytesNeeded: number): Promise<SpaceCheck>;
  /**
   * Registers the work to do before the app closes: flush pending edits, ask the user when they
   * could not be stored, take the quit backup. The task answers 'close' or 'stay' (the user chose
   * to keep the window open). Electron waits for the answer — at most 15 s unless the task calls
   * `ctx.holdOn()` because it is asking the user; the browser cannot wait, so it is a no-op there.
   */
  onBeforeQuit(task: (ctx: QuitContext) => Promise<QuitDecision>): void;
}

/** Why the window is closing: the user closed it, or Windows is shutting down / logging off. */
export type QuitReason = 'close' | 'session-end';
export type QuitDecision = 'close' | 'stay';

export interface QuitContext {
  reason: QuitReason;
  /** Tells main that the user is being asked (main stops waiting with a timeout). */
  holdOn(): void;
}

/** Main → renderer payload of BEFORE_QUIT_CHANNEL. */
export const BeforeQuitArgsSchema = z.object({ reason: z.enum(['close', 'session-end']) });
/** Renderer → main payload of QUIT_READY_CHANNEL: close now, keep the window, or "asking the user". */
export const QuitReplySchema = z.enum(['close', 'stay', 'asking']);
export type QuitReply = z.infer<typeof QuitReplySchema>;

/**
 * What every IPC handler returns: errors are values, so the renderer never sees Electron's
 * English "Error invoking remote method …" prefix — only our Vietnamese message.
 */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** The preload's side of IpcResult: the value, or an Error carrying exactly the Vietnamese message. */
export function unwrapIpcResult<T>(result: unknown): T {
  if (typeof result === 'object' && result !== null && 'ok' in result) {
    const r = result as { ok: unknown; value?: unknown; message?: unknown };
    if (r.ok === true) return r.value as T;
    if (r.ok === false && typeof r.message === 'string') throw new Error(r.message);
  }
  throw new Error('Ứng dụng trả lời không đúng dạng. Hãy khởi động lại ứng dụng.');
}

/** IPC channel names, one per DesktopApi method. */
export const IPC_CHANNELS = {
  appInfo: 'sng:app-info',
  saveFile: 'sng:save-file',
  openFiles: 'sng:open-files',
  printPdf: 'sng:print-pdf',
  revealInFolder: 'sng:reveal-in-folder',
  writeBackup: 'sng:write-backup',
  listBackups: 'sng:list-backups',
  readBackup: 'sng:read-backup',
  backupStatus: 'sng:backup-status',
  chooseBackupFolder: 'sng:choose-backup-folder',
  storageSpace: 'sng:storage-space',
  checkSpaceFor: 'sng:check-space',
} as const satisfies Record<Exclude<keyof DesktopApi, 'onBeforeQuit'>, string>;

/**
 * Main → renderer: the window is closing ({ reason }); the renderer flushes its pending edits, takes
 * the quit backup and replies on QUIT_READY_CHANNEL ('close' | 'stay', or 'asking' first while it
 * asks the user). Only the main window's own app:// frame may reply.
 */
export const BEFORE_QUIT_CHANNEL = 'sng:before-quit';
export const QUIT_READY_CHANNEL = 'sng:quit-ready';
