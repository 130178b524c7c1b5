import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'red',
  primaryShade: 8,
  fontFamily: '"Segoe UI", Tinos, "Noto Sans", Arial, sans-serif',
  defaultRadius: 'sm',
  headings: { fontFamily: '"Segoe UI", Tinos, "Noto Sans", Arial, sans-serif' },
  components: {
    // Mantine's own label of the eye button is English ("Toggle password visibility"). A plain object,
    // not PasswordInput.extend: the theme is in the start-up chunk, the password field is not.
    PasswordInput: { defaultProps: { visibilityToggleButtonProps: { 'aria-label': 'Hiện hoặc ẩn mật khẩu' } } },
  },
});
