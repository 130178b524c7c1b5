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
