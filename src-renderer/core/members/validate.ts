/** Checks of a member's dates and status periods, with Vietnamese messages. */
import type { IsoDate, Member, MemberStatusKind, MemberStatusPeriod } from '../model';
import { addMonths, formatDate, isValidIsoDate } from '../text';
import { STATUS_KIND_LABELS } from './labels';
import { TERMINAL_KINDS } from './status';

export interface StatusIssue {
  severity: 'error' | 'warning';
  message: string;
  /** The period concerned (first one when two are involved). */
  periodId?: string;
}

type CheckedMember = Pick<Member, 'statusPeriods' | 'admissionDate' | 'fullMembershipDate' | 'birthDate'>;

/** Kinds that last over an interval; two of the same kind must not overlap. */
const INTERVAL_KINDS: readonly MemberStatusKind[] = ['du_bi', 'chinh_thuc', 'mien_sinh_hoat', 'dinh_chi', 'sinh_hoat_tam_thoi'];

const END = '9999-12-31';

function label(kind: MemberStatusKind): string {
  return `“${STATUS_KIND_LABELS[kind]}”`;
}

function span(p: MemberStatusPeriod): string {
  return p.to ? `từ ${formatDate(p.from)} đến ${formatDate(p.to)}` : `từ ${formatDate(p.from)}`;
}

function overlaps(a: MemberStatusPeriod, b: MemberStatusPeriod): boolean {
  return a.from <= (b.to || END) && b.from <= (a.to || END);
}

/**
 * Contradictions and overlaps in a member's status periods and key dates. Errors should block
 * saving; warnings are shown but allowed. With `today`, a birth date after today is an error.
 */
