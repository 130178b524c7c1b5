// @vitest-environment jsdom
/**
 * The member form on the draft mechanism: an existing member's valid edit is stored within a
 * second; an invalid one stays dirty and cannot be flushed (so leaving asks "Có thay đổi chưa
 * lưu"); a new member is never stored on its own — only "Lưu" (a flush with `all`) submits it.
 */
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { cleanup, configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getDb, initDb, activeDatabaseName } from '../../../src-renderer/db/instance';
import { MemberEditor } from '../../../src-renderer/features/members/MemberEditor';
import type { Unit } from '../../../src-renderer/core/model';
import { readJournal } from '../../../src-renderer/platform/draft-journal';
import { discardPendingEdits, flushPendingEdits, hasPendingEdits } from '../../../src-renderer/platform/pending-edits';
import { member } from '../../core/pledges/fixtures';
import { installMantineShims } from '../../helpers/jsdom-shims';

configure({ asyncUtilTimeout: 30_000 });

const unit: Unit = {
  id: 'u1',
  code: 'CB-STP',
  type: 'chi_bo_co_so',
  history: [
    {
      validFrom: '2000-01-01',
      name: 'Chi bộ Sở Tư pháp',
      superiorName: 'Đảng bộ các cơ quan Đảng tỉnh',
      superiorCommittee: 'Ban Thường vụ',
      placeName: 'Ninh Thuận',
      issuerCode: 'CB',
    },
  ],
  isOwn: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

beforeAll(async () => {
  installMantineShims();
  await initDb(`member-drafts-${Math.random()}`);
  await getDb().units.add(unit);
  await getDb().members.add(
    member('a', { fullName: 'Trần Thị Ngọc Ánh', givenName: 'Ánh', familyName: 'Trần', middleName: 'Thị Ngọc', birthDate: '1980-02-05' }),
  );
});

afterEach(() => {
  discardPendingEdits();
  cleanup();
});

function renderAt(path: string) {
  return render(
    <MantineProvider>
      <Notifications />
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/dang-vien/them" element={<MemberEditor unit={unit} />} />
          <Route path="/dang-vien/:memberId" element={<MemberEditor unit={unit} />} />
          <Route path="/dang-vien" element={<p>Danh sách</p>} />
        </Routes>
      </MemoryRouter>
    </MantineProvider>,
  );
}

describe('member form drafts', () => {
  it('an existing member: a valid edit is stored within a second; an invalid one is dirty and cannot be flushed', async () => {
    const user = userEvent.setup();
    renderAt('/dang-vien/a');
    expect(await screen.findByLabelText(/^Họ và tên/u)).toHaveValue('Trần Thị Ngọc Ánh');
    expect(hasPendingEdits()).toBe(false);

    await user.type(screen.getByLabelText('Ghi chú'), 'Cựu chiến binh');
    await waitFor(async () => expect((await getDb().members.get('a'))?.note).toBe('Cựu chiến binh'));
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent('Đã lưu'));
    expect(readJournal(activeDatabaseName())).toEqual([]);
    expect(hasPendingEdits()).toBe(false);

    const birth = screen.getByLabelText('Ngày sinh');
    await user.clear(birth);
    await user.type(birth, '31/02/1980');
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent('Chưa lưu — còn lỗi cần sửa'));
    expect(hasPendingEdits()).toBe(true);
    const flushed = await flushPendingEdits();
    expect(flushed).toEqual({ ok: false, failed: ['Hồ sơ đồng chí Trần Thị Ngọc Ánh'] });
    expect((await getDb().members.get('a'))?.birthDate).toBe('1980-02-05');
    expect(screen.getByText(/Ngày sinh không hợp lệ/u)).toBeInTheDocument();

    // "Bỏ": forgotten, nothing stored.
    discardPendingEdits();
    expect(hasPendingEdits()).toBe(false);
    expect((await getDb().members.get('a'))?.birthDate).toBe('1980-02-05');
  }, 90_000);

  it('a new member: leaving with input asks (an automatic flush stores nothing); "Lưu" submits it', async () => {
    const user = userEvent.setup();
    renderAt('/dang-vien/them');
    await user.type(await screen.findByLabelText(/^Họ và tên/u), 'Phạm Thị Hặng');
    expect(hasPendingEdits()).toBe(true);
    expect(await flushPendingEdits()).toEqual({ ok: false, failed: ['Đảng viên mới (chưa lưu)'] });
    expect(
      await getDb()
        .members.filter((m) => m.fullName === 'Phạm Thị Hặng')
        .count(),
    ).toBe(0);

    expect(await flushPendingEdits({ all: true })).toEqual({ ok: true, failed: [] });
    expect(
      await getDb()
        .members.where('unitId')
        .equals('u1')
        .filter((m) => m.fullName === 'Phạm Thị Hặng')
        .count(),
    ).toBe(1);
    expect(hasPendingEdits()).toBe(false);
  }, 90_000);

  it('a new member with errors: "Lưu" shows them and stores nothing; "Hủy" leaves without asking', async () => {
    const user = userEvent.setup();
    renderAt('/dang-vien/them');
    await user.type(await screen.findByLabelText('Ngày sinh'), '31/02/1980');
    expect(await flushPendingEdits({ all: true })).toEqual({ ok: false, failed: ['Đảng viên mới (chưa lưu)'] });
    expect(await screen.findByText('Chưa nhập họ và tên.')).toBeInTheDocument();
    expect(await getDb().members.count()).toBe(2);
    expect(hasPendingEdits()).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(await screen.findByText('Danh sách')).toBeInTheDocument();
    expect(hasPendingEdits()).toBe(false);
  }, 90_000);

  it('an existing member: "Hủy" puts back what the member was when the form opened', async () => {
    const user = userEvent.setup();
    renderAt('/dang-vien/a');
    const workplace = await screen.findByLabelText('Đơn vị công tác');
    await user.type(workplace, 'Sở Tư pháp');
    await waitFor(async () => expect((await getDb().members.get('a'))?.workplace).toBe('Sở Tư pháp'));
    await user.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(await screen.findByText('Danh sách')).toBeInTheDocument();
    await waitFor(async () => expect((await getDb().members.get('a'))?.workplace ?? '').toBe(''));
    expect(hasPendingEdits()).toBe(false);
  }, 90_000);
});
