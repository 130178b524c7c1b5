/**
 * Every e2e test runs on a fixed clock in Vietnam's time zone, never on the real date: the
 * browser's Date starts at `now` (and then runs on, so autosave timers behave as for a user).
 * Default: 20/11/2026 09:00 in Hà Nội; a spec that needs another day says `test.use({ now: … })`.
 */
import { test as base, type BrowserContext } from '@playwright/test';

export { expect, type Download, type Locator, type Page } from '@playwright/test';

export const DEFAULT_NOW = '2026-11-20T09:00:00+07:00';
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Install the fixed clock on a context (also for persistent profiles launched by hand). */
export async function installClock(context: BrowserContext, now: string = DEFAULT_NOW): Promise<void> {
  await context.clock.install({ time: new Date(now) });
}

export const test = base.extend<{ now: string }>({
  now: [DEFAULT_NOW, { option: true }],
  timezoneId: TIME_ZONE,
  context: async ({ context, now }, provide) => {
    await installClock(context, now);
    await provide(context);
  },
});

/** The calendar date of an instant in Vietnam: { year, month, day }. */
export function vietnamDate(now: string = DEFAULT_NOW): { year: number; month: number; day: number } {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(now))
    .split('-')
    .map(Number) as [number, number, number];
  return { year, month, day };
}
