/** Cell styles of the month grid (a plain table: thousands of Mantine cells would be slow). */
import type { CSSProperties } from 'react';

export const th = {
  padding: '4px 6px',
  borderBottom: '1px solid var(--mantine-color-gray-4)',
  fontWeight: 600,
  fontSize: '0.8125rem',
  textAlign: 'center' as const,
};

export const td = { padding: '3px 6px', borderBottom: '1px solid var(--mantine-color-gray-3)', fontSize: '0.8125rem' };

/** Widths (rem, so they grow with the text) of the pinned columns and of a level column. */
const PINNED = { tt: 2.5, name: 10.5, praised: 4.75, reminded: 4.75, reason: 8.5 } as const;
export const LEVEL_COLUMN_REM = 5.25;
/** Everything pinned: what is left of the grid's width is for the level columns. */
export const PINNED_REM = Object.values(PINNED).reduce((a, b) => a + b, 0);
/** TT and Họ và tên. */
export const PINNED_LEFT_REM = PINNED.tt + PINNED.name;

type Pinned = keyof typeof PINNED;
const rem = (n: number) => `${n}rem`;
const OFFSET: Record<Pinned, CSSProperties> = {
  tt: { left: 0 },
  name: { left: rem(PINNED.tt) },
  praised: { right: rem(PINNED.reminded + PINNED.reason) },
  reminded: { right: rem(PINNED.reason) },
  reason: { right: 0 },
};
const EDGE: Partial<Record<Pinned, CSSProperties>> = {
  name: { boxShadow: 'inset -2px 0 0 var(--mantine-color-gray-4)' },
  praised: { boxShadow: 'inset 2px 0 0 var(--mantine-color-gray-4)' },
};

/**
 * A pinned column: TT and Họ và tên stay at the left, Biểu dương, Nhắc nhở and Không đánh giá at
 * the right, whatever the horizontal scroll. Sticky cells need an opaque background; a header
 * cell also sticks at `headerTop` (the top of the grid's box, or under the app's header when the
 * page itself scrolls).
 */
export function pinned(column: Pinned, background: string, headerTop?: string): CSSProperties {
  const header = headerTop !== undefined;
  const width = rem(PINNED[column]);
  return {
    position: 'sticky',
    ...OFFSET[column],
    ...EDGE[column],
    ...(header ? { top: headerTop } : {}),
    zIndex: header ? 3 : 1,
    background,
    width,
    minWidth: width,
    maxWidth: width,
  };
}

export const HEADER_BG = 'var(--mantine-color-gray-1)';
export const rowBackground = (index: number) => (index % 2 ? 'var(--mantine-color-gray-0)' : 'var(--mantine-color-body)');
