/**
 * The registry of rule-set kinds: for each kind its label, the zod schema of its data, the
 * presets shipped with the app, and the first app version that reads it. Adding a kind (party
 * dues, say) is one entry here plus its schema: `RuleSetKind` in core/model.ts makes the compiler
 * ask for it, and the exchange import validates it from then on.
 *
 * Presets stay plain data lists in their own modules (frameworks.ts, scales.ts …), so an added
 * preset is one more element of a list.
 */
import type { z } from 'zod';
import type { PledgeFrameworkData, RuleSet, RuleSetKind } from '../model';
import { DEFAULT_DOCUMENT_STYLE, DOCUMENT_STYLE_PRESETS, type DocumentStyleData } from '../documents/style';
import { RUBRIC_PRESETS, rubricProblems, type MeetingRubricData } from '../meetings/rubric';
import { QUORUM_PRESETS, type QuorumSettings } from '../meetings/settings';
import { MONTHLY_SCALE_PRESETS, validateScale, type MonthlyScaleData } from '../monthly/scales';
import { PLEDGE_FRAMEWORK_PRESETS } from '../pledges/frameworks';
import { DEADLINES_PRESET, type DeadlineRules } from '../calendar/rules';
import { PARTY_DUES_PRESET, type PartyDuesRules } from '../dues/rules';
import { PRESET_SCHEMES, type YearEndSchemeData } from '../review/schemes';
import {
  DeadlinesDataSchema,
  PartyDuesDataSchema,
  DocumentStyleDataSchema,
  MeetingRubricDataSchema,
  MonthlyScaleDataSchema,
  PledgeFrameworkDataSchema,
  QuorumDataSchema,
  YearEndSchemeDataSchema,
} from './schemas';

/** The data type of each kind. */
export interface RuleDataByKind {
  pledge_framework: PledgeFrameworkData;
  monthly_scale: MonthlyScaleData;
  meeting_rubric: MeetingRubricData;
  quorum: QuorumSettings;
  year_end_scheme: YearEndSchemeData;
  document_style: DocumentStyleData;
  deadlines: DeadlineRules;
  party_dues: PartyDuesRules;
}

export type RuleData<K extends RuleSetKind> = RuleDataByKind[K];

export interface RuleKindSpec<K extends RuleSetKind> {
  kind: K;
  /** Vietnamese name of the kind, used in messages ("thang đánh giá hằng tháng"). */
  label: string;
  schema: z.ZodType;
  presets: readonly RuleSet<RuleData<K>>[];
  /** Used when nothing is valid on the date (else the rule set nearest in time). */
  fallback?: RuleSet<RuleData<K>>;
  /** First app version that reads this kind (a package may carry it only for such apps). */
  minAppVersion: string;
  /** Checks the schema cannot express (sums, unique codes), in Vietnamese. */
  problems?: (data: RuleData<K>) => string[];
  /**
   * Resolved field by field: the rule set chosen by the precedence gives the fields it has, the
   * fields it lacks come from the next valid rule sets in precedence order, then the preset, and
   * the schema fills the defaults. For `deadlines`: a superior's package that sets only its year's
   * dates does not wipe the cell's own holidays table.
   */
  layered?: boolean;
}

const DEFAULT_STYLE_RULE: RuleSet<DocumentStyleData> = {
  id: 'preset-document_style-default',
  kind: 'document_style',
  code: 'MAC-DINH',
  name: 'Thể thức mặc định',
  version: 1,
  validFrom: '1930-01-01',
  source: 'preset',
  data: DEFAULT_DOCUMENT_STYLE,
  updatedAt: '2026-01-01T00:00:00.000Z',
};

function uniqueCodes(codes: readonly string[], what: string): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const c of codes) {
    if (seen.has(c)) problems.push(`Mã ${what} "${c}" bị trùng.`);
    seen.add(c);
  }
  return problems;
}

export const RULE_KINDS: { readonly [K in RuleSetKind]: RuleKindSpec<K> } = {
  pledge_framework: {
    kind: 'pledge_framework',
    label: 'khung nội dung đăng ký nêu gương',
    schema: PledgeFrameworkDataSchema,
    presets: PLEDGE_FRAMEWORK_PRESETS,
    minAppVersion: '0.1.0',
    problems: (data) =>
      uniqueCodes(
        data.categories.map((c) => c.code),
        'mục',
      ),
  },
  monthly_scale: {
    kind: 'monthly_scale',
    label: 'thang đánh giá hằng tháng',
    schema: MonthlyScaleDataSchema,
    presets: MONTHLY_SCALE_PRESETS,
    minAppVersion: '0.1.0',
    problems: validateScale,
  },
  meeting_rubric: {
    kind: 'meeting_rubric',
    label: 'tiêu chí chấm điểm chất lượng sinh hoạt chi bộ',
    schema: MeetingRubricDataSchema,
    presets: RUBRIC_PRESETS,
    minAppVersion: '0.1.0',
    problems: (data) => [
      ...rubricProblems(data),
      ...uniqueCodes(
        data.groups.flatMap((g) => g.criteria.map((c) => c.code)),
        'tiêu chí',
      ),
    ],
  },
  quorum: {
    kind: 'quorum',
    label: 'ngưỡng dự họp và biểu quyết',
    schema: QuorumDataSchema,
    presets: QUORUM_PRESETS,
    minAppVersion: '0.1.0',
    problems: (data) =>
      data.minDurationCombinedMinutes < data.minDurationMinutes
        ? ['Thời lượng tối thiểu khi kết hợp chuyên đề không được ngắn hơn thời lượng tối thiểu của buổi thường kỳ.']
        : [],
  },
  year_end_scheme: {
    kind: 'year_end_scheme',
    label: 'phương án kiểm điểm, xếp loại cuối năm',
    schema: YearEndSchemeDataSchema,
    presets: PRESET_SCHEMES,
    minAppVersion: '0.1.0',
  },
  document_style: {
    kind: 'document_style',
    label: 'thể thức văn bản',
    schema: DocumentStyleDataSchema,
    presets: DOCUMENT_STYLE_PRESETS,
    fallback: DEFAULT_STYLE_RULE,
    minAppVersion: '0.1.0',
  },
  deadlines: {
    kind: 'deadlines',
    label: 'các mốc thời hạn',
    schema: DeadlinesDataSchema,
    presets: [DEADLINES_PRESET],
    minAppVersion: '0.1.0',
    layered: true,
  },
  party_dues: {
    kind: 'party_dues',
    label: 'chế độ đảng phí',
    schema: PartyDuesDataSchema,
    presets: [PARTY_DUES_PRESET],
    // Nothing valid before QĐ 01 (03/02/2026): its groups are the nearest rule the app has.
    minAppVersion: '0.1.0',
  },
};

export const RULE_SET_KINDS = Object.keys(RULE_KINDS) as RuleSetKind[];

export function ruleKind<K extends RuleSetKind>(kind: K): RuleKindSpec<K> {
  return RULE_KINDS[kind] as unknown as RuleKindSpec<K>;
}

/** Every preset of every kind (what the database seeds). */
export function allPresets(): RuleSet[] {
  return RULE_SET_KINDS.flatMap((k) => RULE_KINDS[k].presets as readonly RuleSet[]);
}
