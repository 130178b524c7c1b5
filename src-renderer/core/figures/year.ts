/**
 * THE year statistics of a cell (issue 15 point 4; DESIGN.md "one figure, one function"). The
 * review page, the BÁO CÁO PDF (documents/year-report.ts, through core/review computeStatistics),
 * the unit report file (core/exchange/report.ts computeUnitStatistics, also re-run on import to
 * check a file) and so the aggregator (which sums the files' figures) all call
 * `computeYearFigures`; nothing else counts members, registrations, month reports or ratings.
 *
 * Rules:
 * - members, chính thức / dự bị, leaders: on the unit's rolls on the last day (`asOf`);
 * - required to register: on the rolls and not miễn / đình chỉ on that day; registered: a form of
 *   the year that is not a draft;
 * - month reports: records of the year up to the last month, with a level and not "không đánh giá";
 * - ratings: the members of the review round (the year's review records, whoever left after the
 *   review), excluded ones apart; a member is rated by the chi bộ's proposal or the final
 *   decision — a self-assessment alone is not a rating.
 * Pure; takes plain records.
 */
import type { CommendationForm, IsoDate, PledgeFormState, RatingLevel } from '../model';
import { isExempt, isOnRolls, isProbationary, type MemberLike } from '../exchange/members';

export interface FiguresMember extends MemberLike {
  id: string;
  isLeader: boolean;
}

export interface FiguresPledge {
  memberId: string;
  year: number;
  state: PledgeFormState;
}

export interface FiguresMonthly {
  memberId: string;
  period: string; // YYYY-MM
  overallLevel?: string;
  cellLevel?: string;
  /** Set when the month is "không đánh giá" (reason code). */
  notApplicable?: string;
  praised: boolean;
  reminded: boolean;
}

export type ExclusionReason = 'mien' | 'dinh_chi' | 'moi_ket_nap';

export interface FiguresReview {
  memberId: string;
  year: number;
  excluded?: ExclusionReason;
  selfLevel?: RatingLevel;
  proposedLevel?: RatingLevel;
  finalLevel?: RatingLevel;
}

export interface FiguresCommendation {
  year: number;
  form: CommendationForm;
  recipient: { kind: 'member' | 'unit' };
}

export interface YearFiguresInput {
  year: number;
  /** Last day covered: 31/12 for the year, or the end of a shorter period. */
  asOf: IsoDate;
  /** Last month covered (12 for the year). */
  endMonth: number;
  members: readonly FiguresMember[];
  pledges: readonly FiguresPledge[];
  monthly: readonly FiguresMonthly[];
  reviews: readonly FiguresReview[];
  commendations: readonly FiguresCommendation[];
}

export interface YearFigures {
  year: number;
  asOf: IsoDate;
  members: number;
  fullMembers: number;
  probationary: number;
  leaders: number;
  requiredToRegister: number;
  registered: number;
  leadersRequiredToRegister: number;
  leadersRegistered: number;
  /** Months (1–12) with at least one member's report. */
  reportedMonths: number[];
  memberMonthReports: number;
  monthlyLevels: Record<string, number>;
  timesPraised: number;
  timesReminded: number;
  /** Members required to register who were praised / reminded at least once. */
  membersPraised: number;
  membersReminded: number;
  /** Members of the review round (review records of the year). */
  inRound: number;
  excluded: Record<ExclusionReason, number> & { total: number };
  requiredToReview: number;
  rated: number;
  finalised: number;
  levels: Record<RatingLevel, number>;
  commendations: { total: number; members: number; units: number; byForm: Record<CommendationForm, number> };
}

/** The level a review record counts with: the final decision, else the chi bộ's proposal. */
export function ratedLevel(r: Pick<FiguresReview, 'excluded' | 'proposedLevel' | 'finalLevel'>): RatingLevel | undefined {
  if (r.excluded !== undefined) return undefined;
  return r.finalLevel ?? r.proposedLevel;
}

