/**
 * Internal consistency of a unit report's figures, for EVERY report — also the aggregate-only and
 * consolidated ones whose member records are not in the file (envelope.ts recomputes the figures
 * only when they are). Every sum and bound that holds for figures computed by
 * computeUnitStatistics (and for sums of them) is checked, and a report that breaks one is refused
 * with a message naming the figure. Pure.
 */
import { formatInteger } from '../text';
import { ExchangeError } from './errors';
import { periodEndDate, periodEndMonth, periodKey } from './period';
import { RATING_LEVELS, sumStatistics } from './report';
import type { Period, ReportMeeting, UnitReportPayload, UnitStatistics } from './schemas';

const n = formatInteger;

function inconsistent(figure: string, text: string): ExchangeError {
  return new ExchangeError(
    'inconsistent_statistics',
    `Số liệu trong tệp không nhất quán: ${text}. Tệp không được nhập vì số liệu sai sẽ làm sai tổng hợp; hãy báo đơn vị kiểm tra lại số liệu rồi xuất lại tệp.`,
    { figure },
  );
}

const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

/** The meeting figures of a report, from its meeting summaries (same rules as computeUnitStatistics). */
export function meetingFigures(meetings: readonly ReportMeeting[], period: Period) {
  const endMonth = periodEndMonth(period);
  const quality: Record<string, number> = {};
  let count = 0;
  let expected = 0;
  let present = 0;
  for (const m of meetings) {
    const [y, mo] = m.period.split('-').map(Number) as [number, number];
    if (y !== period.year || mo > endMonth) continue;
    count++;
    expected += m.expected;
    present += m.present;
    const q = m.quality?.level ?? 'chua_danh_gia';
    quality[q] = (quality[q] ?? 0) + 1;
  }
  return { count, expected, present, quality };
}

/** Sums and bounds that hold for any UnitStatistics (one unit or a sum of units). */
export function checkStatisticsBounds(s: UnitStatistics, period: Period, label = ''): void {
  const where = label ? ` (${label})` : '';
  const endMonth = periodEndMonth(period);
  if (s.fullMembers + s.probationary !== s.members) {
    throw inconsistent(
      'members',
      `số đảng viên chính thức (${n(s.fullMembers)}) cộng dự bị (${n(s.probationary)}) khác tổng số đảng viên (${n(s.members)})${where}`,
    );
  }
  if (s.requiredToRegister > s.members) {
    throw inconsistent(
      'requiredToRegister',
      `số đảng viên phải đăng ký (${n(s.requiredToRegister)}) lớn hơn tổng số đảng viên (${n(s.members)})${where}`,
    );
  }
  if (s.registered > s.requiredToRegister) {
    throw inconsistent(
      'registered',
      `số đảng viên đã đăng ký (${n(s.registered)}) lớn hơn số phải đăng ký (${n(s.requiredToRegister)})${where}`,
    );
  }
  // The review round is counted as held (members who left after it stay in it), so it is not bounded by the roll of 31/12.
  const levelSum = RATING_LEVELS.reduce((a, l) => a + s.levels[l], 0);
  if (levelSum !== s.rated) {
    throw inconsistent(
      'levels',
      `tổng số đảng viên theo các mức xếp loại (${n(levelSum)}) khác số đảng viên đã xếp loại (${n(s.rated)})${where}`,
    );
  }
  if (s.rated > s.reviewRequired) {
    throw inconsistent(
      'rated',
      `số đảng viên đã xếp loại (${n(s.rated)}) lớn hơn số đảng viên phải kiểm điểm (${n(s.reviewRequired)})${where}`,
    );
  }
  const months = s.reportedMonths;
  for (const [i, m] of months.entries()) {
    if (m > endMonth)
      throw inconsistent('reportedMonths', `có tháng ${m} trong số tháng có báo cáo, sau kỳ báo cáo ${periodKey(period)}${where}`);
    if (i > 0 && m <= months[i - 1]!) throw inconsistent('reportedMonths', `danh sách tháng có báo cáo bị trùng hoặc sai thứ tự${where}`);
  }
  if (sum(s.monthlyLevels) !== s.memberMonthReports) {
    throw inconsistent(
      'monthlyLevels',
      `tổng số lượt tự đánh giá theo các mức (${n(sum(s.monthlyLevels))}) khác số lượt đảng viên báo cáo (${n(s.memberMonthReports)})${where}`,
    );
  }
  if ((s.memberMonthReports === 0) !== (months.length === 0) || s.memberMonthReports < months.length) {
    throw inconsistent(
      'memberMonthReports',
      `số lượt đảng viên báo cáo (${n(s.memberMonthReports)}) không khớp với số tháng có báo cáo (${months.length})${where}`,
    );
  }
  if (sum(s.meetingQuality) !== s.meetings) {
    throw inconsistent(
      'meetingQuality',
      `tổng số buổi sinh hoạt theo mức chất lượng (${n(sum(s.meetingQuality))}) khác số buổi sinh hoạt (${n(s.meetings)})${where}`,
    );
  }
  if (s.meetingAttendancePresent > s.meetingAttendanceExpected) {
    throw inconsistent(
      'meetingAttendancePresent',
      `số lượt có mặt ở các buổi sinh hoạt (${n(s.meetingAttendancePresent)}) lớn hơn số lượt phải dự (${n(s.meetingAttendanceExpected)})${where}`,
    );
  }
  const unitLevelSum = RATING_LEVELS.reduce((a, l) => a + s.unitLevels[l], 0);
  if (unitLevelSum > s.units) {
    throw inconsistent('unitLevels', `số đơn vị được xếp loại (${n(unitLevelSum)}) lớn hơn số đơn vị (${n(s.units)})${where}`);
  }
  if (s.units < 1) throw inconsistent('units', `số đơn vị của báo cáo là ${n(s.units)}${where}`);
}

