// @vitest-environment jsdom
/**
 * The aggregator screen drills down below the units directly under the committee, through the
 * consolidated reports it received: province → đảng bộ → đảng bộ cơ sở → chi bộ, and back.
 */
import { Blob as NodeBlob } from 'node:buffer';
import { MantineProvider } from '@mantine/core';
import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb, initDb } from '../../../src-renderer/db/instance';
import { DEFAULT_SETTINGS } from '../../../src-renderer/db/settings';
import AggregatorPage from '../../../src-renderer/features/aggregator/AggregatorPage';
import type { DesktopApi } from '../../../src-renderer/platform/desktop-api';
import { cellFile, importAll, midFile } from '../../db/committee-helpers';
import { installMantineShims } from '../../helpers/jsdom-shims';

configure({ asyncUtilTimeout: 30_000 });

beforeAll(() => {
  globalThis.Blob = NodeBlob as unknown as typeof Blob;
  installMantineShims();
});
afterAll(() => cleanup());

const rowNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((tr) => tr.querySelector('td')?.textContent ?? '');

describe('Aggregator screen: drill-down through consolidated reports', () => {
  it('opens a đảng bộ, then the đảng bộ cơ sở below it, then goes back up', async () => {
    window.desktop = {
      async appInfo() {
        return { appVersion: '0.1.0', platform: 'electron', os: 'test' };
      },
    } as unknown as DesktopApi;
    const mid = await midFile();
    await initDb(`aggregator-page-${Date.now()}`);
    const db = getDb();
    await db.units.put({
      id: 'own',
      code: 'TU-TINH',
      type: 'tinh',
      history: [
        {
          validFrom: '2025-07-01',
          name: 'Tỉnh ủy Hà Tĩnh',
          superiorName: 'Ban Chấp hành Trung ương',
          superiorCommittee: '',
          placeName: 'Hà Tĩnh',
          issuerCode: 'TU',
        },
      ],
      isOwn: true,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    await db.settings.put({ key: 'settings', ...DEFAULT_SETTINGS, mode: 'aggregator', ownUnitId: 'own', setupDone: true });
    for (const [i, code] of ['DB-MID', 'CB-P'].entries()) {
      await db.units.put({
        id: `sub-${i}`,
        code,
        type: code.startsWith('DB') ? 'dang_bo_cap_tren_co_so' : 'chi_bo_co_so',
        parentCode: 'TU-TINH',
        history: [
          {
            validFrom: '2025-07-01',
            name: code === 'DB-MID' ? 'Đảng bộ Khối các cơ quan tỉnh' : 'Chi bộ CB-P',
            superiorName: 'Tỉnh ủy Hà Tĩnh',
            superiorCommittee: '',
            placeName: 'Hà Tĩnh',
            issuerCode: 'ĐU',
          },
        ],
        isOwn: false,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      });
    }
    await importAll(db, [mid, await cellFile('CB-P', 'TU-TINH', 7, 4)]);

    const user = userEvent.setup();
    render(
      <MantineProvider>
        <MemoryRouter>
          <AggregatorPage />
        </MemoryRouter>
      </MantineProvider>,
    );
    const table = await screen.findByTestId('dashboard-table');
    await waitFor(() => expect(rowNames(table)).toEqual(['Chi bộ CB-P', 'Đảng bộ Khối các cơ quan tỉnh', 'Tổng cộng (2 đơn vị)']));

    // Level 1: the units directly under the đảng bộ, as it reported them.
    await user.click(within(table).getByRole('button', { name: 'Đảng bộ Khối các cơ quan tỉnh' }));
    const dialog = await screen.findByRole('dialog');
    const level1 = await within(dialog).findByTestId('drill-down-units');
    await waitFor(() => expect(rowNames(level1)).toEqual(['Chi bộ CB-M', 'Đảng bộ Sở Y tế', 'Tổng cộng (2 đơn vị)']));
    expect(within(level1).getAllByRole('row').at(-1)).toHaveTextContent(/^Tổng cộng \(2 đơn vị\)15/u);

    // Level 2: the chi bộ under the đảng bộ cơ sở, through the same consolidated report.
    await user.click(within(level1).getByRole('button', { name: 'Đảng bộ Sở Y tế' }));
    await waitFor(() =>
      expect(rowNames(within(dialog).getByTestId('drill-down-units'))).toEqual(['Chi bộ CB-1', 'Chi bộ CB-2', 'Tổng cộng (2 đơn vị)']),
    );
    expect(within(dialog).getByRole('button', { name: '› Đảng bộ Sở Y tế' })).toBeInTheDocument();

    // Back to the top of the đảng bộ's report.
    await user.click(within(dialog).getByRole('button', { name: 'Đảng bộ Khối các cơ quan tỉnh' }));
    await waitFor(() =>
      expect(rowNames(within(dialog).getByTestId('drill-down-units'))).toEqual(['Chi bộ CB-M', 'Đảng bộ Sở Y tế', 'Tổng cộng (2 đơn vị)']),
    );
  }, 120_000);
});
