import { expect, test, type Page } from './fixtures';
import { BASE_URL, completeSetup, openSampleCell, screenshot } from './helpers';
import {
  AGGREGATOR_SCREENS,
  CELL_SCREENS,
  axeProblems,
  englishWordsIn,
  horizontalOverflow,
  openScreen,
  screenWords,
  setTextSize,
  type AxeProblem,
  type Screen,
} from './screens';

/** A record screen reached by a click from a list (the address holds an id). */
interface RecordScreen {
  slug: string;
  open: (page: Page) => Promise<void>;
}

/** An adopted meeting of the sample cell: the read-only document view of its minutes. */
const MEETING_RECORD: RecordScreen = {
  slug: 'bien-ban',
  open: async (page) => {
    await page.goto(`${BASE_URL}/#/sinh-hoat`);
    const list = page.getByRole('table', { name: 'Danh sách buổi sinh hoạt' });
    await list.getByRole('row').filter({ hasText: 'Đã thông qua' }).first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 2, name: /^Sinh hoạt chi bộ/u })).toBeVisible();
    await expect(page.getByTestId('minutes-view')).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: /^I\. THÀNH PHẦN/u })).toBeVisible();
  },
};

/** A meeting being written (the form): the sample's draft, or a new one for today. */
const MEETING_FORM: RecordScreen = {
  slug: 'bien-ban-nhap',
  open: async (page) => {
    await page.goto(`${BASE_URL}/#/sinh-hoat`);
    const list = page.getByRole('table', { name: 'Danh sách buổi sinh hoạt' });
    const draft = list.getByRole('row').filter({ hasText: 'Bản nháp' });
    if ((await draft.count()) > 0) await draft.first().getByRole('link').click();
    else await page.getByRole('button', { name: 'Thêm buổi sinh hoạt' }).click();
    await expect(page.getByRole('heading', { level: 3, name: '1. Thông tin chung' })).toBeVisible();
  },
};

async function checkScreens(page: Page, screens: readonly (Screen | RecordScreen)[], prefix: string) {
  const problems: AxeProblem[] = [];
  const english: string[] = [];
  const overflow: string[] = [];
  for (const screen of screens) {
    if ('open' in screen) await screen.open(page);
    else await openScreen(page, screen);
    const path = 'path' in screen ? screen.path : new URL(page.url()).hash;
    problems.push(...(await axeProblems(page, path)));
    const words = englishWordsIn(await screenWords(page));
    if (words.length) english.push(`${path}: ${words.join(', ')}`);
    const over = await horizontalOverflow(page);
    if (over > 1) overflow.push(`${path}: ${over}px`);
    await screenshot(page, `${prefix}-${screen.slug}`);
  }
  return { problems, english, overflow };
}

test('every cell screen: axe-core clean, no English words, no horizontal overflow — normal and "rất lớn" text', async ({ page }) => {
  test.setTimeout(420_000);
  await completeSetup(page);
  await openSampleCell(page);

  const normal = await checkScreens(page, [...CELL_SCREENS, MEETING_RECORD, MEETING_FORM], 'a11y-normal');
  expect(normal.problems, JSON.stringify(normal.problems, null, 2)).toEqual([]);
  expect(normal.english).toEqual([]);
  expect(normal.overflow).toEqual([]);

  await setTextSize(page, 'Rất lớn');
  const xlarge = await checkScreens(page, [...CELL_SCREENS, MEETING_RECORD, MEETING_FORM], 'a11y-xlarge');
  expect(xlarge.problems, JSON.stringify(xlarge.problems, null, 2)).toEqual([]);
  expect(xlarge.english).toEqual([]);
  expect(xlarge.overflow).toEqual([]);
});

test('aggregator screens: axe-core clean, no English words — normal and "rất lớn" text', async ({ page }) => {
  test.setTimeout(180_000);
  await completeSetup(page, { mode: 'aggregator', unitName: 'Đảng bộ Khối các cơ quan tỉnh', unitCode: 'DBK' });
  const result = await checkScreens(page, AGGREGATOR_SCREENS, 'a11y-aggregator');
  expect(result.problems, JSON.stringify(result.problems, null, 2)).toEqual([]);
  expect(result.english).toEqual([]);
  expect(result.overflow).toEqual([]);
  await setTextSize(page, 'Rất lớn');
  const xlarge = await checkScreens(page, AGGREGATOR_SCREENS, 'a11y-aggregator-xlarge');
  expect(xlarge.problems, JSON.stringify(xlarge.problems, null, 2)).toEqual([]);
  expect(xlarge.overflow).toEqual([]);
});

test('keyboard: the navigation and the routine links are reachable with Tab and show a visible focus', async ({ page }) => {
  await completeSetup(page);
  await page.goto(`${BASE_URL}/#/`);
  await expect(page.getByRole('heading', { level: 2, name: /^Tháng này/u })).toBeVisible();
  const reached = new Set<string>();
  let outlined = 0;
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return undefined;
      const style = getComputedStyle(el);
      return {
        text: (el.innerText || el.getAttribute('aria-label') || '').trim(),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (!info) continue;
    reached.add(info.text);
    if (info.outline) outlined += 1;
  }
  for (const label of ['Trợ giúp', 'Đảng viên', 'Sinh hoạt chi bộ', 'Cài đặt', 'Hướng dẫn sử dụng', 'Mở danh sách đảng viên'])
    expect([...reached]).toContain(label);
  expect(outlined).toBeGreaterThan(10);
  // The help drawer opens from the keyboard and closes with Escape.
  await page.getByRole('button', { name: 'Trợ giúp' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: /Trợ giúp: Tháng này/u })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
