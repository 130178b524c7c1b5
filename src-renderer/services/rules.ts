/**
 * Rule sets as the screens need them: stored ones read here, the choice made by core/rules'
 * one resolver. A local edit (the quorum thresholds in Cài đặt) is stored as a new version.
 */
import type { AppSettings, IsoDate, RuleSet } from '../core/model';
import type { PartyDuesRules } from '../core/dues';
import { lastDayOfPeriod } from '../core/text';
import type { QuorumSettings } from '../core/meetings';
import { normaliseDocumentStyle, type DocumentStyleData, type DocumentStyleRuleSet } from '../core/documents/style';
import {
  documentStyleOn,
  editedDuesRules,
  isKeepQd37,
  unverifiedValuesOn,
  type UnverifiedGroup,
  keepQd37Versions,
  newestRulesPerCode,
  resolveRule,
  ruleSetProblems,
  ruleVersions,
} from '../core/rules';
import { clock } from '../platform/clock';
import { getDb } from '../db/instance';
import { loadSettings, saveSettings } from '../db/settings';
import { useLive } from './live';

/** Every stored rule set (all kinds; a few dozen records). */
export function loadRuleSets(): Promise<RuleSet[]> {
  return getDb().ruleSets.toArray();
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

// ---------------------------------------------------------------- document style profiles

export interface DocumentStyleChoice {
  /** Every profile, each in the version the documents use (a superior's first, then the cell's own edit, then the preset), by start date. */
  profiles: DocumentStyleRuleSet[];
  /** The settings' choice: '' = by each document's date, else a profile code. */
  chosenCode: string;
  /** The profile a document dated today gets. */
  today: DocumentStyleRuleSet;
}

/** Live: the document style profiles for Cài đặt. */
export function useDocumentStyles(date: IsoDate): DocumentStyleChoice | undefined {
  return useLive(async () => {
    const [ruleSets, settings] = await Promise.all([loadRuleSets(), loadSettings(getDb())]);
    const profiles = newestRulesPerCode('document_style', ruleSets)
      .map((r) => ruleVersions('document_style', ruleSets, r.code).sort((a, b) => compareForEditor(a, b))[0]!)
      .sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : a.code.localeCompare(b.code)));
    return { profiles, chosenCode: settings.documentStyleCode, today: documentStyleOn(date, ruleSets, settings) };
  }, [date]);
}

const SOURCE_ORDER = { superior: 0, local: 1, preset: 2 } as const;
function compareForEditor(a: RuleSet, b: RuleSet): number {
  return SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source] || b.version - a.version;
}

/**
 * Store the cell's own values of a profile: a new version (source 'local') of that code with
 * the same dates, so the profile is still chosen by date and the edit wins over the preset.
 * Refused (nothing stored) when a value is out of range.
 */
export async function saveDocumentStyle(code: string, data: DocumentStyleData): Promise<DocumentStyleRuleSet> {
  const db = getDb();
  return db.transaction('rw', db.ruleSets, async () => {
    const own = (await db.ruleSets.where('kind').equals('document_style').toArray()).filter((r) => r.source !== 'superior');
    const versions = ruleVersions('document_style', own, code);
    const current = versions.find((r) => r.source === 'local') ?? versions[0];
    if (!current) throw new RuleEditError([`Không tìm thấy thể thức văn bản mã ${code}.`]);
    const next: DocumentStyleRuleSet = {
      id: crypto.randomUUID(),
      kind: 'document_style',
      code,
      name: current.name,
      version: versions[0]!.version + 1,
      validFrom: current.validFrom,
      ...(current.validTo ? { validTo: current.validTo } : {}),
      source: 'local',
      data: normaliseDocumentStyle(data),
      updatedAt: clock.nowIso(),
    };
    const problems = ruleSetProblems(next);
    if (problems.length) throw new RuleEditError(problems);
    await db.ruleSets.add(next);
    return next;
  });
}

/** Back to the shipped values of a profile: the cell's own versions of that code are removed. */
export async function resetDocumentStyle(code: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.ruleSets, async () => {
    const local = (await db.ruleSets.where('kind').equals('document_style').toArray()).filter(
      (r) => r.source === 'local' && r.code === code,
    );
    await db.ruleSets.bulkDelete(local.map((r) => r.id));
  });
}

/** '' = each document takes the profile valid on its date; a code = always that profile. */
export async function chooseDocumentStyle(code: string): Promise<AppSettings> {
  return saveSettings(getDb(), { documentStyleCode: code.trim(), documentStyleChosenAt: clock.nowIso() });
}

// ---------------------------------------------------------------- QĐ 37 / QĐ 207 (domain.md §11)

/** Live: whether the cell has switched QĐ 207-QĐ/TW off (its own versions keep QĐ 37). */
export function useQd37Kept(): boolean | undefined {
  return useLive(async () => (await loadRuleSets()).some(isKeepQd37), []);
}

