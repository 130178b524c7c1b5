// @vitest-environment jsdom
/**
 * A page that can be loaded ahead (issue 19): once its code is loaded it renders at once (no
 * Suspense fallback, so no spinner and none of React's 300 ms wait after one); before that it
 * loads through React.lazy as every page; a page mounted through lazy stays mounted.
 */
import { Suspense, useState } from 'react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { preloadablePage } from '../../src-renderer/app/preloadable-page';

afterEach(() => cleanup());

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
