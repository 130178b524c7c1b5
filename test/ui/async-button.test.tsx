// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AsyncButton, SHOW_PROGRESS_AFTER_MS } from '../../src-renderer/ui/AsyncButton';
import { installMantineShims } from '../helpers/jsdom-shims';

beforeAll(() => installMantineShims());
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function deferred() {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const button = () => screen.getByRole('button', { name: 'Lưu' });
const renderButton = (onClick: () => unknown) =>
  render(
    <MantineProvider>
      <AsyncButton onClick={onClick}>Lưu</AsyncButton>
    </MantineProvider>,
  );

describe('AsyncButton: a click whose work takes a while', () => {
  it('ignores clicks while the work runs, shows the spinner only after the threshold, and is ready again when it ends', async () => {
    const work = deferred();
    const onClick = vi.fn(() => work.promise);
    renderButton(onClick);
    fireEvent.click(button());
    fireEvent.click(button());
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(button().getAttribute('aria-busy')).toBeNull();
    act(() => vi.advanceTimersByTime(SHOW_PROGRESS_AFTER_MS + 1));
    expect(button().getAttribute('aria-busy')).toBe('true');
    expect(button().getAttribute('data-loading')).toBe('true');
    await act(async () => work.resolve());
    expect(button().getAttribute('aria-busy')).toBeNull();
    fireEvent.click(button());
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it('quick work never shows the spinner, and a failed work frees the button too', async () => {
    const quick = deferred();
    const failing = deferred();
    const calls = [quick.promise, failing.promise];
    const onClick = vi.fn(() => calls.shift()!);
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    renderButton(onClick);
    fireEvent.click(button());
    await act(async () => quick.resolve());
    act(() => vi.advanceTimersByTime(SHOW_PROGRESS_AFTER_MS * 2));
    expect(button().getAttribute('aria-busy')).toBeNull();
    fireEvent.click(button());
    await act(async () => failing.reject(new Error('disk full')));
    fireEvent.click(button());
    expect(onClick).toHaveBeenCalledTimes(3);
    process.off('unhandledRejection', unhandled);
  });

  it('a click whose handler does no async work is never blocked', () => {
    const onClick = vi.fn();
    renderButton(onClick);
    fireEvent.click(button());
    fireEvent.click(button());
    expect(onClick).toHaveBeenCalledTimes(2);
  });
});
