/**
 * Preload (sandboxed, emitted as CommonJS): exposes exactly one object, `window.desktop`,
 * whose methods forward to the validated IPC handlers of the main process. Handlers answer
 * `{ ok, value | message }`; `unwrapIpcResult` turns a refusal into an Error whose message is
 * exactly main's Vietnamese text (no "Error invoking remote method" prefix).
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  BEFORE_QUIT_CHANNEL,
  BeforeQuitArgsSchema,
  IPC_CHANNELS,
  QUIT_READY_CHANNEL,
  unwrapIpcResult,
  type DesktopApi,
  type QuitReply,
} from '../src-renderer/platform/desktop-api';

const call = async <T>(channel: string, arg?: unknown): Promise<T> =>
  unwrapIpcResult<T>(await (arg === undefined ? ipcRenderer.invoke(channel) : ipcRenderer.invoke(channel, arg)));

const desktop = {
  appInfo: () => call(IPC_CHANNELS.appInfo),
  saveFile: (args) => call(IPC_CHANNELS.saveFile, args),
  openFiles: (args) => call(IPC_CHANNELS.openFiles, args),
  printPdf: (args) => call(IPC_CHANNELS.printPdf, args),
  revealInFolder: (path) => call(IPC_CHANNELS.revealInFolder, { path }),
  writeBackup: (args) => call(IPC_CHANNELS.writeBackup, args),
  listBackups: () => call(IPC_CHANNELS.listBackups),
  readBackup: (name) => call(IPC_CHANNELS.readBackup, { name }),
  backupStatus: () => call(IPC_CHANNELS.backupStatus),
  chooseBackupFolder: () => call(IPC_CHANNELS.chooseBackupFolder),
  storageSpace: () => call(IPC_CHANNELS.storageSpace),
  checkSpaceFor: (bytesNeeded) => call(IPC_CHANNELS.checkSpaceFor, { bytesNeeded }),
  onBeforeQuit: (task) => {
    ipcRenderer.removeAllListeners(BEFORE_QUIT_CHANNEL);
    ipcRenderer.on(BEFORE_QUIT_CHANNEL, (_event, arg: unknown) => {
      const parsed = BeforeQuitArgsSchema.safeParse(arg);
      const reason = parsed.success ? parsed.data.reason : 'close';
      const reply = (r: QuitReply) => ipcRenderer.send(QUIT_READY_CHANNEL, r);
      task({ reason, holdOn: () => reply('asking') }).then(
        (decision) => reply(decision === 'stay' ? 'stay' : 'close'),
        () => reply('close'),
      );
    });
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('desktop', desktop);
