/**
 * The minutes' line "Tình hình thu nộp đảng phí" written from the month's sheet (today it is
 * typed by hand into meeting.partyFees). The secretary may still edit the text afterwards.
 */
import { formatInteger, periodLabel } from '../text';
import type { DuesSheet } from './sheet';

export const dong = (amount: number): string => `${formatInteger(amount)} đồng`;

const names = (list: string[], max = 10) =>
  list.length <= max ? list.join(', ') : `${list.slice(0, max).join(', ')} và ${list.length - max} đồng chí khác`;

export function duesMinutesLine(sheet: DuesSheet): string {
  const t = sheet.totals;
  const label = periodLabel(sheet.period);
  if (t.owedMembers === 0 && t.collected === 0) return `Chưa có đảng viên phải nộp đảng phí ${label}.`;
  const parts: string[] = [];
  const all = t.paidMembers === t.owedMembers;
  const head =
    t.paidMembers === 0 && t.collected === 0
      ? `Chưa thu đảng phí ${label}`
      : all
        ? `Đã thu đủ đảng phí ${label} của ${t.owedMembers}/${t.owedMembers} đồng chí`
        : `Đã thu đảng phí ${label} của ${t.paidMembers}/${t.owedMembers} đồng chí`;
  const channels = (
    [
      ['qua Cổng Dịch vụ công', t.collectedByChannel.cong_dvc],
      ['bằng tiền mặt', t.collectedByChannel.tien_mat],
      ['chưa ghi hình thức', t.collectedByChannel.unknown],
    ] as const
  ).filter(([, amount]) => amount > 0);
  let money = `; số tiền thu trong tháng ${dong(t.collected)}`;
  if (channels.length > 1) money += ` (${channels.map(([l, amount]) => `${l} ${dong(amount)}`).join(', ')})`;
  else if (channels.length === 1) money += ` (${channels[0]![0]})`;
  const extra: string[] = [];
  if (t.advanceCollected > 0) extra.push(`nộp trước cho các tháng sau ${dong(t.advanceCollected)}`);
  if (t.arrearsCollected > 0) extra.push(`truy nộp các tháng trước ${dong(t.arrearsCollected)}`);
  if (extra.length) money += `, trong đó ${extra.join(', ')}`;
  parts.push(`${head}${t.collected > 0 || t.paidMembers > 0 ? money : ''}.`);
  const by = (status: string) => sheet.rows.filter((r) => r.month.owed && r.month.status === status).map((r) => r.name);
  const prepaid = sheet.rows.filter((r) => r.prepaidIn).map((r) => r.name);
  if (prepaid.length) parts.push(`${prepaid.length === 1 ? 'Đồng chí' : 'Các đồng chí'} ${names(prepaid)} đã nộp trước.`);
  const unpaid = [...by('unpaid'), ...by('open')];
  if (unpaid.length) parts.push(`Còn ${unpaid.length} đồng chí chưa nộp: ${names(unpaid)}.`);
  const partial = by('partial');
  if (partial.length) parts.push(`Nộp chưa đủ: ${names(partial)}.`);
  const deferred = sheet.rows.filter((r) => r.month.status === 'deferred');
  if (deferred.length)
    parts.push(
      `Chậm đóng có lý do: ${deferred.map((r) => `${r.name}${r.month.deferredReason ? ` (${r.month.deferredReason})` : ''}`).join(', ')}.`,
    );
  const arrears = sheet.rows.filter((r) => r.arrearsOwed.length > 0);
  if (arrears.length)
    parts.push(`Còn nợ đảng phí từ trước: ${arrears.map((r) => `${r.name} (${r.arrearsOwed.length} tháng)`).join(', ')}.`);
  if (t.unknownExpectedMembers > 0)
    parts.push(`${t.unknownExpectedMembers} đồng chí chưa có mức đóng (chưa khai báo đối tượng hoặc mức lương).`);
  return parts.join(' ');
}
