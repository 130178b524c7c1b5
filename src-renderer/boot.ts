/**
 * Evaluated before the rest of the start-up code (main.tsx imports it first): IndexedDB opens its
 * store while React, Mantine and the shell are being evaluated (db/warm-up).
 */
import { warmUpIndexedDb } from './db/warm-up';

warmUpIndexedDb();
