// @vitest-environment jsdom
import { MantineProvider, PasswordInput } from '@mantine/core';
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { theme } from '../../src-renderer/app/theme';
import { installMantineShims } from '../helpers/jsdom-shims';

beforeAll(() => installMantineShims());
afterEach(cleanup);

describe('app theme', () => {
  it('labels the password eye button in Vietnamese (Mantine says "Toggle password visibility")', () => {
    const { container } = render(
      <MantineProvider theme={theme}>
        <PasswordInput label="Mật khẩu" />
      </MantineProvider>,
    );
    const button = container.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe('Hiện hoặc ẩn mật khẩu');
  });
});
