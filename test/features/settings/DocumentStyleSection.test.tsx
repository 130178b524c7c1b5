// @vitest-environment jsdom
/**
 * Cài đặt → Thể thức văn bản: the profile in force today (HD 05 on 1/12/2026), a value edited and
 * saved as the cell's own version that the documents then get, and the QĐ 207 switch.
 */
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { cleanup, configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentStyleOn } from '../../../src-renderer/core/rules';
import { getDb, initDb } from '../../../src-renderer/db/instance';
import { seedPresetRuleSets } from '../../../src-renderer/db/presets';
import { loadSettings } from '../../../src-renderer/db/settings';
import { DocumentStyleSection } from '../../../src-renderer/features/settings/DocumentStyleSection';
import { resetClock, setClock } from '../../../src-renderer/platform/clock';
import { loadRuleSets } from '../../../src-renderer/services/rules';
import { installMantineShims } from '../../helpers/jsdom-shims';

configure({ asyncUtilTimeout: 20_000 });

beforeAll(async () => {
  installMantineShims();
  setClock('2026-12-01T09:00:00');
  await initDb(`document-style-section-${Math.random()}`);
  await seedPresetRuleSets(getDb());
});
afterAll(() => {
  cleanup();
  resetClock();
});

describe('DocumentStyleSection', () => {
  it('shows HD 05 in force, stores an edited value as the cell’s version, and switches QĐ 207 off and on', async () => {
    const user = userEvent.setup();
    render(
      <MantineProvider>
        <Notifications />
        <DocumentStyleSection />
      </MantineProvider>,
    );
    expect(await screen.findByTestId('document-style-today')).toHaveTextContent('Hướng dẫn 05-HD/VPTW (27/5/2026)');
    const spacing = await screen.findByLabelText('Khoảng cách dòng (pt)');
    expect(spacing).toHaveValue('19');
    expect(screen.getByLabelText('Chữ ký bên trái của biên bản')).toHaveValue('Người ghi biên bản');
    await user.clear(spacing);
    await user.type(spacing, '18');
    const left = screen.getByLabelText('Chữ ký bên trái của biên bản');
    await user.clear(left);
    await user.type(left, 'Thư ký');
    await user.click(screen.getByRole('button', { name: 'Lưu thể thức của chi bộ' }));
    await waitFor(async () => {
      const style = documentStyleOn('2026-12-01', await loadRuleSets(), await loadSettings(getDb()));
      expect(style.source).toBe('local');
      expect(style.data.lineSpacingPt).toBe(18);
      expect(style.data.minutesSignatures?.left).toBe('Thư ký');
    });
    expect(await screen.findByRole('button', { name: 'Trở về mặc định' })).toBeInTheDocument();

    const qd207 = screen.getByRole('switch', { name: /Quy định số 207-QĐ\/TW/u });
    expect(qd207).toBeChecked();
    await user.click(qd207);
    await waitFor(async () => expect((await loadRuleSets()).filter((r) => r.id.startsWith('local-keep-qd37-'))).toHaveLength(2));
    await waitFor(() => expect(screen.getByRole('switch', { name: /Quy định số 207-QĐ\/TW/u })).not.toBeChecked());
    await user.click(screen.getByRole('switch', { name: /Quy định số 207-QĐ\/TW/u }));
    await waitFor(async () => expect((await loadRuleSets()).some((r) => r.id.startsWith('local-keep-qd37-'))).toBe(false));
  }, 60_000);
});
