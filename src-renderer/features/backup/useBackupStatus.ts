import { startTransition, useCallback, useEffect, useState } from 'react';
import type { BackupStatus } from '../../platform/desktop-api';
import { getDesktopApi } from '../../platform/index';
import { errorMessage } from '../../services/errors';
import { lastBackupError, onBackupsChanged } from './backup-events';

export interface BackupStatusState {
  status?: BackupStatus;
  /** Message of the last failed automatic backup in this session. */
  error?: string;
  refresh: () => void;
}

/** Folder status and last backup time; refreshed after every backup and every 5 minutes. */
export function useBackupStatus(): BackupStatusState {
  const [status, setStatus] = useState<BackupStatus>();
  const [error, setError] = useState<string | undefined>(lastBackupError());
  const refresh = useCallback(() => {
    setError(lastBackupError());
    // A transition: the indicator (a tooltip) renders without holding back the frame that shows the
    // menu at start-up.
    const show = (s: BackupStatus) => startTransition(() => setStatus(s));
    getDesktopApi()
      .backupStatus()
      .then(show, (e: unknown) => show({ folder: '', writable: false, problem: errorMessage(e) }));
  }, []);
  useEffect(() => {
    refresh();
    const off = onBackupsChanged(refresh);
    const timer = setInterval(refresh, 5 * 60 * 1000);
    return () => {
      off();
      clearInterval(timer);
    };
  }, [refresh]);
  return { ...(status ? { status } : {}), ...(error ? { error } : {}), refresh };
}
