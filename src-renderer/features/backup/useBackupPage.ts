/**
 * The backup page on the backup service and the DesktopApi: the folder's status and backups,
 * backing up now, restoring (from the list or a file, after a look at what it holds and a check of
 * the free space) with its undo, and choosing the folder.
 */
import { useEffect, useState } from 'react';
import { notifications } from '@mantine/notifications';
import type { AppInfo } from '../../platform/desktop-api';
import { getDesktopApi } from '../../platform/index';
import {
  forgetRestoreUndo,
  pendingRestoreUndo,
  rememberRestoreUndo,
  restoreBackup,
  summarizeBackup,
  type BackupSummary,
  type PendingRestoreUndo,
} from '../../services/backup';
import { errorMessage } from '../../services/errors';
import { BACKUP_FILE_FILTERS, formatDateTime } from './format';
import { notifyBackupsChanged } from './backup-events';
import { requestBackup } from './scheduler';
import { storageHealth, type StorageHealth } from './storage';
import { useBackupList } from './useBackupList';
import { useBackupStatus } from './useBackupStatus';
import { useStorageSpace } from './useStorageSpace';

export interface PendingRestore {
  bytes: Uint8Array;
  summary: BackupSummary;
  source: string;
}

/**
 * The undo of the last restore: kept in its own small database (services/backup
 * rememberRestoreUndo), so it is still offered after the app is reopened, until it is used,
 * dismissed or another restore is made. `bytes` is there only in the browser; in Electron the
 * before-restore file is read again from the backup folder.
 */
export type UndoState = Omit<PendingRestoreUndo, 'database'>;

export type BackupAction = 'backup' | 'restore' | 'undo' | 'open' | 'folder';

/**
 * This session's undo, outside the component: leaving the page and coming back still offers it,
 * even when it could not be stored (then it lasts until the app closes). `null`: none.
 */
let undoState: UndoState | null | undefined;

/** For tests: forget this session's undo (as a restart of the app does). */
export function resetUndoStateForTests(): void {
  undoState = undefined;
}

