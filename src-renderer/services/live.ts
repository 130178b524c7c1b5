/**
 * Live data for screens: a query over the database re-run whenever the tables it read change.
 * Only services/ use it (features never see Dexie); each service exports named hooks on top.
 */
import { useLiveQuery } from 'dexie-react-hooks';

export function useLive<T>(query: () => Promise<T> | T, deps: readonly unknown[]): T | undefined;
export function useLive<T, D>(query: () => Promise<T> | T, deps: readonly unknown[], initial: D): T | D;
export function useLive<T, D>(query: () => Promise<T> | T, deps: readonly unknown[], initial?: D): T | D | undefined {
  return useLiveQuery(query, [...deps], initial as D);
}
