/**
 * Year-end review repository: a review round per unit and year (one YearReview per member of the
 * cell on the review date; excluded members recorded with their reason), the unit's collective
 * review, and commendations. Every multi-record change is one transaction.
 */
import type {
  Commendation,
  Id,
  IsoDate,
  Member,
  MonthlyAssessment,
  PledgeForm,
  RatingLevel,
  RuleSet,
  UnitReview,
  YearReview,
} from '../core/model';
import {
  chooseSelfReviewVariant,
  DEFAULT_ROLLUP_SCALE,
  draftSections,
  levelForScore,
  proposedLevelFromVotes,
  reviewVoterCount,
  reviewRoster,
  rollUpMember,
  RATING_LEVELS,
  schemeDate,
  unitLevelForScore,
  type CommendationRecord,
  type CommendationReasonCode,
  type ReviewExclusionFn,
  type RollupScale,
  type UnitReviewRecord,
  type YearRating,
} from '../core/review';
import { resolveRule } from '../core/rules';
import { cleanMultiline, cleanText, isValidIsoDate, formatDate } from '../core/text';
import { reportTextProblems } from '../core/text/report-texts';
import { announceFinalised } from './finalise-events';
import type { SoNeuGuongDb } from './database';
import { clock } from '../platform/clock';

export class ReviewError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReviewError';
  }
}

const now = () => clock.nowIso();

export interface ReviewData {
  members: Member[];
  assessments: MonthlyAssessment[];
  pledges: PledgeForm[];
  reviews: YearReview[];
  /** Ratings of earlier years (and this one) per member, from stored reviews. */
  history: Map<Id, YearRating[]>;
  unitReview?: UnitReviewRecord;
  commendations: CommendationRecord[];
  ruleSets: RuleSet[];
}

/** Everything the review screen and the documents read for one unit and year. */
export async function loadReviewData(db: SoNeuGuongDb, unitId: Id, year: number): Promise<ReviewData> {
  return db.transaction(
    'r',
    [db.members, db.monthlyAssessments, db.pledgeForms, db.yearReviews, db.unitReviews, db.commendations, db.ruleSets],
    async () => {
      const members = await db.members.where('unitId').equals(unitId).toArray();
      const ids = new Set(members.map((m) => m.id));
      const assessments = await db.monthlyAssessments
        .where('[unitId+period]')
        .between([unitId, `${year}-01`], [unitId, `${year}-12`], true, true)
        .toArray();
      const pledges = (await db.pledgeForms.where('year').equals(year).toArray()).filter((p) => ids.has(p.memberId));
      const allReviews = await db.yearReviews.where('[unitId+year]').between([unitId, 0], [unitId, year], true, true).toArray();
      const reviews = allReviews.filter((r) => r.year === year);
      const history = new Map<Id, YearRating[]>();
      for (const r of allReviews) {
        if (r.excluded) continue;
        const list = history.get(r.memberId) ?? [];
        list.push({ year: r.year, level: r.finalLevel });
        history.set(r.memberId, list);
      }
      const unitReview = (await db.unitReviews.where('[unitId+year]').equals([unitId, year]).first()) as UnitReviewRecord | undefined;
      const commendations = (await db.commendations
        .where('year')
        .between(year - 10, year, true, true)
        .toArray()) as CommendationRecord[];
      const ruleSets = await db.ruleSets.where('kind').anyOf('year_end_scheme', 'monthly_scale', 'document_style').toArray();
      return { members, assessments, pledges, reviews, history, unitReview, commendations, ruleSets };
    },
  );
}

export interface CreateRoundInput {
  unitId: Id;
  year: number;
  reviewDate: IsoDate;
  scale?: RollupScale;
  /** Exclusion rule; defaults to core/members reviewExclusion. */
  exclusion?: ReviewExclusionFn;
}

export interface RoundResult {
  created: number;
  updated: number;
  excluded: number;
  removed: number;
  /** Names of members no longer in the cell whose review already has data (kept, not deleted). */
  kept: string[];
}

