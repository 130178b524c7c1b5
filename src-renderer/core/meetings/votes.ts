/**
 * Validity of a vote (domain.md §4.6): a resolution needs tán thành by more than half of the
 * members counted for the meeting (Điều lệ Điều 10.5). Party-building matters (kết nạp, chuyển
 * chính thức, kỷ luật) are voted by đảng viên chính thức only, over the chính thức denominator;
 * admission needs at least 2/3 of them. Never blocks: the result carries warnings.
 */
import type { Vote } from '../model';
import { formatPercent, percent } from '../text';
import type { AttendanceCounts } from './attendance';
import { DEFAULT_QUORUM, type QuorumSettings } from './settings';

export interface VoteOutcome {
  /** Denominator used: counted members, or counted chính thức for party-building votes. */
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

export function voteOutcome(vote: Vote, counts: AttendanceCounts, settings: QuorumSettings = DEFAULT_QUORUM): VoteOutcome {
  const official = vote.partyBuilding || vote.kind === 'admission';
  const denominator = official ? counts.countedOfficial : counts.counted;
  const present = official ? counts.presentOfficial : counts.present;
  const voters = vote.inFavour + vote.against + vote.other;
  const warnings: string[] = [];
  const admission = vote.kind === 'admission';
  const fraction = admission ? settings.admissionFraction : settings.majorityFraction;
  const needed = admission ? atLeast(fraction, denominator) : moreThan(fraction, denominator);
  const passed = denominator > 0 && vote.inFavour >= needed;
  const denominatorLabel = official ? 'đảng viên chính thức' : 'đảng viên';
  const requirement = admission
    ? `ít nhất ${fractionWords(fraction)} số ${denominatorLabel} (${needed}/${denominator})`
    : `quá ${fractionWords(fraction)} số ${denominatorLabel} (${needed}/${denominator})`;
  for (const [label, n] of [
    ['tán thành', vote.inFavour],
    ['không tán thành', vote.against],
    ['ý kiến khác', vote.other],
  ] as const) {
    if (!Number.isInteger(n) || n < 0) warnings.push(`Số "${label}" phải là số nguyên không âm.`);
  }
  if (official && voters > counts.presentOfficial) {
    warnings.push(
      `Biểu quyết về công tác xây dựng Đảng chỉ tính đảng viên chính thức: có ${voters} phiếu nhưng chỉ có ${counts.presentOfficial} đảng viên chính thức có mặt — có thể đã tính cả đảng viên dự bị.`,
    );
  } else if (voters > present) {
    warnings.push(`Tổng số biểu quyết (${voters}) lớn hơn số đảng viên có mặt (${present}).`);
  }
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
