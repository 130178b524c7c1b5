/**
 * A DesktopApi held in memory, for component tests and tools: it records what the screens save and
 * print, answers file pickers from a script, and keeps a backup folder. It behaves like the
 * Electron adapter (platform 'electron'), so screens show their desktop paths.
 */
import type {
  BackupInfo,
  BackupStatus,
  DesktopApi,
  OpenedFile,
  SaveFileArgs,
  SpaceCheck,
  StorageSpace,
  WriteBackupArgs,
} from './desktop-api';

export interface MemoryDesktop {
  api: DesktopApi;
  /** Files saved through the save dialog, in order (path "/luu/<suggested name>"). */
  saved: Array<{ path: string; args: SaveFileArgs }>;
  /** PDFs sent to the print dialog. */
  printed: Array<{ suggestedName: string; bytes: Uint8Array }>;
  /** The backup folder: file name → bytes and time. */
  folder: Map<string, { bytes: Uint8Array; at: string; reason: WriteBackupArgs['reason'] }>;
  /** Answers of the next file pickers, first in first out; an empty script answers "cancelled". */
  picks: OpenedFile[][];
  /** The next save dialog is cancelled when true (reset after one use). */
  cancelNextSave: boolean;
  /** What storageSpace() and checkSpaceFor() answer; the sizes asked for are recorded. */
  space: StorageSpace;
  spaceCheck: SpaceCheck;
  spaceAsked: number[];
  /** Folder problem reported by backupStatus() (e.g. "Thư mục sao lưu không cho phép ghi."). */
  folderProblem?: string;
  /** The task registered for the quit handshake (call it to simulate closing). */
  quitTask?: Parameters<DesktopApi['onBeforeQuit']>[0];
}

/** Backup times start here and advance one second per backup (never the real clock). */
const BACKUP_EPOCH = Date.UTC(2026, 1, 3, 7, 0, 0);

function backupName(seq: number, reason: string): string {
  return `so-neu-guong-20260203-1400${String(seq % 100).padStart(2, '0')}-${reason}.sng.json.gz`;
}

export function createMemoryDesktop(options: { backupFolder?: string } = {}): MemoryDesktop {
  const folderPath = options.backupFolder ?? '/home/bt/Documents/SoNeuGuong/Sao lưu';
  let seq = 0;
  const state: MemoryDesktop = {
    saved: [],
    printed: [],
    folder: new Map(),
    picks: [],
    cancelNextSave: false,
    space: { low: false },
    spaceCheck: { ok: true },
    spaceAsked: [],
    api: undefined as unknown as DesktopApi,
  };
  const list = (): BackupInfo[] =>
    [...state.folder.entries()]
      .map(([name, f]) => ({ name, sizeBytes: f.bytes.byteLength, modifiedAt: f.at }))
      .sort((a, b) => (a.name < b.name ? 1 : -1));
  state.api = {
    async appInfo() {
      return { appVersion: '0.1.0', platform: 'electron', os: 'memory' };
    },
    async saveFile(args) {
      if (state.cancelNextSave) {
        state.cancelNextSave = false;
        return undefined;
      }
      const path = `/luu/${args.suggestedName}`;
      state.saved.push({ path, args });
      return { path };
    },
    async openFiles() {
      return state.picks.shift() ?? [];
    },
    async printPdf({ bytes, suggestedName }) {
      state.printed.push({ suggestedName, bytes });
    },
    async revealInFolder() {},
    async writeBackup({ bytes, reason }) {
      seq++;
      const at = new Date(BACKUP_EPOCH + seq * 1000).toISOString();
      const name = backupName(seq, reason);
      state.folder.set(name, { bytes, at, reason });
      return { name, sizeBytes: bytes.byteLength, modifiedAt: at };
    },
    async listBackups() {
      return list();
    },
    async readBackup(name) {
      const f = state.folder.get(name);
      if (!f) throw new Error(`Không tìm thấy bản sao lưu ${name}.`);
      return f.bytes;
    },
    async backupStatus(): Promise<BackupStatus> {
      const newest = list()[0]?.modifiedAt;
      return {
        folder: folderPath,
        writable: state.folderProblem === undefined,
        ...(newest ? { lastBackupAt: newest } : {}),
        ...(state.folderProblem ? { problem: state.folderProblem } : {}),
      };
    },
    async chooseBackupFolder() {
      return undefined;
    },
    async storageSpace() {
      return state.space;
    },
    async checkSpaceFor(bytesNeeded) {
      state.spaceAsked.push(bytesNeeded);
      return state.spaceCheck;
    },
    onBeforeQuit(task) {
      state.quitTask = task;
    },
  };
  return state;
}
