/**
 * Preload (sandboxed, emitted as CommonJS): exposes exactly one object, `window.desktop`,
 * whose methods forward to the validated IPC handlers of the main process.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BEFORE_QUIT_CHANNEL, IPC_CHANNELS, QUIT_READY_CHANNEL, type DesktopApi } from '../src-renderer/platform/desktop-api';

const desktop = {
  appInfo: () => ipcRenderer.invoke(IPC_CHANNELS.appInfo),
  saveFile: (args) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, args),
  openFiles: (args) => ipcRenderer.invoke(IPC_CHANNELS.openFiles, args),
  printPdf: (args) => ipcRenderer.invoke(IPC_CHANNELS.printPdf, args),
  revealInFolder: (path) => ipcRenderer.invoke(IPC_CHANNELS.revealInFolder, { path }),
  writeBackup: (args) => ipcRenderer.invoke(IPC_CHANNELS.writeBackup, args),
  listBackups: () => ipcRenderer.invoke(IPC_CHANNELS.listBackups),
  readBackup: (name) => ipcRenderer.invoke(IPC_CHANNELS.readBackup, { name }),
  backupStatus: () => ipcRenderer.invoke(IPC_CHANNELS.backupStatus),
  chooseBackupFolder: () => ipcRenderer.invoke(IPC_CHANNELS.chooseBackupFolder),
  onBeforeQuit: (task) => {
    ipcRenderer.removeAllListeners(BEFORE_QUIT_CHANNEL);
    ipcRenderer.on(BEFORE_QUIT_CHANNEL, () => {
      task()
        .catch(() => undefined)
        .finally(() => ipcRenderer.send(QUIT_READY_CHANNEL));
    });
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('desktop', desktop);
