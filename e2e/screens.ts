import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { BASE_URL } from './helpers';

/** The main screens: route, and the page title (h2) that shows it has rendered. */
export const CELL_SCREENS = [
  { path: '/', title: /^Tháng này/u, slug: 'thang-nay' },
  { path: '/don-vi', title: 'Đơn vị', slug: 'don-vi' },
  { path: '/dang-vien', title: 'Đảng viên', slug: 'dang-vien' },
  { path: '/so-dang-ky', title: 'Sổ đăng ký nêu gương', slug: 'so-dang-ky' },
  { path: '/so-dang-ky/mau', title: /^Bản mẫu của chi bộ/u, slug: 'so-dang-ky-mau' },
  { path: '/tu-danh-gia', title: /^Tự đánh giá/u, slug: 'tu-danh-gia' },
  { path: '/sinh-hoat', title: /^Sinh hoạt chi bộ/u, slug: 'sinh-hoat' },
  { path: '/kiem-diem', title: /^Kiểm điểm/u, slug: 'kiem-diem' },
  { path: '/dang-phi', title: 'Đảng phí', slug: 'dang-phi' },
  { path: '/lich-viec', title: /^Lịch việc/u, slug: 'lich-viec' },
  { path: '/trao-doi', title: 'Trao đổi dữ liệu', slug: 'trao-doi' },
  { path: '/sao-luu', title: 'Sao lưu', slug: 'sao-luu' },
  { path: '/cai-dat', title: 'Cài đặt', slug: 'cai-dat' },
  { path: '/huong-dan', title: 'Hướng dẫn sử dụng', slug: 'huong-dan' },
] as const;

export const AGGREGATOR_SCREENS = [
  { path: '/', title: /^Tháng này/u, slug: 'cap-tren-thang-nay' },
  { path: '/tong-hop', title: /^Tổng hợp/u, slug: 'tong-hop' },
  { path: '/trao-doi', title: 'Trao đổi dữ liệu', slug: 'cap-tren-trao-doi' },
] as const;

export type Screen = { path: string; title: string | RegExp; slug: string };

/** Open a screen through the address and wait until its title and data are there. */
export async function openScreen(page: Page, screen: Screen): Promise<void> {
  await page.goto(`${BASE_URL}/#${screen.path}`);
  await expect(page.getByRole('heading', { level: 2, name: screen.title }).first()).toBeVisible();
  // Lazy pages and live queries: wait until no loader is left.
  await expect(page.locator('.mantine-Loader-root')).toHaveCount(0);
  await expect(page.getByText('Đang đọc dữ liệu…')).toHaveCount(0);
}

export interface AxeProblem {
  screen: string;
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** axe-core on the page: every violation, of any impact (WCAG 2.1 A and AA, and best practices). */
export async function axeProblems(page: Page, screen: string): Promise<AxeProblem[]> {
  // A toast or dialog caught mid-fade has the colours of half its opacity: axe would report a contrast
  // fault that no user sees. Wait until every finite transition and animation has ended (loaders spin forever).
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
  // Every impact, and axe's best practices too (one <main>, heading order, landmarks).
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations.map((v) => ({
    screen,
    id: v.id,
    impact: v.impact ?? '',
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
}

/** English words that must not reach a Vietnamese user (library defaults left untranslated). */
export const ENGLISH_WORDS = [
  'Save',
  'Cancel',
  'Delete',
  'Loading',
  'Submit',
  'Edit',
  'Search',
  'Nothing found',
  'No data',
  'No results',
  'No options',
  'Close',
  'Next',
  'Back',
  'Previous',
  'Upload',
  'Download',
  'Error',
  'Settings',
  'Export',
  'Import',
  'Print',
  'Name',
  'Date',
  'Status',
  'Total',
  'Yes',
  'No',
  'Month',
  'Year',
  'Today',
  'Clear',
  'Select',
  'Choose',
  'Open',
  'Add',
  'Remove',
  'Confirm',
  'Apply',
  'Reset',
  'Page',
  'of',
  'Monday',
  'Sunday',
  'January',
  'December',
  'Mon',
  'Sun',
  'Jan',
  'Dec',
  'AM',
  'PM',
  'Untitled',
  'Required',
  'Invalid',
  'Warning',
  'Help',
  'Home',
  'Member',
  'Meeting',
  'Report',
  'Backup',
];

/** Visible text plus the names given to assistive technology (aria-label, title, placeholder, alt). */
export async function screenWords(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.body.innerText];
    for (const el of Array.from(document.querySelectorAll('[aria-label],[title],[placeholder],[alt]'))) {
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(a);
        if (v) parts.push(v);
      }
    }
    return parts.join('\n');
  });
}

/** English words found in a text (whole words, case-sensitive as a label would show them). */
export function englishWordsIn(text: string): string[] {
  // Key names printed on the keyboard ("phím Delete", "phím Enter") are what the user sees there.
  text = text.replace(/phím\s+[A-Za-z]+(\s*\+\s*[A-Za-z]+)*/gu, 'phím');
  const found = new Set<string>();
  for (const w of ENGLISH_WORDS) {
    const re = new RegExp(`(^|[^\\p{L}\\p{N}])${w.replace(/ /gu, '\\s+')}(?=$|[^\\p{L}\\p{N}])`, 'u');
    if (re.test(text)) found.add(w);
  }
  return [...found];
}

/** Horizontal overflow of the document (a layout broken by large text). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Choose a text size on the settings screen: one click, right when the page shows (it must win). */
export async function setTextSize(page: Page, label: 'Thường' | 'Lớn' | 'Rất lớn'): Promise<void> {
  await page.goto(`${BASE_URL}/#/cai-dat`);
  const size = label === 'Thường' ? 'normal' : label === 'Lớn' ? 'large' : 'xlarge';
  await expect(page.getByRole('heading', { level: 2, name: 'Cài đặt' })).toBeVisible();
  const changes = (await page.locator('html').getAttribute('data-text-size')) !== size;
  await page
    .locator('label')
    .filter({ hasText: new RegExp(`^${label}$`, 'u') })
    .first()
    .click();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', size);
  if (changes) {
    // The change is saved at once and says so in a toast; let it go, so the next screens are seen without it.
    const saved = page.getByText('Đã lưu cài đặt.');
    await expect(saved).toBeVisible();
    await expect(saved).toHaveCount(0, { timeout: 15_000 });
  }
}
