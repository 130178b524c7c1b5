/** The rules a meeting is held, scored, warned about and printed with, all from the one resolver. */
import type { AppSettings, IsoDate, Meeting, RuleSet } from '../model';
import type { DocumentStyleRuleSet } from '../documents/style';
import type { MeetingRubric } from '../meetings/rubric';
import type { QuorumSettings } from '../meetings/settings';
import type { MonthlyScale } from '../monthly/scales';
import { resolveRule } from './resolver';

export interface MeetingRules {
  rubric: MeetingRubric;
  quorum: RuleSet<QuorumSettings>;
  scale: MonthlyScale;
  documentStyle: DocumentStyleRuleSet;
}

export type RuleChoices = Pick<AppSettings, 'meetingRubricCode' | 'monthlyScaleCode' | 'documentStyleCode'>;

/** Rubric (the code recorded on a scored meeting wins), quorum, scale and document style on the meeting's date. */
export function meetingRules(
  meeting: Pick<Meeting, 'date'> & { quality?: Pick<NonNullable<Meeting['quality']>, 'rubricCode'> },
  ruleSets: readonly RuleSet[],
  choices: RuleChoices,
): MeetingRules {
  const date = meeting.date;
  return {
    rubric: resolveRule('meeting_rubric', {
      date,
      ruleSets,
      code: choices.meetingRubricCode,
      ...(meeting.quality ? { recordedCode: meeting.quality.rubricCode } : {}),
    }),
    quorum: resolveRule('quorum', { date, ruleSets }),
    scale: resolveRule('monthly_scale', { date, ruleSets, code: choices.monthlyScaleCode }),
    documentStyle: documentStyleOn(date, ruleSets, choices),
  };
}

/** The rubric a meeting was scored with: the code recorded on it wins; else the one in force on its date. */
export function recordedRubric(
  meeting: Pick<Meeting, 'date'> & { quality?: Pick<NonNullable<Meeting['quality']>, 'rubricCode'> },
  ruleSets: readonly RuleSet[],
): MeetingRubric {
  return resolveRule('meeting_rubric', {
    date: meeting.date,
    ruleSets,
    ...(meeting.quality ? { recordedCode: meeting.quality.rubricCode } : {}),
  });
}

/**
 * The document style profile of a document dated `date`: by the date (HD 36 before 27/5/2026,
 * HD 05 from then; a local edit before the preset; a superior's profile first), or always the
 * profile chosen in Cài đặt when one is (`documentStyleCode` not '').
 */
export function documentStyleOn(
  date: IsoDate,
  ruleSets: readonly RuleSet[],
  choices: Pick<AppSettings, 'documentStyleCode'>,
): DocumentStyleRuleSet {
  const code = choices.documentStyleCode.trim();
  return resolveRule('document_style', { date, ruleSets, ...(code ? { code } : {}) });
}

/** The monthly scale for a month "YYYY-MM" (judged on its first day). */
export function scaleForPeriod(period: string, ruleSets: readonly RuleSet[], choices: Pick<AppSettings, 'monthlyScaleCode'>): MonthlyScale {
  return resolveRule('monthly_scale', { date: `${period}-01`, ruleSets, code: choices.monthlyScaleCode });
}
