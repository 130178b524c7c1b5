// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { RouteErrorBoundary } from '../../src-renderer/app/RouteErrorBoundary';
import { installMantineShims } from '../helpers/jsdom-shims';

function Broken(): never {
  throw new Error('scale.data.levels is undefined');
}

beforeAll(() => installMantineShims());
afterEach(() => cleanup());

describe('an error boundary per route', () => {
  it('a screen that throws shows the Vietnamese error page (not a blank window), logs the error, and leads back to Tháng này', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <MantineProvider>
        <MemoryRouter initialEntries={['/tu-danh-gia']}>
          <Routes>
            <Route
              path="/"
              element={
                <RouteErrorBoundary>
                  <p>Trang Tháng này</p>
                </RouteErrorBoundary>
              }
            />
            <Route
              path="/tu-danh-gia"
              element={
                <RouteErrorBoundary>
                  <Broken />
                </RouteErrorBoundary>
              }
            />
          </Routes>
        </MemoryRouter>
      </MantineProvider>,
      // React retries a failed concurrent render synchronously and reports the first failure as
      // "recoverable"; the boundary then catches the second. Only the boundary's handling is tested.
      { onRecoverableError: () => undefined },
    );
    expect(await screen.findByText('Có lỗi khi hiển thị trang này. Dữ liệu không bị mất.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sao lưu ngay' })).toBeInTheDocument();
    expect(screen.getByText(/scale\.data\.levels is undefined/u)).toBeInTheDocument();
    expect(log.mock.calls.some((c) => String(c[0]).includes('Lỗi khi hiển thị trang'))).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Về Tháng này' }));
    expect(await screen.findByText('Trang Tháng này')).toBeInTheDocument();
    log.mockRestore();
  });
});