/** The form stored with a new review: the same choice the documents make from the record (core/review). */
function formVariantOf(m: Member): YearReview['formVariant'] {
  return chooseSelfReviewVariant(m).variant;
}

function hasEnteredData(r: YearReview): boolean {
  return (
    r.scoreCommon !== undefined ||
    r.scoreTasks !== undefined ||
    r.selfLevel !== undefined ||
    r.proposedLevel !== undefined ||
    r.finalLevel !== undefined ||
    (r.votes !== undefined && Object.values(r.votes).some((v) => (v ?? 0) > 0)) ||
    r.decision !== undefined
  );
}

export function validateReviewDate(year: number, reviewDate: IsoDate): string | undefined {
  if (!isValidIsoDate(reviewDate)) return 'Ngày kiểm điểm không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 15/12/2026.';
  const y = Number(reviewDate.slice(0, 4));
  if (y !== year && y !== year + 1) {
    return `Ngày kiểm điểm ${formatDate(reviewDate)} không thuộc năm ${year} hoặc đầu năm ${year + 1}. Hãy chọn lại ngày kiểm điểm.`;
  }
  return undefined;
}

/**
 * Create (or refresh) the review round of a year: every member of the cell on the review date
 * gets a YearReview; excluded members are recorded with the reason. Entered scores, levels and
 * edited texts are kept; empty texts are filled with drafts from the monthly record.
 */
export async function createReviewRound(db: SoNeuGuongDb, input: CreateRoundInput): Promise<RoundResult> {
  const problem = validateReviewDate(input.year, input.reviewDate);
  if (problem) throw new ReviewError(problem);
  const scale = input.scale ?? DEFAULT_ROLLUP_SCALE;
  return db.transaction('rw', [db.members, db.monthlyAssessments, db.pledgeForms, db.yearReviews], async () => {
    const members = await db.members.where('unitId').equals(input.unitId).toArray();
    const roster = reviewRoster(members, input.reviewDate, input.exclusion);
    const assessments = await db.monthlyAssessments
      .where('[unitId+period]')
      .between([input.unitId, `${input.year}-01`], [input.unitId, `${input.year}-12`], true, true)
      .toArray();
    const pledges = await db.pledgeForms.where('year').equals(input.year).toArray();
    const existing = await db.yearReviews.where('[unitId+year]').equals([input.unitId, input.year]).toArray();
    const byMember = new Map(existing.map((r) => [r.memberId, r]));
    const result: RoundResult = { created: 0, updated: 0, excluded: 0, removed: 0, kept: [] };
    const stamp = now();
    const puts: YearReview[] = [];
    for (const entry of roster) {
      const m = entry.member;
      const rollup = rollUpMember({
        member: m,
        year: input.year,
        asOf: input.reviewDate,
        assessments: assessments.filter((a) => a.memberId === m.id),
        pledge: pledges.find((p) => p.memberId === m.id),
        scale,
      });
      const drafts = draftSections(rollup, scale);
      const prev = byMember.get(m.id);
      if (entry.excluded) result.excluded += 1;
      if (prev) {
        const sections = { ...prev.sections };
        for (const [k, v] of Object.entries(drafts)) if (!sections[k]?.trim()) sections[k] = v;
        const next: YearReview = { ...prev, reviewDate: input.reviewDate, sections, updatedAt: stamp };
        if (entry.excluded) next.excluded = entry.excluded;
        else delete next.excluded;
        puts.push(next);
        result.updated += 1;
      } else {
        puts.push({
          id: crypto.randomUUID(),
          memberId: m.id,
          unitId: input.unitId,
          year: input.year,
          reviewDate: input.reviewDate,
          ...(entry.excluded ? { excluded: entry.excluded } : {}),
          formVariant: formVariantOf(m),
          sections: drafts,
          forcedFailure: [],
          updatedAt: stamp,
        });
        result.created += 1;
      }
    }
    const inRoster = new Set(roster.map((e) => e.member.id));
    const removeIds: Id[] = [];
    for (const r of existing) {
      if (inRoster.has(r.memberId)) continue;
      if (hasEnteredData(r)) result.kept.push(members.find((m) => m.id === r.memberId)?.fullName ?? r.memberId);
      else removeIds.push(r.id);
    }
    result.removed = removeIds.length;
    await db.yearReviews.bulkPut(puts);
    await db.yearReviews.bulkDelete(removeIds);
    return result;
  });
}

