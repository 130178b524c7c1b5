/**
 * THE meeting figures of a period (DESIGN.md "one figure, one function"): how many meetings,
 * of which types, in which months, attendance and the quality levels. The unit report file
 * (core/exchange computeUnitStatistics) and the collective self-review (Mẫu 01) both call
 * `computeMeetingFigures` on the same per-meeting rows (core/exchange toReportMeeting).
 * Pure.
 */
import type { MeetingType } from '../model';

/** Per meeting, what the figures read (the shape of a unit report file's meeting row). */
export interface FiguresMeeting {
  type: MeetingType;
  period: string; // YYYY-MM
  /** Members counted for the meeting (có mặt + vắng) and those present. */
  expected: number;
  present: number;
  finalised: boolean;
  /** Only a complete score (completeQuality); absent = "chưa chấm". */
  quality?: { level: string };
}

/** Quality key of a meeting without a complete score. */
export const NOT_SCORED = 'chua_danh_gia';

export interface MeetingFigures {
  year: number;
  endMonth: number;
  meetings: number;
  finalised: number;
  byType: Record<MeetingType, number>;
  /** Months (1–12) with any meeting, and with a regular one (thường kỳ or thường kỳ kết hợp chuyên đề). */
  months: number[];
  regularMonths: number[];
  expected: number;
  present: number;
  /** Quality level code (or NOT_SCORED) → meetings. */
  quality: Record<string, number>;
}

const TYPES: readonly MeetingType[] = ['thuong_ky', 'chuyen_de', 'ket_hop', 'bat_thuong', 'dai_hoi', 'chi_uy'];

export function computeMeetingFigures(meetings: readonly FiguresMeeting[], year: number, endMonth = 12): MeetingFigures {
  const byType = Object.fromEntries(TYPES.map((t) => [t, 0])) as Record<MeetingType, number>;
  const months = new Set<number>();
  const regular = new Set<number>();
  const quality: Record<string, number> = {};
  let count = 0;
  let finalised = 0;
  let expected = 0;
  let present = 0;
  for (const m of meetings) {
    const [y, mo] = m.period.split('-').map(Number) as [number, number];
    if (y !== year || mo > endMonth) continue;
    count++;
    if (m.finalised) finalised++;
    byType[m.type] += 1;
    months.add(mo);
    if (m.type === 'thuong_ky' || m.type === 'ket_hop') regular.add(mo);
    expected += m.expected;
    present += m.present;
    const q = m.quality?.level ?? NOT_SCORED;
    quality[q] = (quality[q] ?? 0) + 1;
  }
  return {
    year,
    endMonth,
    meetings: count,
    finalised,
    byType,
    months: [...months].sort((a, b) => a - b),
    regularMonths: [...regular].sort((a, b) => a - b),
    expected,
    present,
    quality: Object.fromEntries(Object.entries(quality).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}