/**
 * Every check of a unit report's figures: the bounds above; for a report of one unit, units = 1
 * and the meeting figures and the unit's own rating equal those recomputed from the file's
 * meeting summaries and review; for a consolidated report, the list of units behind it and, when
 * it carries their figures, totals equal to the sum of the units directly below.
 */
export function checkReportFigures(payload: UnitReportPayload, period: Period, issuerCode: string): void {
  const s = payload.statistics;
  checkStatisticsBounds(s, period);
  if (payload.dues) checkDuesFigures(payload, period);
  for (const m of payload.meetings) {
    if (m.present + m.absentWithReason + m.absentWithoutReason !== m.expected) {
      throw inconsistent(
        'meetings',
        `buổi sinh hoạt ngày ${m.date}: có mặt (${m.present}) cộng vắng có lý do (${m.absentWithReason}) và vắng không lý do (${m.absentWithoutReason}) khác số phải dự (${m.expected})`,
      );
    }
  }
  if (payload.detail !== 'consolidated') {
    if (s.units !== 1) throw inconsistent('units', `báo cáo của một đơn vị nhưng ghi số đơn vị là ${n(s.units)}`);
    const mf = meetingFigures(payload.meetings, period);
    if (mf.count !== s.meetings)
      throw inconsistent('meetings', `số buổi sinh hoạt ghi trong số liệu (${n(s.meetings)}) khác số buổi có trong tệp (${n(mf.count)})`);
    if (mf.expected !== s.meetingAttendanceExpected || mf.present !== s.meetingAttendancePresent) {
      throw inconsistent(
        'meetingAttendance',
        `số lượt phải dự / có mặt ghi trong số liệu (${n(s.meetingAttendanceExpected)} / ${n(s.meetingAttendancePresent)}) khác số cộng từ các buổi sinh hoạt trong tệp (${n(mf.expected)} / ${n(mf.present)})`,
      );
    }
    for (const [level, count] of Object.entries(mf.quality)) {
      if ((s.meetingQuality[level] ?? 0) !== count) {
        throw inconsistent(
          'meetingQuality',
          `số buổi sinh hoạt mức «${level}» ghi trong số liệu (${n(s.meetingQuality[level] ?? 0)}) khác số buổi trong tệp (${n(count)})`,
        );
      }
    }
    const review = payload.unitReview?.year === period.year ? (payload.unitReview.finalLevel ?? payload.unitReview.selfLevel) : undefined;
    for (const l of RATING_LEVELS) {
      const want = review === l ? 1 : 0;
      if (s.unitLevels[l] !== want)
        throw inconsistent('unitLevels', 'xếp loại chất lượng của đơn vị ghi trong số liệu khác kết quả kiểm điểm của đơn vị trong tệp');
    }
    return;
  }
  const from = payload.consolidatedFrom ?? [];
  if (from.length === 0) throw inconsistent('consolidatedFrom', 'báo cáo tổng hợp nhưng không ghi các đơn vị được tổng hợp');
  const direct = from.filter((f) => (f.parentCode ?? issuerCode) === issuerCode);
  if (direct.length === 0) throw inconsistent('consolidatedFrom', 'báo cáo tổng hợp nhưng không có đơn vị nào trực thuộc đơn vị gửi');
  if (direct.length > s.units) {
    throw inconsistent('units', `báo cáo tổng hợp ${n(direct.length)} đơn vị trực thuộc nhưng ghi số đơn vị là ${n(s.units)}`);
  }
  const withFigures = direct.filter((f) => f.statistics !== undefined);
  if (withFigures.length === direct.length) {
    for (const f of withFigures) checkStatisticsBounds(f.statistics!, period, `${f.unitName}, mã ${f.unitCode}`);
    const total = sumStatistics(
      withFigures.map((f) => f.statistics!),
      s.periodKey,
    );
    const keys = Object.keys(total) as Array<keyof UnitStatistics>;
    for (const k of keys) {
      if (JSON.stringify(total[k]) !== JSON.stringify(s[k])) {
        throw inconsistent(
          String(k),
          `số liệu tổng «${String(k)}» khác tổng số liệu của ${n(direct.length)} đơn vị trực thuộc ghi trong cùng tệp`,
        );
      }
    }
  }
}

