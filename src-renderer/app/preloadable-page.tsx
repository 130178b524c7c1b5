import { lazy, useState, type ComponentType } from 'react';

/**
 * A page loaded on demand that can also be loaded ahead (`preload`): once its code is there, it
 * renders at once instead of through React.lazy, which suspends on its first render even when the
 * module is already loaded (the route then shows its "Đang tải" spinner, and React reveals the page
 * no sooner than 300 ms after the spinner appeared).
 */
export function preloadablePage(load: () => Promise<{ default: ComponentType }>) {
  let loaded: ComponentType | undefined;
  const preload = () =>
    load().then((m) => {
      loaded = m.default;
      return m;
    });
  const Lazy = lazy(preload);
  function Page() {
    // Chosen once per mount: switching from Lazy to the loaded component would mount the page anew.
    const [Loaded] = useState(() => loaded);
    return Loaded ? <Loaded /> : <Lazy />;
  }
  return { Page, preload };
}

/**
 * Runs the preloads one after another, each when the window is idle (within 5 s), starting after
 * `delayMs`; a failed load is skipped (the page then loads on demand, with its own error). Returns
 * the cancel function: the preloads not yet started are not run.
 */
export function preloadInTurn(preloads: ReadonlyArray<() => Promise<unknown>>, delayMs = 1_000): () => void {
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const next = (i: number) => {
    if (cancelled || i >= preloads.length) return;
    const run = () => {
      idle = undefined;
      if (cancelled) return;
      void preloads[i]!()
        .catch(() => undefined)
        .then(() => next(i + 1));
    };
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: 5_000 });
    else timer = setTimeout(run, 0);
  };
  timer = setTimeout(() => next(0), delayMs);
  return () => {
    cancelled = true;
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
