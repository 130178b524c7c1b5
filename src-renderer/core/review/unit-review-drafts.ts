/**
 * Drafts of the collective self-review of the chi bộ (HD 43 Mẫu 01, domain.md §6.4) from the
 * year's records: the meetings (core/figures computeMeetingFigures, the figures the unit report
 * file sends) and the year statistics (core/figures computeYearFigures through
 * computeStatistics). Drafts only: the secretary edits the .docx. Pure.
 */
import type { MeetingType } from '../model';
import { NOT_SCORED, type MeetingFigures } from '../figures/meetings';
import { formatInteger, formatPercent } from '../text';
import { RATING_LEVELS, type YearEndScheme } from './schemes';
import type { YearStatistics } from './statistics';
import { monthsPhrase } from './self-review';

const TYPE_PHRASES: Array<[MeetingType, string]> = [
  ['thuong_ky', 'thường kỳ'],
  ['ket_hop', 'thường kỳ kết hợp chuyên đề'],
  ['chuyen_de', 'chuyên đề'],
  ['bat_thuong', 'bất thường'],
  ['dai_hoi', 'đại hội chi bộ'],
  ['chi_uy', 'họp chi ủy'],
];

/** Labels of the meeting-quality levels (HD 42 / HD 12 rubric codes). */
export const MEETING_QUALITY_LABELS: Readonly<Record<string, string>> = {
  tot: 'Tốt',
  kha: 'Khá',
  trung_binh: 'Trung bình',
  kem: 'Kém',
  [NOT_SCORED]: 'chưa chấm điểm',
};

const QUALITY_ORDER = ['tot', 'kha', 'trung_binh', 'kem'];

export interface TopicOfYear {
  month: number;
  title: string;
}

/**
 * A.I.1 of Mẫu 01 (chế độ sinh hoạt đảng): "Năm 2026, chi bộ tổ chức 13 buổi sinh hoạt, gồm
 * 11 buổi thường kỳ, 1 buổi chuyên đề …; có sinh hoạt thường kỳ 11/12 tháng (chưa tổ chức
 * tháng 8). Tỷ lệ đảng viên dự sinh hoạt đạt 95,12% (…/… lượt). Chất lượng sinh hoạt chi bộ
 * tự chấm: 9 buổi Tốt …. Chuyên đề: “…” (tháng 3)."
 */
export function draftMeetingsText(
  f: MeetingFigures,
  topics: readonly TopicOfYear[] = [],
  qualityLabels: Readonly<Record<string, string>> = MEETING_QUALITY_LABELS,
): string {
  const y = f.year;
  if (f.meetings === 0) return `Năm ${y}, chưa có buổi sinh hoạt chi bộ nào được ghi trong sổ.`;
  const s: string[] = [];
  const kinds = TYPE_PHRASES.filter(([t]) => f.byType[t] > 0).map(([t, label]) => `${f.byType[t]} buổi ${label}`);
  let first = `Năm ${y}, chi bộ tổ chức ${f.meetings} buổi sinh hoạt`;
  if (kinds.length > 1 || (kinds.length === 1 && f.byType.thuong_ky !== f.meetings)) first += `, gồm ${kinds.join(', ')}`;
  const missing = Array.from({ length: f.endMonth }, (_, i) => i + 1).filter((m) => !f.regularMonths.includes(m));
  first += `; có sinh hoạt thường kỳ ${f.regularMonths.length}/${f.endMonth} tháng`;
  if (missing.length > 0 && missing.length < f.endMonth) first += ` (chưa tổ chức ${monthsPhrase(missing)})`;
  s.push(`${first}.`);
  if (f.expected > 0) {
    s.push(
      `Tỷ lệ đảng viên dự sinh hoạt đạt ${formatPercent(f.present, f.expected)} (${formatInteger(f.present)}/${formatInteger(f.expected)} lượt đảng viên phải triệu tập).`,
    );
  }
  const scored = [...QUALITY_ORDER, ...Object.keys(f.quality).filter((k) => !QUALITY_ORDER.includes(k) && k !== NOT_SCORED)]
    .filter((k) => (f.quality[k] ?? 0) > 0)
    .map((k) => `${f.quality[k]} buổi ${qualityLabels[k] ?? k}`);
  const notScored = f.quality[NOT_SCORED] ?? 0;
  if (scored.length > 0) {
    s.push(
      `Chất lượng sinh hoạt chi bộ tự chấm điểm: ${scored.join(', ')}${notScored > 0 ? `; ${notScored} buổi ${qualityLabels[NOT_SCORED] ?? NOT_SCORED}` : ''}.`,
    );
  } else if (notScored > 0) {
    s.push(`Các buổi sinh hoạt chưa được chấm điểm chất lượng.`);
  }
  const named = topics.filter((t) => t.title.trim());
  if (named.length > 0) s.push(`Chuyên đề: ${named.map((t) => `“${t.title.trim()}” (tháng ${t.month})`).join('; ')}.`);
  return s.join(' ');
}