function sortRecord(r: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * `period.split('-').map(Number)`'s first two numbers without building two arrays per record
 * (≈ 280,000 monthly records when a province's import recomputes every unit's figures).
 */
function yearAndMonth(period: string): [number, number] {
  const dash = period.indexOf('-');
  if (dash < 0) return [Number(period), undefined as unknown as number];
  const next = period.indexOf('-', dash + 1);
  return [Number(period.slice(0, dash)), Number(next < 0 ? period.slice(dash + 1) : period.slice(dash + 1, next))];
}

export function computeYearFigures(input: YearFiguresInput): YearFigures {
  const { year, asOf, endMonth } = input;
  const onRolls = input.members.filter((m) => isOnRolls(m, asOf));
  const required = onRolls.filter((m) => !isExempt(m, asOf));
  const requiredIds = new Set(required.map((m) => m.id));
  const registeredIds = new Set(
    input.pledges.filter((p) => p.year === year && p.state !== 'draft' && requiredIds.has(p.memberId)).map((p) => p.memberId),
  );
  const leadersRequired = required.filter((m) => m.isLeader);

  const reportedMonths = new Set<number>();
  const monthlyLevels: Record<string, number> = {};
  const praisedIds = new Set<string>();
  const remindedIds = new Set<string>();
  let memberMonthReports = 0;
  let timesPraised = 0;
  let timesReminded = 0;
  for (const a of input.monthly) {
    const [y, mo] = yearAndMonth(a.period);
    if (y !== year || mo > endMonth) continue;
    if (a.praised) {
      timesPraised++;
      if (requiredIds.has(a.memberId)) praisedIds.add(a.memberId);
    }
    if (a.reminded) {
      timesReminded++;
      if (requiredIds.has(a.memberId)) remindedIds.add(a.memberId);
    }
    const level = a.cellLevel ?? a.overallLevel;
    if (a.notApplicable !== undefined || level === undefined) continue;
    reportedMonths.add(mo);
    memberMonthReports++;
    monthlyLevels[level] = (monthlyLevels[level] ?? 0) + 1;
  }

  const levels: Record<RatingLevel, number> = { xuat_sac: 0, tot: 0, hoan_thanh: 0, khong_hoan_thanh: 0 };
  const excluded = { mien: 0, dinh_chi: 0, moi_ket_nap: 0, total: 0 };
  const round = new Set<string>();
  let rated = 0;
  let finalised = 0;
  for (const r of input.reviews) {
    if (r.year !== year || round.has(r.memberId)) continue;
    round.add(r.memberId);
    if (r.excluded !== undefined) {
      excluded[r.excluded]++;
      excluded.total++;
      continue;
    }
    if (r.finalLevel !== undefined) finalised++;
    const level = ratedLevel(r);
    if (level === undefined) continue;
    rated++;
    levels[level]++;
  }

  const commendations = input.commendations.filter((c) => c.year === year);
  const byForm: Record<CommendationForm, number> = { giay_khen: 0, bang_khen: 0, co: 0, bieu_duong: 0 };
  for (const c of commendations) byForm[c.form] += 1;

  return {
    year,
    asOf,
    members: onRolls.length,
    fullMembers: onRolls.filter((m) => !isProbationary(m, asOf)).length,
    probationary: onRolls.filter((m) => isProbationary(m, asOf)).length,
    leaders: onRolls.filter((m) => m.isLeader).length,
    requiredToRegister: required.length,
    registered: registeredIds.size,
    leadersRequiredToRegister: leadersRequired.length,
    leadersRegistered: leadersRequired.filter((m) => registeredIds.has(m.id)).length,
    reportedMonths: [...reportedMonths].sort((a, b) => a - b),
    memberMonthReports,
    monthlyLevels: sortRecord(monthlyLevels),
    timesPraised,
    timesReminded,
    membersPraised: praisedIds.size,
    membersReminded: remindedIds.size,
    inRound: round.size,
    excluded,
    requiredToReview: round.size - excluded.total,
    rated,
    finalised,
    levels,
    commendations: {
      total: commendations.length,
      members: commendations.filter((c) => c.recipient.kind === 'member').length,
      units: commendations.filter((c) => c.recipient.kind === 'unit').length,
      byForm,
    },
  };
}

/** The stored records of a cell (db shapes), as `computeYearFigures` reads them. */
export interface StoredYearRecords {
  members: readonly FiguresMember[];
  pledges: readonly FiguresPledge[];
  monthly: ReadonlyArray<Omit<FiguresMonthly, 'notApplicable'> & { notApplicable?: { reason: string } }>;
  reviews: ReadonlyArray<Omit<FiguresReview, 'excluded'> & { excluded?: { reason: ExclusionReason } }>;
  commendations: readonly FiguresCommendation[];
}

/** Input of the whole calendar year (31/12) from stored records. */
export function yearFiguresInputOf(year: number, records: StoredYearRecords): YearFiguresInput {
  return {
    year,
    asOf: `${year}-12-31`,
    endMonth: 12,
    members: records.members,
    pledges: records.pledges,
    monthly: records.monthly.map((a) => ({
      memberId: a.memberId,
      period: a.period,
      overallLevel: a.overallLevel,
      cellLevel: a.cellLevel,
      notApplicable: a.notApplicable?.reason,
      praised: a.praised,
      reminded: a.reminded,
    })),
    reviews: records.reviews.map((r) => ({
      memberId: r.memberId,
      year: r.year,
      excluded: r.excluded?.reason,
      selfLevel: r.selfLevel,
      proposedLevel: r.proposedLevel,
      finalLevel: r.finalLevel,
    })),
    commendations: records.commendations,
  };
}
