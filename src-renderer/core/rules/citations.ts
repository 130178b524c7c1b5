/**
 * Switching QĐ 207-QĐ/TW off (domain.md §11 [P]): the cell's own versions that keep citing
 * QĐ 37-QĐ/TW after 26/7/2026. They are ordinary local rule-set versions, so the one resolver
 * picks them (local before preset) on every date from 26/7/2026, and removing them brings the
 * preset wording back.
 */
import type { IsoDateTime, RuleSet, RuleSetKind } from '../model';
import { citesQd207, QD207_FROM, withQd37Citation } from '../documents/citations';
import { resolveRulesPerCode, ruleVersions } from './resolver';

/** The kinds whose wording cites the text on "những điều đảng viên không được làm". */
export const CITING_KINDS = ['pledge_framework', 'year_end_scheme'] as const satisfies readonly RuleSetKind[];

const KEEP_PREFIX = 'local-keep-qd37-';

/** Id of the cell's version of a code that keeps QĐ 37 (one per kind and code). */
export function keepQd37Id(kind: RuleSetKind, code: string): string {
  return `${KEEP_PREFIX}${kind}-${code}`;
}

export function isKeepQd37(r: Pick<RuleSet, 'id'>): boolean {
  return r.id.startsWith(KEEP_PREFIX);
}

function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, f));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
  return value;
}

const KEPT_DESCRIPTION =
  'Chi bộ giữ trích dẫn Quy định số 37-QĐ/TW về những điều đảng viên không được làm từ ngày 26/7/2026 (đã tắt Quy định 207-QĐ/TW).';

/**
 * The versions to store so that nothing cites QĐ 207 from 26/7/2026: for every code of the
 * citing kinds whose version in force on 26/7/2026 cites it (and does not come from the
 * superior committee, whose package wins anyway), a copy citing QĐ 37, one version higher.
 */
export function keepQd37Versions(ruleSets: readonly RuleSet[], now: IsoDateTime): RuleSet[] {
  const out: RuleSet[] = [];
  for (const kind of CITING_KINDS) {
    const own = ruleSets.filter((r) => r.source !== 'superior' && !isKeepQd37(r));
    for (const r of resolveRulesPerCode(kind, { date: QD207_FROM, ruleSets: own }) as RuleSet[]) {
      if (r.source === 'superior' || !citesQd207(JSON.stringify(r.data))) continue;
      const data = mapStrings(r.data, withQd37Citation) as Record<string, unknown>;
      if (typeof data.description === 'string' && citesQd207(JSON.stringify((r.data as Record<string, unknown>).description)))
        data.description = KEPT_DESCRIPTION;
      const newest = ruleVersions(kind, own, r.code)[0];
      out.push({
        id: keepQd37Id(kind, r.code),
        kind,
        code: r.code,
        name: `${r.name.replace(/,? từ 26\/7\/2026/u, '')} — giữ Quy định 37-QĐ/TW`,
        version: Math.max(r.version, newest?.version ?? 0) + 1,
        validFrom: r.validFrom > QD207_FROM ? r.validFrom : QD207_FROM,
        ...(r.validTo ? { validTo: r.validTo } : {}),
        source: 'local',
        data,
        updatedAt: now,
      });
    }
  }
  return out;
}
