// @vitest-environment jsdom
/**
 * The start begun before the first render (main.tsx → startEarly): it opens the database as the app
 * would, and a store change seen before the app subscribed is handed over, not lost.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { startEarly } from '../../src-renderer/app/App';
import { DATABASE_NAME } from '../../src-renderer/db/database';
import { getDb } from '../../src-renderer/db/instance';
import { installDesktopApi } from '../../src-renderer/platform';
import { createMemoryDesktop } from '../../src-renderer/platform/memory-adapter';

describe('the early start', () => {
  it('opens the database, and hands over a store change seen before the app listened', async () => {
    installDesktopApi(createMemoryDesktop().api);
    const start = startEarly(false);
    expect(await start.opening).toMatchObject({ status: 'ready', start: { settings: { setupDone: false } } });
    expect(getDb().isOpen()).toBe(true);
    // Another window deletes the database before the app's own listener is there.
    await Dexie.delete(DATABASE_NAME);
    expect(start.handOver()).toEqual({ deleted: true });
    expect(getDb().isOpen()).toBe(false);
  });
});
