/** An Electron-like DesktopApi with an in-memory backup folder (test helper). */
import type { BackupInfo, DesktopApi, SpaceCheck, StorageSpace } from '../../src-renderer/platform/desktop-api';

export function memoryApi() {
  const folder = new Map<string, { bytes: Uint8Array; at: string }>();
  const control: { space: StorageSpace; check: SpaceCheck; checks: number[] } = { space: { low: false }, check: { ok: true }, checks: [] };
  let seq = 0;
  const api: DesktopApi = {
    async appInfo() {
      return { appVersion: '0.1.0', platform: 'electron', os: 'test' };
    },
    async saveFile() {
      return undefined;
    },
    async openFiles() {
      return [];
    },
    async printPdf() {},
    async revealInFolder() {},
    async writeBackup({ bytes, reason }) {
      seq++;
      const at = new Date(Date.UTC(2026, 1, 3, 7, 0, seq));
      const name = `so-neu-guong-20260203-1400${String(seq).padStart(2, '0')}-${reason}.sng.json.gz`;
      folder.set(name, { bytes, at: at.toISOString() });
      return { name, sizeBytes: bytes.byteLength, modifiedAt: at.toISOString() } satisfies BackupInfo;
    },
    async listBackups() {
      return [...folder.entries()]
        .map(([name, f]) => ({ name, sizeBytes: f.bytes.byteLength, modifiedAt: f.at }))
        .sort((a, b) => (a.name < b.name ? 1 : -1));
    },
    async readBackup(name) {
      const f = folder.get(name);
      if (!f) throw new Error('Không tìm thấy');
      return f.bytes;
    },
    async backupStatus() {
      const newest = [...folder.values()].map((f) => f.at).sort().at(-1);
      return { folder: '/home/bt/Documents/SoNeuGuong/Sao lưu', writable: true, ...(newest ? { lastBackupAt: newest } : {}) };
    },
    async chooseBackupFolder() {
      return undefined;
    },
    async storageSpace() {
      return control.space;
    },
    async checkSpaceFor(bytesNeeded) {
      control.checks.push(bytesNeeded);
      return control.check;
    },
    onBeforeQuit() {},
  };
  return { api, folder, control };
}

