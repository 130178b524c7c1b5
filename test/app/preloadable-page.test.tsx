// @vitest-environment jsdom
/**
 * A page that can be loaded ahead (issue 19): once its code is loaded it renders at once (no
 * Suspense fallback, so no spinner and none of React's 300 ms wait after one); before that it
 * loads through React.lazy as every page; a page mounted through lazy stays mounted.
 */
import { Suspense, useState } from 'react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { preloadablePage, preloadInTurn } from '../../src-renderer/app/preloadable-page';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

function Counter() {
  const [n, setN] = useState(0);
  return (
    <button type="button" onClick={() => setN(n + 1)}>
      Đếm {n}
    </button>
  );
}

const inSuspense = (node: React.ReactNode) => <Suspense fallback={<p>Đang tải</p>}>{node}</Suspense>;

describe('preloadablePage', () => {
  it('renders at once, without the fallback, once preloaded', async () => {
    let loads = 0;
    const { Page, preload } = preloadablePage(async () => {
      loads += 1;
      return { default: () => <h1>Trang tháng</h1> };
    });
    await preload();
    render(inSuspense(<Page />));
    // Synchronously there: the fallback never showed.
    expect(screen.queryByText('Đang tải')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Trang tháng' })).toBeTruthy();
    expect(loads).toBe(1);
  });

  it('loads on demand through the fallback when not preloaded, and stays mounted when the load ends', async () => {
    const gate = deferred();
    const { Page } = preloadablePage(async () => {
      await gate.promise;
      return { default: Counter };
    });
    function Parent() {
      const [tick, setTick] = useState(0);
      return (
        <>
          <button type="button" onClick={() => setTick(tick + 1)}>
            Vẽ lại {tick}
          </button>
          {inSuspense(<Page />)}
        </>
      );
    }
    render(<Parent />);
    expect(screen.getByText('Đang tải')).toBeTruthy();
    await act(async () => gate.resolve());
    const counter = await screen.findByRole('button', { name: 'Đếm 0' });
    act(() => counter.click());
    expect(screen.getByRole('button', { name: 'Đếm 1' })).toBeTruthy();
    // The parent renders again after the code is loaded: the page keeps its state (not mounted anew).
    act(() => screen.getByRole('button', { name: 'Vẽ lại 0' }).click());
    expect(screen.getByRole('button', { name: 'Đếm 1' })).toBeTruthy();
  });
});

describe('preloadInTurn: the screens loaded ahead while the window is idle', () => {
  /**
   * Moves the clock by `ms`, then 1 ms more for the 0 ms timer that stands in for the idle callback
   * (jsdom has no requestIdleCallback), letting the promise callbacks run.
   */
  const flush = async (ms = 0) => {
    await vi.advanceTimersByTimeAsync(ms);
    await vi.advanceTimersByTimeAsync(1);
  };

  it('starts after the delay, loads one at a time in order, and goes on past a failed load', async () => {
    vi.useFakeTimers();
    const started: string[] = [];
    const gates = new Map<string, ReturnType<typeof deferred>>();
    const load =
      (name: string, fails = false) =>
      () => {
        started.push(name);
        const gate = deferred();
        gates.set(name, gate);
        return fails ? gate.promise.then(() => Promise.reject(new Error('mất mạng'))) : gate.promise;
      };
    preloadInTurn([load('tháng'), load('đảng viên', true), load('sổ đăng ký')], 1_000);
    await flush(998);
    expect(started).toEqual([]);
    await flush(1);
    expect(started).toEqual(['tháng']);
    // The next one waits for the one loading.
    await flush(5_000);
    expect(started).toEqual(['tháng']);
    gates.get('tháng')!.resolve();
    await flush();
    expect(started).toEqual(['tháng', 'đảng viên']);
    gates.get('đảng viên')!.resolve();
    await flush();
    expect(started).toEqual(['tháng', 'đảng viên', 'sổ đăng ký']);
  });

  it('cancelled (the app unmounted): nothing more starts', async () => {
    vi.useFakeTimers();
    const started: number[] = [];
    const gate = deferred();
    const cancel = preloadInTurn(
      [0, 1, 2].map((i) => () => {
        started.push(i);
        return gate.promise;
      }),
      1_000,
    );
    await flush(1_000);
    expect(started).toEqual([0]);
    cancel();
    gate.resolve();
    await flush(10_000);
    expect(started).toEqual([0]);
    const none = preloadInTurn([() => (started.push(9), Promise.resolve())], 1_000);
    none();
    await flush(10_000);
    expect(started).toEqual([0]);
  });
});
