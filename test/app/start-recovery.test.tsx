// @vitest-environment jsdom
import { Blob as NodeBlob } from 'node:buffer';
import { MantineProvider } from '@mantine/core';
import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openOrRecover } from '../../src-renderer/app/start';
import { createBackupBytes, replaceDatabase, type DatabaseDump } from '../../src-renderer/db/backup';
import { DATABASE_NAME } from '../../src-renderer/db/database';
import { getDb } from '../../src-renderer/db/instance';
import { openDatabase } from '../../src-renderer/db/open';
import { isDatabaseEmpty } from '../../src-renderer/db/is-empty';
import { restoreIntoNewDatabase } from '../../src-renderer/db/recovery';
import { RecoveryScreen } from '../../src-renderer/features/backup/RecoveryScreen';
import { installDesktopApi } from '../../src-renderer/platform';
import { readFixture } from '../db/migration-harness';
import { installMantineShims } from '../helpers/jsdom-shims';
import { createMemoryDesktop } from '../../src-renderer/platform/memory-adapter';

configure({ asyncUtilTimeout: 20_000 });
beforeAll(() => {
  globalThis.Blob = NodeBlob as unknown as typeof Blob;
  installMantineShims();
});
afterEach(() => cleanup());

const fixture = () => readFixture('db-v1.json') as unknown as DatabaseDump;

/** A backup folder with an older backup (2 members) and a newer one (3 members). */
async function folderWithTwoBackups() {
  const m = createMemoryDesktop();
  const source = await openDatabase(`source-${Date.now()}-${Math.random()}`);
  const dump = fixture();
  await replaceDatabase(source, { ...dump, tables: { ...dump.tables, members: dump.tables.members.slice(0, 2) } });
  await m.api.writeBackup({ bytes: await createBackupBytes(source, new Date(2026, 10, 1)), reason: 'daily' });
  await replaceDatabase(source, dump);
  await m.api.writeBackup({ bytes: await createBackupBytes(source, new Date(2026, 10, 2)), reason: 'quit' });
  source.close();
  installDesktopApi(m.api);
  return m;
}

describe('start-up: the database opened empty while backups exist', () => {
  it('openOrRecover offers the recovery before anything else; with no backups it goes on to the wizard', async () => {
    const m = createMemoryDesktop();
    installDesktopApi(m.api);
    expect(await openOrRecover(false)).toMatchObject({ status: 'ready' });
    expect(await isDatabaseEmpty(getDb())).toBe(true);
    await folderWithTwoBackups();
    expect(await openOrRecover(false)).toEqual({ status: 'recover', problem: { kind: 'empty' } });
    // The sample cell never triggers it.
    expect(await openOrRecover(true)).toMatchObject({ status: 'ready' });
  });

  it('opened but unreadable (full disk right after Chromium recreated the store): the backups, never the wizard', async () => {
    await folderWithTwoBackups();
    await openOrRecover(false);
    const error = Object.assign(new Error('Internal error opening backing store for indexedDB.open.'), { name: 'UnknownError' });
    const read = vi.spyOn(getDb(), 'transaction').mockImplementationOnce((() => Promise.reject(error)) as never);
    try {
      expect(await openOrRecover(false)).toEqual({
        status: 'recover',
        problem: { kind: 'open_failed', error, databaseName: DATABASE_NAME },
      });
    } finally {
      read.mockRestore();
    }
  });

  it('"Khôi phục từ bản sao lưu gần nhất": newest first with counts; restoring keeps a before-restore copy and reloads', async () => {
    const { folder } = await folderWithTwoBackups();
    const onRestored = vi.fn();
    const onStartFresh = vi.fn();
    const user = userEvent.setup();
    render(
      <MantineProvider>
        <RecoveryScreen problem={{ kind: 'empty' }} onStartFresh={onStartFresh} onRestored={onRestored} />
      </MantineProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Khôi phục từ bản sao lưu gần nhất' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Các bản sao lưu, mới nhất trước' });
    await waitFor(() => expect(within(table).getAllByText(/đảng viên/u)).toHaveLength(2));
    const rows = within(table).getAllByTestId('recovery-row');
    expect(rows[0]).toHaveTextContent('Khi đóng ứng dụng');
    expect(rows[0]).toHaveTextContent('3 đảng viên');
    expect(rows[1]).toHaveTextContent('Tự động hằng ngày');
    expect(rows[1]).toHaveTextContent('2 đảng viên');
    expect(screen.getByText(/thư mục sao lưu có 2 bản sao lưu/u)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Khôi phục bản gần nhất/u }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/3 đảng viên/u)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Khôi phục' }));
    await waitFor(() => expect(onRestored).toHaveBeenCalledTimes(1));
    expect(await getDb().members.count()).toBe(3);
    expect([...folder.keys()].some((n) => n.includes('before-restore'))).toBe(true);
    expect(onStartFresh).not.toHaveBeenCalled();
  });
});

describe('start-up: the database cannot be opened', () => {
  it('shows the Vietnamese guidance for a backing-store error and restores into a new database', async () => {
    await folderWithTwoBackups();
    const name = `broken-${Date.now()}`;
    const onRestored = vi.fn();
    const user = userEvent.setup();
    const error = Object.assign(new Error('Internal error opening backing store for indexedDB.open.'), { name: 'UnknownError' });
    render(
      <MantineProvider>
        <RecoveryScreen problem={{ kind: 'open_failed', error, databaseName: name }} onRestored={onRestored} />
      </MantineProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Không mở được dữ liệu trên máy này');
    expect(alert).toHaveTextContent(/Bộ lưu trữ dữ liệu của ứng dụng đang bị lỗi/u);
    expect(alert).not.toHaveTextContent(/backing store|UnknownError/u);
    expect(screen.getByRole('button', { name: 'Thử mở lại' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bắt đầu như máy mới' })).not.toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Các bản sao lưu, mới nhất trước' });
    await waitFor(() => expect(within(table).getAllByText(/đảng viên/u)).toHaveLength(2));
    await user.click(screen.getByRole('button', { name: /^Khôi phục bản gần nhất/u }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Khôi phục' }));
    await waitFor(() => expect(onRestored).toHaveBeenCalledTimes(1));
    const db = await openDatabase(name);
    expect(await db.members.count()).toBe(3);
    db.close();
    await Dexie.delete(name);
  });

  it('restoreIntoNewDatabase validates the file before deleting anything', async () => {
    const name = `keep-${Date.now()}`;
    const db = await openDatabase(name);
    await replaceDatabase(db, fixture());
    db.close();
    await expect(restoreIntoNewDatabase(name, new Uint8Array([1, 2, 3]))).rejects.toMatchObject({ name: 'BackupError' });
    const again = await openDatabase(name);
    expect(await again.members.count()).toBe(3);
    again.close();
    await Dexie.delete(name);
    expect(DATABASE_NAME).toBe('so-neu-guong');
  });
});
