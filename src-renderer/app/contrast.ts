import { CloseButton, createTheme, type CloseButtonProps, type CSSVariablesResolver } from '@mantine/core';

/**
 * Contrast for older eyes (WCAG AA, 4.5:1 for normal text): Mantine's light greens, oranges,
 * yellows and its grey "dimmed" text are too pale on white. Every page gets darker shades from
 * here, so no page has to pick them itself.
 */
const DARKER: Record<string, string> = {
  green: '#237032',
  teal: '#087060',
  cyan: '#0b6b7d',
  lime: '#4a6e0c',
  yellow: '#8a5300',
  orange: '#a34100',
};

export const contrastResolver: CSSVariablesResolver = () => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
  };
  for (const [name, hex] of Object.entries(DARKER)) {
    light[`--mantine-color-${name}-filled`] = hex;
    light[`--mantine-color-${name}-filled-hover`] = hex;
    light[`--mantine-color-${name}-outline`] = hex;
    light[`--mantine-color-${name}-light-color`] = hex;
    light[`--mantine-color-${name}-text`] = hex;
  }
  return { variables: {}, light, dark: {} };
};

/**
 * Names for assistive technology where Mantine has none by default: every close button (of a
 * notification, modal or drawer without its own label) is read as "Đóng".
 */
export const accessibleDefaults = createTheme({
  components: {
    CloseButton: CloseButton.extend({ defaultProps: { 'aria-label': 'Đóng' } as Partial<CloseButtonProps> }),
  },
});
