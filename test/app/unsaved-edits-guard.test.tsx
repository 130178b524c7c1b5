// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UnsavedEditsGuard } from '../../src-renderer/app/UnsavedEditsGuard';
import { installDesktopApi, resetDesktopApiForTests } from '../../src-renderer/platform';
import { createMemoryDesktop } from '../../src-renderer/platform/memory-adapter';
import type { QuitContext } from '../../src-renderer/platform/desktop-api';
import { registerPendingEdit } from '../../src-renderer/platform/pending-edits';
import { installMantineShims } from '../helpers/jsdom-shims';

beforeAll(() => installMantineShims());
const off: Array<() => void> = [];
afterEach(() => {
  cleanup();
  for (const f of off.splice(0)) f();
  resetDesktopApiForTests();
});

/** A draft the disk refuses until `disk.full` is false. */
function unsavedDraft(label: string) {
  const disk = { full: true, stored: 0 };
  let dirty = true;
  off.push(
    registerPendingEdit({
      label,
      isDirty: () => dirty,
      async flush() {
        if (disk.full) throw new DOMException('The transaction was aborted', 'AbortError');
        dirty = false;
        disk.stored++;
      },
    }),
  );
  return disk;
}

const settle = () => act(() => new Promise((r) => setTimeout(r, 20)));

describe('closing with an edit that could not be stored', () => {
  it('Electron: the quit handshake asks; "Ở lại" keeps the window; after space is freed "Thử lưu lại" stores it and closes', async () => {
    const m = createMemoryDesktop();
    installDesktopApi(m.api);
    const disk = unsavedDraft('Bảng tự đánh giá tháng 11/2026');
    const user = userEvent.setup();
    render(
      <MantineProvider>
        <UnsavedEditsGuard />
      </MantineProvider>,
    );
    await settle();
    let held = 0;
    const ctx: QuitContext = { reason: 'close', holdOn: () => void held++ };
    const task = m.quitTask!;
    const first = task(ctx);
    const dialog = await screen.findByRole('dialog', { name: 'Còn thay đổi chưa lưu được' });
    expect(dialog).toHaveTextContent('Bảng tự đánh giá tháng 11/2026');
    expect(held).toBe(1);
    await user.click(within(dialog).getByRole('button', { name: 'Ở lại' }));
    expect(await first).toBe('stay');
    // The first question fades out (Mantine's 200 ms transition) before the second is asked:
    // otherwise the fading, already emptied dialog could be the one found.
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const second = task(ctx);
    const again = await screen.findByRole('dialog', { name: 'Còn thay đổi chưa lưu được' });
    await within(again).findByText('Bảng tự đánh giá tháng 11/2026');
    disk.full = false;
    await user.click(within(again).getByRole('button', { name: 'Thử lưu lại' }));
    expect(await second).toBe('close');
    expect(disk.stored).toBe(1);
  });

  it('browser build: the page asks before it is closed or reloaded ("leave the page?")', async () => {
    const m = createMemoryDesktop();
    installDesktopApi({ ...m.api, appInfo: async () => ({ appVersion: '0.1.0', platform: 'browser', os: 'test' }) });
    render(
      <MantineProvider>
        <UnsavedEditsGuard />
      </MantineProvider>,
    );
    await settle();
    const clean = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(clean);
    expect(clean.defaultPrevented).toBe(false);
    unsavedDraft('Biên bản sinh hoạt chi bộ tháng 11/2026');
    const dirty = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(dirty);
    expect(dirty.defaultPrevented).toBe(true);
  });
});
