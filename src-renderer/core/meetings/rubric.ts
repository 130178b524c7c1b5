/**
 * Meeting-quality rubric as rule-set data (domain.md §4.5). "HD42-2025" follows the structure
 * two independent public HD 42 scoring apps agree on (100 points; Tốt ≥ 90, Khá 70–<90,
 * Trung bình 50–<70, Kém < 50). The split of the groups into criteria is partly unverified and
 * marked so; a superior committee may override it. "HD12-2018" is kept for meetings before HD 42.
 */
import type { Meeting, RuleSet } from '../model';
import { minutesBetween } from '../text';
import type { AttendanceCounts } from './attendance';

export interface RubricCriterion {
  code: string;
  label: string;
  max: number;
  /** How to score it, shown as help. */
  guidance?: string;
  unverified?: boolean;
}

export interface RubricGroup {
  code: string;
  label: string;
  max: number;
  criteria: RubricCriterion[];
}

export interface RubricLevel {
  code: string;
  label: string;
  /** Lowest total of the level (inclusive). Levels are listed best first. */
  min: number;
}

export interface MeetingRubricData {
  total: number;
  groups: RubricGroup[];
  levels: RubricLevel[];
}

export type MeetingRubric = RuleSet<MeetingRubricData>;

export const RUBRIC_HD42 = 'HD42-2025';
export const RUBRIC_HD12 = 'HD12-2018';

const LEVELS: RubricLevel[] = [
  { code: 'tot', label: 'Tốt', min: 90 },
  { code: 'kha', label: 'Khá', min: 70 },
  { code: 'trung_binh', label: 'Trung bình', min: 50 },
  { code: 'kem', label: 'Kém', min: 0 },
];

