/**
 * IPC handlers as plain functions: every call checks the sender frame's origin and validates its
 * argument with the zod schemas of the DesktopApi contract before anything touches the OS.
 * The OS operations are injected (`IpcDeps`), so tests run without Electron.
 *
 * Handlers never throw: they return `{ ok: true, value }` or `{ ok: false, message }` with a
 * Vietnamese message (errors.ts), which the preload turns into an Error carrying exactly that
 * message — Electron's "Error invoking remote method …" prefix never reaches the user.
 */
import { z } from 'zod';
import {
  CheckSpaceArgsSchema,
  IPC_CHANNELS,
  OpenFilesArgsSchema,
  PrintPdfArgsSchema,
  ReadBackupArgsSchema,
  RevealArgsSchema,
  SaveFileArgsSchema,
  WriteBackupArgsSchema,
  type AppInfo,
  type BackupInfo,
  type BackupStatus,
  type IpcResult,
  type OpenedFile,
  type SavedFile,
  type SpaceCheck,
  type StorageSpace,
} from '../src-renderer/platform/desktop-api';
import { userMessage } from './errors';
import { isTrustedOrigin } from './security';

export interface IpcEventLike {
  senderFrame: { url: string } | null;
}

export interface IpcDeps {
  appInfo(): AppInfo;
  saveFile(args: z.infer<typeof SaveFileArgsSchema>): Promise<SavedFile | undefined>;
  openFiles(args: z.infer<typeof OpenFilesArgsSchema>): Promise<OpenedFile[]>;
  printPdf(args: z.infer<typeof PrintPdfArgsSchema>): Promise<void>;
  revealInFolder(path: string): Promise<void>;
  writeBackup(args: z.infer<typeof WriteBackupArgsSchema>): Promise<BackupInfo>;
  listBackups(): Promise<BackupInfo[]>;
  readBackup(name: string): Promise<Uint8Array>;
  backupStatus(): Promise<BackupStatus>;
  chooseBackupFolder(): Promise<BackupStatus | undefined>;
  storageSpace(): Promise<StorageSpace>;
  checkSpaceFor(bytesNeeded: number): Promise<SpaceCheck>;
  devServerUrl?: string;
}

export const FOREIGN_SENDER_MESSAGE = 'Từ chối: yêu cầu không đến từ cửa sổ của ứng dụng.';
export const INVALID_ARGUMENT_MESSAGE = 'Từ chối: tham số không hợp lệ.';

export type IpcHandler = (event: IpcEventLike, arg?: unknown) => Promise<IpcResult<unknown>>;

const NoArgs = z.undefined();

export function createIpcHandlers(deps: IpcDeps): Record<(typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS], IpcHandler> {
  const guarded =
    <S extends z.ZodType, R>(schema: S, run: (arg: z.infer<S>) => Promise<R> | R): IpcHandler =>
    async (event, arg) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedOrigin(url, deps.devServerUrl)) return { ok: false, message: FOREIGN_SENDER_MESSAGE };
      const parsed = schema.safeParse(arg);
      if (!parsed.success) return { ok: false, message: INVALID_ARGUMENT_MESSAGE };
      try {
        return { ok: true, value: await run(parsed.data) };
      } catch (error) {
        return { ok: false, message: userMessage(error) };
      }
    };
  return {
    [IPC_CHANNELS.appInfo]: guarded(NoArgs, () => deps.appInfo()),
    [IPC_CHANNELS.saveFile]: guarded(SaveFileArgsSchema, (a) => deps.saveFile(a)),
    [IPC_CHANNELS.openFiles]: guarded(OpenFilesArgsSchema, (a) => deps.openFiles(a)),
    [IPC_CHANNELS.printPdf]: guarded(PrintPdfArgsSchema, (a) => deps.printPdf(a)),
    [IPC_CHANNELS.revealInFolder]: guarded(RevealArgsSchema, (a) => deps.revealInFolder(a.path)),
    [IPC_CHANNELS.writeBackup]: guarded(WriteBackupArgsSchema, (a) => deps.writeBackup(a)),
    [IPC_CHANNELS.listBackups]: guarded(NoArgs, () => deps.listBackups()),
    [IPC_CHANNELS.readBackup]: guarded(ReadBackupArgsSchema, (a) => deps.readBackup(a.name)),
    [IPC_CHANNELS.backupStatus]: guarded(NoArgs, () => deps.backupStatus()),
    [IPC_CHANNELS.chooseBackupFolder]: guarded(NoArgs, () => deps.chooseBackupFolder()),
    [IPC_CHANNELS.storageSpace]: guarded(NoArgs, () => deps.storageSpace()),
    [IPC_CHANNELS.checkSpaceFor]: guarded(CheckSpaceArgsSchema, (a) => deps.checkSpaceFor(a.bytesNeeded)),
  };
}
