/** The month page's data, read by one service call when the month changes (not a chain of live queries). */
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../services/errors';
import { loadMonthView, type MonthView } from '../../services/monthly';

type MonthViewState = { period: string; view: MonthView } | { period: string; error: string } | undefined;

/** The loaded view of `period`; what was loaded for another month counts as not loaded yet. */
export function useMonthView(period: string): { view?: MonthView; error?: string } {
  // The page's first month is asked for while the page renders, so the database reads it while
  // React commits the page (not after); later months are read when chosen.
  const [first] = useState(() => {
    const promise = loadMonthView(period);
    promise.catch(() => undefined); // handled in the effect (this render may also be dropped)
    return { period, promise };
  });
  const firstUsed = useRef(false);
  const [state, setState] = useState<MonthViewState>();
  useEffect(() => {
    let alive = true;
    const reuse = !firstUsed.current && first.period === period;
    firstUsed.current = true;
    (reuse ? first.promise : loadMonthView(period)).then(
      (view) => alive && setState({ period, view }),
      (e: unknown) => alive && setState({ period, error: errorMessage(e, 'Không đọc được dữ liệu tháng.') }),
    );
    return () => {
      alive = false;
    };
  }, [first, period]);
  if (!state || state.period !== period) return {};
  return 'view' in state ? { view: state.view } : { error: state.error };
}
