import { expect, test, vietnamDate, type Page } from './fixtures';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { completeSetup, nav, screenshot, downloadFrom } from './helpers';
import { readPdf } from '../test/helpers/pdf-text';

const YEAR = vietnamDate().year;

/** Put two members straight into IndexedDB (the members screen is tested by its own spec). */
async function seedMembers(page: Page): Promise<void> {
  const result = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('so-neu-guong');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const read = db.transaction('units', 'readonly').objectStore('units').getAll();
          read.onsuccess = () => {
            const unit = (read.result as Array<{ id: string; isOwn: boolean }>).find((u) => u.isOwn);
            if (!unit) return reject(new Error('no own unit'));
            const now = new Date().toISOString();
            const base = {
              unitId: unit.id,
              nameSplitOverride: false,
              partyPosition: 'dang_vien',
              isLeader: false,
              inPoliticalSystem: true,
              statusPeriods: [],
              admissionDate: '2010-05-19',
              fullMembershipDate: '2011-05-19',
              createdAt: now,
              updatedAt: now,
            };
            const tx = db.transaction('members', 'readwrite');
            tx.objectStore('members').put({
              ...base,
              id: 'm-anh',
              fullName: 'Trần Thị Ngọc Ánh',
              familyName: 'Trần',
              middleName: 'Thị Ngọc',
              givenName: 'Ánh',
              searchKey: 'tran thi ngoc anh',
              birthDate: '1985-07-20',
              workplace: 'Phòng Hành chính tư pháp',
              govPosition: 'Trưởng phòng',
            });
            tx.objectStore('members').put({
              ...base,
              id: 'm-man',
              fullName: 'Đặng Văn Mẫn',
              familyName: 'Đặng',
              middleName: 'Văn',
              givenName: 'Mẫn',
              searchKey: 'dang van man',
            });
            tx.oncomplete = () => {
              db.close();
              resolve('ok');
            };
            tx.onerror = () => reject(tx.error);
          };
        };
      }),
  );
  expect(result).toBe('ok');
}