export function useBackupPage() {
  const api = getDesktopApi();
  const { status, error: autoError, refresh } = useBackupStatus();
  const space = useStorageSpace();
  const [appInfo, setAppInfo] = useState<AppInfo>();
  const [health, setHealth] = useState<StorageHealth>();
  const [busy, setBusy] = useState<BackupAction>();
  const [pageError, setPageError] = useState<string>();
  const { backups, summaries, reload: loadList } = useBackupList(setPageError);
  const [pending, setPending] = useState<PendingRestore>();
  const [undo, setUndoState] = useState<UndoState | undefined>(undoState ?? undefined);
  const setUndo = (next: UndoState | undefined) => {
    undoState = next ?? null;
    setUndoState(next);
  };

  const isElectron = appInfo?.platform === 'electron';

  useEffect(() => {
    void api.appInfo().then(setAppInfo);
    void storageHealth().then(setHealth);
  }, [api]);

  // After a restart: the undo of a restore made in an earlier session.
  useEffect(() => {
    if (undoState !== undefined) return;
    let live = true;
    void pendingRestoreUndo().then((stored) => {
      if (!live || undoState !== undefined) return;
      undoState = stored ?? null;
      if (stored) setUndoState(stored);
    });
    return () => {
      live = false;
    };
  }, []);

  const afterChange = () => {
    refresh();
    notifyBackupsChanged();
    void loadList();
  };

  /** One action of the page: its button shows it is running, a failure is shown on the page. */
  const run = async (action: BackupAction, work: () => Promise<void>, failed: (message: string) => void = setPageError) => {
    setBusy(action);
    try {
      await work();
    } catch (e) {
      failed(errorMessage(e));
    } finally {
      setBusy(undefined);
    }
  };

  const backupNow = () =>
    run(
      'backup',
      async () => {
        setPageError(undefined);
        const info = await requestBackup('manual');
        // Asked again, not taken from the page's state: a click before that state arrived said "Tải về" in Electron.
        const toFolder = (await api.appInfo()).platform === 'electron';
        notifications.show({
          color: 'green',
          title: 'Đã sao lưu',
          message: toFolder ? `Đã ghi tệp ${info?.name ?? ''}.` : `Đã tải về tệp ${info?.name ?? ''} (thư mục Tải về).`,
        });
        afterChange();
      },
      (message) => setPageError(`Chưa sao lưu được: ${message}`),
    );

  const prepareRestore = async (bytes: Uint8Array, source: string) => {
    setPageError(undefined);
    try {
      const summary = await summarizeBackup(bytes);
      setPending({ bytes, summary, source });
    } catch (e) {
      setPageError(errorMessage(e));
    }
  };

  const openFile = () =>
    run('open', async () => {
      const [file] = await api.openFiles({ filters: BACKUP_FILE_FILTERS, multiple: false });
      if (file) await prepareRestore(file.bytes, file.name);
    });

  const restoreFromList = (name: string) => run('open', async () => prepareRestore(await api.readBackup(name), name));

  const confirmRestore = async () => {
    if (!pending) return;
    await run(
      'restore',
      async () => {
        setPageError(undefined);
        // Refused before it starts when it needs more than a third of the free space (main, fs.statfs).
        const room = await api.checkSpaceFor(pending.summary.bytesInDatabase ?? pending.bytes.byteLength * 10);
        if (!room.ok) {
          setPending(undefined);
          setPageError(room.message);
          return;
        }
        const result = await restoreBackup(pending.bytes, (bytes) => api.writeBackup({ bytes, reason: 'before-restore' }));
        // The browser cannot read its downloads back: there the before-restore copy is kept too.
        const readsBackFile = (await api.appInfo()).platform === 'electron';
        const record = await rememberRestoreUndo({
          beforeRestoreName: result.beforeRestore.name,
          restoredFrom: pending.source,
          ...(readsBackFile ? {} : { bytes: result.undoBytes }),
        });
        setUndo({ ...record, bytes: result.undoBytes });
        setPending(undefined);
        notifications.show({
          color: 'green',
          title: 'Đã khôi phục',
          message: `Dữ liệu đã được thay bằng bản sao lưu ${formatDateTime(result.restored.exportedAt)}.`,
        });
        afterChange();
      },
      (message) => {
        setPending(undefined);
        setPageError(message);
        // A restore that failed while writing has already saved the before-restore copy: list it.
        afterChange();
      },
    );
  };

  const undoRestore = async () => {
    if (!undo) return;
    await run('undo', async () => {
      setPageError(undefined);
      const bytes = undo.bytes ?? (await readBeforeRestoreFile(undo.beforeRestoreName));
      await restoreBackup(bytes, (current) => api.writeBackup({ bytes: current, reason: 'before-restore' }));
      setUndo(undefined);
      notifications.show({ color: 'green', title: 'Đã hoàn tác', message: 'Dữ liệu đã trở lại như trước khi khôi phục.' });
      afterChange();
    });
  };

  /** The secretary keeps the restored data: the undo is no longer offered (the file stays in the folder). */
  const dismissUndo = async () => {
    setUndo(undefined);
    await forgetRestoreUndo();
  };

  const readBeforeRestoreFile = async (name: string): Promise<Uint8Array> => {
    try {
      return await api.readBackup(name);
    } catch {
      throw new Error(
        `Không đọc được bản «${name}» trong thư mục sao lưu (có thể thư mục sao lưu đã được đổi). Nếu còn tệp đó, hãy mở nó bằng nút «Mở tệp sao lưu…» để khôi phục.`,
      );
    }
  };

  const chooseFolder = () =>
    run('folder', async () => {
      const next = await api.chooseBackupFolder();
      if (next) afterChange();
    });

  return {
    api,
    status,
    autoError,
    space,
    appInfo,
    isElectron,
    backups,
    summaries,
    health,
    busy,
    pageError,
    clearPageError: () => setPageError(undefined),
    pending,
    cancelRestore: () => setPending(undefined),
    undo,
    backupNow,
    openFile,
    restoreFromList,
    confirmRestore,
    undoRestore,
    dismissUndo,
    chooseFolder,
  };
}
