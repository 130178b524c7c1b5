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
  /** Forget what is not stored (the secretary chose "Bỏ"). */
  discard?(): void;
  /**
   * Stored only when the secretary says so (a form that creates a record): an automatic flush
   * (route change, window close) leaves it and reports it as not stored, so the question is asked;
   * "Lưu" (a flush with `all`) stores it.
   */
  askFirst?: boolean;
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

export interface FlushOptions {
  /** Also store the edits that ask first (the secretary answered "Lưu"). */
  all?: boolean;
}

/** Flush every dirty draft; never throws. */
export async function flushPendingEdits(options: FlushOptions = {}): Promise<FlushResult> {
  const dirty = [...pending].filter((e) => e.isDirty());
  const results = await Promise.allSettled(
    dirty.map((e) => (e.askFirst && !options.all ? Promise.reject(new Error('ask first')) : e.flush())),
  );
  const failed = dirty.filter((_, i) => results[i]!.status === 'rejected').map((e) => e.label);
  return { ok: failed.length === 0, failed };
}

/** Forget every unsaved edit (the secretary chose to leave without saving). */
export function discardPendingEdits(): void {
  for (const edit of [...pending]) if (edit.isDirty()) edit.discard?.();
}
