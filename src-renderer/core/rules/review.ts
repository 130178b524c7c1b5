/** The wording review documents print, from the one resolver. */
import type { IsoDate, RuleSet } from '../model';
import type { YearEndScheme } from '../review/schemes';
import { resolveRulesPerCode } from './resolver';

/**
 * The version of a year's scheme in force on a document's date: its levels are the year's (the
 * scheme is chosen on 31 December), the texts it cites are those valid on the date — QĐ 37-QĐ/TW
 * before 26/7/2026, QĐ 207-QĐ/TW from then, or the cell's own version that keeps QĐ 37.
 */
export function reviewWordingOn(scheme: YearEndScheme, date: IsoDate, ruleSets: readonly RuleSet[]): YearEndScheme {
  return resolveRulesPerCode('year_end_scheme', { date, ruleSets }).find((r) => r.code === scheme.code) ?? scheme;
}
