/**
 * One draft mechanism for every editable screen. `useDraft` keeps what was typed, stores it
 * within a second (`delayMs`, default 500 ms), registers with platform/pending-edits so the
 * shell flushes it before a route change, a window close and the main process's quit
 * handshake, retries a failed save (the edits stay in memory and the screen warns), and tells
 * the route blocker when the form cannot be saved yet (invalid input). With `journal`, every valid
 * change is also copied synchronously (platform/draft-journal) until it is stored, so a reload or a
 * crash before the save loses nothing: the next start stores it (services/draft-recovery).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { removeJournal, writeJournal } from '../platform/draft-journal';
import { registerPendingEdit } from '../platform/pending-edits';
import { activeDatabaseName } from './database';
import { isStorageError } from './errors';
import { saveFailureMessage } from './storage-failure';

/** Kinds of drafts kept in the journal; services/draft-recovery knows how to store each one. */
export type DraftKind = 'monthly-grid' | 'meeting' | 'pledge' | 'pledge-template' | 'member';

export interface DraftJournal<T> {
  kind: DraftKind;
  /** The record edited (one journal entry per record). */
  id: string;
  /** What services/draft-recovery stores for this kind (default: the value itself; must be JSON). */
  payload?: (value: T) => unknown;
}

export type DraftStatus = 'saved' | 'pending' | 'saving' | 'invalid' | 'error';

export interface DraftOptions<T> {
  /** What is being edited, in Vietnamese ("Biên bản sinh hoạt chi bộ tháng 11/2026"). */
  label: string;
  /** Store the value; throw to refuse (the edits stay, the save is retried). */
  save: (value: T) => Promise<unknown>;
  /** Problems that stop saving (Vietnamese); empty when the value may be stored. */
  validate?: (value: T) => string[];
  delayMs?: number;
  /** Retry delays after a failed save (ms). */
  retryMs?: readonly number[];
  /** Nothing to keep (a locked record): changes are neither saved nor registered. */
  disabled?: boolean;
  /** Keep a synchronous copy of each valid change until it is stored (survives a reload). */
  journal?: DraftJournal<T>;
}

export interface Draft<T> {
  status: DraftStatus;
  /** Validation problems of the last change. */
  problems: string[];
  /** Message of the last failed save, in Vietnamese (a storage engine's English never shows). */
  error?: string;
  /**
   * The last save failed in the storage itself (disk full, database closed…), not because the app
   * refused the value: the edits are kept and retried, and the screen offers "Thử lưu lại".
   */
  storageFailure: boolean;
  /** A change typed by the secretary: stored after the delay when valid. */
  change(value: T): void;
  /** Store now (resolves when stored; rejects when invalid or the save failed). */
  flush(): Promise<void>;
  /** Forget the unsaved change. */
  discard(): void;
  /** Something typed is not stored yet. */
  isDirty(): boolean;
}

export class DraftInvalidError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join(' ') || 'Chưa lưu được vì dữ liệu chưa hợp lệ.');
    this.name = 'DraftInvalidError';
  }
}

function journalKeyOf(j: DraftJournal<never> | undefined) {
  return j ? { database: activeDatabaseName(), kind: j.kind, id: j.id } : undefined;
}

const DEFAULT_RETRY = [2_000, 5_000, 15_000, 30_000] as const;

export function useDraft<T>(options: DraftOptions<T>): Draft<T> {
  const opts = useRef(options);
  useLayoutEffect(() => {
    opts.current = options;
  });
  const retry = useRef<() => void>(() => undefined);
  const [status, setStatus] = useState<DraftStatus>('saved');
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  const [storageFailure, setStorageFailure] = useState(false);
  const pending = useRef<{ value: T } | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const failures = useRef(0);
  const inFlight = useRef<Promise<void> | undefined>(undefined);
  const alive = useRef(true);

  const set = useCallback((s: DraftStatus) => alive.current && setStatus(s), []);

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (inFlight.current) await inFlight.current.catch(() => undefined);
    const item = pending.current;
    if (!item) return;
    const invalid = opts.current.validate?.(item.value) ?? [];
    if (invalid.length > 0) {
      set('invalid');
      throw new DraftInvalidError(invalid);
    }
    set('saving');
    const run = (async () => {
      try {
        await opts.current.save(item.value);
        failures.current = 0;
        if (pending.current === item) {
          pending.current = undefined;
          const key = journalKeyOf(opts.current.journal);
          if (key) removeJournal(key);
        }
        if (alive.current) {
          setError(undefined);
          setStorageFailure(false);
        }
        set(pending.current ? 'pending' : 'saved');
      } catch (e) {
        // Vietnamese, never the storage engine's English; "disk full" when main says the disk is.
        const message = await saveFailureMessage(e);
        const delay =
          (opts.current.retryMs ?? DEFAULT_RETRY)[Math.min(failures.current, (opts.current.retryMs ?? DEFAULT_RETRY).length - 1)] ?? 5_000;
        failures.current += 1;
        if (alive.current) {
          setError(message);
          setStorageFailure(isStorageError(e));
          setStatus('error');
          clearTimeout(timer.current);
          timer.current = setTimeout(() => retry.current(), delay);
        }
        throw e;
      }
    })();
    inFlight.current = run;
    try {
      await run;
    } finally {
      if (inFlight.current === run) inFlight.current = undefined;
    }
  }, [set]);
  useEffect(() => {
    retry.current = () => void flush().catch(() => undefined);
  }, [flush]);

  const change = useCallback(
    (value: T) => {
      if (opts.current.disabled) return;
      pending.current = { value };
      const invalid = opts.current.validate?.(value) ?? [];
      setProblems(invalid);
      clearTimeout(timer.current);
      if (invalid.length > 0) {
        setStatus('invalid');
        return;
      }
      setStatus('pending');
      const key = journalKeyOf(opts.current.journal);
      if (key) writeJournal({ ...key, payload: opts.current.journal?.payload ? opts.current.journal.payload(value) : value });
      timer.current = setTimeout(() => void flush().catch(() => undefined), opts.current.delayMs ?? 500);
    },
    [flush],
  );

  const discard = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = undefined;
    const key = journalKeyOf(opts.current.journal);
    if (key) removeJournal(key);
    setProblems([]);
    setError(undefined);
    setStorageFailure(false);
    setStatus('saved');
  }, []);

  const isDirty = useCallback(() => pending.current !== undefined, []);

  useEffect(() => {
    alive.current = true;
    const unregister = registerPendingEdit({
      get label() {
        return opts.current.label;
      },
      isDirty,
      flush,
      discard,
    });
    return () => {
      alive.current = false;
      unregister();
      // Leaving the screen: store what is valid (the shell has already asked about the rest).
      if (pending.current) void flush().catch(() => undefined);
    };
  }, [flush, isDirty, discard]);

  return { status, problems, error, storageFailure, change, flush, discard, isDirty };
}

/** Vietnamese line for a draft's status. */
export function draftStatusText(status: DraftStatus): string {
  switch (status) {
    case 'saved':
      return 'Đã lưu';
    case 'pending':
    case 'saving':
      return 'Đang lưu…';
    case 'invalid':
      return 'Chưa lưu — còn lỗi cần sửa';
    case 'error':
      return 'Chưa lưu được — đang thử lại';
  }
}
