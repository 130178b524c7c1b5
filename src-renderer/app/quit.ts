/**
 * The renderer's side of the quit handshake (main: src-main/lifecycle.ts). When the window closes
 * or Windows ends the session:
 * 1. every pending edit is flushed (platform/pending-edits — each screen's draft registers there);
 * 2. if some could not be stored (disk full, database closed…) and the user closed the window, the
 *    user is asked — "Thử lưu lại" (flush again, new records too), "Ở lại" (keep the window: nothing
 *    lost) or "Đóng, bỏ các thay đổi" (forgotten, journal included) — while main is told to stop its 15 s timeout (ctx.holdOn());
 *    at session end there is no one to ask: what could be stored is stored;
 * 3. the quit backup (features/backup backupOnQuit: only while the scheduler runs);
 * 4. answer 'close' or 'stay'.
 */
import type { DesktopApi, QuitContext, QuitDecision } from '../platform/desktop-api';
import { discardPendingEdits, flushPendingEdits, type FlushOptions, type FlushResult } from '../platform/pending-edits';

export type UnsavedChoice = 'retry' | 'stay' | 'discard';

export interface QuitHandshakeDeps {
  flush?: (options?: FlushOptions) => Promise<FlushResult>;
  /** Forget the edits the user chose to drop (default: platform/pending-edits). */
  discard?: () => void;
  /** Asks the user what to do with the drafts that could not be stored (labels in Vietnamese). */
  askUnsaved: (failed: string[]) => Promise<UnsavedChoice>;
  backup: () => Promise<unknown>;
}

export async function runQuitSequence(ctx: QuitContext, deps: QuitHandshakeDeps): Promise<QuitDecision> {
  const flush = deps.flush ?? flushPendingEdits;
  let result = await flush();
  if (!result.ok && ctx.reason === 'close') {
    ctx.holdOn();
    for (;;) {
      const choice = await deps.askUnsaved(result.failed);
      if (choice === 'stay') return 'stay';
      if (choice === 'discard') {
        (deps.discard ?? discardPendingEdits)();
        break;
      }
      result = await flush({ all: true });
      if (result.ok) break;
    }
  }
  try {
    await deps.backup();
  } catch {
    // automatic backups report their failure themselves; closing must not be blocked by it
  }
  return 'close';
}

export function installQuitHandshake(api: DesktopApi, deps: QuitHandshakeDeps): void {
  api.onBeforeQuit((ctx) => runQuitSequence(ctx, deps));
}
