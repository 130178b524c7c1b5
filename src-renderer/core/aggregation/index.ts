/**
 * Aggregator maths: per-unit rows and the totals line, always from member-level COUNTS summed
 * over units — never by averaging the units' percentages (a 5-member cell must not weigh as much
 * as a 200-member đảng bộ).
 */
import { levelCodeLabel, RATING_LEVELS, sumStatistics, type UnitReportPayload, type UnitStatistics } from '../exchange';
import type { RatingLevel, UnitType } from '../model';
import { compareVi, formatInteger, formatPercent, percent, sortMembers } from '../text';

export interface UnitFigures {
  members: number;
  requiredToRegister: number;
  registered: number;
  registeredPercent: number;
  monthsReported: number;
  rated: number;
  levels: Record<RatingLevel, number>;
  levelPercents: Record<RatingLevel, number>;
  /** Hoàn thành tốt nhiệm vụ trở lên (xuất sắc + tốt) as % of rated members. */
  goodOrBetterPercent: number;
  excellentPercent: number;
  /** Xuất sắc as % of "hoàn thành tốt" (the QĐ 366 quota view). */
  excellentOfGoodPercent: number;
  meetings: number;
  attendancePercent: number;
  meetingQuality: Record<string, number>;
}

/** Derived figures of one unit or of a sum of units. Percentages: 2 decimals, half-up. */
export function figuresOf(s: UnitStatistics): UnitFigures {
  const levelPercents = Object.fromEntries(RATING_LEVELS.map((l) => [l, percent(s.levels[l], s.rated)])) as Record<RatingLevel, number>;
  return {
    members: s.members,
    requiredToRegister: s.requiredToRegister,
    registered: s.registered,
    registeredPercent: percent(s.registered, s.requiredToRegister),
    monthsReported: s.reportedMonths.length,
    rated: s.rated,
    levels: s.levels,
    levelPercents,
    goodOrBetterPercent: percent(s.levels.xuat_sac + s.levels.tot, s.rated),
    excellentPercent: percent(s.levels.xuat_sac, s.rated),
    excellentOfGoodPercent: percent(s.levels.xuat_sac, s.levels.tot),
    meetings: s.meetings,
    attendancePercent: percent(s.meetingAttendancePresent, s.meetingAttendanceExpected),
    meetingQuality: s.meetingQuality,
  };
}

export interface DashboardUnit {
  unitCode: string;
  unitName: string;
  unitType?: UnitType;
  /** Undefined when the unit has not reported for the chosen period. */
  statistics?: UnitStatistics;
  exportedAt?: string;
  reportId?: string;
  /** Period of the report counted (for a year: "YYYY-12" when the unit sent December's report, no year report). */
  sourcePeriodKey?: string;
  detail?: 'members' | 'aggregate' | 'consolidated';
}

export interface DashboardRow extends DashboardUnit {
  figures?: UnitFigures;
}

export interface Dashboard {
  periodKey: string;
  rows: DashboardRow[];
  reported: DashboardRow[];
  missing: DashboardRow[];
  totals: UnitStatistics;
  totalFigures: UnitFigures;
  totalsLine: string;
}

/** Noun for the units in the totals line. */
export function unitNoun(types: ReadonlyArray<UnitType | undefined>): string {
  if (types.length > 0 && types.every((t) => t === 'chi_bo_co_so' || t === 'dang_bo_co_so')) return 'TCCSĐ';
  if (types.length > 0 && types.every((t) => t === 'chi_bo_truc_thuoc' || t === 'chi_bo_co_so')) return 'chi bộ';
  return 'đơn vị';
}

/** "56 TCCSĐ · 2.885 đảng viên · 93,42% hoàn thành tốt nhiệm vụ trở lên · 13,07% xuất sắc" */
export function totalsLine(totals: UnitStatistics, noun = 'đơn vị'): string {
  const parts = [`${formatInteger(totals.units)} ${noun}`, `${formatInteger(totals.members)} đảng viên`];
  if (totals.rated > 0) {
    parts.push(`${formatPercent(totals.levels.xuat_sac + totals.levels.tot, totals.rated)} hoàn thành tốt nhiệm vụ trở lên`);
    parts.push(`${formatPercent(totals.levels.xuat_sac, totals.rated)} xuất sắc`);
  } else {
    parts.push('chưa có kết quả xếp loại');
  }
  return parts.join(' · ');
}

