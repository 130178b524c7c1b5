/**
 * The app's one clock. `core/` never reads the time: it takes `today` / `now` as arguments, and
 * everything above it takes them from here. Calendar dates (`YYYY-MM-DD`, `YYYY-MM`) are the PC's
 * *local* date (Vietnam: UTC+7); timestamps are ISO instants. Tests set the clock with `setClock`.
 */
import { toIsoDate } from '../core/text/dates';
import type { IsoDate } from '../core/model';

type NowSource = () => Date;

// The only place in the renderer that reads the system time (lint forbids `new Date()` elsewhere).
const systemNow: NowSource = () => new Date();
let source: NowSource = systemNow;

export const clock = {
  /** The current instant. */
  now: (): Date => source(),
  /** The current instant as an ISO timestamp (for `createdAt`, `updatedAt`, `exportedAt`…). */
  nowIso: (): string => source().toISOString(),
  /** Today's local calendar date, `YYYY-MM-DD`. */
  today: (): IsoDate => toIsoDate(source()),
  /** This month, `YYYY-MM` (local). */
  thisPeriod: (): string => toIsoDate(source()).slice(0, 7),
  /** This year (local). */
  thisYear: (): number => source().getFullYear(),
};

/** Tests: fix the clock at an instant (or follow a function); `resetClock()` restores the system time. */
export function setClock(at: Date | string | NowSource): void {
  source = typeof at === 'function' ? at : () => new Date(typeof at === 'string' ? at : at.getTime());
}

export function resetClock(): void {
  source = systemNow;
}
