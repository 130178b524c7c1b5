/**
 * The draft mechanism (services/drafts) for forms:
 * - `useFormAutosave`: a react-hook-form form that edits a stored record — each change (watch)
 *   goes to `useDraft`, so a valid edit is stored within a second and flushed before leaving; an
 *   invalid one makes the shell ask "Có thay đổi chưa lưu — Lưu / Bỏ / Ở lại".
 * - `useAskFirst`: an edit that must not be stored on its own — a form that creates a record (an
 *   autosave would create half records), an amendment that needs a reason. It is "dirty" while
 *   something is typed, so leaving asks; "Lưu" runs `save` (the form's own submit: stored, or its
 *   errors shown and the secretary stays).
 * - `useNewRecordGuard`: `useAskFirst` for a react-hook-form create form.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { registerPendingEdit } from '../platform/pending-edits';
import { DraftInvalidError, useDraft, type Draft, type DraftOptions } from './drafts';

export function useFormAutosave<V extends FieldValues>(form: UseFormReturn<V>, options: DraftOptions<V>): Draft<V> {
  const draft = useDraft<V>(options);
  const { change } = draft;
  useEffect(() => {
    const subscription = form.watch((_values, { name }) => {
      // `name` is undefined for a reset (new defaults, nothing typed).
      if (name !== undefined) change(form.getValues());
    });
    return () => subscription.unsubscribe();
  }, [form, change]);
  return draft;
}

export interface AskFirstOptions {
  /** What is being edited, in Vietnamese. */
  label: string;
  /** Something is typed that is not stored. */
  isDirty: () => boolean;
  /** Store it ("Lưu"): resolves when stored, rejects when it cannot be (invalid, refused). */
  save: () => Promise<void>;
  /** "Bỏ": forget the input. */
  discard?: () => void;
  disabled?: boolean;
}

export function useAskFirst(options: AskFirstOptions): void {
  const opts = useRef(options);
  useLayoutEffect(() => {
    opts.current = options;
  });
  useEffect(
    () =>
      registerPendingEdit({
        askFirst: true,
        get label() {
          return opts.current.label;
        },
        isDirty: () => !opts.current.disabled && opts.current.isDirty(),
        flush: () => opts.current.save(),
        discard: () => opts.current.discard?.(),
      }),
    [],
  );
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface NewRecordGuard {
  /** Run the form's submit as "Lưu" does: stored, or rejects (the form shows its errors). */
  submit: () => Promise<void>;
  /** The record was stored (or the input dropped on purpose): leaving no longer asks. */
  markDone: () => void;
}

/**
 * A react-hook-form form that creates a record: not autosaved; leaving with input asks first.
 * `store` stores the valid values (throw to refuse: the form stays, with the message shown by the
 * caller). The normal submit button should call `submit` too, then navigate.
 */
export function useNewRecordGuard<V extends FieldValues>(
  form: UseFormReturn<V>,
  options: { label: string; store: (values: V) => Promise<void>; disabled?: boolean },
): NewRecordGuard {
  const [initial] = useState(() => form.getValues());
  const done = useRef(false);
  const store = useRef(options.store);
  useLayoutEffect(() => {
    store.current = options.store;
  });

  const submit = useCallback(
    () =>
      new Promise<void>((resolve, reject) => {
        void form.handleSubmit(
          async (values) => {
            try {
              await store.current(values);
              done.current = true;
              resolve();
            } catch (e) {
              reject(e instanceof Error ? e : new Error(String(e)));
            }
          },
          () => reject(new DraftInvalidError([])),
        )();
      }),
    [form],
  );
  const markDone = useCallback(() => {
    done.current = true;
  }, []);

  useAskFirst({
    label: options.label,
    disabled: options.disabled ?? false,
    isDirty: () => !done.current && !same(form.getValues(), initial),
    save: submit,
    discard: markDone,
  });
  return { submit, markDone };
}
