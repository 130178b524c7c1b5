/**
 * The one contract between the renderer and the operating system. Both sides import this file
 * (src-main validates every IPC argument with these schemas); nothing else crosses over.
 * Pure: zod only, no Electron, no DOM.
 */
import { z } from 'zod';

const MAX_FILE_BYTES = 512 * 1024 * 1024;

export const FileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/u)).min(1).max(10),
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
export const RevealArgsSchema = z.object({ path: z.string().min(1).max(4096) });
export const SetBackupFolderArgsSchema = z.object({});

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
  /**
   * Registers the work to do before the app closes (the quit backup). Electron waits for it
   * (at most 15 s) before closing the window; the browser cannot wait, so it is a no-op there.
   */
  onBeforeQuit(task: () => Promise<void>): void;
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
} as const satisfies Record<Exclude<keyof DesktopApi, 'onBeforeQuit'>, string>;

/** Main → renderer: the window is closing; reply on QUIT_READY_CHANNEL when the quit backup is done. */
export const BEFORE_QUIT_CHANNEL = 'sng:before-quit';
export const QUIT_READY_CHANNEL = 'sng:quit-ready';
