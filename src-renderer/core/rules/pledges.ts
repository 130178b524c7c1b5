/** Which version of a pledge framework a form takes, from the one resolver. */
import type { IsoDate, RuleSet } from '../model';
import type { PledgeFrameworkRuleSet } from '../pledges/frameworks';
import { resolveRulesPerCode, yearQuery } from './resolver';

/** The day of `year` on which its versions are chosen: `today` when it falls in the year, else the year's first or last day. */
export function referenceDay(year: number, today: IsoDate): IsoDate {
  const { date: first, until: last } = yearQuery(year);
  return today < first ? first : today > last ? last : today;
}

/** The version of a framework code in force on a date (undefined when none is). */
export function frameworkVersionOn(ruleSets: readonly RuleSet[], code: string, date: IsoDate): PledgeFrameworkRuleSet | undefined {
  return resolveRulesPerCode('pledge_framework', { date, ruleSets }).find((r) => r.code === code);
}

/**
 * The frameworks on offer for a form of `year` started on `today`: for each code, the version in
 * force on the reference day (a cam kết started in January 2026 cites QĐ 37-QĐ/TW, one started
 * in August QĐ 207-QĐ/TW); a code in force only on other days of the year is offered in the
 * version the year query picks.
 */
export function frameworksOnOffer(ruleSets: readonly RuleSet[], year: number, today: IsoDate): PledgeFrameworkRuleSet[] {
  const onDay = resolveRulesPerCode('pledge_framework', { date: referenceDay(year, today), ruleSets });
  const codes = new Set(onDay.map((r) => r.code));
  return [...onDay, ...resolveRulesPerCode('pledge_framework', { ...yearQuery(year), ruleSets }).filter((r) => !codes.has(r.code))];
}