/**
 * Switch QĐ 207-QĐ/TW off: store the cell's versions (pledge frameworks, year-end scheme) that
 * keep citing QĐ 37-QĐ/TW from 26/7/2026 (core/rules keepQd37Versions). Returns how many.
 */
export async function keepQd37Citations(): Promise<number> {
  const db = getDb();
  return db.transaction('rw', db.ruleSets, async () => {
    const versions = keepQd37Versions(await db.ruleSets.toArray(), clock.nowIso());
    for (const v of versions) {
      const problems = ruleSetProblems(v);
      if (problems.length) throw new RuleEditError(problems);
    }
    await db.ruleSets.bulkPut(versions);
    return versions.length;
  });
}

/** Switch QĐ 207-QĐ/TW back on: the cell's versions that keep QĐ 37 are removed. */
export async function restoreQd207Citations(): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.ruleSets, async () => {
    const kept = (await db.ruleSets.toArray()).filter(isKeepQd37);
    await db.ruleSets.bulkDelete(kept.map((r) => r.id));
  });
}

// ---------------------------------------------------------------- đảng phí (Cài đặt → Đảng phí)

export interface DuesRuleChoice {
  /** The rule set in force this month (a superior's package first, then the cell's own edit, then the preset). */
  inForce: RuleSet<PartyDuesRules>;
  /** The one the cell edits: its own line of versions (the superior's package left out). */
  own: RuleSet<PartyDuesRules>;
  /** The cell's own versions, newest first (to show from which month each applies). */
  localVersions: RuleSet<PartyDuesRules>[];
}

/** Live: the đảng phí rule set of a month, for the settings form. */
export function useDuesRule(period: string): DuesRuleChoice | undefined {
  return useLive(async () => {
    const ruleSets = await loadRuleSets();
    const date = lastDayOfPeriod(period);
    const ownSets = ruleSets.filter((r) => r.kind === 'party_dues' && r.source !== 'superior');
    return {
      inForce: resolveRule('party_dues', { date, ruleSets }),
      own: resolveRule('party_dues', { date, ruleSets: ownSets }),
      localVersions: ownSets
        .filter((r): r is RuleSet<PartyDuesRules> => r.source === 'local')
        .sort((a, b) => (a.validFrom < b.validFrom ? 1 : a.validFrom > b.validFrom ? -1 : b.version - a.version)),
    };
  }, [period]);
}

/**
 * Store the cell's own đảng phí values from a month on: a new version (source 'local') of the rule
 * set the cell has in force that month, valid from the first day of the month — earlier sheets keep
 * the amounts they were computed with. The values changed leave the "chưa kiểm chứng" list
 * (core/rules editedDuesRules). Refused (nothing stored) when a value is out of range.
 */
export async function saveDuesRules(fromPeriod: string, data: PartyDuesRules): Promise<RuleSet<PartyDuesRules>> {
  const db = getDb();
  return db.transaction('rw', db.ruleSets, async () => {
    const own = (await db.ruleSets.where('kind').equals('party_dues').toArray()).filter((r) => r.source !== 'superior');
    const current = resolveRule('party_dues', { date: lastDayOfPeriod(fromPeriod), ruleSets: own });
    const newest = ruleVersions('party_dues', own, current.code)[0] ?? current;
    const edited = editedDuesRules(current.data, data);
    const unverified = edited.unverifiedSettings.length > 0 || edited.groups.some((g) => g.unverified);
    const next: RuleSet<PartyDuesRules> = {
      id: crypto.randomUUID(),
      kind: 'party_dues',
      code: current.code,
      name: 'Chế độ đảng phí của chi bộ',
      version: newest.version + 1,
      validFrom: `${fromPeriod}-01`,
      source: 'local',
      ...(unverified ? { unverified: true } : {}),
      data: edited,
      updatedAt: clock.nowIso(),
    };
    const problems = ruleSetProblems(next);
    if (problems.length) throw new RuleEditError(problems);
    await db.ruleSets.add(next);
    return next;
  });
}

/** Back to the đảng phí values of the app (or of the superior's package): the cell's own versions are removed. */
export async function resetDuesRules(): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.ruleSets, async () => {
    const local = (await db.ruleSets.where('kind').equals('party_dues').toArray()).filter((r) => r.source === 'local');
    await db.ruleSets.bulkDelete(local.map((r) => r.id));
  });
}

/** Live: every value not verified in an official text among the rule sets in force on a date (core/rules unverifiedValuesOn). */
export function useUnverifiedValues(date: IsoDate): UnverifiedGroup[] | undefined {
  return useLive(async () => unverifiedValuesOn(date, await loadRuleSets()), [date]);
}
