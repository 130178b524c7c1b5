/**
 * Validity of a vote (domain.md §4.6, corrected 2026-12-01): đảng viên dự bị have every right
 * "trừ quyền biểu quyết" (Điều lệ Đảng Điều 3 khoản 4), so EVERY resolution — the monthly nghị
 * quyết as well as kết nạp, chuyển chính thức, kỷ luật — is measured over the đảng viên chính
 * thức counted for the meeting (QĐ 294 mục 9.3.2), and only chính thức ballots count. A
 * resolution needs tán thành by more than half of them (Điều lệ Điều 10.5); admission needs at
 * least 2/3. The outcome carries warnings; `voteTallyErrors` gives the hard refusals of the form.
 */
import type { Vote } from '../model';
import { formatPercent, percent } from '../text';
import type { AttendanceCounts } from './attendance';
import type { QuorumSettings } from './settings';

export interface VoteOutcome {
  /** Denominator: the đảng viên chính thức counted for the meeting. */
  denominator: number;
  denominatorLabel: string;
  voters: number;
  inFavourPercent: number;
  againstPercent: number;
  otherPercent: number;
  /** "32/35 (91,43%)" style strings for the minutes. */
  inFavourText: string;
  againstText: string;
  otherText: string;
  passed: boolean;
  /** What the vote needed, in words ("quá 1/2 số đảng viên được triệu tập (18/35)"). */
  requirement: string;
  warnings: string[];
}

function fractionWords(f: number): string {
  if (Math.abs(f - 1 / 2) < 1e-9) return '1/2';
  if (Math.abs(f - 2 / 3) < 1e-9) return '2/3';
  if (Math.abs(f - 3 / 4) < 1e-9) return '3/4';
  return `${Math.round(f * 100)}%`;
}

/** Smallest integer number of votes strictly above fraction × n. */
export function moreThan(fraction: number, n: number): number {
  return Math.floor(fraction * n + 1e-9) + 1;
}

/** Smallest integer number of votes at or above fraction × n. */
export function atLeast(fraction: number, n: number): number {
  return Math.ceil(fraction * n - 1e-9);
}

/**
 * Hard error of a tally (Vietnamese), or undefined: negative or fractional numbers, or more ballots
 * than đảng viên chính thức present (dự bị members do not vote).
 */
export function voteTallyError(
  vote: Pick<Vote, 'inFavour' | 'against' | 'other'>,
  counts: Pick<AttendanceCounts, 'presentOfficial'>,
  label = 'Biểu quyết',
): string | undefined {
  const numbers = [vote.inFavour, vote.against, vote.other];
  if (numbers.some((n) => !Number.isInteger(n) || n < 0)) return `${label}: số phiếu phải là số nguyên không âm.`;
  const voters = vote.inFavour + vote.against + vote.other;
  if (voters > counts.presentOfficial) {
    return (
      `${label}: có ${voters} phiếu nhưng chỉ có ${counts.presentOfficial} đảng viên chính thức có mặt. ` +
      'Đảng viên dự bị không biểu quyết (Điều lệ Đảng, Điều 3 khoản 4); hãy chỉ nhập phiếu của đảng viên chính thức.'
    );
  }
  return undefined;
}

/** The refusals of every vote of a meeting, given its attendance counts. */
export function voteTallyErrors(votes: readonly Vote[], counts: Pick<AttendanceCounts, 'presentOfficial'>): string[] {
  const out: string[] = [];
  votes.forEach((v, i) => {
    const e = voteTallyError(v, counts, `Biểu quyết thứ ${i + 1}`);
    if (e) out.push(e);
  });
  return out;
}

export function voteOutcome(vote: Vote, counts: AttendanceCounts, settings: QuorumSettings): VoteOutcome {
  const denominator = counts.countedOfficial;
  const voters = vote.inFavour + vote.against + vote.other;
  const warnings: string[] = [];
  const admission = vote.kind === 'admission';
  const fraction = admission ? settings.admissionFraction : settings.majorityFraction;
  const needed = admission ? atLeast(fraction, denominator) : moreThan(fraction, denominator);
  const passed = denominator > 0 && vote.inFavour >= needed;
  const denominatorLabel = 'đảng viên chính thức';
  const requirement = admission
    ? `ít nhất ${fractionWords(fraction)} số ${denominatorLabel} (${needed}/${denominator})`
    : `quá ${fractionWords(fraction)} số ${denominatorLabel} (${needed}/${denominator})`;
  const tally = voteTallyError(vote, counts, `Biểu quyết "${vote.subject}"`);
  if (tally) warnings.push(tally);
  if (!passed) warnings.push(`Nội dung "${vote.subject}" chưa đủ ${requirement} tán thành.`);
  const share = (n: number) => `${n}/${denominator} (${formatPercent(n, denominator)})`;
  return {
    denominator,
    denominatorLabel,
    voters,
    inFavourPercent: percent(vote.inFavour, denominator),
    againstPercent: percent(vote.against, denominator),
    otherPercent: percent(vote.other, denominator),
    inFavourText: share(vote.inFavour),
    againstText: share(vote.against),
    otherText: share(vote.other),
    passed,
    requirement,
    warnings,
  };
}

/** The sentence of the minutes for one vote. */
export function voteSentence(vote: Vote, outcome: VoteOutcome): string {
  return (
    `Biểu quyết ${vote.subject}: tán thành ${outcome.inFavourText}; không tán thành ${outcome.againstText}; ` +
    `ý kiến khác ${outcome.otherText} (tính trên số ${outcome.denominatorLabel} được triệu tập).`
  );
}