export type YearReviewPatch = Partial<
  Pick<
    YearReview,
    | 'sections'
    | 'scoreCommon'
    | 'scoreTasks'
    | 'exceededShare30'
    | 'forcedFailure'
    | 'selfLevel'
    | 'votes'
    | 'proposedLevel'
    | 'finalLevel'
    | 'decision'
    | 'formVariant'
  >
>;

/** The stored year-end schemes (core/rules adds the presets). */
function schemeRuleSets(db: SoNeuGuongDb): Promise<RuleSet[]> {
  return db.ruleSets.where('kind').equals('year_end_scheme').toArray();
}

const LEVEL_FIELDS = ['selfLevel', 'proposedLevel', 'finalLevel'] as const;

/** Validate and apply a change to one member's review; nothing is stored when it is refused. */
export async function updateYearReview(db: SoNeuGuongDb, id: Id, patch: YearReviewPatch): Promise<YearReview> {
  const updated = await db.transaction('rw', [db.yearReviews, db.members, db.ruleSets], async () => {
    const ruleSets = await schemeRuleSets(db);
    const prev = await db.yearReviews.get(id);
    if (!prev) throw new ReviewError('Không tìm thấy bản kiểm điểm của đảng viên. Hãy tạo đợt kiểm điểm trước.');
    const next: YearReview = { ...prev, ...patch, updatedAt: now() };
    // Explicit undefined in the patch clears the field.
    for (const [k, v] of Object.entries(patch)) if (v === undefined) delete (next as unknown as Record<string, unknown>)[k];
    // Self-review texts keep their lines (issue 15 point 7).
    if (patch.sections) next.sections = Object.fromEntries(Object.entries(patch.sections).map(([k, v]) => [k, cleanMultiline(v)]));
    const errors: string[] = [];
    if (next.excluded && LEVEL_FIELDS.some((f) => patch[f] !== undefined)) {
      errors.push('Đảng viên này không thuộc diện đánh giá, xếp loại năm nay; không ghi mức xếp loại.');
    }
    for (const f of LEVEL_FIELDS) {
      const v = patch[f];
      if (v !== undefined && !RATING_LEVELS.includes(v)) errors.push('Mức xếp loại không hợp lệ.');
    }
    const scheme = resolveRule('year_end_scheme', { date: schemeDate(prev.year), ruleSets });
    const member = await db.members.get(prev.memberId);
    const score = levelForScore(scheme, {
      common: next.scoreCommon,
      tasks: next.scoreTasks,
      exceededShare30: next.exceededShare30,
      forcedFailure: next.forcedFailure,
      isLeader: member?.isLeader,
    });
    errors.push(...score.errors);
    if (patch.votes !== undefined) {
      // Measured over the cell's chính thức members on the review date; stored with the vote.
      const unitMembers = await db.members.where('unitId').equals(prev.unitId).toArray();
      next.voters = reviewVoterCount(unitMembers, prev.reviewDate);
    } else if ('votes' in patch) delete next.voters;
    if (next.votes) {
      const v = proposedLevelFromVotes(next.votes, next.voters);
      errors.push(...v.errors);
    }
    if (next.decision) {
      const d = {
        body: cleanText(next.decision.body),
        number: cleanText(next.decision.number),
        date: next.decision.date,
      };
      if (!d.body) errors.push('Hãy ghi cấp quyết định xếp loại (ví dụ “Đảng ủy cơ sở …”).');
      if (d.date && !isValidIsoDate(d.date)) errors.push('Ngày quyết định không hợp lệ.');
      next.decision = d;
    }
    if (errors.length > 0) throw new ReviewError([...new Set(errors)].join(' '));
    next.forcedFailure = [...(next.forcedFailure ?? [])];
    await db.yearReviews.put(next);
    return next;
  });
  // A decided level is final: back it up.
  if (patch.finalLevel !== undefined || patch.decision !== undefined) announceFinalised('review');
  return updated;
}

