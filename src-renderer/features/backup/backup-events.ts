/**
 * "A backup was written or failed" and the last automatic backup's failure, shared by the
 * scheduler (features/backup/scheduler, loaded once the shell starts it) and the header's
 * indicator, which is on screen from the start and must not load the backup code itself.
 */

let lastError: string | undefined;
const listeners = new Set<() => void>();

/** Subscribe to "a backup was written or failed"; returns the unsubscribe function. */
export function onBackupsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyBackupsChanged(): void {
  for (const l of listeners) l();
}

/** Message of the last failed automatic backup in this session (cleared by a successful one). */
export function lastBackupError(): string | undefined {
  return lastError;
}

/** The scheduler records the outcome of a backup (undefined: it succeeded). */
export function setLastBackupError(message: string | undefined): void {
  lastError = message;
}

/** For tests (resetBackupSchedulerForTests): forget the error and the listeners. */
export function resetBackupEventsForTests(): void {
  lastError = undefined;
  listeners.clear();
}
