import type { SoNeuGuongDb } from './database';
import { openDatabase } from './open';

let current: SoNeuGuongDb | undefined;
let opening: Promise<SoNeuGuongDb> | undefined;

/** Open the app's database once (the app shell waits for it before rendering). */
export function initDb(name?: string): Promise<SoNeuGuongDb> {
  opening ??= openDatabase(name).then((db) => (current = db));
  return opening;
}

/** The open database; only valid after initDb() resolved (the shell guarantees it). */
export function getDb(): SoNeuGuongDb {
  if (!current) throw new Error('Cơ sở dữ liệu chưa được mở.');
  return current;
}