export async function listYearReviews(db: SoNeuGuongDb, unitId: Id, year: number): Promise<YearReview[]> {
  return db.yearReviews.where('[unitId+year]').equals([unitId, year]).toArray();
}

/**
 * Record the final level of an earlier year (before the app was used), so streaks of
 * "5 năm liền" can be found. `level` undefined removes a record that holds nothing else.
 */
export async function setHistoricalRating(
  db: SoNeuGuongDb,
  input: { unitId: Id; memberId: Id; year: number; level?: RatingLevel },
): Promise<void> {
  if (!Number.isInteger(input.year) || input.year < 1990 || input.year > 2100) throw new ReviewError('Năm không hợp lệ.');
  if (input.level !== undefined && !RATING_LEVELS.includes(input.level)) throw new ReviewError('Mức xếp loại không hợp lệ.');
  await db.transaction('rw', [db.yearReviews, db.members], async () => {
    const member = await db.members.get(input.memberId);
    if (!member) throw new ReviewError('Không tìm thấy đảng viên.');
    const prev = await db.yearReviews.where('[memberId+year]').equals([input.memberId, input.year]).first();
    if (prev) {
      const next: YearReview = { ...prev, updatedAt: now() };
      if (input.level) next.finalLevel = input.level;
      else delete next.finalLevel;
      if (!input.level && !hasEnteredData(next) && Object.values(next.sections).every((s) => !s.trim())) {
        await db.yearReviews.delete(prev.id);
      } else {
        await db.yearReviews.put(next);
      }
      return;
    }
    if (!input.level) return;
    await db.yearReviews.add({
      id: crypto.randomUUID(),
      memberId: input.memberId,
      unitId: input.unitId,
      year: input.year,
      reviewDate: `${input.year}-12-31`,
      formVariant: formVariantOf(member),
      sections: {},
      forcedFailure: [],
      finalLevel: input.level,
      updatedAt: now(),
    });
  });
}

// ——— Unit review (Mẫu 01) ———

export type UnitReviewPatch = Partial<Omit<UnitReviewRecord, 'id' | 'unitId' | 'year' | 'updatedAt'>>;

/** Create or change the unit's review of the year (collective level, report texts, quota groups). */
export async function saveUnitReview(db: SoNeuGuongDb, unitId: Id, year: number, patch: UnitReviewPatch): Promise<UnitReviewRecord> {
  return db.transaction('rw', db.unitReviews, db.ruleSets, async () => {
    const ruleSets = await schemeRuleSets(db);
    const prev = (await db.unitReviews.where('[unitId+year]').equals([unitId, year]).first()) as UnitReviewRecord | undefined;
    const base: UnitReviewRecord = prev ?? {
      id: crypto.randomUUID(),
      unitId,
      year,
      outstanding: false,
      report: { results: '', limits: '', proposals: '' },
      updatedAt: now(),
    };
    const next: UnitReviewRecord = { ...base, ...patch, updatedAt: now() };
    for (const [k, v] of Object.entries(patch)) if (v === undefined) delete (next as unknown as Record<string, unknown>)[k];
    next.report = {
      results: cleanMultiline(next.report.results),
      limits: cleanMultiline(next.report.limits),
      proposals: cleanMultiline(next.report.proposals),
    };
    if (next.typical !== undefined) next.typical = cleanMultiline(next.typical);
    if (next.reportNumber !== undefined) next.reportNumber = cleanText(next.reportNumber);
    const errors: string[] = [];
    const scheme = resolveRule('year_end_scheme', { date: schemeDate(year), ruleSets });
    errors.push(
      ...unitLevelForScore(scheme, {
        score: next.score,
        exceededShare30: next.exceededShare30,
        noDiscipline: next.noDiscipline,
        forcedFailure: next.forcedFailure,
      }).errors,
    );
    errors.push(...reportTextProblems({ ...next.report, typical: next.typical }));
    if (next.reportDate !== undefined && !isValidIsoDate(next.reportDate)) errors.push('Ngày báo cáo không hợp lệ.');
    if (next.reportNumber && !/^\d{1,4}$/.test(next.reportNumber)) errors.push('Số báo cáo chỉ gồm chữ số (ví dụ 05).');
    if (next.quotaGroups) {
      next.quotaGroups = next.quotaGroups.map((g) => ({ name: cleanText(g.name), memberIds: [...new Set(g.memberIds)] }));
      if (next.quotaGroups.some((g) => !g.name)) errors.push('Mỗi nhóm so sánh cần có tên.');
      const seen = new Set<Id>();
      for (const g of next.quotaGroups) {
        for (const id of g.memberIds) {
          if (seen.has(id)) errors.push('Một đảng viên chỉ thuộc một nhóm so sánh.');
          seen.add(id);
        }
      }
    }
    if (errors.length > 0) throw new ReviewError([...new Set(errors)].join(' '));
    await db.unitReviews.put(next as UnitReview);
    return next;
  });
}

