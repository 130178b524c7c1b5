import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A value kept in the address (`#/tu-danh-gia?thang=2026-11`), so reload, back and forward keep the
 * month, year or record the secretary was working on. `parse` returns undefined for a missing or
 * malformed value, and the page then shows `fallback` (usually today's month or year).
 */
export function useUrlParam<T>(
  name: string,
  parse: (raw: string) => T | undefined,
  fallback: () => T,
  format: (value: T) => string = String,
): [T, (value: T | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get(name);
  const parsed = raw === null ? undefined : parse(raw);
  const value = parsed === undefined ? fallback() : parsed;
  const setValue = useCallback(
    (next: T | undefined) => {
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          if (next === undefined) updated.delete(name);
          else updated.set(name, format(next));
          return updated;
        },
        { replace: true },
      );
    },
    [name, format, setParams],
  );
  return [value, setValue];
}

/** `?nam=2026`: a year between 2000 and 2100. */
export function parseYearParam(raw: string): number | undefined {
  const y = Number(raw);
  return /^\d{4}$/u.test(raw) && y >= 2000 && y <= 2100 ? y : undefined;
}

/** `?thang=2026-11`: a month. */
export function parsePeriodParam(raw: string): string | undefined {
  const m = /^(\d{4})-(\d{2})$/u.exec(raw);
  return m && Number(m[1]) >= 2000 && Number(m[1]) <= 2100 && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? raw : undefined;
}
