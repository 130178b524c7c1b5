import { expect, test, type Page } from './fixtures';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { completeSetup, nav, screenshot, downloadFrom } from './helpers';
import { filterMembers, sortRoster } from '../src-renderer/core/members';
import { syntheticRoster } from '../test/fixtures/synthetic-roster';

async function sampleXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS đảng viên');
  ws.addRow(['DANH SÁCH ĐẢNG VIÊN CHI BỘ']);
  ws.addRow([]);
  ws.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Ngày vào Đảng', 'Ngày chính thức', 'Số thẻ', 'Chức vụ', 'Ghi chú']);
  ws.addRow([1, 'Trần Văn Bình', '12/03/1978', 'Nam', '03/02/2004', '03/02/2005', '79.100', 'Phó Bí thư; Phó Giám đốc', '']);
  ws.addRow([2, 'Lê Thị Hoa', new Date(Date.UTC(1985, 6, 20)), 'Nữ', '19/05/2010', '19/05/2011', '79.101', 'Chi ủy viên', '']);
  ws.addRow([3, 'Tôn Nữ Thị Ninh', '01/01/1990', 'Nữ', '02/09/2020', '02/09/2021', '79.102', 'Chuyên viên', '']);
  ws.addRow([4, '', '01/01/1991', 'Nam', '', '', '', '', 'dòng thiếu tên']);
  ws.addRow([5, 'Phạm Văn Cường', '31/02/1980', 'Nam', '', '', '', '', 'ngày sai']);
  ws.addRow([6, 'Đặng Văn Đức', '15/08/1975', 'Nam', '01/03/2000', '01/03/2001', '79.103', 'Đảng viên', 'Cựu chiến binh']);
  ws.addRow([7, 'Hoàng Văn Em', '01/01/1970', 'Nam', '01/01/1995', '01/01/1996', '79.100', '', 'trùng số thẻ dòng 4']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function addMember(page: Page, fields: { name: string; birth?: string; admission?: string; official?: string; card?: string }) {
  await page.getByRole('button', { name: 'Thêm đảng viên' }).click();
  await page.getByLabel('Họ và tên').fill(fields.name);
  if (fields.birth) await page.getByLabel('Ngày sinh').fill(fields.birth);
  if (fields.admission) await page.getByLabel('Ngày vào Đảng').fill(fields.admission);
  if (fields.official) await page.getByLabel('Ngày chính thức').fill(fields.official);
  if (fields.card) await page.getByLabel('Số thẻ đảng viên').fill(fields.card);
}

const rosterNames = (page: Page) => page.getByTestId('roster-row').locator('td:nth-child(2)').allInnerTexts();

test('members: add by hand, import .xlsx with bad rows, search without diacritics, export .xlsx', async ({ page }) => {
  await completeSetup(page);
  await nav(page, 'Đảng viên');
  await expect(page.getByRole('heading', { name: 'Đảng viên', level: 2, exact: true })).toBeVisible();

  // 1. By hand, with the name split shown and a bad date refused.
  await addMember(page, {
    name: 'Nguyễn Thị Ngọc Yến',
    birth: '05/02/1980',
    admission: '10/01/2005',
    official: '10/01/2006',
    card: '79.001',
  });
  await expect(page.getByTestId('name-split')).toContainText('Họ: Nguyễn · Tên đệm: Thị Ngọc · Tên: Yến');
  await page.getByRole('button', { name: 'Lưu đảng viên' }).click();
  await expect(page.getByTestId('roster-row')).toHaveCount(1);

  await addMember(page, { name: 'Đặng Văn Đức', birth: '31/02/1975' });
  await page.getByRole('button', { name: 'Lưu đảng viên' }).click();
  await expect(page.getByText('Ngày sinh không hợp lệ. Nhập theo dạng ngày/tháng/năm')).toBeVisible();
  await page.getByRole('button', { name: 'Thêm giai đoạn' }).click();
  await page.getByLabel('Từ ngày').fill('01/01/1990');
  await expect(page.getByText('bắt đầu trước ngày vào Đảng')).toHaveCount(0);
  await page.getByLabel('Ngày vào Đảng').fill('01/03/2000');
  await expect(
    page.getByText('Khoảng “Miễn công tác và sinh hoạt đảng” (từ 01/01/1990) bắt đầu trước ngày vào Đảng (01/03/2000).'),
  ).toBeVisible();
  await screenshot(page, 'members-form');
  await page.getByRole('button', { name: 'Xóa giai đoạn 1' }).click();
  await page.getByLabel('Ngày sinh').fill('15/08/1975');
  await page.getByRole('button', { name: 'Lưu đảng viên' }).click();
  await expect(page.getByTestId('roster-row')).toHaveCount(2);

  // A duplicate (same name + birth date) is flagged while typing.
  await addMember(page, { name: 'Nguyễn Thị Ngọc Yến', birth: '05/02/1980' });
  await expect(page.getByTestId('duplicate-warning')).toContainText('Trùng họ tên và ngày sinh với đồng chí Nguyễn Thị Ngọc Yến');
  await page.getByRole('button', { name: 'Hủy' }).click();

  // 2. A file that is not a spreadsheet: clear message, nothing changes.
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  let chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Chọn tệp…' }).click();
  await (await chooser).setFiles({ name: 'anh.xlsx', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]) });
  await expect(page.getByRole('alert', { name: 'Không đọc được tệp' })).toContainText('không phải bảng tính Excel');

  // 3. Import the sample .xlsx: preview with per-row errors.
  chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Chọn tệp…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'danh-sach.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await sampleXlsx(),
  });
  const preview = page.getByTestId('import-preview');
  await expect(preview).toBeVisible();
  await expect(preview.getByText('Thêm mới: 3')).toBeVisible();
  await expect(preview.getByText('Cập nhật: 1')).toBeVisible();
  await expect(preview.getByText('Lỗi: 3')).toBeVisible();
  await expect(preview.getByText('Thiếu họ và tên.')).toBeVisible();
  await expect(preview.getByText('Ngày sinh không hợp lệ: "31/02/1980"')).toBeVisible();
  await expect(preview.getByText('Trùng số thẻ đảng viên với dòng 4.')).toBeVisible();
  await screenshot(page, 'members-import-preview');
  await page.getByRole('button', { name: 'Nhập 4 dòng hợp lệ' }).click();
  await expect(page.getByTestId('import-report')).toContainText('Thêm mới 3 đảng viên, cập nhật 1, bỏ qua 3 dòng.');
  await page.getByRole('button', { name: 'Xem danh sách' }).click();
  await expect(page.getByTestId('roster-row')).toHaveCount(5);
  // Vietnamese order: by tên (Bình, Đức, Hoa, Ninh, Yến).
  expect(await rosterNames(page)).toEqual(['Trần Văn Bình', 'Đặng Văn Đức', 'Lê Thị Hoa', 'Tôn Nữ Thị Ninh', 'Nguyễn Thị Ngọc Yến']);
  await screenshot(page, 'members-list');

  // 4. Search without diacritics.
  const search = page.getByLabel('Tìm đảng viên');
  await search.fill('nguyen thi yen');
  await expect(page.getByTestId('roster-row')).toHaveCount(1);
  await expect(page.getByTestId('roster-row')).toContainText('Nguyễn Thị Ngọc Yến');
  await search.fill('dang');
  await expect(page.getByTestId('roster-row')).toHaveCount(1);
  await expect(page.getByTestId('roster-row')).toContainText('Đặng Văn Đức');
  await search.fill('duc');
  await expect(page.getByTestId('roster-row')).toContainText('Đặng Văn Đức');
  await screenshot(page, 'members-search');
  await search.fill('');

  // 5. Office holders first, then export .xlsx and read it back.
  await page.getByLabel('Chức vụ Đảng lên đầu').check();
  await expect
    .poll(() => rosterNames(page))
    .toEqual(['Trần Văn Bình', 'Lê Thị Hoa', 'Đặng Văn Đức', 'Tôn Nữ Thị Ninh', 'Nguyễn Thị Ngọc Yến']);
  const download = await downloadFrom(page, () => page.getByRole('button', { name: 'Xuất Excel' }).click());
  expect(download.suggestedFilename()).toMatch(/^danh-sach-dang-vien-\d{4}-\d{2}-\d{2}\.xlsx$/u);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  expect(ws.getRow(4).values).toEqual([
    undefined,
    'STT',
    'Họ và tên',
    'Ngày sinh',
    'Giới tính',
    'Ngày vào Đảng',
    'Ngày chính thức',
    'Chức vụ',
    'Ghi chú',
  ]);
  const exported = [5, 6, 7, 8, 9].map((r) => ws.getCell(r, 2).value);
  expect(exported).toEqual(['Trần Văn Bình', 'Lê Thị Hoa', 'Đặng Văn Đức', 'Tôn Nữ Thị Ninh', 'Nguyễn Thị Ngọc Yến']);
  expect(ws.getCell(5, 7).value).toBe('Phó Bí thư chi bộ; Phó Giám đốc');
  expect((ws.getCell(7, 3).value as Date).toISOString().slice(0, 10)).toBe('1975-08-15');
  expect(ws.getCell(7, 8).value).toBe('Cựu chiến binh');
  await page.getByLabel('Chức vụ Đảng lên đầu').uncheck();

  // 6. A member with records cannot be deleted; one without can (after confirmation).
  await page.getByTestId('roster-row').filter({ hasText: 'Tôn Nữ Thị Ninh' }).click();
  await expect(page.getByRole('heading', { name: 'Đồng chí Tôn Nữ Thị Ninh', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Xóa (nhập nhầm)' }).click();
  await page.getByRole('button', { name: 'Xóa hẳn' }).click();
  await expect(page.getByTestId('roster-row')).toHaveCount(4);

  await page.getByTestId('roster-row').filter({ hasText: 'Lê Thị Hoa' }).click();
  await page.getByRole('button', { name: 'Chuyển ra khỏi chi bộ' }).click();
  await page.getByRole('dialog').getByLabel('Từ ngày').fill('01/01/2026');
  await page.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(page.getByText('Tình trạng hôm nay: Đã chuyển đi')).toBeVisible();
  await page.getByRole('button', { name: 'Về danh sách' }).click();
  await expect(page.getByTestId('roster-row')).toHaveCount(3);
  await screenshot(page, 'members-after-transfer');

  // 7. Chi ủy over time: a new dated version of the unit profile.
  await page.getByRole('button', { name: 'Chi ủy qua các thời kỳ' }).click();
  await page.getByLabel('Áp dụng từ ngày').fill('15/03/2026');
  await page.getByRole('button', { name: 'Lấy theo chức vụ trong danh sách đảng viên' }).click();
  await expect(page.getByLabel('Phó Bí thư')).toHaveValue('Trần Văn Bình');
  await page.getByLabel('Bí thư', { exact: true }).fill('Nguyễn Thị Ngọc Yến');
  await page.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
  const history = page.getByRole('table');
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history.getByRole('row').nth(1)).toContainText('15/03/2026');
  await expect(history.getByRole('row').nth(1)).toContainText('Trần Văn Bình');
  await screenshot(page, 'members-committee');
});