async function choose(page: Page, label: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

async function keepDownload(page: Page, click: () => Promise<void>, name: string): Promise<Uint8Array> {
  const download = await downloadFrom(page, click);
  const dir = join('test-results', 'pdf');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  await download.saveAs(path);
  return new Uint8Array(readFileSync(path));
}

test('pledges: register for a member, confirm, amend, export the form and the whole cell as PDF', async ({ page }) => {
  await completeSetup(page, { unitName: 'Chi bộ Sở Tư pháp', placeName: 'Ninh Thuận', secretaryName: 'Nguyễn Văn Đức' });
  await seedMembers(page);
  await page.reload();
  await nav(page, 'Sổ đăng ký nêu gương');
  await expect(page.getByRole('heading', { name: 'Sổ đăng ký nêu gương', level: 2, exact: true })).toBeVisible();

  const panel = page.getByLabel('Tình hình đăng ký');
  await expect(panel).toContainText('Phải đăng ký2');
  await expect(panel).toContainText('Còn phải đăng ký2');
  await screenshot(page, 'pledges-01-book');

  // 1. Register: choose QĐ 101, add an action with a target and a deadline, measures, save.
  await page.getByRole('button', { name: 'Lập bản đăng ký của Trần Thị Ngọc Ánh' }).click();
  await choose(page, 'Khung nội dung', /^Quy định 101-QĐ\/TW/u);
  // Provenance notes of the preset wording are for the maintainers, not the secretary.
  await expect(page.getByText('chưa đối chiếu', { exact: false })).toHaveCount(0);
  await page.getByRole('button', { name: 'Lập bản đăng ký', exact: true }).click();
  await expect(page.getByLabel('Trạng thái bản đăng ký')).toHaveText('Bản nháp');

  await page.getByRole('button', { name: 'Thêm việc làm vào mục 1' }).click();
  await page.getByLabel('Việc làm cụ thể 1').fill('Học tập, quán triệt đầy đủ nghị quyết của Đảng; viết thu hoạch đạt yêu cầu');
  await page.getByLabel('Chỉ tiêu, kết quả').fill('100% nghị quyết');
  await page.getByLabel('Thời hạn').fill(`31/12/${YEAR}`);
  await page.getByLabel('Biện pháp thực hiện').fill('Tự giác thực hiện, báo cáo trong sinh hoạt chi bộ hằng tháng.');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page.getByText('Đã lưu bản nháp.')).toBeVisible();
  await screenshot(page, 'pledges-02-draft');

  // 2. Submit, then the chi bộ confirms: the form is locked.
  await page.getByRole('button', { name: 'Nộp', exact: true }).click();
  const submitDialog = page.getByRole('dialog', { name: 'Nộp bản đăng ký' });
  await submitDialog.getByLabel('Ngày đăng ký').fill(`31/02/${YEAR}`);
  await submitDialog.getByLabel('Ngày đăng ký').blur();
  await expect(submitDialog.getByText('Ngày không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm')).toBeVisible();
  await submitDialog.getByRole('button', { name: 'Nộp', exact: true }).click();
  await expect(submitDialog.getByRole('alert')).toContainText('Ngày đăng ký không hợp lệ');
  await expect(page.getByLabel('Trạng thái bản đăng ký')).toHaveText('Bản nháp');
  await submitDialog.getByLabel('Ngày đăng ký').fill(`15/01/${YEAR}`);
  await submitDialog.getByRole('button', { name: 'Nộp', exact: true }).click();
  await expect(page.getByLabel('Trạng thái bản đăng ký')).toHaveText('Đã nộp, chờ xác nhận');

  await page.getByRole('button', { name: 'Chi bộ xác nhận' }).click();
  const confirmDialog = page.getByRole('dialog', { name: 'Chi bộ xác nhận' });
  await expect(confirmDialog.getByLabel('Người xác nhận (bí thư hoặc phó bí thư)')).toHaveValue('Nguyễn Văn Đức');
  await confirmDialog.getByLabel('Ngày xác nhận').fill(`20/01/${YEAR}`);
  await confirmDialog.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByLabel('Trạng thái bản đăng ký')).toHaveText('Chi bộ đã xác nhận');
  await expect(page.getByLabel('Biện pháp thực hiện')).toHaveAttribute('readonly', '');
  await expect(page.getByRole('button', { name: 'Lưu nháp' })).toHaveCount(0);
  await screenshot(page, 'pledges-03-confirmed');

  // 3. Amendment path: a change needs a reason; the old content stays in the history.
  await page.getByRole('button', { name: 'Điều chỉnh', exact: true }).click();
  await page.getByRole('button', { name: 'Thêm việc làm vào mục 2' }).click();
  await page
    .getByLabel('Mục 2: Về đạo đức, lối sống, tác phong')
    .getByLabel('Việc làm cụ thể 1')
    .fill('Không sử dụng rượu bia trong giờ làm việc');
  await page.getByRole('button', { name: 'Lưu điều chỉnh' }).click();
  const amendDialog = page.getByRole('dialog', { name: 'Lưu điều chỉnh' });
  await amendDialog.getByRole('button', { name: 'Lưu điều chỉnh' }).click();
  await expect(amendDialog.getByRole('alert')).toContainText('lý do');
  await amendDialog.getByLabel('Lý do điều chỉnh').fill('Bổ sung việc làm theo kết luận sinh hoạt chi bộ tháng 5');
  await amendDialog.getByLabel('Ngày điều chỉnh').fill(`5/6/${YEAR}`);
  await amendDialog.getByRole('button', { name: 'Lưu điều chỉnh' }).click();
  await expect(page.getByLabel('Trạng thái bản đăng ký')).toHaveText('Đã điều chỉnh');
  const history = page.getByLabel('Lịch sử bản đăng ký');
  await expect(history).toContainText('Chi bộ xác nhận (Nguyễn Văn Đức)');
  await expect(history).toContainText('Điều chỉnh: Bổ sung việc làm theo kết luận sinh hoạt chi bộ tháng 5');
  await expect(history).toContainText('Nội dung trước lần điều chỉnh ngày 05/06/');
  await screenshot(page, 'pledges-04-amended');

  // 4. The form as PDF.
  const one = await keepDownload(page, () => page.getByRole('button', { name: 'Xuất PDF' }).click(), 'pledge-one.pdf');
  const onePdf = await readPdf(one);
  const oneText = onePdf.text.replace(/\s+/gu, ' ');
  expect(oneText).toContain('CHI BỘ SỞ TƯ PHÁP');
  expect(oneText).toContain(`Ninh Thuận, ngày 15 tháng 01 năm ${YEAR}`);
  expect(oneText).toContain(`BẢN ĐĂNG KÝ THỰC HIỆN TRÁCH NHIỆM NÊU GƯƠNG NĂM ${YEAR}`);
  expect(oneText).toContain('Họ và tên: Trần Thị Ngọc Ánh');
  expect(oneText).toContain('Không sử dụng rượu bia trong giờ làm việc');
  expect(oneText).toContain('Nguyễn Văn Đức');

  // 5. Back to the book: counts updated, the whole cell as one PDF with a progress bar.
  await page.getByRole('link', { name: `← Sổ đăng ký năm ${YEAR}` }).click();
  await expect(panel).toContainText('Chi bộ đã xác nhận1');
  await expect(panel).toContainText('Còn phải đăng ký1');
  const all = await keepDownload(page, () => page.getByRole('button', { name: 'Xuất PDF cả chi bộ' }).click(), 'pledge-cell.pdf');
  const allPdf = await readPdf(all);
  expect(allPdf.text).toContain('Trần Thị Ngọc Ánh');
  expect(allPdf.pageCount).toBeGreaterThanOrEqual(1);
  await screenshot(page, 'pledges-05-book-after');

  // 6. Frameworks: an edit is stored as a new version.
  await page.getByRole('link', { name: 'Khung nội dung' }).click();
  await page.getByRole('button', { name: 'Sửa khung Quy định 144-QĐ/TW (5 chuẩn mực đạo đức cách mạng)' }).click();
  await page.getByLabel('Tên mục 5').fill('Gương mẫu, khiêm tốn, tu dưỡng, rèn luyện, học tập suốt đời');
  await page.getByRole('button', { name: 'Lưu thành phiên bản mới' }).click();
  await expect(page.getByText('Đã lưu phiên bản 2.')).toBeVisible();
  await expect(page.getByText('Phiên bản 1', { exact: true })).toBeVisible();
  await screenshot(page, 'pledges-06-framework-version');
});

