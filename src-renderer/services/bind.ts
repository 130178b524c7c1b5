/** A repository function of db/ with the app's open database bound as its first argument. */
import type { SoNeuGuongDb } from '../db/database';
import { getDb } from '../db/instance';

export function withDb<A extends unknown[], R>(fn: (db: SoNeuGuongDb, ...args: A) => R): (...args: A) => R {
  return (...args: A) => fn(getDb(), ...args);
}
