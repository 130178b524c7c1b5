/** Root font size of each text size setting (thường / lớn / rất lớn); the whole UI is in rem. */
export const TEXT_SIZE_PX = { normal: 16, large: 19, xlarge: 22 } as const;

export type TextSize = keyof typeof TEXT_SIZE_PX;

/** How much larger than normal: for the few sizes that must be given in pixels (virtual rows). */
export function textScale(size: TextSize): number {
  return TEXT_SIZE_PX[size] / TEXT_SIZE_PX.normal;
}
