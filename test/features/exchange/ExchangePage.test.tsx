// @vitest-environment jsdom
/**
 * Point 7 of issue 17 in the screen: the first import of a bloc of new units is three clicks —
 * choose the files, «Thêm tất cả N đơn vị mới», «Nhập N tệp» — with one backup before anything is
 * written.
 */
import { Blob as NodeBlob } from 'node:buffer';
import { MantineProvider } from '@mantine/core';
import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnvelope, buildUnitReportPayload, encodeEnvelope, type UnitReportEnvelope } from '../../../src-renderer/core/exchange';
import { syntheticUnit } from '../../fixtures/synthetic-units';
import { getDb, initDb } from '../../../src-renderer/db/instance';
import { DEFAULT_SETTINGS } from '../../../src-renderer/db/settings';
import ExchangePage from '../../../src-renderer/features/exchange/ExchangePage';
import { installDesktopApi } from '../../../src-renderer/platform';
import { createMemoryDesktop } from '../../../src-renderer/platform/memory-adapter';
import { installMantineShims } from '../../helpers/jsdom-shims';

configure({ asyncUtilTimeout: 30_000 });

beforeAll(() => {
  globalThis.Blob = NodeBlob as unknown as typeof Blob;
  installMantineShims();
});
afterAll(() => cleanup());

async function unitFiles(n: number) {
  const period = { year: 2026, month: 11 };
  return Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const code = `cb-${String(i + 1).padStart(2, '0')}`;
      const src = syntheticUnit({
        code,
        name: `Chi bộ số ${i + 1}`,
        parentCode: 'DB-CQD',
        members: 3 + i,
        year: 2026,
        months: 11,
        seed: i + 1,
      });
      const env = (await buildEnvelope({
        kind: 'unit_report',
        schemaVersion: 2,
        appVersion: '0.1.0',
        exportedAt: '2026-11-28T08:00:00.000Z',
        unit: { code, name: `Chi bộ số ${i + 1}`, parentCode: 'DB-CQD' },
        period,
        payload: buildUnitReportPayload(src, period, { aggregateOnly: true }),
      })) as UnitReportEnvelope;
      return { name: `${code}.sng`, bytes: await encodeEnvelope(env) };
    }),
  );
}

describe('Exchange page: first import of a bloc', () => {
  it('adds all new units in one step and imports them: 3 clicks, one backup', async () => {
    const files = await unitFiles(8);
    const desktop = createMemoryDesktop();
    desktop.picks.push(files);
    installDesktopApi(desktop.api);
    await initDb(`exchange-page-${Date.now()}`);
    const db = getDb();
    await db.units.put({
      id: 'own',
      code: 'DB-CQD',
      type: 'dang_bo_cap_tren_co_so',
      history: [
        {
          validFrom: '2025-07-01',
          name: 'Đảng bộ các cơ quan Đảng tỉnh',
          superiorName: 'Tỉnh ủy',
          superiorCommittee: '',
          placeName: 'Hà Tĩnh',
          issuerCode: 'ĐU',
        },
      ],
      isOwn: true,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    await db.settings.put({ key: 'settings', ...DEFAULT_SETTINGS, mode: 'aggregator', ownUnitId: 'own', setupDone: true });
    const user = userEvent.setup();
    render(
      <MantineProvider>
        <ExchangePage />
      </MantineProvider>,
    );
    await user.click(await screen.findByRole('button', { name: 'Chọn tệp để nhập…' })); // 1
    const offer = await screen.findByTestId('new-units');
    expect(offer).toHaveTextContent('8 đơn vị chưa có trong danh sách trực thuộc');
    expect(offer).toHaveTextContent('Chi bộ số 1 (CB-01)');
    await user.click(within(offer).getByRole('button', { name: 'Thêm tất cả 8 đơn vị mới' })); // 2
    const importButton = await screen.findByRole('button', { name: 'Nhập 8 tệp' });
    expect(desktop.folder.size).toBe(0);
    expect(await db.units.count()).toBe(1);
    await user.click(importButton); // 3
    const results = await screen.findByTestId('import-results');
    await waitFor(() => expect(within(results).getAllByText('Đã nhập')).toHaveLength(8));
    expect(desktop.folder.size).toBe(1);
    expect((await db.units.toArray()).map((u) => u.code).sort()).toEqual([
      'CB-01',
      'CB-02',
      'CB-03',
      'CB-04',
      'CB-05',
      'CB-06',
      'CB-07',
      'CB-08',
      'DB-CQD',
    ]);
    expect(await db.unitReports.count()).toBe(8);
    expect(within(results).getByText(/Đã nhập báo cáo của Chi bộ số 1 \(tháng 11\/2026\)/u)).toBeInTheDocument();
  }, 120_000);
});
