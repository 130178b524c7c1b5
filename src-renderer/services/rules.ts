/**
 * Rule sets as the screens need them: stored ones read here, the choice made by core/rules'
 * one resolver. A local edit (the quorum thresholds in Cài đặt) is stored as a new version.
 */
import type { AppSettings, IsoDate, RuleSet, RuleSetKind } from '../core/model';
import type { QuorumSettings } from '../core/meetings';
import { resolveRule, ruleSetProblems, ruleVersions, type ResolvedRule, type RuleQuery } from '../core/rules';
import { clock } from '../platform/clock';
import { getDb } from '../db/instance';
import { useLive } from './live';

/** Every stored rule set (all kinds; a few dozen records). */
export function loadRuleSets(): Promise<RuleSet[]> {
  return getDb().ruleSets.toArray();
}

/** Live stored rule sets (undefined until read). */
export function useRuleSets(): RuleSet[] | undefined {
  return useLive(() => loadRuleSets(), []);
}

/** The rule of a kind on a date, from the stored rule sets and the settings' choice. */
export async function ruleOn<K extends RuleSetKind>(kind: K, q: Omit<RuleQuery, 'ruleSets'>): Promise<ResolvedRule<K>> {
  return resolveRule(kind, { ...q, ruleSets: await loadRuleSets() });
}

/** Settings' code for the kinds chosen in Cài đặt. */
export function chosenCode(kind: RuleSetKind, settings: AppSettings): string | undefined {
  if (kind === 'monthly_scale') return settings.monthlyScaleCode;
  if (kind === 'meeting_rubric') return settings.meetingRubricCode;
  if (kind === 'document_style') return settings.documentStyleCode;
  return undefined;
}

/** Live: the quorum rule set in force today, for the settings form. */
export function useQuorumRule(date: IsoDate): RuleSet<QuorumSettings> | undefined {
  return useLive(async () => resolveRule('quorum', { date, ruleSets: await loadRuleSets() }), [date]);
}

export class RuleEditError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join(' '));
    this.name = 'RuleEditError';
  }
}

/**
 * Store the cell's own quorum thresholds: a new version (source 'local') of the rule set in force
 * today, valid from the same day. Refused (nothing stored) when a value is out of range.
 */
export async function saveQuorumThresholds(data: QuorumSettings): Promise<RuleSet<QuorumSettings>> {
  const db = getDb();
  return db.transaction('rw', db.ruleSets, async () => {
    const ruleSets = await db.ruleSets.toArray();
    const today = clock.today();
    // The cell edits its own line of versions; a superior's package still wins (core/rules).
    const local = ruleSets.filter((r) => r.kind === 'quorum' && r.source !== 'superior');
    const current = resolveRule('quorum', { date: today, ruleSets: local });
    const newest = ruleVersions('quorum', local, current.code)[0] ?? current;
    const next: RuleSet<QuorumSettings> = {
      id: crypto.randomUUID(),
      kind: 'quorum',
      code: current.code,
      name: 'Ngưỡng cảnh báo và biểu quyết của chi bộ',
      version: newest.version + 1,
      validFrom: current.validFrom,
      source: 'local',
      data: { ...data },
      updatedAt: clock.nowIso(),
    };
    const problems = ruleSetProblems(next);
    if (problems.length) throw new RuleEditError(problems);
    await db.ruleSets.add(next);
    return next;
  });
}

/** Back to the thresholds of the app (or of the superior's package): the cell's own versions are removed. */
export async function resetQuorumThresholds(): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.ruleSets, async () => {
    const local = (await db.ruleSets.where('kind').equals('quorum').toArray()).filter((r) => r.source === 'local');
    await db.ruleSets.bulkDelete(local.map((r) => r.id));
  });
}
