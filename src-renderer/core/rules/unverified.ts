/**
 * Values a rule set marks as not verified in an official text (`unverifiedSettings` of the đảng
 * phí and deadlines rule sets, unverified holidays, rule sets flagged `unverified`), listed in one
 * place for Cài đặt, and the rule that an edit verifies what it changes: a value the cell (or the
 * superior) set no longer "came from the preset", so its name leaves `unverifiedSettings`.
 */
import type { DeadlineRules } from '../calendar/rules';
import type { DuesGroup, PartyDuesRules } from '../dues/rules';
import { STATUS_KIND_LABELS } from '../members/labels';
import type { IsoDate, RuleSet, RuleSetKind } from '../model';
import { formatDate, formatInteger } from '../text';
import { RULE_KINDS } from './registry';
import { describeRuleSet, resolveRule, yearQuery } from './resolver';

/** The value at a setting name: a top-level field, or "groups.<code>.<field>" (a group found by its code). */
export function settingValue(data: unknown, name: string): unknown {
  const [head, code, field] = name.split('.');
  const obj = (data ?? {}) as Record<string, unknown>;
  if (code === undefined) return obj[head!];
  const list = obj[head!];
  if (!Array.isArray(list)) return undefined;
  const item = (list as Array<Record<string, unknown>>).find((g) => g.code === code);
  return field === undefined ? item : item?.[field];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The names still unverified after an edit: those whose value the edit did not change. */
export function stillUnverified(names: readonly string[], before: unknown, after: unknown): string[] {
  return names.filter((n) => same(settingValue(before, n), settingValue(after, n)));
}

/** Đảng phí rules after the cell's edit: changed values leave the unverified list (a changed group loses its flag). */
export function editedDuesRules(before: PartyDuesRules, after: PartyDuesRules): PartyDuesRules {
  const groups = after.groups.map((g): DuesGroup => {
    const old = before.groups.find((o) => o.code === g.code);
    if (!g.unverified) return g;
    if (old && same({ ...old, unverified: undefined, label: undefined }, { ...g, unverified: undefined, label: undefined })) return g;
    const { unverified: _dropped, ...rest } = g;
    return rest as DuesGroup;
  });
  return { ...after, groups, unverifiedSettings: stillUnverified(before.unverifiedSettings, before, after) };
}

export interface UnverifiedValue {
  /** The rule-set kind it belongs to. */
  kind: RuleSetKind;
  /** Setting name ("rounding", "groups.khac_trong_nuoc.amount", "holidays.2027"). */
  key: string;
  label: string;
  /** The value in force, as the screen prints it. */
  value: string;
}

const ROUNDING_MODES: Record<PartyDuesRules['rounding']['mode'], string> = {
  nearest: 'làm tròn gần nhất',
  up: 'làm tròn lên',
  down: 'làm tròn xuống',
};

export const DUES_SETTING_LABELS: Record<string, string> = {
  rounding: 'Cách làm tròn số tiền đảng phí',
  countWindow: 'Cách tính "3 tháng trong năm"',
  graceDays: 'Số ngày được nộp muộn sau cuối tháng',
  notOwedStatuses: 'Trường hợp không nộp đảng phí tại chi bộ',
  reminderUnpaidMonths: 'Số tháng không nộp thì nhắc nhở',
  removalUnpaidMonths: 'Số tháng không nộp thì xem xét xóa tên',
};

export function roundingText(r: PartyDuesRules['rounding']): string {
  return r.step <= 1 ? 'không làm tròn' : `đến ${formatInteger(r.step)} đồng, ${ROUNDING_MODES[r.mode]}`;
}

export const COUNT_WINDOW_LABELS: Record<PartyDuesRules['countWindow'], string> = {
  calendar_year: 'trong năm dương lịch (từ tháng 1)',
  rolling_12_months: 'trong 12 tháng liền trước',
};

function groupValue(g: DuesGroup): string {
  return g.method === 'percent'
    ? `${String(g.ratePercent).replace('.', ',')}% ${g.baseLabel.charAt(0).toLowerCase()}${g.baseLabel.slice(1)}`
    : `${formatInteger(g.amount)} đồng/tháng`;
}

/** The unverified values of a đảng phí rule set, labelled, with the values in force. */
export function duesUnverifiedValues(rules: PartyDuesRules): UnverifiedValue[] {
  const out: UnverifiedValue[] = [];
  const groupKeys = new Set<string>();
  for (const key of rules.unverifiedSettings) {
    const [head, code] = key.split('.');
    if (head === 'groups' && code) {
      const g = rules.groups.find((x) => x.code === code);
      if (!g || groupKeys.has(code)) continue;
      groupKeys.add(code);
      out.push({ kind: 'party_dues', key, label: `Mức đóng của nhóm «${g.label}»`, value: groupValue(g) });
      continue;
    }
    const v = settingValue(rules, key);
    const value =
      key === 'rounding'
        ? roundingText(rules.rounding)
        : key === 'countWindow'
          ? COUNT_WINDOW_LABELS[rules.countWindow]
          : key === 'notOwedStatuses'
            ? rules.notOwedStatuses.map((s) => STATUS_KIND_LABELS[s]).join(', ') || 'không có'
            : key === 'graceDays'
              ? `${rules.graceDays} ngày`
              : typeof v === 'number'
                ? formatInteger(v)
                : JSON.stringify(v ?? '');
    out.push({ kind: 'party_dues', key, label: DUES_SETTING_LABELS[key] ?? key, value });
  }
  for (const g of rules.groups) {
    if (g.unverified && !groupKeys.has(g.code))
      out.push({ kind: 'party_dues', key: `groups.${g.code}`, label: `Mức đóng của nhóm «${g.label}»`, value: groupValue(g) });
  }
  return out;
}

export const DEADLINE_SETTING_LABELS: Record<string, string> = {
  officialMeetingWithinWorkingDays: 'Họp xét công nhận chính thức trong vòng (ngày làm việc sau khi hết 12 tháng)',
  officialPaperworkWorkingDaysBefore: 'Hồ sơ xét chính thức nộp trước cuộc họp (ngày làm việc)',
  badgeProposalDaysBefore: 'Đề nghị tặng Huy hiệu Đảng trước ngày trao (ngày)',
  excusedAbsenceMeetingsInARow: 'Nêu tên đảng viên vắng có lý do liên tiếp (số buổi)',
  noticeDays: 'Báo việc trên “Tháng này” trước (ngày)',
};

/** The unverified values of a deadlines rule set: its offsets, and the holidays per year. */
export function deadlineUnverifiedValues(rules: DeadlineRules): UnverifiedValue[] {
  const out: UnverifiedValue[] = rules.unverifiedSettings.map((key) => {
    const v = settingValue(rules, key);
    return {
      kind: 'deadlines',
      key,
      label: DEADLINE_SETTING_LABELS[key] ?? key,
      value: typeof v === 'number' ? formatInteger(v) : JSON.stringify(v ?? ''),
    };
  });
  const byYear = new Map<string, string[]>();
  for (const h of [...rules.holidays.holidays, ...rules.holidays.workingDays]) {
    if (!h.unverified) continue;
    const y = h.date.slice(0, 4);
    byYear.set(y, [...(byYear.get(y) ?? []), h.date]);
  }
  for (const [year, dates] of [...byYear.entries()].sort()) {
    dates.sort();
    out.push({
      kind: 'deadlines',
      key: `holidays.${year}`,
      label: `Ngày nghỉ lễ, ngày làm bù năm ${year} (tính ngày làm việc)`,
      value: `${dates.length} ngày: ${dates.map((d) => formatDate(d).slice(0, 5)).join(', ')}`,
    });
  }
  return out;
}

export interface UnverifiedGroup {
  kind: RuleSetKind;
  /** "Chế độ đảng phí «…» (mã …, phiên bản …, mặc định của ứng dụng)". */
  ruleSet: string;
  values: UnverifiedValue[];
}

/** Kinds flagged as a whole (their items carry the flag; their editors show it). */
const WHOLE_KINDS = ['quorum', 'meeting_rubric', 'year_end_scheme', 'monthly_scale'] as const satisfies readonly RuleSetKind[];

/**
 * Every value not verified in an official text among the rule sets in force on a date, grouped by
 * rule set: the đảng phí and deadlines settings one by one, and the other kinds whose rule set in
 * force is flagged as a whole.
 */
export function unverifiedValuesOn(date: IsoDate, ruleSets: readonly RuleSet[]): UnverifiedGroup[] {
  const groups: UnverifiedGroup[] = [];
  const dues = resolveRule('party_dues', { date, ruleSets });
  const duesValues = duesUnverifiedValues(dues.data);
  if (duesValues.length) groups.push({ kind: 'party_dues', ruleSet: describeRuleSet(dues), values: duesValues });
  const deadlines = resolveRule('deadlines', { ...yearQuery(Number(date.slice(0, 4))), ruleSets });
  const deadlineValues = deadlineUnverifiedValues(deadlines.data);
  if (deadlineValues.length) groups.push({ kind: 'deadlines', ruleSet: describeRuleSet(deadlines), values: deadlineValues });
  for (const kind of WHOLE_KINDS) {
    const r = resolveRule(kind, { date, ruleSets });
    if (r.unverified)
      groups.push({
        kind,
        ruleSet: describeRuleSet(r),
        values: [{ kind, key: kind, label: `Một số nội dung của ${RULE_KINDS[kind].label}`, value: 'chưa kiểm chứng' }],
      });
  }
  return groups;
}
