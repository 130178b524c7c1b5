// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getDb, initDb } from '../../../src-renderer/db/instance';
import { confirm, createForm, saveDraft, submit } from '../../../src-renderer/db/pledges';
import PledgesPage from '../../../src-renderer/features/pledges/PledgesPage';
import { installDesktopApi } from '../../../src-renderer/platform';
import { createMemoryDesktop } from '../../../src-renderer/platform/memory-adapter';
import type { Unit } from '../../../src-renderer/core/model';
import { member } from '../../core/pledges/fixtures';
import { installMantineShims } from '../../helpers/jsdom-shims';

configure({ asyncUtilTimeout: 30_000 });

const desktop = createMemoryDesktop();
const saved = desktop.saved;

beforeAll(async () => {
  installMantineShims();
  installDesktopApi(desktop.api);
  await initDb(`pledges-page-${Math.random()}`);
  const unit: Unit = {
    id: 'u1',
    code: 'CB-STP',
    type: 'chi_bo_co_so',
    history: [
      {
        validFrom: '2000-01-01',
        name: 'Chi bộ Sở Tư pháp',
        superiorName: 'Đảng bộ các cơ quan Đảng tỉnh',
        superiorCommittee: 'Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh',
        placeName: 'Ninh Thuận',
        issuerCode: 'CB',
        secretary: 'Nguyễn Văn Đức',
      },
    ],
    isOwn: true,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
  await getDb().units.add(unit);
  await getDb().members.bulkAdd([
    member('a', { fullName: 'Trần Thị Ngọc Ánh', givenName: 'Ánh', familyName: 'Trần', middleName: 'Thị Ngọc' }),
    member('b', { fullName: 'Đặng Văn Mẫn', givenName: 'Mẫn', familyName: 'Đặng', middleName: 'Văn' }),
    member('c', {
      fullName: 'Lê Văn Cư',
      givenName: 'Cư',
      familyName: 'Lê',
      middleName: 'Văn',
      statusPeriods: [{ id: 'p', kind: 'mien_sinh_hoat', from: '2020-01-01' }],
    }),
  ]);
  // Member a registered and was confirmed in 2025; nobody has a 2026 form yet.
  const f = await createForm(getDb(), { memberId: 'a', year: 2025, frameworkId: 'preset-pledge_framework-QD101-2012-v1' });
  await saveDraft(getDb(), f.id, { items: [{ id: 'i1', categoryCode: 'TU_TUONG', action: 'Học tập nghị quyết', deadline: '2025-12-31' }] });
  await submit(getDb(), f.id, '2025-01-10');
  await confirm(getDb(), f.id, { date: '2025-01-12', by: 'Nguyễn Văn Đức' });
});

afterEach(cleanup);

function renderAt(path: string) {
  return render(
    <MantineProvider>
      <Notifications />
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/so-dang-ky/*" element={<PledgesPage />} />
        </Routes>
      </MemoryRouter>
    </MantineProvider>,
  );
}

const stat = (label: string) => within(screen.getByLabelText('Tình hình đăng ký')).getByText(label).nextElementSibling?.textContent;

describe('PledgesPage', () => {
  it('shows who still has to register and copies last year for the whole cell', async () => {
    const user = userEvent.setup();
    renderAt('/so-dang-ky?nam=2026');
    await waitFor(() => expect(stat('Phải đăng ký')).toBe('2'));
    expect(stat('Còn phải đăng ký')).toBe('2');
    expect(stat('Không phải đăng ký')).toBe('1');
    expect(screen.getByText('Được miễn công tác và sinh hoạt đảng')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Sao chép từ năm trước cho cả chi bộ' }));
    await user.click(await screen.findByRole('button', { name: 'Sao chép' }));
    await screen.findByText(/Đã tạo 1 bản nháp năm 2026/u);
    expect(screen.getByText(/1 đảng viên chưa có bản đăng ký năm trước/u)).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByText('Đang soạn')).toHaveLength(1));
    const copy = await getDb().pledgeForms.where('[memberId+year]').equals(['a', 2026]).first();
    expect(copy?.state).toBe('draft');
    expect(copy?.items[0]?.deadline).toBe('2026-12-31');
  });

  it('refuses an amendment without a reason and exports the form as a PDF', async () => {
    const user = userEvent.setup();
    renderAt('/so-dang-ky/dang-vien/a?nam=2025');
    expect(await screen.findByLabelText('Trạng thái bản đăng ký')).toHaveTextContent('Chi bộ đã xác nhận');
    await user.click(screen.getByRole('button', { name: 'Điều chỉnh' }));
    await user.click(screen.getByRole('button', { name: 'Thêm việc làm vào mục 2' }));
    const box = within(screen.getByLabelText('Mục 2: Về đạo đức, lối sống, tác phong')).getByLabelText('Việc làm cụ thể 1');
    await user.type(box, 'Sống giản dị');
    await user.click(screen.getByRole('button', { name: 'Lưu điều chỉnh' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lưu điều chỉnh' });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu điều chỉnh' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('lý do');
    const stored = await getDb().pledgeForms.where('[memberId+year]').equals(['a', 2025]).first();
    expect(stored?.state).toBe('confirmed');
    expect(stored?.items).toHaveLength(1);
    await user.type(within(dialog).getByLabelText('Lý do điều chỉnh'), 'Bổ sung sau sinh hoạt');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu điều chỉnh' }));
    await waitFor(() => expect(screen.getByLabelText('Trạng thái bản đăng ký')).toHaveTextContent('Đã điều chỉnh'));

    await user.click(screen.getByRole('button', { name: 'Xuất PDF' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.args.suggestedName).toBe('dang-ky-neu-guong-2025-tran-thi-ngoc-anh.pdf');
    expect(new TextDecoder().decode(saved[0]!.args.bytes.slice(0, 5))).toBe('%PDF-');
  }, 120_000);
});
