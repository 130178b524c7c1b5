// @vitest-environment jsdom
/**
 * The start begun before React is loaded (main.tsx → startEarly): it opens the database as the app
 * would, a store change seen before the app subscribed is handed over, not lost, and when the data
 * were read before React started, React's first render is the shell with its menu, not the loader.
 */
import { cleanup, render, screen } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src-renderer/app/App';
import { startEarly } from '../../src-renderer/app/start';
import { DATABASE_NAME } from '../../src-renderer/db/database';
import { getDb, setDatabaseForTests } from '../../src-renderer/db/instance';
import { openDatabase } from '../../src-renderer/db/open';
import { installDesktopApi } from '../../src-renderer/platform';
import { createMemoryDesktop } from '../../src-renderer/platform/memory-adapter';
import { saveSettings } from '../../src-renderer/services/settings';
import { installMantineShims } from '../helpers/jsdom-shims';

beforeAll(() => installMantineShims());
afterEach(() => cleanup());

describe('the early start', () => {
  it('opens the database, and hands over a store change seen before the app listened', async () => {
    installDesktopApi(createMemoryDesktop().api);
    const start = startEarly(false);
    const state = await start.opening;
    expect(state).toMatchObject({ status: 'ready', start: { settings: { setupDone: false } } });
    expect(start.settled).toBe(state);
    expect(getDb().isOpen()).toBe(true);
    // Another window deletes the database before the app's own listener is there.
    await Dexie.delete(DATABASE_NAME);
    expect(start.handOver()).toEqual({ deleted: true });
    expect(getDb().isOpen()).toBe(false);
  });

  it('data read before React started: the first render shows the menu, without the "Đang mở dữ liệu" loader', async () => {
    installDesktopApi(createMemoryDesktop().api);
    // The database as a new start finds it (the first test deleted the one the app had open).
    setDatabaseForTests(await openDatabase(DATABASE_NAME));
    await saveSettings({ setupDone: true });
    // A start on the stored settings, settled before the app renders (as main.tsx waits for it).
    const start = startEarly(false);
    await start.opening;
    render(<App start={start} />);
    // Synchronously after the first render: no waiting for the opening.
    expect(screen.queryByLabelText('Đang mở dữ liệu')).toBeNull();
    expect(screen.getByRole('navigation', { name: 'Điều hướng chính' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tháng này' })).toBeInTheDocument();
  });
});
