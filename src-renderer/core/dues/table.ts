/**
 * The month's sheet as the documents print it (PDF and .xlsx share this one function): one line per
 * row of the sheet with the group, the basis amount, the expected amount, what was collected, the
 * date, the channel and a note, and the statement's figures from the sheet's totals.
 */
import { periodLabel, formatDate } from '../text';
import { basisFor, EXPECTED_ISSUE_LABELS, type DuesBasisEntry } from './basis';
import { CHANNEL_LABELS, MONTH_STATUS_LABELS } from './ledger';
import type { DuesMonthTotals, DuesSheet, DuesSheetRow } from './sheet';
import { monthsText } from './warnings';

/** "Còn nợ 3 tháng từ trước (tháng 6, 7, 8/2026)": the arrears still owed, as the grid and the documents say it. */
export function arrearsOwedText(months: readonly string[]): string {
  return months.length ? `Còn nợ ${months.length} tháng từ trước (${monthsText(months)})` : '';
}

export interface DuesTableRow {
  index: number;
  memberId: string;
  name: string;
  group: string;
  /** Basis amount of a percentage group (salary, allowance, pension). */
  base?: number;
  /** Expected amount of the month; undefined when not known (`expectedText` says why). */
  expected?: number;
  expectedText: string;
  /** Money collected from the member in this month's sheet. */
  collected: number;
  /** Money put on this month (this sheet or an earlier advance). */
  paidForMonth: number;
  paidOn: string;
  channel: string;
  status: string;
  note: string;
  /** One remark for a printed "Ghi chú" column: the state when nothing was paid (not for chậm đóng, the note says it), then the note. */
  remark: string;
}

function note(r: DuesSheetRow): string {
  const parts: string[] = [];
  if (r.advanceThrough) parts.push(`Nộp trước đến ${periodLabel(r.advanceThrough).toLowerCase()}`);
  if (r.prepaidIn) parts.push(`Đã nộp trước (${periodLabel(r.prepaidIn).toLowerCase()})`);
  if (r.month.status === 'deferred') parts.push(`Chậm đóng có lý do${r.month.deferredReason ? `: ${r.month.deferredReason}` : ''}`);
  if (r.otherEntries.some((p) => p.coversThrough < r.month.period)) parts.push('Có truy nộp tháng trước');
  if (r.arrearsOwed.length) parts.push(arrearsOwedText(r.arrearsOwed));
  if (r.entry?.note) parts.push(r.entry.note);
  return parts.join('; ');
}

export function duesTableRows(sheet: DuesSheet, historyOf: (memberId: string) => readonly DuesBasisEntry[] | undefined): DuesTableRow[] {
  return sheet.rows.map((r, i) => {
    const basis = basisFor(historyOf(r.memberId), sheet.period);
    const channels = [r.entry, ...r.otherEntries].flatMap((p) => (p?.channel ? [CHANNEL_LABELS[p.channel]] : []));
    const dates = [r.entry, ...r.otherEntries].flatMap((p) => (p?.paidOn && p.amount > 0 ? [formatDate(p.paidOn)] : []));
    return {
      index: i + 1,
      memberId: r.memberId,
      name: r.name,
      group: r.month.group?.label ?? (r.month.issue ? EXPECTED_ISSUE_LABELS[r.month.issue] : ''),
      ...(r.month.group?.method === 'percent' && basis?.base !== undefined ? { base: basis.base } : {}),
      ...(r.month.expected !== undefined ? { expected: r.month.expected } : {}),
      expectedText: r.month.expected === undefined && r.month.issue ? 'Chưa xác định' : '',
      collected: r.collected,
      paidForMonth: r.month.paid,
      paidOn: [...new Set(dates)].join(', '),
      channel: [...new Set(channels)].join(', '),
      status: MONTH_STATUS_LABELS[r.month.status],
      note: note(r),
      remark: [['open', 'unpaid', 'partial'].includes(r.month.status) ? MONTH_STATUS_LABELS[r.month.status] : '', note(r)]
        .filter(Boolean)
        .join('; '),
    };
  });
}

/** The figures of the month's statement to the superior (label, value) in print order. */
export function duesStatementLines(t: DuesMonthTotals): Array<{ label: string; value: number; money?: boolean; indent?: boolean }> {
  return [
    { label: 'Số đảng viên phải nộp đảng phí trong tháng', value: t.owedMembers },
    { label: 'Đã nộp đủ', value: t.paidMembers, indent: true },
    { label: 'Nộp chưa đủ', value: t.partialMembers, indent: true },
    { label: 'Chậm đóng có lý do', value: t.deferredMembers, indent: true },
    { label: 'Chưa nộp', value: t.unpaidMembers, indent: true },
    { label: 'Tổng số tiền đảng phí phải thu trong tháng', value: t.expected, money: true },
    { label: 'Số tiền đã nộp cho tháng (kể cả nộp trước từ các tháng trước)', value: t.paidForMonth, money: true },
    { label: 'Tổng số tiền thu được trong tháng', value: t.collected, money: true },
    { label: 'Qua Cổng Dịch vụ công quốc gia', value: t.collectedByChannel.cong_dvc, money: true, indent: true },
    { label: 'Bằng tiền mặt', value: t.collectedByChannel.tien_mat + t.collectedByChannel.unknown, money: true, indent: true },
    { label: 'Trong đó: truy nộp các tháng trước', value: t.arrearsCollected, money: true, indent: true },
    { label: 'Trong đó: nộp trước cho các tháng sau', value: t.advanceCollected, money: true, indent: true },
  ];
}
