/**
 * The one rule resolver: `resolveRule(kind, { date, ruleSets })`. Every screen, document and
 * export chooses its rules here (see resolve.ts for the precedence).
 */
import type { IsoDate, RuleSet, RuleSetKind } from '../model';
import { newestPerCode, pickPerCode, pickRuleSet, ruleCandidates, type PickQuery } from './resolve';
import { RULE_KINDS, ruleKind, type RuleData } from './registry';

export interface RuleQuery extends PickQuery {
  /** The stored rule sets (all kinds may be passed; presets are added). Required, so no caller forgets them. */
  ruleSets: readonly RuleSet[];
}

const readable = new WeakMap<object, boolean>();

/**
 * Stored rule sets a screen can read: one stored before imports were validated (a package whose
 * scale was `{nothing: true}`) is skipped, so the presets apply instead of a blank window.
 */
function usable(ruleSets: readonly RuleSet[]): RuleSet[] {
  return ruleSets.filter((r) => {
    let ok = readable.get(r);
    if (ok === undefined) {
      ok = RULE_KINDS[r.kind] !== undefined && ruleSetProblems(r).length === 0;
      readable.set(r, ok);
    }
    return ok;
  });
}

/** Kinds without presets: nothing may apply. */
type OptionalKinds = 'deadlines';

export type ResolvedRule<K extends RuleSetKind> = K extends OptionalKinds ? RuleSet<RuleData<K>> | undefined : RuleSet<RuleData<K>>;

/** The rule set of `kind` that applies on `q.date` (one documented precedence, resolve.ts). */
export function resolveRule<K extends RuleSetKind>(kind: K, q: RuleQuery): ResolvedRule<K> {
  const spec = ruleKind(kind);
  const all = ruleCandidates(kind, usable(q.ruleSets.filter((r) => r.kind === kind)), spec.presets);
  const picked = pickRuleSet(all, q, spec.fallback, spec.presets.length > 0);
  if (!picked && spec.presets.length > 0) throw new Error(`Không chọn được ${spec.label}.`);
  return picked as ResolvedRule<K>;
}

/** One rule set per code valid in [date, until], each by the precedence (the frameworks on offer). */
export function resolveRulesPerCode<K extends RuleSetKind>(kind: K, q: Omit<RuleQuery, 'code' | 'recordedCode'>): RuleSet<RuleData<K>>[] {
  return pickPerCode(ruleCandidates(kind, usable(q.ruleSets.filter((r) => r.kind === kind)), ruleKind(kind).presets), q);
}

/** The newest version of every code of a kind, whatever its dates (an editor's list). */
export function newestRulesPerCode<K extends RuleSetKind>(kind: K, ruleSets: readonly RuleSet[]): RuleSet<RuleData<K>>[] {
  return newestPerCode(ruleCandidates(kind, ruleSets, ruleKind(kind).presets));
}

/** All versions of one code of a kind (stored and preset), newest first. */
export function ruleVersions<K extends RuleSetKind>(kind: K, ruleSets: readonly RuleSet[], code: string): RuleSet<RuleData<K>>[] {
  return ruleCandidates(kind, ruleSets, ruleKind(kind).presets)
    .filter((r) => r.code === code)
    .sort((a, b) => b.version - a.version);
}

/** "thang đánh giá hằng tháng «Tốt / Khá» (mã X, phiên bản 2, của cấp trên)": where a rule came from, for warnings. */
export function describeRuleSet(r: RuleSet): string {
  const label = RULE_KINDS[r.kind]?.label ?? r.kind;
  const source = r.source === 'superior' ? 'do cấp trên ban hành' : r.source === 'local' ? 'do chi bộ sửa' : 'mặc định của ứng dụng';
  return `${label} «${r.name}» (mã ${r.code}, phiên bản ${r.version}, ${source})`;
}

/**
 * Problems of a rule set's data against its kind (Vietnamese, each naming the rule set); empty
 * when it may be stored. Used on import: a package with one bad rule set is refused whole.
 */
export function ruleSetProblems(r: { kind: string; code: string; name: string; version: number; data: unknown }): string[] {
  const spec = (RULE_KINDS as Record<string, (typeof RULE_KINDS)[RuleSetKind] | undefined>)[r.kind];
  const named = `Bộ quy tắc «${r.name}» (mã ${r.code}, phiên bản ${r.version})`;
  if (!spec) return [`${named}: loại "${r.kind}" không được ứng dụng này hỗ trợ.`];
  const parsed = spec.schema.safeParse(r.data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => {
      const path = i.path.length ? `${i.path.join('.')}: ` : '';
      return `${path}${i.message}`;
    });
    return [`${named} — ${spec.label} — không đúng định dạng (${issues.join('; ')}).`];
  }
  const extra = (spec.problems as ((d: unknown) => string[]) | undefined)?.(r.data) ?? [];
  return extra.map((p) => `${named} — ${spec.label}: ${p}`);
}

/** A registration year as a query: valid on any day of the year. */
export function yearQuery(year: number): { date: IsoDate; until: IsoDate } {
  const y = String(year).padStart(4, '0');
  return { date: `${y}-01-01`, until: `${y}-12-31` };
}
