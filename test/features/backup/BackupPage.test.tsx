// @vitest-environment jsdom
import { Blob as NodeBlob } from 'node:buffer';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceDatabase, type DatabaseDump } from '../../../src-renderer/db/backup';
import { getDb, initDb } from '../../../src-renderer/db/instance';
import BackupPage from '../../../src-renderer/features/backup/BackupPage';
import { resetBackupSchedulerForTests } from '../../../src-renderer/features/backup/scheduler';
import { resetUndoStateForTests } from '../../../src-renderer/features/backup/useBackupPage';
import { createBackupBytes, pendingRestoreUndo, rememberRestoreUndo, restoreBackup } from '../../../src-renderer/services/backup';
import { installDesktopApi } from '../../../src-renderer/platform';
import { createMemoryDesktop } from '../../../src-renderer/platform/memory-adapter';
import { BackupIndicator, describeBackupAge } from '../../../src-renderer/ui/BackupIndicator';
import { readFixture } from '../../db/migration-harness';
import { installMantineShims } from '../../helpers/jsdom-shims';

// Two shared cores: give IndexedDB work time (no timing is asserted).
configure({ asyncUtilTimeout: 20_000 });

// Mantine needs these in jsdom; the codec needs Blob.stream(), which jsdom's Blob lacks (Chromium has it).
beforeAll(() => {
  globalThis.Blob = NodeBlob as unknown as typeof Blob;
  installMantineShims();
});

afterAll(() => {
  cleanup();
  resetBackupSchedulerForTests();
});

describe('describeBackupAge / BackupIndicator', () => {
  const now = new Date(2026, 5, 15, 16, 0);
  it('describes the age and warns after 7 days', () => {
    expect(describeBackupAge(undefined, now)).toMatchObject({ level: 'danger', label: 'Chưa có bản sao lưu nào' });
    expect(describeBackupAge(new Date(2026, 5, 15, 14, 5).toISOString(), now)).toMatchObject({
      level: 'ok',
      label: 'Đã sao lưu lúc 14:05 hôm nay',
    });
    expect(describeBackupAge(new Date(2026, 5, 14, 17, 30).toISOString(), now).label).toBe('Đã sao lưu hôm qua lúc 17:30');
    expect(describeBackupAge(new Date(2026, 5, 8, 9).toISOString(), now)).toMatchObject({ level: 'warn', days: 7 });
    expect(describeBackupAge(new Date(2026, 5, 7, 9).toISOString(), now)).toMatchObject({
      level: 'danger',
      label: 'Đã 8 ngày chưa sao lưu (lần cuối 07/06/2026)',
    });
  });

  it('shows a folder problem as an error state', () => {
    render(
      <MantineProvider>
        <BackupIndicator lastBackupAt={now.toISOString()} now={now} problem="Thư mục sao lưu không cho phép ghi." />
      </MantineProvider>,
    );
    const el = screen.getByTestId('backup-indicator');
    expect(el).toHaveTextContent('Sao lưu đang gặp lỗi');
    expect(el.getAttribute('aria-label')).toMatch(/không cho phép ghi/u);
    cleanup();
  });
});

