/** The exchange job's door to db/exchange.ts: the same operations with the app's database bound. */
import * as repo from '../db/exchange';
import { getDb } from '../db/instance';
import { getDesktopApi } from '../platform';
import { withDb } from './bind';

export { COUNT_LABELS, describeRead, encodeExport } from '../db/exchange';
export type { ApplyResult, FileInput, PreparedFile } from '../db/exchange';

export const findOwnUnit = withDb(repo.findOwnUnit);
export const buildUnitReport = withDb(repo.buildUnitReport);
export const buildRoster = withDb(repo.buildRoster);
export const buildFrameworkPackage = withDb(repo.buildFrameworkPackage);
export const prepareImport = withDb(repo.prepareImport);
/**
 * About how much an import writes into the database: the files' JSON text (the payload and its
 * small envelope, measured when the file was read: no second serialisation of 80 MB at province
 * scale), twice for UTF-16 and twice for indexes and the journal (the same rule as a restore's
 * estimate, db/backup.ts).
 */
export function estimateImportBytes(files: readonly repo.PreparedFile[]): number {
  let chars = 0;
  for (const f of files) if (f.status === 'ready' && f.plan.action === 'apply') chars += f.read.textChars;
  return chars * 2 * 2;
}

/**
 * Apply prepared files (db/exchange.ts). Refused before anything is written — no backup, no file —
 * when the import needs more than a third of the free space on the profile disk (main's fs.statfs):
 * a disk that fills mid-way can break the database.
 */
export async function applyImport(prepared: readonly repo.PreparedFile[], options: repo.ApplyOptions = {}): Promise<repo.ApplyResult[]> {
  const bytes = estimateImportBytes(prepared);
  if (bytes > 0) {
    // Main could not answer: unknown, like a disk statfs cannot measure — each file stays one transaction.
    const room = await Promise.resolve()
      .then(() => getDesktopApi().checkSpaceFor(bytes))
      .catch(() => ({ ok: true as const }));
    if (!room.ok) return prepared.map((p) => ({ fileName: p.fileName, outcome: 'refused' as const, message: room.message, changes: [] }));
  }
  return repo.applyImport(getDb(), prepared, options);
}
export const listImportLog = withDb(repo.listImportLog);
export const replanImport = withDb(repo.replanImport);
export const undoReplacement = withDb(repo.undoReplacement);
export { unitOffers } from '../db/exchange';
