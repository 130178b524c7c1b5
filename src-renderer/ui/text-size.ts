import { createContext, useContext } from 'react';

/** Root font size of each text size setting (thường / lớn / rất lớn); the whole UI is in rem. */
export const TEXT_SIZE_PX = { normal: 16, large: 19, xlarge: 22 } as const;

export type TextSize = keyof typeof TEXT_SIZE_PX;

/** How much larger than normal: for the few sizes that must be given in pixels (virtual rows). */
export function textScale(size: TextSize): number {
  return TEXT_SIZE_PX[size] / TEXT_SIZE_PX.normal;
}

/** The text size in force (provided by the app shell from the settings). */
export const TextSizeContext = createContext<TextSize>('normal');

/** The text size in force; screens reflow at "lớn" and "rất lớn" (stacked fields, one group of columns). */
export function useTextSize(): TextSize {
  return useContext(TextSizeContext);
}

/** Large text ("lớn" or "rất lớn"): the layouts that would squeeze or overflow reflow. */
export function useLargeText(): boolean {
  return useTextSize() !== 'normal';
}