test("the editor keeps the keyboard in the new row, groups its problems per section; the cell's template never touches a form", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await completeSetup(page);
  await seedMembers(page);
  await page.reload();
  await nav(page, 'Sổ đăng ký nêu gương');

  // Mẫn writes his own draft first.
  await page.getByRole('button', { name: 'Lập bản đăng ký của Đặng Văn Mẫn' }).click();
  await choose(page, 'Khung nội dung', /^Quy định 101-QĐ\/TW/u);
  await page.getByRole('button', { name: 'Lập bản đăng ký', exact: true }).click();
  const section = (n: number) => page.getByLabel(new RegExp(`^Mục ${n}: `, 'u'));
  // After "+ Thêm việc làm" the cursor is in the new row: a space types a space, it adds no row.
  await page.getByRole('button', { name: 'Thêm việc làm vào mục 1' }).click();
  await expect(section(1).getByLabel('Việc làm cụ thể 1')).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Space');
  await expect(section(1).getByLabel(/^Việc làm cụ thể/u)).toHaveCount(1);
  await page.getByRole('button', { name: 'Thêm việc làm vào mục 2' }).click();
  await page.getByRole('button', { name: 'Thêm việc làm vào mục 2' }).click();
  await expect(section(2).getByLabel('Việc làm cụ thể 2')).toBeFocused();

  // The problems, per section, with the section's name and a way to the field.
  const problems = page.getByRole('group', { name: 'Cần sửa trước khi lưu' });
  await expect(problems).toBeVisible();
  await expect(problems).toContainText('Mục 1. Về tư tưởng chính trị');
  await expect(problems).toContainText('Việc làm 1 chưa có nội dung');
  await expect(problems).toContainText('Mục 2. Về đạo đức, lối sống, tác phong');
  await expect(problems).toContainText('2 việc làm chưa có nội dung (số 1, 2)');
  await expect(problems.getByRole('listitem')).toHaveCount(2);
  await screenshot(page, 'pledges-editor-grouped-problems');
  await problems.getByRole('button', { name: 'Đến ô cần sửa' }).first().click();
  await expect(section(1).getByLabel('Việc làm cụ thể 1')).toBeFocused();
  await page.keyboard.type('Học tập nghị quyết, viết thu hoạch');
  await section(2).getByRole('button', { name: 'Xóa việc làm 2 của mục 2' }).click();
  await section(2).getByRole('button', { name: 'Xóa việc làm 1 của mục 2' }).click();
  // A deadline in words, beside a date.
  await section(1).getByLabel('Thời hạn').fill('Quý IV');
  await expect(page.getByTestId('save-status')).toHaveText('Đã lưu');
  await expect(problems).toHaveCount(0);
  await page.reload();
  await expect(section(1).getByLabel('Thời hạn')).toHaveValue('Quý IV');
  await expect(section(1).getByLabel('Việc làm cụ thể 1')).toHaveValue('Học tập nghị quyết, viết thu hoạch');

  // The cell's template: only Ánh (no form) gets a draft; Mẫn's own draft is left as it is.
  await page.getByRole('link', { name: `← Sổ đăng ký năm ${YEAR}` }).click();
  await page.getByRole('link', { name: 'Soạn bản mẫu của chi bộ' }).click();
  await choose(page, 'Khung nội dung', /^Quy định 101-QĐ\/TW/u);
  // Nothing written yet: the template is refused, per section, nothing stored.
  await page.getByRole('button', { name: 'Thêm việc làm vào mục 3' }).click();
  await page.getByRole('button', { name: 'Lưu bản mẫu' }).click();
  const templateProblems = page.getByRole('group', { name: 'Bản mẫu cần sửa' });
  await expect(templateProblems).toContainText('Mục 3. Về tinh thần trách nhiệm');
  await expect(templateProblems).toContainText('Việc làm 1 chưa có nội dung');
  await screenshot(page, 'pledges-template-problems');
  await templateProblems.getByRole('button', { name: 'Đến ô cần sửa' }).click();
  await expect(section(3).getByLabel('Việc làm cụ thể 1')).toBeFocused();
  await page.keyboard.type('Hoàn thành đúng hạn nhiệm vụ được giao');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Hằng tháng');
  await page.getByRole('button', { name: 'Dùng bản này cho các đảng viên chưa đăng ký' }).click();
  const apply = page.getByRole('dialog', { name: 'Dùng bản mẫu cho các đảng viên chưa đăng ký' });
  await expect(apply.getByRole('listitem')).toHaveText(['Trần Thị Ngọc Ánh']);
  await apply.getByRole('button', { name: 'Tạo 1 bản nháp' }).click();
  await expect(page.getByText('Đã tạo 1 bản nháp năm')).toBeVisible();
  await page.getByRole('button', { name: 'Mở bản đăng ký của Trần Thị Ngọc Ánh' }).click();
  await expect(section(3).getByLabel('Việc làm cụ thể 1')).toHaveValue('Hoàn thành đúng hạn nhiệm vụ được giao');
  await expect(section(3).getByLabel('Thời hạn')).toHaveValue('Hằng tháng');
  await page.getByRole('link', { name: `← Sổ đăng ký năm ${YEAR}` }).click();
  await page.getByRole('button', { name: 'Mở bản đăng ký của Đặng Văn Mẫn' }).click();
  await expect(section(1).getByLabel('Việc làm cụ thể 1')).toHaveValue('Học tập nghị quyết, viết thu hoạch');
  await expect(section(3).getByLabel(/^Việc làm cụ thể/u)).toHaveCount(0);
});
