import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo } from '../../platform/desktop-api';
import { getDesktopApi } from '../../platform/index';
import { summarizeBackup, type BackupSummary } from '../../services/backup';
import { errorMessage } from '../../services/errors';

/** What a backup holds, while it is read, or why it cannot be used. */
export type SummaryState = BackupSummary | { error: string } | 'loading';

/**
 * The backups of the backup folder, newest first, each with what it holds (read one after the
 * other). `onError` gets the message when the folder cannot be listed (the list is then empty).
 */
export function useBackupList(onError: (message: string) => void) {
  const [backups, setBackups] = useState<BackupInfo[]>();
  const [summaries, setSummaries] = useState<Record<string, SummaryState>>({});

  const reload = useCallback(async () => {
    const api = getDesktopApi();
    let list: BackupInfo[] = [];
    try {
      list = await api.listBackups();
    } catch (e) {
      onError(errorMessage(e));
    }
    setBackups(list);
    for (const b of list) {
      setSummaries((s) => ({ ...s, [b.name]: s[b.name] ?? 'loading' }));
    }
    for (const b of list) {
      try {
        const summary = await summarizeBackup(await api.readBackup(b.name));
        setSummaries((s) => ({ ...s, [b.name]: summary }));
      } catch (e) {
        setSummaries((s) => ({ ...s, [b.name]: { error: errorMessage(e) } }));
      }
    }
  }, [onError]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { backups, summaries, reload };
}

/** A backup that can be restored (read, not broken). */
export function usable(summary: SummaryState | undefined): summary is BackupSummary {
  return typeof summary === 'object' && !('error' in summary);
}