/**
 * A.I.3 of Mẫu 01 (xây dựng chi bộ, quản lý đảng viên, trách nhiệm nêu gương) from the year
 * statistics: members, registrations, month reports, praise and reminders, the members'
 * ratings and commendations.
 */
export function draftPartyBuildingText(stats: YearStatistics, scheme: YearEndScheme): string {
  const f = stats.figures;
  const y = stats.year;
  const s: string[] = [];
  s.push(
    `Đến ngày ${f.asOf.slice(8, 10)}/${f.asOf.slice(5, 7)}/${f.asOf.slice(0, 4)}, chi bộ có ${formatInteger(stats.membersTotal)} đảng viên (chính thức ${formatInteger(f.fullMembers)}, dự bị ${formatInteger(f.probationary)}).`,
  );
  if (stats.requiredToRegister > 0) {
    let reg = `Có ${formatInteger(stats.registered.count)}/${formatInteger(stats.requiredToRegister)} đảng viên thuộc diện đăng ký đã đăng ký thực hiện trách nhiệm nêu gương năm ${y} (${stats.registered.text})`;
    if (f.leadersRequiredToRegister > 0)
      reg += `, trong đó ${formatInteger(stats.registeredLeaders.count)}/${formatInteger(f.leadersRequiredToRegister)} cán bộ lãnh đạo, quản lý`;
    s.push(`${reg}.`);
  }
  if (stats.memberMonthReports > 0) {
    s.push(
      `Chi bộ có nội dung nêu gương trong sinh hoạt ${stats.monthsReported} tháng, với ${formatInteger(stats.memberMonthReports)} lượt đảng viên tự đánh giá, báo cáo việc thực hiện.`,
    );
  }
  const praise =
    stats.timesPraised > 0
      ? `biểu dương ${formatInteger(stats.timesPraised)} lượt (${formatInteger(stats.membersPraised.count)} đồng chí)`
      : 'không có lượt biểu dương nào';
  const remind =
    stats.timesReminded > 0
      ? `nhắc nhở ${formatInteger(stats.timesReminded)} lượt (${formatInteger(stats.membersReminded.count)} đồng chí)`
      : 'không có đảng viên bị nhắc nhở';
  s.push(`Trong năm, chi bộ ${praise}; ${remind}.`);
  if (stats.requiredToReview > 0) {
    const labels = scheme.data.memberLabels;
    let rated = `Kết quả đánh giá, xếp loại đảng viên: ${formatInteger(stats.reviewed.count)}/${formatInteger(stats.requiredToReview)} đảng viên đã được đánh giá, xếp loại`;
    if (stats.reviewed.count > 0) {
      const levels = RATING_LEVELS.filter((l) => stats.levels[l].count > 0).map(
        (l) =>
          `${labels[l].charAt(0).toLocaleLowerCase('vi')}${labels[l].slice(1)} ${formatInteger(stats.levels[l].count)} (${stats.levels[l].text})`,
      );
      rated += `: ${levels.join('; ')}`;
    }
    s.push(`${rated}.`);
  }
  const ex = stats.excluded;
  if (ex.total > 0) {
    const parts = [
      ex.mien > 0 ? `${ex.mien} đồng chí miễn công tác và sinh hoạt đảng` : '',
      ex.dinh_chi > 0 ? `${ex.dinh_chi} đồng chí bị đình chỉ sinh hoạt đảng` : '',
      ex.moi_ket_nap > 0 ? `${ex.moi_ket_nap} đồng chí mới kết nạp chưa đủ 6 tháng` : '',
    ].filter(Boolean);
    s.push(`Không đánh giá, xếp loại: ${parts.join(', ')}.`);
  }
  if (stats.commendations.members > 0) s.push(`Có ${formatInteger(stats.commendations.members)} lượt đảng viên được khen thưởng.`);
  return s.join(' ');
}