export const HD42_RUBRIC: MeetingRubric = {
  id: 'preset-rubric-hd42-2025',
  kind: 'meeting_rubric',
  code: RUBRIC_HD42,
  name: 'Chấm điểm chất lượng sinh hoạt chi bộ theo Hướng dẫn 42-HD/BTCTW (28/10/2025)',
  version: 1,
  validFrom: '2025-10-28',
  source: 'preset',
  unverified: true,
  updatedAt: '2026-11-28T00:00:00.000Z',
  data: {
    total: 100,
    levels: LEVELS,
    groups: [
      {
        code: 'time',
        label: 'Thời gian, thời lượng',
        max: 5,
        criteria: [
          {
            code: 'time_duration',
            label: 'Đúng thời gian; đủ thời lượng (≥ 90 phút; ≥ 120 phút nếu kết hợp chuyên đề)',
            max: 5,
            guidance: 'Đủ thời lượng: 5; thiếu đến 15 phút: 4; thiếu 16–30 phút: 3; thiếu hơn 30 phút: 1.',
          },
        ],
      },
      {
        code: 'attendance',
        label: 'Tỷ lệ đảng viên dự',
        max: 5,
        criteria: [
          {
            code: 'attendance_rate',
            label: 'Tỷ lệ đảng viên dự sinh hoạt',
            max: 4,
            guidance: '≥ 90%: 4; 75–<90%: 3; 65–<75%: 2; dưới 65% hoặc có đảng viên vắng không lý do: 1.',
          },
          { code: 'attendance_no_streak', label: 'Không có đảng viên vắng có lý do quá 03 lần liên tiếp trong năm', max: 1 },
        ],
      },
      {
        code: 'preparation',
        label: 'Công tác chuẩn bị',
        max: 10,
        criteria: [
          { code: 'prep_content', label: 'Chuẩn bị nội dung đúng, đủ', max: 3 },
          { code: 'prep_draft', label: 'Có định hướng sinh hoạt, dự thảo nghị quyết / kết luận', max: 2 },
          { code: 'prep_committee', label: 'Chi ủy (bí thư, phó bí thư) họp thống nhất nội dung trước', max: 2 },
          { code: 'prep_notice', label: 'Thông báo thời gian, địa điểm, nội dung cho đảng viên', max: 1 },
          { code: 'prep_upload', label: 'Đăng tài liệu lên Sổ tay đảng viên điện tử trước ít nhất 01 ngày', max: 2 },
        ],
      },
      {
        code: 'organisation',
        label: 'Tổ chức sinh hoạt',
        max: 40,
        criteria: [
          { code: 'org_order', label: 'Đủ nội dung, đúng trình tự', max: 8, unverified: true },
          {
            code: 'org_speakers',
            label: 'Tỷ lệ đảng viên phát biểu ý kiến',
            max: 5,
            guidance: 'Trên 50%: 5; 30–50%: 4; dưới 30%: 2.',
            unverified: true,
          },
          {
            code: 'org_ideology',
            label: 'Dành thời gian thảo luận tư tưởng, tự phê bình và phê bình (15–30 phút)',
            max: 5,
            unverified: true,
          },
          { code: 'org_praise', label: 'Biểu dương đảng viên tiêu biểu; nhắc nhở đảng viên chưa thực hiện đúng cam kết', max: 2 },
          {
            code: 'org_pledges',
            label: 'Đảng viên báo cáo việc thực hiện nêu gương, cam kết tu dưỡng rèn luyện',
            max: 3,
            unverified: true,
          },
          { code: 'org_tasks', label: 'Phân công nhiệm vụ cho đảng viên có thời hạn cụ thể', max: 4, unverified: true },
          { code: 'org_atmosphere', label: 'Không khí dân chủ, cởi mở', max: 2, unverified: true },
          { code: 'org_minutes', label: 'Sổ biên bản ghi đầy đủ diễn biến', max: 1 },
          { code: 'org_chair', label: 'Điều hành của bí thư (chủ trì)', max: 10, unverified: true },
        ],
      },
      {
        code: 'principles',
        label: 'Nguyên tắc tổ chức, sinh hoạt đảng',
        max: 5,
        criteria: [{ code: 'principles', label: 'Tập trung dân chủ; tự phê bình và phê bình; tính lãnh đạo, giáo dục, chiến đấu', max: 5 }],
      },
      {
        code: 'results',
        label: 'Kết quả lãnh đạo thực hiện nghị quyết tháng trước',
        max: 30,
        criteria: [
          {
            code: 'results_rate',
            label: 'Tỷ lệ nhiệm vụ, chỉ tiêu hoàn thành',
            max: 30,
            guidance: '90–100%: 30; 70–<90%: 25; 50–<70%: 20; dưới 50%: 10.',
            unverified: true,
          },
        ],
      },
      {
        code: 'closing',
        label: 'Kết thúc',
        max: 5,
        criteria: [
          { code: 'closing_conclusion', label: 'Kết luận hoặc thông qua nghị quyết', max: 2 },
          { code: 'closing_minutes', label: 'Thông qua biên bản', max: 2 },
          { code: 'closing_upload', label: 'Đăng kết quả lên Sổ tay đảng viên điện tử trong 02 ngày', max: 1 },
        ],
      },
    ],
  },
};

export const HD12_RUBRIC: MeetingRubric = {
  id: 'preset-rubric-hd12-2018',
  kind: 'meeting_rubric',
  code: RUBRIC_HD12,
  name: 'Khung tiêu chí đánh giá chất lượng sinh hoạt chi bộ theo Hướng dẫn 12-HD/BTCTW (06/7/2018)',
  version: 1,
  validFrom: '2018-07-06',
  validTo: '2025-10-27',
  source: 'preset',
  unverified: true,
  updatedAt: '2026-11-28T00:00:00.000Z',
  data: {
    total: 100,
    levels: LEVELS,
    groups: [
      {
        code: 'attendance',
        label: 'Tỷ lệ đảng viên dự sinh hoạt',
        max: 20,
        criteria: [
          { code: 'attendance_rate', label: 'Tỷ lệ dự trên 85%', max: 10 },
          { code: 'attendance_no_unexcused', label: 'Không có đảng viên vắng không lý do', max: 5 },
          { code: 'attendance_no_streak', label: 'Không có đảng viên vắng có lý do quá 03 lần liên tiếp trong năm', max: 5 },
        ],
      },
      {
        code: 'preparation',
        label: 'Công tác chuẩn bị',
        max: 20,
        criteria: [
          { code: 'prep_secretary', label: 'Bí thư / phó bí thư chuẩn bị nội dung', max: 5 },
          { code: 'prep_committee', label: 'Chi ủy họp trước để thống nhất nội dung', max: 5 },
          { code: 'prep_content', label: 'Nội dung đúng, đủ; có dự thảo nghị quyết', max: 10 },
        ],
      },
      {
        code: 'organisation',
        label: 'Tổ chức sinh hoạt',
        max: 20,
        criteria: [
          { code: 'org_time', label: 'Đúng thời điểm; đủ nội dung, trình tự', max: 5 },
          { code: 'org_praise', label: 'Biểu dương, nhắc nhở đảng viên', max: 4 },
          { code: 'org_speakers', label: 'Nhiều ý kiến phát biểu', max: 4 },
          { code: 'time_duration', label: 'Thời lượng ≥ 90 phút (≥ 120 phút nếu kết hợp chuyên đề)', max: 4 },
          { code: 'org_minutes', label: 'Sổ biên bản ghi đầy đủ', max: 3 },
        ],
      },
      {
        code: 'principles',
        label: 'Nguyên tắc tổ chức, sinh hoạt đảng',
        max: 20,
        criteria: [
          { code: 'principles', label: 'Tập trung dân chủ; tự phê bình và phê bình; tính lãnh đạo, giáo dục, chiến đấu', max: 20 },
        ],
      },
      {
        code: 'results',
        label: 'Kết quả lãnh đạo thực hiện kết luận, nghị quyết',
        max: 20,
        criteria: [{ code: 'results_rate', label: 'Kết quả thực hiện nghị quyết', max: 20 }],
      },
    ],
  },
};