export function buildDashboard(periodKey: string, units: readonly DashboardUnit[]): Dashboard {
  const rows: DashboardRow[] = [...units]
    .sort((a, b) => compareVi(a.unitName, b.unitName) || (a.unitCode < b.unitCode ? -1 : 1))
    .map((u) => ({ ...u, figures: u.statistics ? figuresOf(u.statistics) : undefined }));
  const reported = rows.filter((r) => r.statistics !== undefined);
  const missing = rows.filter((r) => r.statistics === undefined);
  const totals = sumStatistics(
    reported.map((r) => r.statistics!),
    periodKey,
  );
  return {
    periodKey,
    rows,
    reported,
    missing,
    totals,
    totalFigures: figuresOf(totals),
    totalsLine: totalsLine(totals, unitNoun(reported.map((r) => r.unitType))),
  };
}

/** Chart data: rated members per level for each reporting unit. */
export function levelsByUnit(d: Dashboard): Array<{ unit: string } & Record<RatingLevel, number>> {
  return d.reported.map((r) => ({ unit: r.unitName, ...r.statistics!.levels }));
}

/** Chart data: for each month of the year, how many units have monthly reports for it. */
export function monthlyReporting(unitStats: readonly UnitStatistics[]): Array<{ month: string; units: number }> {
  return Array.from({ length: 12 }, (_, i) => ({
    month: `T${i + 1}`,
    units: unitStats.filter((s) => s.reportedMonths.includes(i + 1)).length,
  }));
}

export interface MemberDrillRow {
  id: string;
  fullName: string;
  position: string;
  registered: string;
  monthsReported: number;
  monthlyLevels: string;
  praised: number;
  reminded: number;
  level: string;
}

const POSITION: Record<string, string> = { bi_thu: 'Bí thư', pho_bi_thu: 'Phó Bí thư', chi_uy_vien: 'Chi ủy viên', dang_vien: 'Đảng viên' };
const PLEDGE_STATE: Record<string, string> = { draft: 'Bản nháp', submitted: 'Đã nộp', confirmed: 'Đã xác nhận', amended: 'Đã điều chỉnh' };
const LEVEL_SHORT: Record<RatingLevel, string> = {
  xuat_sac: 'Hoàn thành xuất sắc',
  tot: 'Hoàn thành tốt',
  hoan_thanh: 'Hoàn thành',
  khong_hoan_thanh: 'Không hoàn thành',
};

/** One unit's members as the superior sees them (detailed reports only). */
export function memberRows(payload: UnitReportPayload): MemberDrillRow[] {
  if (!payload.members) return [];
  return sortMembers(payload.members, true).map((m) => {
    const pledge = payload.pledges?.find((p) => p.memberId === m.id);
    const months = (payload.monthly ?? []).filter((a) => a.memberId === m.id);
    const reportedMonths = months.filter((a) => a.notApplicable === undefined && (a.cellLevel ?? a.overallLevel) !== undefined);
    const counts: Record<string, number> = {};
    for (const a of reportedMonths) {
      const l = (a.cellLevel ?? a.overallLevel)!;
      counts[l] = (counts[l] ?? 0) + 1;
    }
    const review = payload.yearReviews?.find((r) => r.memberId === m.id);
    const level = review?.excluded ? 'Không xếp loại' : (review?.finalLevel ?? review?.proposedLevel);
    return {
      id: m.id,
      fullName: m.fullName,
      position: POSITION[m.partyPosition] ?? m.partyPosition,
      registered: pledge ? (PLEDGE_STATE[pledge.state] ?? pledge.state) : 'Chưa đăng ký',
      monthsReported: reportedMonths.length,
      monthlyLevels: Object.entries(counts)
        .map(([k, v]) => `${levelCodeLabel(k)} ${v}`)
        .join(', '),
      praised: months.filter((a) => a.praised).length,
      reminded: months.filter((a) => a.reminded).length,
      level: level === undefined ? '—' : (LEVEL_SHORT[level as RatingLevel] ?? level),
    };
  });
}