/**
 * Đảng phí of a report: the year of the report, months of that year up to the period in order,
 * each month's counts adding up (paid + partial + deferred + unpaid = owed), the money by channel
 * adding up to what was collected, and named detail only with member detail, with each month's
 * statuses counted as in the month's totals.
 */
export function checkDuesFigures(payload: UnitReportPayload, period: Period): void {
  const dues = payload.dues;
  if (!dues) return;
  const where = ' (phần đảng phí)';
  if (dues.year !== period.year)
    throw inconsistent('dues', `năm của số liệu đảng phí (${dues.year}) khác năm của kỳ báo cáo (${period.year})${where}`);
  const last = periodEndDate(period).slice(0, 7);
  const y = String(period.year).padStart(4, '0');
  dues.months.forEach((m, i) => {
    const label = `tháng ${m.period.slice(5, 7)}/${m.period.slice(0, 4)}`;
    if (!m.period.startsWith(`${y}-`) || m.period > last) throw inconsistent('dues', `có ${label} ngoài kỳ báo cáo${where}`);
    if (i > 0 && m.period <= dues.months[i - 1]!.period) throw inconsistent('dues', `các tháng bị trùng hoặc sai thứ tự${where}`);
    if (m.paidMembers + m.partialMembers + m.deferredMembers + m.unpaidMembers !== m.owedMembers)
      throw inconsistent(
        'dues',
        `${label}: số đã nộp, nộp thiếu, chậm đóng và chưa nộp cộng lại khác số phải nộp (${n(m.owedMembers)})${where}`,
      );
    if (m.unknownExpectedMembers > m.owedMembers) throw inconsistent('dues', `${label}: số chưa có mức đóng lớn hơn số phải nộp${where}`);
    const byChannel = m.collectedByChannel.cong_dvc + m.collectedByChannel.tien_mat + m.collectedByChannel.unknown;
    if (byChannel !== m.collected)
      throw inconsistent('dues', `${label}: tiền thu theo hình thức (${n(byChannel)}) khác tổng tiền thu (${n(m.collected)})${where}`);
    if (m.arrearsCollected + m.advanceCollected > m.collected)
      throw inconsistent('dues', `${label}: tiền truy nộp và nộp trước lớn hơn tổng tiền thu${where}`);
  });
  if (!dues.members) return;
  if (payload.detail !== 'members')
    throw inconsistent('dues', `tệp chỉ gửi số liệu tổng hợp nhưng phần đảng phí có danh sách từng người${where}`);
  const ids = new Set((payload.members ?? []).map((m) => m.id));
  for (const m of dues.members)
    if (!ids.has(m.memberId))
      throw inconsistent('dues', `đảng viên ${m.name} có trong phần đảng phí nhưng không có trong danh sách đảng viên của tệp${where}`);
  for (const month of dues.months) {
    const count = { paid: 0, partial: 0, deferred: 0, unpaid: 0 };
    for (const mem of dues.members) {
      const st = mem.months.find((x) => x.period === month.period)?.status;
      if (st === 'paid' || st === 'partial' || st === 'deferred') count[st] += 1;
      else if (st === 'open' || st === 'unpaid') count.unpaid += 1;
    }
    if (
      count.paid !== month.paidMembers ||
      count.partial !== month.partialMembers ||
      count.deferred !== month.deferredMembers ||
      count.unpaid !== month.unpaidMembers
    )
      throw inconsistent(
        'dues',
        `tháng ${month.period.slice(5, 7)}/${month.period.slice(0, 4)}: số liệu từng người khác số liệu tổng hợp${where}`,
      );
  }
}
