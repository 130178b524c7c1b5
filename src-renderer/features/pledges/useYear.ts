import { useSearchParams } from 'react-router';
import { todayIso } from '../../core/text';

/** The registration year shown, kept in the address (?nam=2026) so every view shares it. */
export function useYear(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayIso().slice(0, 4));
  const raw = Number(params.get('nam'));
  const year = Number.isInteger(raw) && raw >= 2000 && raw <= 2100 ? raw : thisYear;
  const setYear = (y: number) => {
    const next = new URLSearchParams(params);
    next.set('nam', String(y));
    setParams(next, { replace: true });
  };
  return [year, setYear];
}

export function yearOptions(center: number): { value: string; label: string }[] {
  const thisYear = Number(todayIso().slice(0, 4));
  const top = Math.max(center, thisYear) + 1;
  return Array.from({ length: 12 }, (_, i) => String(top - i)).map((y) => ({ value: y, label: `Năm ${y}` }));
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
