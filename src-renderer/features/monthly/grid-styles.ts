/**
 * Widths of the month grid's columns (rem, so they grow with the text). The cells are styled by
 * grid.module.css, which reads these widths from the custom properties set on the grid's box.
 */
import type { CSSProperties } from 'react';

/** Widths of the pinned columns and of a level column. */
const PINNED = { tt: 2.5, name: 10.5, praised: 4.75, reminded: 4.75, reason: 8.5 } as const;
export const LEVEL_COLUMN_REM = 5.25;
/** Everything pinned: what is left of the grid's width is for the level columns. */
export const PINNED_REM = Object.values(PINNED).reduce((a, b) => a + b, 0);
/** TT and Họ và tên. */
export const PINNED_LEFT_REM = PINNED.tt + PINNED.name;

/**
 * The custom properties of the grid's box: column widths, and where the header row sticks (the
 * top of the box, or under the app's header when the page itself scrolls).
 */
export function gridVariables(headerTop: string): CSSProperties {
  return {
    '--grid-tt-w': `${PINNED.tt}rem`,
    '--grid-name-w': `${PINNED.name}rem`,
    '--grid-praised-w': `${PINNED.praised}rem`,
    '--grid-reminded-w': `${PINNED.reminded}rem`,
    '--grid-reason-w': `${PINNED.reason}rem`,
    '--grid-level-w': `${LEVEL_COLUMN_REM}rem`,
    '--grid-header-top': headerTop,
  } as CSSProperties;
}

/**
 * The least width of the table (set on a box around it, as a table's own min-width or a max() of a
 * percentage is not honoured): the pinned columns and `levelColumns` level columns of their least
 * width. The table's layout is fixed: the level columns share what the pinned ones leave of the
 * grid's width, never less than that; when the grid is narrower, its box scrolls sideways.
 */
export function tableMinWidth(levelColumns: number): string {
  return `${PINNED_REM + levelColumns * LEVEL_COLUMN_REM}rem`;
}