export function validateMemberStatus(member: CheckedMember, today?: IsoDate): StatusIssue[] {
  const issues: StatusIssue[] = [];
  const err = (message: string, periodId?: string) => issues.push({ severity: 'error', message, periodId });
  const warn = (message: string, periodId?: string) => issues.push({ severity: 'warning', message, periodId });

  for (const [name, value] of [
    ['Ngày sinh', member.birthDate],
    ['Ngày vào Đảng', member.admissionDate],
    ['Ngày chính thức', member.fullMembershipDate],
  ] as const) {
    if (value && !isValidIsoDate(value)) err(`${name} không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 05/02/1980.`);
  }

  const periods: MemberStatusPeriod[] = [];
  for (const p of member.statusPeriods ?? []) {
    if (!isValidIsoDate(p.from)) {
      err(`Khoảng ${label(p.kind)}: ngày bắt đầu không hợp lệ.`, p.id);
      continue;
    }
    if (p.to && !isValidIsoDate(p.to)) {
      err(`Khoảng ${label(p.kind)}: ngày kết thúc không hợp lệ.`, p.id);
      continue;
    }
    if (p.to && p.to < p.from) {
      err(`Khoảng ${label(p.kind)}: ngày kết thúc (${formatDate(p.to)}) trước ngày bắt đầu (${formatDate(p.from)}).`, p.id);
      continue;
    }
    if (TERMINAL_KINDS.includes(p.kind) && p.to) err(`${label(p.kind)} là sự kiện chấm dứt, không có ngày kết thúc.`, p.id);
    periods.push(p);
  }
  const sorted = [...periods].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));

  // Same-kind overlaps, dự bị vs chính thức.
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i]!;
      const b = sorted[j]!;
      if (!overlaps(a, b)) continue;
      if (a.kind === b.kind && INTERVAL_KINDS.includes(a.kind))
        err(`Hai khoảng ${label(a.kind)} chồng lên nhau (${span(a)} và ${span(b)}).`, b.id);
      else if ((a.kind === 'du_bi' && b.kind === 'chinh_thuc') || (a.kind === 'chinh_thuc' && b.kind === 'du_bi'))
        err(
          `Khoảng “dự bị” (${span(a.kind === 'du_bi' ? a : b)}) trùng với khoảng “chính thức” (${span(a.kind === 'du_bi' ? b : a)}).`,
          b.id,
        );
      else if ((a.kind === 'mien_sinh_hoat' && b.kind === 'dinh_chi') || (a.kind === 'dinh_chi' && b.kind === 'mien_sinh_hoat'))
        warn(`Khoảng “miễn sinh hoạt” và khoảng “đình chỉ sinh hoạt” trùng nhau (${span(a)} và ${span(b)}). Hãy kiểm tra lại.`, b.id);
    }
  }

  // Chính thức before a later dự bị.
  const firstOfficial = sorted.find((p) => p.kind === 'chinh_thuc');
  for (const p of sorted) {
    if (p.kind === 'du_bi' && firstOfficial && p.from > firstOfficial.from)
      err(`Khoảng “dự bị” (${span(p)}) bắt đầu sau khi đã là đảng viên chính thức (${formatDate(firstOfficial.from)}).`, p.id);
  }

  // Nothing after death, removal or expulsion.
  const terminal = sorted.filter((p) => TERMINAL_KINDS.includes(p.kind));
  if (terminal.length > 1) err(`Có ${terminal.length} sự kiện chấm dứt (từ trần / xóa tên / khai trừ); chỉ được có một.`, terminal[1]!.id);
  const end = terminal[0];
  if (end) {
    for (const p of sorted) {
      if (p !== end && p.from > end.from)
        err(`Khoảng ${label(p.kind)} (${span(p)}) bắt đầu sau ${label(end.kind)} ngày ${formatDate(end.from)}.`, p.id);
    }
  }

  // Transfers alternate: in, out, in …
  const transfers = sorted.filter((p) => p.kind === 'chuyen_den' || p.kind === 'chuyen_di');
  for (let i = 1; i < transfers.length; i++) {
    const prev = transfers[i - 1]!;
    const cur = transfers[i]!;
    if (prev.from === cur.from && prev.kind !== cur.kind) err(`“Chuyển đến” và “chuyển đi” cùng ngày ${formatDate(cur.from)}.`, cur.id);
    else if (prev.kind === cur.kind && !(cur.kind === 'chuyen_di' && prev.to))
      warn(
        `Hai lần ${label(cur.kind)} liên tiếp (${formatDate(prev.from)} và ${formatDate(cur.from)}) mà không có lần chuyển ngược lại ở giữa.`,
        cur.id,
      );
  }

  // Key dates.
  const adm = member.admissionDate && isValidIsoDate(member.admissionDate) ? member.admissionDate : undefined;
  const full = member.fullMembershipDate && isValidIsoDate(member.fullMembershipDate) ? member.fullMembershipDate : undefined;
  const birth = member.birthDate && isValidIsoDate(member.birthDate) ? member.birthDate : undefined;
  if (birth && today && birth > today)
    err(`Ngày sinh (${formatDate(birth)}) ở sau hôm nay (${formatDate(today)}). Hãy kiểm tra lại ngày sinh.`);
  if (adm && full && full < adm) err(`Ngày chính thức (${formatDate(full)}) trước ngày vào Đảng (${formatDate(adm)}).`);
  if (adm && full && full === adm) err('Ngày chính thức trùng ngày vào Đảng; đảng viên phải qua thời gian dự bị.');
  if (birth && adm && adm <= birth) err(`Ngày vào Đảng (${formatDate(adm)}) không thể trước ngày sinh (${formatDate(birth)}).`);
  else if (birth && adm && adm < addMonths(birth, 18 * 12))
    warn(`Ngày vào Đảng (${formatDate(adm)}) khi chưa đủ 18 tuổi. Hãy kiểm tra ngày sinh và ngày vào Đảng.`);
  if (adm) {
    for (const p of sorted) {
      if (['du_bi', 'chinh_thuc', 'mien_sinh_hoat', 'dinh_chi', 'chuyen_den'].includes(p.kind) && p.from < adm)
        err(`Khoảng ${label(p.kind)} (${span(p)}) bắt đầu trước ngày vào Đảng (${formatDate(adm)}).`, p.id);
    }
  }
  if (full) {
    for (const p of sorted) {
      if (p.kind === 'du_bi' && (p.to || END) >= full)
        err(`Khoảng “dự bị” (${span(p)}) kéo dài đến hoặc sau ngày chính thức (${formatDate(full)}).`, p.id);
      if (p.kind === 'chinh_thuc' && p.from < full)
        err(`Khoảng “chính thức” (${span(p)}) bắt đầu trước ngày chính thức (${formatDate(full)}).`, p.id);
    }
  }
  return issues;
}

/** Only the blocking problems. */
export function statusErrors(member: CheckedMember, today?: IsoDate): StatusIssue[] {
  return validateMemberStatus(member, today).filter((i) => i.severity === 'error');
}
