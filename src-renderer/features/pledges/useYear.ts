import { parseYearParam, useUrlParam } from '../../ui/url-state';
import { clock } from '../../platform/clock';
import { errorMessage } from '../../services/errors';

/** The registration year shown, kept in the address (?nam=2026) so every view shares it. */
export function useYear(): [number, (year: number) => void] {
  return useUrlParam('nam', parseYearParam, clock.thisYear);
}

export function yearOptions(center: number): { value: string; label: string }[] {
  const thisYear = clock.thisYear();
  const top = Math.max(center, thisYear) + 1;
  return Array.from({ length: 12 }, (_, i) => String(top - i)).map((y) => ({ value: y, label: `Năm ${y}` }));
}

export function errorText(e: unknown): string {
  return errorMessage(e);
}
