/** A cell's stored records for a year, built from a short description of each member. */
import type {
  Commendation,
  Member,
  MemberStatusPeriod,
  MonthlyAssessment,
  PledgeForm,
  RatingLevel,
  Unit,
  YearReview,
} from '../../../src-renderer/core/model';
import type { ExclusionReason } from '../../../src-renderer/core/figures';
import type { ReviewData } from '../../../src-renderer/db/review';
import type { UnitReportSource } from '../../../src-renderer/core/exchange';
import { member, month, pledge } from '../review/fixtures';

export interface PersonSpec {
  /** The chi bộ's proposal. */
  proposed?: RatingLevel;
  /** The decision of the competent level. */
  final?: RatingLevel;
  self?: RatingLevel;
  excluded?: ExclusionReason;
  leader?: boolean;
  registered?: boolean;
  /** Months (1–12) with a report; default none. */
  months?: number[];
  /** Months not assessed ("không đánh giá"). */
  notApplicable?: number[];
  praised?: number;
  reminded?: number;
  /** Transferred out on this date. */
  leftOn?: string;
  /** Joined the cell (transferred in) on this date. */
  joinedOn?: string;
  /** No review record (not in the review round). */
  noReview?: boolean;
  /** Dự bị (admitted this year). */
  probationary?: boolean;
}

export interface CellRecords {
  members: Member[];
  pledges: PledgeForm[];
  monthly: MonthlyAssessment[];
  reviews: YearReview[];
  commendations: Commendation[];
}

const mm = (n: number) => String(n).padStart(2, '0');

export function cellRecords(
  groups: ReadonlyArray<readonly [number, PersonSpec]>,
  year = 2026,
  commendations: Commendation[] = [],
): CellRecords {
  const out: CellRecords = { members: [], pledges: [], monthly: [], reviews: [], commendations };
  let k = 0;
  for (const [n, spec] of groups) {
    for (let i = 0; i < n; i++) {
      const id = `m${k++}`;
      const periods: MemberStatusPeriod[] = [];
      if (spec.excluded === 'mien') periods.push({ id: `${id}-s`, kind: 'mien_sinh_hoat', from: `${year - 3}-01-01` });
      if (spec.excluded === 'dinh_chi') periods.push({ id: `${id}-s`, kind: 'dinh_chi', from: `${year}-10-01`, to: `${year + 1}-03-31` });
      if (spec.leftOn) periods.push({ id: `${id}-l`, kind: 'chuyen_di', from: spec.leftOn });
      if (spec.joinedOn) periods.push({ id: `${id}-j`, kind: 'chuyen_den', from: spec.joinedOn });
      const newMember = spec.excluded === 'moi_ket_nap' || spec.probationary;
      out.members.push(
        member(id, {
          fullName: `Nguyễn Văn ${id}`,
          isLeader: spec.leader === true,
          admissionDate: spec.excluded === 'moi_ket_nap' ? `${year}-09-02` : spec.probationary ? `${year}-03-01` : '2010-05-19',
          fullMembershipDate: newMember ? undefined : '2011-05-19',
          statusPeriods: periods,
        }),
      );
      if (spec.registered !== false) out.pledges.push(pledge(id, year, [{ id: `${id}-i`, categoryCode: 'c', action: 'Học tập' }]));
      let praised = spec.praised ?? 0;
      let reminded = spec.reminded ?? 0;
      const months = new Set([...(spec.months ?? []), ...(spec.notApplicable ?? [])]);
      for (let mo = 1; mo <= 12 && (praised > 0 || reminded > 0); mo++) months.add(mo);
      for (const mo of [...months].sort((a, b) => a - b)) {
        const na = spec.notApplicable?.includes(mo);
        const reported = spec.months?.includes(mo);
        out.monthly.push(
          month(id, `${year}-${mm(mo)}`, {
            overallLevel: reported ? 'tot' : undefined,
            ...(na ? { notApplicable: { reason: 'vang' as const } } : {}),
            praised: praised-- > 0,
            reminded: reminded-- > 0,
          }),
        );
      }
      if (spec.noReview) continue;
      const review: YearReview = {
        id: `r-${id}`,
        memberId: id,
        unitId: 'u1',
        year,
        reviewDate: `${year}-12-15`,
        formVariant: spec.leader ? '2A' : '2B',
        sections: {},
        forcedFailure: [],
        updatedAt: `${year}-12-15T00:00:00.000Z`,
      };
      if (spec.excluded) review.excluded = { reason: spec.excluded };
      else {
        if (spec.self) review.selfLevel = spec.self;
        if (spec.proposed) review.proposedLevel = spec.proposed;
        if (spec.final) review.finalLevel = spec.final;
      }
      out.reviews.push(review);
    }
  }
  return out;
}

export const UNIT: Unit = {
  id: 'u1',
  code: 'CB01',
  type: 'chi_bo_truc_thuoc',
  isOwn: true,
  history: [
    {
      validFrom: '2020-01-01',
      name: 'Chi bộ Sở Tư pháp',
      superiorName: 'Đảng bộ các cơ quan Đảng tỉnh',
      superiorCommittee: 'Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh',
      placeName: 'Ninh Thuận',
      issuerCode: 'CB',
    },
  ],
  createdAt: '2020-01-01T00:00:00.000Z',
  updatedAt: '2020-01-01T00:00:00.000Z',
};

/** What the review page reads (db/review loadReviewData) for these records. */
export function reviewDataOf(r: CellRecords): ReviewData {
  return {
    members: r.members,
    assessments: r.monthly,
    pledges: r.pledges,
    reviews: r.reviews,
    history: new Map(),
    commendations: r.commendations,
    ruleSets: [],
  };
}

/** What the unit report file is built from (db/exchange) for these records. */
export function reportSourceOf(r: CellRecords): UnitReportSource {
  return {
    unit: UNIT,
    members: r.members,
    pledgeForms: r.pledges,
    monthly: r.monthly,
    meetings: [],
    yearReviews: r.reviews,
    commendations: r.commendations,
    ruleSets: [],
  };
}
