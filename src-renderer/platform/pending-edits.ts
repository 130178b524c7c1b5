/**
 * Edits typed but not yet stored. Every editable screen's draft registers a flusher here; the shell
 * flushes them all before a route change completes, before the window closes and in the main
 * process's quit handshake, and warns when one could not be saved.
 */

export interface PendingEdit {
  /** What the secretary was editing, in Vietnamese ("Bảng tự đánh giá tháng 11/2026"). */
  label: string;
  /** True while something typed is not stored yet. */
  isDirty(): boolean;
  /** Store it now; rejects when it cannot be stored (the edits stay in memory). */
  flush(): Promise<void>;
}

const pending = new Set<PendingEdit>();

/** Register a draft; returns the function that unregisters it. */
export function registerPendingEdit(edit: PendingEdit): () => void {
  pending.add(edit);
  return () => {
    pending.delete(edit);
  };
}

export function hasPendingEdits(): boolean {
  for (const edit of pending) if (edit.isDirty()) return true;
  return false;
}

export interface FlushResult {
  ok: boolean;
  /** Labels of the drafts that could not be stored. */
  failed: string[];
}

/** Flush every dirty draft; never throws. */
export async function flushPendingEdits(): Promise<FlushResult> {
  const dirty = [...pending].filter((e) => e.isDirty());
  const results = await Promise.allSettled(dirty.map((e) => e.flush()));
  const failed = dirty.filter((_, i) => results[i]!.status === 'rejected').map((e) => e.label);
  return { ok: failed.length === 0, failed };
}
