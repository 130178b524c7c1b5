import {
  chromium,
  expect,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Download,
  type Page,
} from '@playwright/test';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, E2E_PORT } from '../playwright.config';
import { prepareName } from '../src-renderer/core/members/roster';
import { DEFAULT_NOW, TIME_ZONE, installClock } from './fixtures';

export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

export interface SetupOptions {
  mode?: 'cell' | 'aggregator';
  unitName?: string;
  unitCode?: string;
  superiorName?: string;
  placeName?: string;
  secretaryName?: string;
}

/** Fill in the first-run wizard and wait for the app shell. */
export async function completeSetup(page: Page, options: SetupOptions = {}): Promise<void> {
  await page.goto(BASE_URL + '/');
  await expect(page.getByRole('heading', { name: 'Chào mừng đến với Sổ Nêu Gương', exact: true })).toBeVisible();
  if (options.mode === 'aggregator') await page.getByLabel('Cấp ủy cấp trên tổng hợp', { exact: false }).check();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  const aggregator = options.mode === 'aggregator';
  await page
    .getByLabel(aggregator ? 'Tên đảng bộ (cấp ủy tổng hợp)' : 'Tên chi bộ (tổ chức đảng)')
    .fill(options.unitName ?? 'Chi bộ Sở Tư pháp');
  await page.getByLabel('Tổ chức đảng cấp trên trực tiếp').fill(options.superiorName ?? 'Đảng bộ các cơ quan Đảng tỉnh');
  await page.getByLabel('Nơi nhận báo cáo (Kính gửi)').fill('Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh');
  await page.getByLabel('Địa danh (ghi ở dòng ngày tháng)').fill(options.placeName ?? 'Ninh Thuận');
  await page.getByLabel('Mã đơn vị').fill(options.unitCode ?? 'CB-STP');
  await page.getByLabel(aggregator ? 'Bí thư đảng ủy' : 'Bí thư chi bộ').fill(options.secretaryName ?? 'Nguyễn Văn Đức');
  await page.getByRole('button', { name: 'Lưu và bắt đầu' }).click();
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();
}

/** Click an item of the main menu (the navigation landmark "Điều hướng chính"). */
export async function nav(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name, exact: true }).click();
}

/**
 * A second browser (another machine: the superior's, a fresh install) on the same fixed clock
 * and time zone as the test's own page, never on the real date.
 */
export async function newClockedContext(
  browser: Browser,
  options: BrowserContextOptions = {},
  now: string = DEFAULT_NOW,
): Promise<BrowserContext> {
  const context = await browser.newContext({ acceptDownloads: true, timezoneId: TIME_ZONE, ...options });
  await installClock(context, now);
  return context;
}

/** A persistent Chromium profile in a fresh folder (to test relaunch with the same data). */
export function newProfileDir(prefix = 'sng-profile-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function launchProfile(userDataDir: string, now: string = DEFAULT_NOW): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    timezoneId: TIME_ZONE,
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    locale: 'vi-VN',
    viewport: { width: 1366, height: 860 },
    acceptDownloads: true,
  });
  await installClock(context, now);
  return context;
}

/** Save a screenshot under test-results/screens/ (kept as a CI artifact). */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = join('test-results', 'screens');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Click something that saves a file and return the download. When the file took longer to build
 * than the click's user activation, Chromium would block the download, so the app offers it with
 * a "Tải tệp về" button (browser adapter); this clicks that button when it appears.
 */
export async function downloadFrom(page: Page, trigger: () => Promise<unknown>): Promise<Download> {
  const download = page.waitForEvent('download', { timeout: 90_000 });
  await trigger();
  const offer = page.getByTestId('download-offer');
  const first = await Promise.race([
    download.then((d) => ({ d })),
    offer.waitFor({ state: 'visible', timeout: 90_000 }).then(
      () => undefined,
      () => undefined,
    ),
  ]);
  if (first) return first.d;
  await offer.getByRole('button', { name: 'Tải tệp về' }).click();
  return download;
}

/**
 * Records straight into the app's IndexedDB with the raw API (for specs that are not about the
 * screens that make them). A row that has a `unitId` is given the app's own unit.
 */
export async function seedRecords(page: Page, records: Record<string, readonly object[]>): Promise<void> {
  await page.evaluate(async (byStore) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('so-neu-guong');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const settings = await new Promise<{ ownUnitId: string }>((resolve, reject) => {
      const req = db.transaction('settings').objectStore('settings').get('settings');
      req.onsuccess = () => resolve(req.result as { ownUnitId: string });
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(Object.keys(byStore), 'readwrite');
    for (const [store, rows] of Object.entries(byStore)) {
      for (const row of rows) tx.objectStore(store).put('unitId' in row ? { ...row, unitId: settings.ownUnitId } : row);
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}

/** A chính thức member as the app stores one; the first of a roster is the bí thư. */
export function e2eMember(fullName: string, index: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const now = new Date(DEFAULT_NOW).toISOString();
  return {
    id: `e2e-m${index}`,
    unitId: '',
    ...prepareName(fullName),
    partyPosition: index === 0 ? 'bi_thu' : 'dang_vien',
    isLeader: index === 0,
    inPoliticalSystem: true,
    admissionDate: '2008-05-19',
    fullMembershipDate: '2009-05-19',
    statusPeriods: [],
    createdAt: now,
    updatedAt: now,
    ...extra,
  };
}

/** Create the sample cell from Cài đặt and wait until the app runs on it. */
export async function openSampleCell(page: Page): Promise<void> {
  await page.goto(`${BASE_URL}/#/cai-dat`);
  await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), page.getByRole('button', { name: 'Tạo dữ liệu mẫu' }).click()]);
  await expect(page.getByTestId('sample-banner')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('sample-banner')).toContainText('Đang dùng dữ liệu mẫu — không phải dữ liệu thật');
}
