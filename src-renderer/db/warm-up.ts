/**
 * The first IndexedDB request of a start waits ~100–150 ms for the browser to open the origin's
 * IndexedDB store (measured with 10 years of data, issue 19), while the page's own code could run.
 * So the start-up sends a harmless first request (the list of databases) before the rest of its
 * code is evaluated (src-renderer/boot.ts, imported first by main.tsx). openDatabase (db/open) still
 * asks for the list itself: an answer taken earlier could miss a newer database that appeared
 * meanwhile, and Dexie 4 would then open — and write into — it.
 */

let warmedUp = false;

/** Send the first IndexedDB request now (once per start); opens and creates nothing. */
export function warmUpIndexedDb(): void {
  if (warmedUp || typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  warmedUp = true;
  indexedDB.databases().catch(() => undefined);
}
