// @vitest-environment jsdom
/**
 * Cài đặt → Cỡ chữ, clicked the moment the lazily loaded page shows (issue 19): the page's own
 * read of the stored settings is still on its way then. The click must win — it is stored, it
 * stays shown, and the read arriving after it never puts the old size back.
 */
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { act, cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getDb, initDb } from '../../../src-renderer/db/instance';
import { seedPresetRuleSets } from '../../../src-renderer/db/presets';
import { loadSettings, saveSettings } from '../../../src-renderer/db/settings';
import SettingsPage from '../../../src-renderer/features/settings/SettingsPage';
import { resetClock, setClock } from '../../../src-renderer/platform/clock';
import { TextSizeContext, type TextSize } from '../../../src-renderer/ui/text-size';
import { installMantineShims } from '../../helpers/jsdom-shims';

configure({ asyncUtilTimeout: 20_000 });

beforeAll(async () => {
  installMantineShims();
  setClock('2026-11-20T09:00:00+07:00');
  await initDb(`settings-text-size-${Math.random()}`);
  await seedPresetRuleSets(getDb());
});
afterAll(() => resetClock());
afterEach(() => cleanup());

/** The page as the shell shows it: the size in force is the one the shell read at start. */
function renderPage(inForce: TextSize) {
  return render(
    <MemoryRouter>
      <MantineProvider>
        <Notifications />
        <TextSizeContext.Provider value={inForce}>
          <SettingsPage />
        </TextSizeContext.Provider>
      </MantineProvider>
    </MemoryRouter>,
  );
}

const radio = (name: string) => screen.getByRole('radio', { name });
const storedSize = async () => (await loadSettings(getDb())).textSize;

describe('Cài đặt → Cỡ chữ, clicked before the page has read the stored settings', () => {
  it('"Thường" while "Rất lớn" is in force: the click is stored (it was lost when the page showed the default first)', async () => {
    await saveSettings(getDb(), { textSize: 'xlarge' });
    renderPage('xlarge');
    // The size in force is shown from the first frame, not the default "Thường".
    expect(radio('Rất lớn')).toBeChecked();
    // Clicked synchronously, before any read of the database can have come back.
    fireEvent.click(radio('Thường'));
    expect(radio('Thường')).toBeChecked();
    await waitFor(async () => expect(await storedSize()).toBe('normal'));
    // The page's reads have all come back: the choice is still what is shown and stored.
    await act(() => new Promise((r) => setTimeout(r, 100)));
    expect(radio('Thường')).toBeChecked();
    expect(await storedSize()).toBe('normal');
  });

  it('"Lớn" then "Rất lớn" at once: the last click wins, shown and stored, whatever the reads in between say', async () => {
    await saveSettings(getDb(), { textSize: 'normal' });
    renderPage('normal');
    fireEvent.click(radio('Lớn'));
    fireEvent.click(radio('Rất lớn'));
    expect(radio('Rất lớn')).toBeChecked();
    await waitFor(async () => expect(await storedSize()).toBe('xlarge'));
    await act(() => new Promise((r) => setTimeout(r, 100)));
    expect(radio('Rất lớn')).toBeChecked();
    expect(await storedSize()).toBe('xlarge');
  });
});