test('members: 5,000 members load, scroll and filter', async ({ page }) => {
  await completeSetup(page);
  const roster = syntheticRoster(5000, 3);
  const inserted = await page.evaluate(
    (members) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('so-neu-guong');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const read = db.transaction('units').objectStore('units').getAll();
          read.onsuccess = () => {
            const unit = (read.result as Array<{ id: string; isOwn: boolean }>).find((u) => u.isOwn)!;
            const tx = db.transaction('members', 'readwrite');
            for (const m of members) tx.objectStore('members').put({ ...m, unitId: unit.id });
            tx.oncomplete = () => {
              db.close();
              resolve(members.length);
            };
            tx.onerror = () => reject(tx.error);
          };
        };
      }),
    roster,
  );
  expect(inserted).toBe(5000);
  await page.reload(); // Dexie's in-memory query cache does not see raw IndexedDB writes.
  await nav(page, 'Đảng viên');
  await page.getByRole('combobox', { name: 'Tình trạng' }).click();
  await page.getByRole('option', { name: 'Tất cả' }).click();
  await expect(page.getByTestId('roster-count')).toContainText('Đang hiển thị 5000 / 5000 đảng viên');
  // Virtualised: only a screenful of rows is in the DOM.
  expect(await page.getByTestId('roster-row').count()).toBeLessThan(80);
  await page.getByTestId('roster-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(page.getByTestId('roster-row').last()).toContainText('5000');
  const search = page.getByLabel('Tìm đảng viên');
  await search.pressSequentially('nguyen thi', { delay: 20 });
  const expected = filterMembers(sortRoster(roster), 'nguyen thi').length;
  await expect(page.getByTestId('roster-count')).toContainText(`Đang hiển thị ${expected} / 5000 đảng viên`);
  await screenshot(page, 'members-5000-filtered');
});