// ——— Commendations ———

export interface CommendationInput {
  recipient: Commendation['recipient'];
  year: number;
  form: Commendation['form'];
  reason: string;
  reasonCode?: CommendationReasonCode;
  issuer: string;
  decisionNumber?: string;
  decisionDate?: IsoDate;
}

function cleanCommendation(input: CommendationInput): CommendationInput {
  const out: CommendationInput = {
    ...input,
    reason: cleanText(input.reason),
    issuer: cleanText(input.issuer),
  };
  if (input.decisionNumber !== undefined) {
    const n = cleanText(input.decisionNumber);
    if (n) out.decisionNumber = n;
    else delete out.decisionNumber;
  }
  if (!input.decisionDate) delete out.decisionDate;
  return out;
}

function commendationErrors(c: CommendationInput): string[] {
  const e: string[] = [];
  if (!Number.isInteger(c.year) || c.year < 1990 || c.year > 2100) e.push('Năm khen thưởng không hợp lệ.');
  if (!['giay_khen', 'bang_khen', 'co', 'bieu_duong'].includes(c.form)) e.push('Hình thức khen thưởng không hợp lệ.');
  if (!c.reason) e.push('Hãy ghi lý do khen thưởng.');
  if (!c.issuer) e.push('Hãy ghi cấp khen thưởng (ví dụ “Đảng ủy cơ sở …”).');
  if (c.decisionDate && !isValidIsoDate(c.decisionDate)) e.push('Ngày quyết định khen thưởng không hợp lệ.');
  return e;
}

export async function addCommendation(db: SoNeuGuongDb, input: CommendationInput): Promise<CommendationRecord> {
  const c = cleanCommendation(input);
  const errors = commendationErrors(c);
  if (errors.length > 0) throw new ReviewError(errors.join(' '));
  const record: CommendationRecord = { id: crypto.randomUUID(), ...c, createdAt: now() };
  await db.commendations.add(record);
  return record;
}

export async function updateCommendation(db: SoNeuGuongDb, id: Id, input: CommendationInput): Promise<CommendationRecord> {
  const c = cleanCommendation(input);
  const errors = commendationErrors(c);
  if (errors.length > 0) throw new ReviewError(errors.join(' '));
  return db.transaction('rw', db.commendations, async () => {
    const prev = await db.commendations.get(id);
    if (!prev) throw new ReviewError('Không tìm thấy khen thưởng cần sửa.');
    const record: CommendationRecord = { id, ...c, createdAt: prev.createdAt };
    await db.commendations.put(record);
    return record;
  });
}

export async function deleteCommendation(db: SoNeuGuongDb, id: Id): Promise<void> {
  await db.commendations.delete(id);
}

export async function listCommendations(db: SoNeuGuongDb, year?: number): Promise<CommendationRecord[]> {
  const list = year === undefined ? await db.commendations.toArray() : await db.commendations.where('year').equals(year).toArray();
  return list as CommendationRecord[];
}
