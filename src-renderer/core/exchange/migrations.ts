/**
 * Ordered, pure migrations of older envelope formats (Excalidraw `schema.ts` pattern).
 * Each migration takes the raw parsed envelope of format version `from` and returns the raw
 * envelope of version `from + 1`. The list is validated when the module loads: integers,
 * ascending, no gaps, and the last one must reach FORMAT_VERSION.
 */
import { FORMAT_VERSION } from './constants';

export type RawEnvelope = Record<string, unknown>;

export interface FormatMigration {
  from: number;
  title: string;
  description: string;
  apply: (raw: RawEnvelope) => RawEnvelope;
}

/**
 * Format 1 is the first published format, so there is nothing to migrate yet. When the format
 * changes: bump FORMAT_VERSION and append `{ from: 1, … }` here, with a test on a v1 fixture.
 */
export const FORMAT_MIGRATIONS: readonly FormatMigration[] = [];

/** Throws when the list is malformed. Called at module load for the real list. */
export function validateMigrations(list: readonly FormatMigration[], latest: number): void {
  if (!Number.isInteger(latest) || latest < 1) throw new Error(`Phiên bản định dạng không hợp lệ: ${latest}`);
  let expected = list.length > 0 ? list[0]!.from : latest;
  for (const m of list) {
    if (!Number.isInteger(m.from) || m.from < 1) throw new Error(`Migration có phiên bản không phải số nguyên dương: ${m.from}`);
    if (m.from !== expected) throw new Error(`Danh sách migration không liên tục: cần ${expected}, gặp ${m.from}`);
    expected = m.from + 1;
  }
  if (expected !== latest) throw new Error(`Migration cuối dẫn tới định dạng ${expected}, nhưng định dạng hiện tại là ${latest}`);
}

validateMigrations(FORMAT_MIGRATIONS, FORMAT_VERSION);

/** Oldest format version this build can read. */
export function oldestReadableVersion(list: readonly FormatMigration[] = FORMAT_MIGRATIONS, latest = FORMAT_VERSION): number {
  return list.length > 0 ? list[0]!.from : latest;
}

/**
 * Apply every migration newer than the file's version. Pure: the input is not modified.
 * Assumes `version` is between oldestReadableVersion and latest (checked by the caller).
 */
export function migrateEnvelope(
  raw: RawEnvelope,
  version: number,
  list: readonly FormatMigration[] = FORMAT_MIGRATIONS,
  latest = FORMAT_VERSION,
): { envelope: RawEnvelope; applied: string[] } {
  let current: RawEnvelope = structuredClone(raw);
  const applied: string[] = [];
  for (const m of list) {
    if (m.from < version) continue;
    current = { ...m.apply(current), formatVersion: m.from + 1 };
    applied.push(m.title);
  }
  if (current.formatVersion !== latest && list.length > 0) current = { ...current, formatVersion: latest };
  return { envelope: current, applied };
}
