/**
 * Text for the minutes' section "Đảng viên báo cáo việc thực hiện nêu gương" drawn from the
 * month's self-assessments. The secretary edits it afterwards; this is only a first draft.
 */
import type { Member, MonthlyAssessment } from '../model';
import { periodLabel } from '../text';
import { type MonthlyScaleData, levelByCode } from './scales';
import { effectiveLevel, gridMembers, monthSummary, notReported, type PeriodKey } from './grid';

type NamedMember = Pick<Member, 'id' | 'fullName' | 'statusPeriods' | 'admissionDate' | 'fullMembershipDate'>;

function names(list: readonly NamedMember[]): string {
  return list.map((m) => `đồng chí ${m.fullName}`).join(', ');
}

export function exampleReportText(
  scale: MonthlyScaleData,
  members: readonly NamedMember[],
  records: readonly MonthlyAssessment[],
  period: PeriodKey,
): string {
  const s = monthSummary(scale, members, records, period);
  const byMember = new Map(records.filter((r) => r.period === period).map((r) => [r.memberId, r]));
  const listed = gridMembers(members, period);
  const lines: string[] = [];
  lines.push(`Có ${s.reported}/${s.expected} đảng viên tự đánh giá việc thực hiện nội dung đăng ký nêu gương ${periodLabel(period)}.`);
  const parts = scale.levels.filter((l) => (s.byLevel[l.code] ?? 0) > 0).map((l) => `${l.label}: ${s.byLevel[l.code]} đồng chí`);
  if (parts.length > 0) lines.push(`Kết quả: ${parts.join('; ')}.`);
  const notGood = listed.filter((m) => {
    const level = effectiveLevel(scale, byMember.get(m.id));
    return level !== undefined && levelByCode(scale, level)?.good === false;
  });
  if (notGood.length > 0) {
    const detail = notGood.map((m) => {
      const rec = byMember.get(m.id);
      const label = levelByCode(scale, effectiveLevel(scale, rec))?.label ?? '';
      const note = rec?.selfNote ? ` (${rec.selfNote})` : '';
      return `đồng chí ${m.fullName} – ${label}${note}`;
    });
    lines.push(`Chưa thực hiện tốt: ${detail.join('; ')}.`);
  }
  const missing = notReported(listed, records, period);
  if (missing.length > 0) lines.push(`Chưa báo cáo: ${names(missing)}.`);
  const praised = listed.filter((m) => byMember.get(m.id)?.praised);
  if (praised.length > 0) lines.push(`Đề nghị biểu dương: ${names(praised)}.`);
  const reminded = listed.filter((m) => byMember.get(m.id)?.reminded);
  if (reminded.length > 0) lines.push(`Nhắc nhở: ${names(reminded)}.`);
  return lines.join('\n');
}

/** Names of the members flagged for praise and reminder (for the minutes' sections). */
export function praiseAndReminderText(
  members: readonly NamedMember[],
  records: readonly MonthlyAssessment[],
  period: PeriodKey,
): { praise: string; reminders: string } {
  const byMember = new Map(records.filter((r) => r.period === period).map((r) => [r.memberId, r]));
  const praised = members.filter((m) => byMember.get(m.id)?.praised);
  const reminded = members.filter((m) => byMember.get(m.id)?.reminded);
  return {
    praise: praised.length > 0 ? `Biểu dương ${names(praised)}.` : '',
    reminders: reminded.length > 0 ? `Nhắc nhở ${names(reminded)}.` : '',
  };
}
