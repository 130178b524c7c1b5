/**
 * DesktopApi in a plain browser (how the renderer runs in e2e tests and `npm run web`):
 * saving is a download, opening is a file input, printing opens the PDF for the browser's print,
 * backups are downloads.
 */
import type { BackupInfo, DesktopApi, OpenedFile } from './desktop-api';
import { APP_VERSION } from '../core/app-version';
import { clock } from './clock';

function clickDownload(name: string, url: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Chromium blocks a second download that does not follow a click closely (building a Word or
 * PDF file can take longer than the click's few seconds of "user activation"). Then the file is
 * offered with a button, whose click is a fresh user action.
 */
function offerDownload(name: string, url: string): void {
  const box = document.createElement('div');
  box.setAttribute('role', 'alertdialog');
  box.setAttribute('aria-label', 'Tệp đã sẵn sàng để tải về');
  box.dataset.testid = 'download-offer';
  Object.assign(box.style, {
    position: 'fixed',
    left: '16px',
    bottom: '16px',
    zIndex: '10000',
    background: '#fff',
    color: '#1a1a1a',
    border: '2px solid #a51d24',
    borderRadius: '6px',
    padding: '12px 16px',
    boxShadow: '0 4px 16px rgba(0,0,0,.25)',
    maxWidth: '420px',
  });
  const text = document.createElement('p');
  text.textContent = `Tệp “${name}” đã sẵn sàng.`;
  text.style.margin = '0 0 8px';
  const save = document.createElement('button');
  save.type = 'button';
  save.textContent = 'Tải tệp về';
  Object.assign(save.style, {
    background: '#a51d24',
    color: '#fff',
    border: '0',
    borderRadius: '4px',
    padding: '8px 14px',
    marginRight: '8px',
    cursor: 'pointer',
    font: 'inherit',
  });
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Đóng';
  Object.assign(close.style, {
    background: '#fff',
    color: '#1a1a1a',
    border: '1px solid #868e96',
    borderRadius: '4px',
    padding: '8px 14px',
    cursor: 'pointer',
    font: 'inherit',
  });
  save.addEventListener('click', () => {
    clickDownload(name, url);
    box.remove();
  });
  close.addEventListener('click', () => {
    URL.revokeObjectURL(url);
    box.remove();
  });
  box.append(text, save, close);
  document.body.append(box);
  save.focus();
}

function download(name: string, bytes: Uint8Array, type = 'application/octet-stream'): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
  if (activation && !activation.isActive) offerDownload(name, url);
  else clickDownload(name, url);
}

function pickFiles(accept: string, multiple: boolean): Promise<OpenedFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.dataset.testid = 'file-picker';
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      input.remove();
      resolve(Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))));
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
      const now = clock.now();
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
    async storageSpace() {
      // A web page cannot see the disk's free space (the quota is not free space): unknown.
      return { low: false };
    },
    async checkSpaceFor() {
      return { ok: true };
    },
    onBeforeQuit() {
      // A browser tab cannot wait for asynchronous work while closing.
    },
  };
}
