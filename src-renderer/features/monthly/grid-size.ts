/** Sizes of the month grid measured on the page: how many level columns fit, how tall the box may be. */
import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { LEVEL_COLUMN_REM, PINNED_REM } from './grid-styles';

const rootFontPx = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

/**
 * How many level columns fit beside the pinned ones in the grid's width (large text shows one
 * group of that many at a time). Measured again when the box resizes or `shownKey` changes (the
 * grid appears once the month is loaded).
 */
export function useLevelColumnsThatFit(ref: RefObject<HTMLElement | null>, active: boolean, shownKey: unknown): number {
  const [count, setCount] = useState(4);
  useEffect(() => {
    const el = ref.current;
    if (!active || !el) return;
    const measure = () => {
      const rem = rootFontPx();
      // 2 px of border, and a little room so a column is never cut by the scrollbar.
      const free = el.clientWidth - 2 - PINNED_REM * rem - 16;
      setCount(Math.max(1, Math.floor(free / (LEVEL_COLUMN_REM * rem))));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, active, shownKey]);
  return count;
}

/**
 * The grid's height (while `active`), so that its bottom (and its horizontal scrollbar) is inside
 * the window when the page is scrolled to the top; never less than 16rem. Set on the element itself
 * before the first paint (a state would render every row again for it), and again on resize.
 */
export function useHeightToWindowBottom(ref: RefObject<HTMLElement | null>, active: boolean, shownKey: unknown): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (!active) {
      el.style.maxHeight = '';
      return;
    }
    const measure = () => {
      const top = el.getBoundingClientRect().top + window.scrollY;
      const rem = rootFontPx();
      el.style.maxHeight = `${Math.max(16 * rem, window.innerHeight - top - 12)}px`;
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [ref, active, shownKey]);
}