export const RUBRIC_PRESETS: readonly MeetingRubric[] = [HD42_RUBRIC, HD12_RUBRIC];

export function rubricProblems(data: MeetingRubricData): string[] {
  const problems: string[] = [];
  let sum = 0;
  for (const g of data.groups) {
    const inner = g.criteria.reduce((s, c) => s + c.max, 0);
    if (inner !== g.max) problems.push(`Nhóm "${g.label}": tổng điểm các tiêu chí (${inner}) khác điểm của nhóm (${g.max}).`);
    sum += g.max;
  }
  if (sum !== data.total) problems.push(`Tổng điểm các nhóm (${sum}) khác tổng điểm (${data.total}).`);
  return problems;
}

export function levelForTotal(data: MeetingRubricData, total: number): RubricLevel {
  for (const level of data.levels) if (total >= level.min) return level;
  return data.levels[data.levels.length - 1]!;
}

export interface RubricScore {
  total: number;
  level: RubricLevel;
  byGroup: Record<string, number>;
  /** Scores out of range (Vietnamese); such scores are clamped into range for the total. */
  problems: string[];
  /**
   * Every criterion has a value. Until then the meeting is "chưa chấm": the total and level are
   * not printed in the minutes nor sent upward (a partial total would read as a low level).
   */
  complete: boolean;
  /** Criteria with a value, and all criteria of the rubric. */
  scored: number;
  criteria: number;
  /** Labels of the criteria still without a value. */
  missing: string[];
}

export const NOT_SCORED_LABEL = 'Chưa chấm';

export function scoreRubric(data: MeetingRubricData, scores: Record<string, number>): RubricScore {
  const problems: string[] = [];
  const byGroup: Record<string, number> = {};
  let total = 0;
  const missing: string[] = [];
  let criteria = 0;
  for (const g of data.groups) {
    let gsum = 0;
    for (const c of g.criteria) {
      criteria++;
      const raw = scores[c.code];
      if (raw === undefined) {
        missing.push(c.label);
        continue;
      }
      if (!Number.isFinite(raw) || raw < 0 || raw > c.max) {
        problems.push(`Điểm "${c.label}" phải từ 0 đến ${c.max}.`);
      }
      gsum += Math.min(Math.max(Number.isFinite(raw) ? raw : 0, 0), c.max);
    }
    byGroup[g.code] = gsum;
    total += gsum;
  }
  total = Math.round(total * 100) / 100;
  return {
    total,
    level: levelForTotal(data, total),
    byGroup,
    problems,
    complete: missing.length === 0,
    scored: criteria - missing.length,
    criteria,
    missing,
  };
}

/** "37/100 — xếp loại Kém", or "Chưa chấm (đã chấm 3/22 tiêu chí)" while a criterion has no value. */
export function scoreText(data: MeetingRubricData, s: RubricScore): string {
  if (!s.complete) return `${NOT_SCORED_LABEL} (đã chấm ${s.scored}/${s.criteria} tiêu chí)`;
  return `${s.total}/${data.total} — xếp loại ${s.level.label}`;
}

