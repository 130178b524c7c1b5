/**
 * The shipped presets (pledge frameworks, document style profiles) put into ruleSets at every start
 * (db/instance initDb). A module of its own: the start-up loads only the preset data, not the pledge
 * book's repository (db/pledges) and its rules.
 */
import type { RuleSet } from '../core/model';
import { DOCUMENT_STYLE_PRESETS } from '../core/documents/style';
import { PLEDGE_FRAMEWORK_PRESETS } from '../core/pledges/frameworks';
import type { SoNeuGuongDb } from './database';

/** Presets seeded: pledge frameworks and document style profiles. */
export const SEEDED_PRESETS: readonly RuleSet[] = [...PLEDGE_FRAMEWORK_PRESETS, ...DOCUMENT_STYLE_PRESETS];

/**
 * Put the shipped presets into ruleSets. Idempotent: a preset already stored (same id) is left
 * as it is; user edits are separate records (new versions) and are never touched.
 * Returns the number of records added.
 */
export async function seedPresetRuleSets(db: SoNeuGuongDb): Promise<number> {
  // Usual case at start-up: everything is there; a read avoids a write transaction.
  const stored = await db.ruleSets.bulkGet(SEEDED_PRESETS.map((p) => p.id));
  if (stored.every((r) => r !== undefined)) return 0;
  return db.transaction('rw', db.ruleSets, async () => {
    const existing = await db.ruleSets.bulkGet(SEEDED_PRESETS.map((p) => p.id));
    const missing = SEEDED_PRESETS.filter((_, i) => existing[i] === undefined);
    if (missing.length) await db.ruleSets.bulkAdd(missing.map((p) => structuredClone(p)));
    return missing.length;
  });
}