describe('BackupPage (Electron-like API)', () => {
  it('backs up now, lists the backup with its counts, restores it with confirmation, and undoes the restore', async () => {
    const desktop = createMemoryDesktop();
    const folder = desktop.folder;
    installDesktopApi(desktop.api);
    await initDb(`backup-page-${Date.now()}`);
    const fixture = readFixture('db-v1.json') as unknown as DatabaseDump;
    await replaceDatabase(getDb(), fixture);
    const user = userEvent.setup();

    render(
      <MantineProvider>
        <Notifications />
        <BackupPage />
      </MantineProvider>,
    );
    expect(await screen.findByText('Chưa có bản sao lưu nào trong thư mục.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Sao lưu ngay' }));
    const table = await screen.findByRole('table', { name: 'Danh sách bản sao lưu' });
    await waitFor(() => expect(within(table).getByText(/3 đảng viên/u)).toBeInTheDocument());
    expect(within(table).getByText('Sao lưu ngay')).toBeInTheDocument();
    expect(folder.size).toBe(1);
    await waitFor(() => expect(screen.getByTestId('last-backup')).not.toHaveTextContent('Chưa có'));

    // The secretary then deletes a member by mistake…
    await getDb().members.delete('7c1e0d4a-2222-4b6f-8a10-000000000003');
    expect(await getDb().members.count()).toBe(2);

    await user.click(within(table).getByRole('button', { name: /^Khôi phục bản/u }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Chi bộ Sở Tư pháp/u)).toBeInTheDocument();
    expect(within(dialog).getByText(/3 đảng viên/u)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Khôi phục' }));

    await waitFor(() => expect(screen.getByTestId('undo-panel')).toBeInTheDocument());
    expect(await getDb().members.count()).toBe(3);
    // A before-restore copy was written first.
    expect([...folder.keys()].some((n) => n.includes('before-restore'))).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Hoàn tác khôi phục' }));
    await waitFor(() => expect(screen.queryByTestId('undo-panel')).not.toBeInTheDocument());
    expect(await getDb().members.count()).toBe(2);
    cleanup();
  });

  it('a restore needing more than a third of the free space is refused before it starts; low disk is shown from statfs', async () => {
    const desktop = createMemoryDesktop();
    const folder = desktop.folder;
    installDesktopApi(desktop.api);
    const fixture = readFixture('db-v1.json') as unknown as DatabaseDump;
    await replaceDatabase(getDb(), fixture);
    desktop.space = {
      low: true,
      profile: { path: '/p', freeBytes: 50 * 1024 * 1024, totalBytes: 64 * 1024 * 1024 },
      message: 'Ổ đĩa chứa dữ liệu của ứng dụng chỉ còn 50 MB trống.',
    };
    desktop.spaceCheck = { ok: false, message: 'Chưa thực hiện: việc này cần khoảng 20 MB nhưng ổ đĩa chứa dữ liệu chỉ còn 50 MB trống.' };
    const user = userEvent.setup();
    render(
      <MantineProvider>
        <Notifications />
        <BackupPage />
      </MantineProvider>,
    );
    await user.click(await screen.findByRole('button', { name: 'Sao lưu ngay' }));
    const table = await screen.findByRole('table', { name: 'Danh sách bản sao lưu' });
    await waitFor(() => expect(within(table).getByText(/3 đảng viên/u)).toBeInTheDocument());
    expect(await screen.findByText('Ổ đĩa chứa dữ liệu của ứng dụng chỉ còn 50 MB trống.')).toBeInTheDocument();
    expect(screen.getByTestId('profile-free')).toHaveTextContent('còn trống 50 MB');
    await getDb().members.delete('7c1e0d4a-2222-4b6f-8a10-000000000003');
    await user.click(within(table).getByRole('button', { name: /^Khôi phục bản/u }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Khôi phục' }));
    expect(await screen.findByText(/Chưa thực hiện: việc này cần khoảng 20 MB/u)).toBeInTheDocument();
    expect(desktop.spaceAsked).toHaveLength(1);
    expect(desktop.spaceAsked[0]).toBeGreaterThan(1000);
    expect(await getDb().members.count()).toBe(2); // nothing changed
    expect([...folder.keys()].some((n) => n.includes('before-restore'))).toBe(false);
    cleanup();
  });

  it('the undo of a restore is still offered after the app is reopened (read again from the before-restore file), and can be dismissed', async () => {
    const desktop = createMemoryDesktop();
    installDesktopApi(desktop.api);
    resetUndoStateForTests();
    const fixture = readFixture('db-v1.json') as unknown as DatabaseDump;
    await replaceDatabase(getDb(), fixture);
    const user = userEvent.setup();
    const page = () =>
      render(
        <MantineProvider>
          <Notifications />
          <BackupPage />
        </MantineProvider>,
      );
    page();
    await user.click(await screen.findByRole('button', { name: 'Sao lưu ngay' }));
    const table = await screen.findByRole('table', { name: 'Danh sách bản sao lưu' });
    await waitFor(() => expect(within(table).getByText(/3 đảng viên/u)).toBeInTheDocument());
    await getDb().members.delete('7c1e0d4a-2222-4b6f-8a10-000000000003');
    await user.click(within(table).getByRole('button', { name: /^Khôi phục bản/u }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Khôi phục' }));
    await waitFor(() => expect(screen.getByTestId('undo-panel')).toBeInTheDocument());
    expect(await getDb().members.count()).toBe(3);
    const beforeRestoreName = [...desktop.folder.keys()].find((n) => n.includes('before-restore'));
    expect(beforeRestoreName).toBeDefined();
    // Electron reads the file back from the folder: the stored record holds no copy of it.
    const stored = await pendingRestoreUndo();
    expect(stored).toMatchObject({ beforeRestoreName, database: 'so-neu-guong' });
    expect(stored?.bytes).toBeUndefined();

    // The app is closed and opened again.
    cleanup();
    resetUndoStateForTests();
    page();
    const panel = await screen.findByTestId('undo-panel');
    expect(panel).toHaveTextContent(`«${beforeRestoreName}»`);
    expect(panel).toHaveTextContent(/Lúc \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}, dữ liệu đã được thay bằng bản sao lưu «so-neu-guong-/u);
    await user.click(within(panel).getByRole('button', { name: 'Hoàn tác khôi phục' }));
    await waitFor(() => expect(screen.queryByTestId('undo-panel')).not.toBeInTheDocument());
    expect(await getDb().members.count()).toBe(2);
    expect(await pendingRestoreUndo()).toBeUndefined();

    // Another restore, then "Giữ dữ liệu đã khôi phục": no undo after the next start.
    const list = await screen.findByRole('table', { name: 'Danh sách bản sao lưu' });
    await user.click(
      within(list)
        .getAllByRole('button', { name: /^Khôi phục bản/u })
        .at(-1)!,
    );
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Khôi phục' }));
    await user.click(await screen.findByRole('button', { name: 'Giữ dữ liệu đã khôi phục' }));
    await waitFor(() => expect(screen.queryByTestId('undo-panel')).not.toBeInTheDocument());
    expect(await pendingRestoreUndo()).toBeUndefined();
    cleanup();
    resetUndoStateForTests();
    page();
    await screen.findByRole('table', { name: 'Danh sách bản sao lưu' });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId('undo-panel')).not.toBeInTheDocument();
    cleanup();
  });

  it('the record keeps the before-restore copy when given one (the browser); any other restore forgets the undo', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const record = await rememberRestoreUndo({
      beforeRestoreName: 'so-neu-guong-20261120-090000-before-restore.sng.json.gz',
      restoredFrom: 'a.sng.json.gz',
      bytes,
    });
    expect(record.restoredAt).toMatch(/^\d{4}-/u);
    expect([...((await pendingRestoreUndo())?.bytes ?? [])]).toEqual([1, 2, 3]);
    // Any other restore (here the wizard's or start-up recovery's kind, no before-restore copy) forgets it.
    await restoreBackup(await createBackupBytes(), async () => undefined);
    expect(await pendingRestoreUndo()).toBeUndefined();
  });
});