/**
 * The meeting's quality as printed and sent upward: only a complete score; undefined while the
 * meeting is "chưa chấm" (no score, or a criterion without a value).
 */
export function completeQuality(
  m: Pick<Meeting, 'quality'>,
  /** The rubric the meeting was scored with, resolved by the caller (core/rules, the recorded code). */
  rubric: MeetingRubric,
): { rubricCode: string; total: number; level: string; levelLabel: string; max: number } | undefined {
  if (!m.quality) return undefined;
  const s = scoreRubric(rubric.data, m.quality.scores);
  if (!s.complete || s.problems.length > 0) return undefined;
  return { rubricCode: rubric.code, total: s.total, level: s.level.code, levelLabel: s.level.label, max: rubric.data.total };
}

/**
 * What the secretary is asked before adopting the minutes (Vietnamese); adopting needs an explicit
 * yes. A score begun but not finished would otherwise be locked in as "chưa chấm".
 */
export function finaliseQuestions(m: Pick<Meeting, 'quality'>, rubric: MeetingRubric): string[] {
  if (!m.quality || Object.keys(m.quality.scores).length === 0) return [];
  const s = scoreRubric(rubric.data, m.quality.scores);
  if (s.complete) return [];
  return [
    `Điểm chất lượng buổi sinh hoạt mới chấm ${s.scored}/${s.criteria} tiêu chí (còn thiếu: ${s.missing.slice(0, 3).join('; ')}${s.missing.length > 3 ? '; …' : ''}). ` +
      'Nếu vẫn thông qua, biên bản ghi "chưa chấm" và không gửi xếp loại lên cấp trên; có thể chấm bổ sung bằng đính chính.',
  ];
}

export interface SuggestionInput {
  type: string;
  startTime: string;
  endTime?: string;
  counts: AttendanceCounts;
  /** Someone was absent with reason more than 3 times in a row this year. */
  excusedStreak: boolean;
  /** Share of last month's tasks done, 0–100; undefined when there were none. */
  tasksDonePercent?: number;
  minDuration?: number;
}

/** Scores the app can suggest from recorded facts (time, attendance, results); the rest is the chi bộ's judgement. */
export function suggestScores(rubric: MeetingRubricData, input: SuggestionInput): Record<string, number> {
  const out: Record<string, number> = {};
  const max = new Map(rubric.groups.flatMap((g) => g.criteria.map((c) => [c.code, c.max] as const)));
  const scale = (code: string, of: number, value: number) => (max.get(code) ?? of) * (value / of);
  const duration = input.endTime ? minutesBetween(input.startTime, input.endTime) : 0;
  // No suggestion from an end time that is not after the start (the form refuses it).
  if (max.has('time_duration') && input.endTime && input.minDuration !== undefined && duration > 0) {
    const short = input.minDuration - duration;
    const v = short <= 0 ? 5 : short <= 15 ? 4 : short <= 30 ? 3 : 1;
    out.time_duration = Math.round(scale('time_duration', 5, v));
  }
  if (max.has('attendance_rate') && input.counts.counted > 0) {
    const p = input.counts.presentPercent;
    if (rubric.groups.some((g) => g.code === 'attendance' && g.max === 5)) {
      out.attendance_rate = input.counts.absentWithoutReason > 0 || p < 65 ? 1 : p >= 90 ? 4 : p >= 75 ? 3 : 2;
    } else {
      out.attendance_rate = p > 85 ? (max.get('attendance_rate') ?? 0) : 0;
    }
  }
  if (max.has('attendance_no_streak')) out.attendance_no_streak = input.excusedStreak ? 0 : (max.get('attendance_no_streak') ?? 0);
  if (max.has('attendance_no_unexcused'))
    out.attendance_no_unexcused = input.counts.absentWithoutReason > 0 ? 0 : (max.get('attendance_no_unexcused') ?? 0);
  if (max.has('results_rate') && input.tasksDonePercent !== undefined) {
    const p = input.tasksDonePercent;
    const v = p >= 90 ? 30 : p >= 70 ? 25 : p >= 50 ? 20 : 10;
    out.results_rate = Math.round(scale('results_rate', 30, v));
  }
  return out;
}
