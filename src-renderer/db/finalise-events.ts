/**
 * "Something was finalised" notifications (minutes passed, pledge confirmed, review decided),
 * announced by the repositories after their transaction commits. The backup scheduler listens
 * and takes a backup, so finalised records always exist outside IndexedDB too.
 */
export type FinaliseKind = 'minutes' | 'pledge' | 'review';

type Listener = (kind: FinaliseKind) => void;
const listeners = new Set<Listener>();

export function onFinalised(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceFinalised(kind: FinaliseKind): void {
  for (const listener of listeners) listener(kind);
}
