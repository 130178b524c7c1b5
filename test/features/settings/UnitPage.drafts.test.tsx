// @vitest-environment jsdom
/**
 * The unit form (a new dated version of the profile) is never autosaved: leaving with changes asks
 * "Có thay đổi chưa lưu" (an automatic flush stores nothing); "Lưu" submits it, or shows its errors.
 */
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { cleanup, configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getDb, initDb } from '../../../src-renderer/db/instance';
import { completeSetup } from '../../../src-renderer/db/settings';
import UnitPage from '../../../src-renderer/features/settings/UnitPage';
import { resetClock, setClock } from '../../../src-renderer/platform/clock';
import { discardPendingEdits, flushPendingEdits, hasPendingEdits } from '../../../src-renderer/platform/pending-edits';
import { installMantineShims } from '../../helpers/jsdom-shims';

configure({ asyncUtilTimeout: 30_000 });

beforeAll(async () => {
  installMantineShims();
  setClock('2026-11-20T09:00:00+07:00');
  await initDb(`unit-drafts-${Math.random()}`);
  await completeSetup(getDb(), {
    mode: 'cell',
    unitName: 'Chi bộ Sở Tư pháp',
    unitType: 'chi_bo_co_so',
    unitCode: 'CB-STP',
    superiorName: 'Đảng bộ các cơ quan Đảng tỉnh',
    superiorCommittee: 'Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh',
    placeName: 'Ninh Thuận',
    issuerCode: 'CB',
    secretaryName: 'Nguyễn Văn Đức',
    validFrom: '2026-01-01',
  });
});
afterAll(() => resetClock());
afterEach(() => {
  discardPendingEdits();
  cleanup();
});

const history = async () => (await getDb().units.toArray())[0]!.history;

function renderPage() {
  return render(
    <MantineProvider>
      <Notifications />
      <UnitPage />
    </MantineProvider>,
  );
}

describe('unit form drafts', () => {
  it('a change asks before leaving; an automatic flush stores nothing; "Lưu" stores the new version', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Ghi thay đổi thông tin đơn vị' }));
    const secretary = screen.getByLabelText('Bí thư chi bộ');
    expect(secretary).toHaveValue('Nguyễn Văn Đức');
    expect(hasPendingEdits()).toBe(false);

    await user.clear(secretary);
    await user.type(secretary, 'Trần Thị Ngọc Yến');
    expect(hasPendingEdits()).toBe(true);
    expect(await flushPendingEdits()).toEqual({ ok: false, failed: ['Thông tin đơn vị (phiên bản mới)'] });
    expect(await history()).toHaveLength(1);

    expect(await flushPendingEdits({ all: true })).toEqual({ ok: true, failed: [] });
    const versions = await history();
    expect(versions).toHaveLength(2);
    expect(versions.find((v) => v.validFrom === '2026-11-20')?.secretary).toBe('Trần Thị Ngọc Yến');
    expect(hasPendingEdits()).toBe(false);
  }, 90_000);

  it('an invalid change: "Lưu" shows the error and stores nothing; "Hủy" drops it without asking', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Ghi thay đổi thông tin đơn vị' }));
    const validFrom = screen.getByLabelText(/Áp dụng từ ngày/u);
    await user.clear(validFrom);
    await user.type(validFrom, '31/02/2026');
    expect(await flushPendingEdits({ all: true })).toEqual({ ok: false, failed: ['Thông tin đơn vị (phiên bản mới)'] });
    expect(await screen.findByText(/Ngày áp dụng không hợp lệ/u)).toBeInTheDocument();
    expect(await history()).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Ghi thay đổi thông tin đơn vị' })).toBeInTheDocument());
    expect(hasPendingEdits()).toBe(false);
  }, 90_000);
});
