/**
 * Draft texts for the self-review form (HD 43 Mẫu 2A/2B/2C, mục A.I.1 "trách nhiệm nêu gương" and
 * A.I.3 "thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu"), written in the first person
 * ("bản thân") from the roll-up. A draft only: the member edits it.
 */
import { formatDate } from '../text';
import type { MemberRollup, MonthEvidence, RollupScale } from './rollup';

/** Keys of YearReview.sections. */
export const SECTION_KEYS = {
  exampleSetting: 'trach_nhiem_neu_guong',
  pledge: 'thuc_hien_cam_ket',
} as const;

export function monthsPhrase(months: readonly number[]): string {
  if (months.length === 0) return '';
  if (months.length === 1) return `tháng ${months[0]}`;
  return `các tháng ${months.slice(0, -1).join(', ')} và ${months[months.length - 1]}`;
}

function distributionPhrase(rollup: MemberRollup, scale: RollupScale): string {
  const parts: string[] = [];
  for (const level of scale.levels) {
    const n = rollup.distribution[level.code];
    if (n) parts.push(`${n} tháng mức “${level.label}”`);
  }
  for (const [code, n] of Object.entries(rollup.distribution)) {
    if (!scale.levels.some((l) => l.code === code) && n) parts.push(`${n} tháng mức “${code}”`);
  }
  return parts.join(', ');
}

function belowGoodPhrase(months: readonly MonthEvidence[]): string {
  return months.map((m) => `tháng ${m.month} (${m.levelLabel ?? m.level ?? ''}${m.note ? `: ${m.note}` : ''})`).join('; ');
}

export function draftExampleSetting(rollup: MemberRollup, scale: RollupScale): string {
  const y = rollup.year;
  const sentences: string[] = [];
  if (rollup.monthsApplicable === 0) {
    return `Năm ${y}, bản thân không thuộc diện tự đánh giá việc thực hiện trách nhiệm nêu gương hằng tháng tại chi bộ.`;
  }
  sentences.push(
    `Năm ${y}, bản thân đã tự đánh giá và báo cáo việc thực hiện trách nhiệm nêu gương tại chi bộ ${rollup.monthsAssessed}/${rollup.monthsApplicable} tháng`,
  );
  const missing = rollup.months.filter((m) => m.status === 'missing').map((m) => m.month);
  if (missing.length > 0) sentences[0] += ` (chưa đánh giá ${monthsPhrase(missing)})`;
  if (rollup.monthsAssessed > 0) sentences[0] += `; kết quả: ${distributionPhrase(rollup, scale)}`;
  sentences[0] += '.';
  if (rollup.monthsBelowGood.length > 0) {
    sentences.push(`Các tháng chưa đạt mức tốt: ${belowGoodPhrase(rollup.monthsBelowGood)}.`);
  } else if (rollup.monthsAssessed > 0) {
    sentences.push('Không có tháng nào chưa đạt mức tốt.');
  }
  const praised = rollup.months.filter((m) => m.status !== 'outside' && m.praised).map((m) => m.month);
  const reminded = rollup.months.filter((m) => m.status !== 'outside' && m.reminded).map((m) => m.month);
  if (praised.length > 0) sentences.push(`Được chi bộ biểu dương ${praised.length} lần (${monthsPhrase(praised)}).`);
  if (reminded.length > 0) sentences.push(`Bị chi bộ nhắc nhở ${reminded.length} lần (${monthsPhrase(reminded)}).`);
  else sentences.push('Không bị chi bộ nhắc nhở, phê bình.');
  return sentences.join(' ');
}

export function draftPledgeCommitment(rollup: MemberRollup): string {
  const y = rollup.year;
  if (!rollup.registered) {
    return `Năm ${y}, bản thân chưa đăng ký cam kết tu dưỡng, rèn luyện, phấn đấu theo quy định.`;
  }
  const total = rollup.items.length;
  if (total === 0) return `Năm ${y}, bản thân đã đăng ký cam kết tu dưỡng, rèn luyện, phấn đấu.`;
  const s: string[] = [];
  s.push(
    `Năm ${y}, bản thân đăng ký ${total} nội dung cam kết tu dưỡng, rèn luyện, phấn đấu${rollup.itemsWithDeadline > 0 ? `, trong đó ${rollup.itemsWithDeadline} nội dung có thời hạn` : ''}.`,
  );
  s.push(`Đã thực hiện đạt ${rollup.itemsMet}/${total} nội dung.`);
  const quote = (i: (typeof rollup.items)[number]) => `“${i.item.action}”${i.deadline ? ` (thời hạn ${formatDate(i.deadline)})` : ''}`;
  const met = rollup.items.filter((i) => i.status === 'met');
  const months = (i: (typeof rollup.items)[number]) =>
    i.monthsAssessed > 0 ? ` (${i.monthsGood}/${i.monthsAssessed} tháng được đánh giá đạt mức tốt)` : '';
  if (met.length > 0) s.push(`Đã đạt: ${met.map((i) => `“${i.item.action}”${months(i)}`).join('; ')}.`);
  const notMet = rollup.items.filter((i) => i.status === 'not_met');
  if (notMet.length > 0) s.push(`Chưa đạt ${notMet.length} nội dung: ${notMet.map(quote).join('; ')}.`);
  const pending = rollup.items.filter((i) => i.status === 'pending');
  if (pending.length > 0) s.push(`Đang thực hiện, chưa đến thời hạn: ${pending.map(quote).join('; ')}.`);
  const noData = rollup.items.filter((i) => i.status === 'no_data');
  if (noData.length > 0) s.push(`Chưa có kết quả đánh giá: ${noData.map(quote).join('; ')}.`);
  return s.join(' ');
}

export function draftSections(rollup: MemberRollup, scale: RollupScale): Record<string, string> {
  return {
    [SECTION_KEYS.exampleSetting]: draftExampleSetting(rollup, scale),
    [SECTION_KEYS.pledge]: draftPledgeCommitment(rollup),
  };
}
