import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'red',
  primaryShade: 8,
  fontFamily: '"Segoe UI", Tinos, "Noto Sans", Arial, sans-serif',
  defaultRadius: 'sm',
  headings: { fontFamily: '"Segoe UI", Tinos, "Noto Sans", Arial, sans-serif' },
});
