/**
 * DesktopApi in a plain browser (how the renderer runs in e2e tests and `npm run web`):
 * saving is a download, opening is a file input, printing opens the PDF for the browser's print,
 * backups are downloads.
 */
import type { BackupInfo, DesktopApi, OpenedFile } from './desktop-api';
import { APP_VERSION } from '../core/app-version';

function download(name: string, bytes: Uint8Array, type = 'application/octet-stream'): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function pickFiles(accept: string, multiple: boolean): Promise<OpenedFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.dataset.testid = 'file-picker';
    input.style.display = 'none';
    input.addEventListener('change', async () => {
      const files = [...(input.files ?? [])];
      input.remove();
      resolve(await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))));
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve([]);
    });
    document.body.append(input);
    input.click();
  });
}

const LAST_BACKUP_KEY = 'sng.lastBrowserBackup';

export function createBrowserAdapter(): DesktopApi {
  return {
    async appInfo() {
      return { appVersion: APP_VERSION, platform: 'browser', os: navigator.userAgent };
    },
    async saveFile({ suggestedName, bytes }) {
      download(suggestedName, bytes);
      return { path: suggestedName };
    },
    openFiles({ filters, multiple }) {
      const accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
      return pickFiles(accept, multiple);
    },
    async printPdf({ bytes }) {
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
      window.open(url, '_blank', 'noopener');
    },
    async revealInFolder() {
      // A browser has no folders to show.
    },
    async writeBackup({ bytes, reason }) {
      const now = new Date();
      const p2 = (n: number) => String(n).padStart(2, '0');
      // Local time, as the Electron side names its backups.
      const stamp = `${now.getFullYear()}${p2(now.getMonth() + 1)}${p2(now.getDate())}-${p2(now.getHours())}${p2(now.getMinutes())}${p2(now.getSeconds())}`;
      const name = `so-neu-guong-${stamp}-${reason}.sng.json.gz`;
      download(name, bytes, 'application/gzip');
      localStorage.setItem(LAST_BACKUP_KEY, now.toISOString());
      return { name, sizeBytes: bytes.byteLength, modifiedAt: now.toISOString() } satisfies BackupInfo;
    },
    async listBackups() {
      return [];
    },
    async readBackup() {
      throw new Error('Trong trình duyệt, hãy chọn tệp sao lưu bằng nút "Mở tệp sao lưu".');
    },
    async backupStatus() {
      const last = localStorage.getItem(LAST_BACKUP_KEY) ?? undefined;
      return { folder: 'Thư mục Tải về của trình duyệt', writable: true, ...(last ? { lastBackupAt: last } : {}) };
    },
    async chooseBackupFolder() {
      return undefined;
    },
    onBeforeQuit() {
      // A browser tab cannot wait for asynchronous work while closing.
    },
  };
}
