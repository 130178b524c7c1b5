/**
 * Quota check (QĐ 366 Điều 11): the number rated "Hoàn thành xuất sắc nhiệm vụ" may not exceed
 * 20% (25% for an outstanding unit) of the number rated "Hoàn thành tốt nhiệm vụ" within a group
 * of comparable members. Advisory only: the app warns, never blocks — the group and the final
 * decision belong to the higher committee.
 *
 * Base of the percentage: by default ('tot_only', the literal wording) only those whose level is
 * exactly "Hoàn thành tốt nhiệm vụ", not those proposed xuất sắc. A scheme may say
 * 'tot_and_above' instead (the xuất sắc are then counted in the base as well).
 */
import type { Id, RatingLevel } from '../model';
import type { YearEndScheme } from './schemes';

export interface QuotaGroup {
  name: string;
  memberIds: Id[];
}

export interface QuotaGroupResult {
  name: string;
  rated: number;
  countTot: number;
  countXuatSac: number;
  base: number;
  percent: number;
  max: number;
  over: boolean;
  /** Vietnamese sentence, e.g. "40 hoàn thành tốt → tối đa 8 xuất sắc; đang đề xuất 9." */
  message: string;
}

export interface QuotaCheckResult {
  groups: QuotaGroupResult[];
  anyOver: boolean;
  warnings: string[];
}

/** floor(percent% × base) with integer arithmetic (no 0.2 × 15 = 3.0000000000000004 surprises). */
export function quotaMax(base: number, percentValue: number): number {
  return Math.floor((base * Math.round(percentValue * 100)) / 10000);
}

export const WHOLE_CELL_GROUP = 'Toàn chi bộ';

export function checkQuota(
  scheme: YearEndScheme,
  levels: ReadonlyMap<Id, RatingLevel | undefined>,
  options: { outstandingUnit?: boolean; groups?: readonly QuotaGroup[] } = {},
): QuotaCheckResult {
  const quota = scheme.data.quota;
  if (!quota) return { groups: [], anyOver: false, warnings: [] };
  const percentValue = options.outstandingUnit ? quota.outstandingPercent : quota.percent;
  const defined = (options.groups ?? []).filter((g) => g.memberIds.length > 0);
  const groups: QuotaGroup[] = [];
  if (defined.length === 0) {
    groups.push({ name: WHOLE_CELL_GROUP, memberIds: [...levels.keys()] });
  } else {
    groups.push(...defined);
    const assigned = new Set(defined.flatMap((g) => g.memberIds));
    const rest = [...levels.keys()].filter((id) => !assigned.has(id));
    if (rest.length > 0) groups.push({ name: 'Các đảng viên còn lại', memberIds: rest });
  }
  const results = groups.map((g) => {
    const ls = g.memberIds.map((id) => levels.get(id)).filter((l): l is RatingLevel => l !== undefined);
    const countTot = ls.filter((l) => l === 'tot').length;
    const countXuatSac = ls.filter((l) => l === 'xuat_sac').length;
    const base = quota.base === 'tot_and_above' ? countTot + countXuatSac : countTot;
    const max = quotaMax(base, percentValue);
    const over = countXuatSac > max;
    const baseText = quota.base === 'tot_and_above' ? `${base} hoàn thành tốt trở lên` : `${base} hoàn thành tốt`;
    const message = `${g.name}: ${baseText} → tối đa ${max} xuất sắc (${percentValue}%); đang đề xuất ${countXuatSac}${over ? ` — vượt ${countXuatSac - max}` : ''}.`;
    return { name: g.name, rated: ls.length, countTot, countXuatSac, base, percent: percentValue, max, over, message };
  });
  const warnings = results
    .filter((r) => r.over)
    .map(
      (r) =>
        `${r.message} Số xuất sắc vượt tỷ lệ ${r.percent}% so với số hoàn thành tốt nhiệm vụ; cấp có thẩm quyền sẽ xem xét, quyết định.`,
    );
  return { groups: results, anyOver: warnings.length > 0, warnings };
}
