/**
 * A realistic cell (chi bộ) over several years, deterministic from a seed: members with status
 * histories, pledge forms (QĐ 101 preset), monthly self-assessments, monthly meetings with
 * attendance and minutes numbers, year reviews, the unit's review and commendations.
 * Pure: builds entity objects of core/model.ts with the rules of the feature modules
 * (core/members, core/pledges, core/monthly, core/meetings, core/review); nothing is stored here.
 */
import type {
  AttendanceEntry,
  Commendation,
  Gender,
  Id,
  IsoDate,
  IssuedDocument,
  Meeting,
  Member,
  MemberStatusPeriod,
  MonthlyAssessment,
  PledgeForm,
  PledgeItem,
  RatingLevel,
  TaskRow,
  Unit,
  UnitProfileVersion,
  UnitReview,
  UnitType,
  YearReview,
} from '../model';
import { isActiveMember, membershipKind, mustRegisterPledges, prepareName, reviewExclusion } from '../members';
import { amendForm, confirmForm, newPledgeForm, PLEDGE_FRAMEWORK_PRESETS, submitForm, updateDraft } from '../pledges';
import {
  DEFAULT_MONTHLY_SCALE_CODE,
  exampleReportText,
  nextPeriod,
  praiseAndReminderText,
  suggestedNotApplicable,
  type MonthlyScaleData,
} from '../monthly';
import { freezeAttendance, minutesSubject, newMeeting, prefillAttendance, scoreRubric, termStartFor } from '../meetings';
import { levelForScore, reviewVoterCount, schemeDate } from '../review';
import { resolveRule } from '../rules';
import { addDays, addMonths, lastDayOfPeriod, periodOf, sortMembers } from '../text';
import { profileOn } from '../units';
import { sampleName } from './names';
import { SampleRandom } from './random';
import * as T from './texts';

export interface CellSampleOptions {
  seed: number;
  /** Number of member records (current members plus those who left during the years). */
  memberCount: number;
  /** Years with data, ascending (e.g. [2022, 2023, 2024, 2025, 2026]). */
  years: readonly number[];
  /** Data stop on this date (months, meetings and reviews after it are not generated). */
  today: IsoDate;
  unitCode?: string;
  /** Agency of the cell: "Sở Tư pháp" → "Chi bộ Sở Tư pháp". */
  agency?: string;
  /** Name of the unit; default "Chi bộ <agency>". */
  unitName?: string;
  unitType?: UnitType;
  parentCode?: string;
  placeName?: string;
  isOwn?: boolean;
  /** Pledge framework preset code; default QĐ 101. */
  frameworkCode?: string;
  monthlyScaleCode?: string;
}

export interface SampleCell {
  unit: Unit;
  members: Member[];
  pledgeForms: PledgeForm[];
  monthly: MonthlyAssessment[];
  meetings: Meeting[];
  documents: IssuedDocument[];
  yearReviews: YearReview[];
  unitReviews: UnitReview[];
  commendations: Commendation[];
}

type Propensity = 'good' | 'average' | 'weak';

interface Draft {
  member: Member;
  propensity: Propensity;
}

const stamp = (date: IsoDate, time = '08:00:00') => `${date}T${time}.000Z`;

/** Meeting date of a month: the 3rd, moved to the next Monday when it falls on a weekend. */
export function meetingDateOf(period: string, day = 3): IsoDate {
  let date = `${period}-${String(day).padStart(2, '0')}`;
  for (let i = 0; i < 3; i++) {
    const wd = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (wd !== 0 && wd !== 6) break;
    date = addDays(date, 1);
  }
  return date;
}

function unitProfiles(
  name: string,
  placeName: string,
  firstYear: number,
  secretary: string,
  deputy: string,
  committee: string[],
): UnitProfileVersion[] {
  const base = {
    name,
    placeName,
    issuerCode: 'CB',
    secretary,
    deputySecretary: deputy,
    committeeMembers: committee,
  };
  const versions: UnitProfileVersion[] = [];
  const oldStart = `${Math.min(firstYear, 2020)}-01-01`;
  if (firstYear < 2025) {
    versions.push({
      ...base,
      validFrom: oldStart,
      superiorName: 'Đảng bộ Khối các cơ quan tỉnh',
      superiorCommittee: 'Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh',
      termStart: '2020-06-15',
      termEnd: '2025-06-14',
    });
  }
  versions.push({
    ...base,
    validFrom: firstYear < 2025 ? '2025-07-01' : `${firstYear}-01-01`,
    superiorName: 'Đảng bộ các cơ quan Đảng tỉnh',
    superiorCommittee: 'Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh',
    termStart: '2025-06-15',
    termEnd: '2030-06-14',
  });
  return versions;
}

/** Members with dated status histories. */
function generateMembers(
  r: SampleRandom,
  opts: Required<Pick<CellSampleOptions, 'memberCount' | 'years' | 'today'>>,
  unitId: Id,
  agency: string,
): Draft[] {
  const start = `${opts.years[0]}-01-01`;
  const today = opts.today;
  const span = opts.years.length;
  const latest = addDays(today, -30) < start ? start : addDays(today, -30);
  const cards = new Set<string>();
  const usedPosts = new Map<string, number>();
  const drafts: Draft[] = [];
  for (let i = 0; i < opts.memberCount; i++) {
    const gender: Gender = r.chance(0.55) ? 'nam' : 'nu';
    const name = sampleName(r, gender);
    const roll = r.float();
    const newlyAdmitted = roll < Math.min(0.25, 0.035 * span);
    const transferredIn = !newlyAdmitted && roll < Math.min(0.4, 0.035 * span + 0.025 * span);
    const periods: MemberStatusPeriod[] = [];
    let birthDate: IsoDate;
    let admissionDate: IsoDate;
    let joined = start; // first day on this cell's roster within the data years
    if (newlyAdmitted) {
      admissionDate = r.dateBetween(start, latest);
      birthDate = addDays(addMonths(admissionDate, -12 * r.int(22, 35) - r.int(0, 11)), -r.int(0, 27));
      joined = admissionDate;
    } else {
      birthDate = addDays(addMonths(today, -12 * r.int(26, 60) - r.int(0, 11)), -r.int(0, 27));
      const earliest = addMonths(birthDate, 12 * 21);
      const lastAdmission = addDays(start, -400);
      admissionDate = earliest < lastAdmission ? r.dateBetween(earliest, lastAdmission) : lastAdmission;
      if (admissionDate < addMonths(birthDate, 12 * 19)) birthDate = addMonths(admissionDate, -12 * 24);
    }
    if (transferredIn) {
      const from = r.dateBetween(start, latest);
      periods.push({
        id: r.uuid(),
        kind: 'chuyen_den',
        from,
        reason: `Chuyển sinh hoạt đảng chính thức từ ${r.pick(T.UNIT_AGENCIES)} đến`,
      });
      joined = from;
    }
    const fullMembershipDate = addMonths(admissionDate, 12) <= today ? addMonths(admissionDate, 12) : undefined;
    const age = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
    const afterJoin = addDays(joined, 60);
    const canHaveEvents = afterJoin < addDays(today, -20);
    const leaveRoll = r.float();
    if (canHaveEvents && leaveRoll < Math.min(0.3, 0.022 * span)) {
      periods.push({
        id: r.uuid(),
        kind: 'chuyen_di',
        from: r.dateBetween(afterJoin, addDays(today, -10)),
        reason: r.pick(['Chuyển công tác', 'Nghỉ hưu, chuyển sinh hoạt về nơi cư trú', 'Điều động, luân chuyển']),
      });
    } else if (canHaveEvents && age >= 50 && leaveRoll > 1 - 0.003 * span) {
      periods.push({ id: r.uuid(), kind: 'tu_tran', from: r.dateBetween(afterJoin, addDays(today, -10)) });
    } else if (canHaveEvents) {
      const statusRoll = r.float();
      if (statusRoll < (age >= 50 ? 0.06 : 0.01)) {
        const from = r.dateBetween(afterJoin, addDays(today, -20));
        const to = r.chance(0.5) ? undefined : addMonths(from, r.int(6, 24));
        periods.push({
          id: r.uuid(),
          kind: 'mien_sinh_hoat',
          from,
          ...(to ? { to } : {}),
          reason: r.pick(['Tuổi cao, sức khỏe yếu', 'Ốm đau, điều trị dài ngày']),
        });
      } else if (statusRoll < 0.075) {
        const from = r.dateBetween(afterJoin, addDays(today, -20));
        periods.push({
          id: r.uuid(),
          kind: 'dinh_chi',
          from,
          to: addMonths(from, r.int(3, 9)),
          reason: 'Đình chỉ sinh hoạt đảng trong thời gian cơ quan có thẩm quyền xem xét, xử lý',
        });
      } else if (statusRoll < 0.1) {
        const from = r.dateBetween(afterJoin, addDays(today, -20));
        periods.push({
          id: r.uuid(),
          kind: 'sinh_hoat_tam_thoi',
          from,
          to: addMonths(from, r.int(3, 12)),
          reason: r.pick(['Đi học tập trung dài hạn', 'Biệt phái công tác tại địa phương khác']),
        });
      }
    }
    let card: string;
    do card = String(r.int(10_000_000, 99_999_999));
    while (cards.has(card));
    cards.add(card);
    const prepared = prepareName(name.fullName);
    const createdAt = stamp(joined < start ? start : joined);
    const isLeader = r.chance(0.2);
    const member: Member = {
      id: r.uuid(),
      unitId,
      fullName: prepared.fullName,
      familyName: prepared.familyName,
      middleName: prepared.middleName,
      givenName: prepared.givenName,
      nameSplitOverride: prepared.nameSplitOverride,
      searchKey: prepared.searchKey,
      gender,
      birthDate,
      admissionDate,
      ...(fullMembershipDate ? { fullMembershipDate } : {}),
      cardNumber: card,
      partyPosition: 'dang_vien',
      govPosition: isLeader ? leaderPost(r, usedPosts) : r.pick(T.STAFF_POSTS),
      ...(r.chance(0.12) ? { massOrgPosition: r.pick(T.MASS_ORG_POSTS) } : {}),
      workplace: agency,
      residence: `${r.pick(T.WARDS)}, tỉnh Khánh Hòa`,
      isLeader,
      inPoliticalSystem: r.chance(0.95),
      statusPeriods: periods,
      createdAt,
      updatedAt: createdAt,
    };
    const p = r.float();
    drafts.push({ member, propensity: p < 0.78 ? 'good' : p < 0.96 ? 'average' : 'weak' });
  }
  return drafts;
}

/** A leadership post, keeping posts that exist once per agency (Chánh Văn phòng …) unique. */
function leaderPost(r: SampleRandom, used: Map<string, number>): string {
  const open = T.LEADER_POSTS.filter(([post, , max]) => (used.get(post) ?? 0) < max);
  const post = r.weighted(open.map(([p, w]) => [p, w] as const));
  used.set(post, (used.get(post) ?? 0) + 1);
  return post;
}

/** Bí thư, phó bí thư and chi ủy viên among the members in good standing on `today`. */
function assignOffices(r: SampleRandom, drafts: Draft[], today: IsoDate): void {
  const eligible = r.shuffle(
    drafts.filter(({ member: m }) => isActiveMember(m, today) && membershipKind(m, today) === 'chinh_thuc' && m.statusPeriods.length === 0),
  );
  const n = drafts.length;
  const committee = n >= 30 ? 3 : n >= 10 ? 1 : 0;
  const order: Array<Member['partyPosition']> = [
    'bi_thu',
    n >= 10 ? 'pho_bi_thu' : 'dang_vien',
    ...Array<Member['partyPosition']>(committee).fill('chi_uy_vien'),
  ];
  order.forEach((pos, i) => {
    const d = eligible[i];
    if (!d || pos === 'dang_vien') return;
    d.member.partyPosition = pos;
    d.propensity = 'good';
    if (pos === 'bi_thu') {
      d.member.isLeader = true;
      d.member.govPosition = 'Giám đốc';
    } else if (pos === 'pho_bi_thu') {
      d.member.isLeader = true;
      d.member.govPosition = 'Phó Giám đốc';
    }
  });
}

const LEVEL_WEIGHTS: Record<Propensity, number[]> = {
  good: [62, 36, 1.5, 0.5],
  average: [25, 65, 8, 2],
  weak: [8, 62, 25, 5],
};

function pickLevel(r: SampleRandom, scale: MonthlyScaleData, propensity: Propensity): string {
  const w = LEVEL_WEIGHTS[propensity];
  return r.weighted(scale.levels.map((l, i) => [l.code, w[Math.min(i, w.length - 1)]!] as const));
}

function pledgeItems(r: SampleRandom, form: PledgeForm, year: number): PledgeItem[] {
  const items: PledgeItem[] = [];
  for (const cat of form.framework.categories) {
    const bank = T.ACTIONS_BY_CATEGORY[cat.code] ?? T.GENERIC_ACTIONS;
    const count = r.chance(0.45) ? 2 : 1;
    const texts = r.shuffle(bank).slice(0, count);
    for (const action of texts) {
      const item: PledgeItem = { id: r.uuid(), categoryCode: cat.code, action };
      if (r.chance(0.5)) item.target = r.pick(T.TARGETS);
      if (r.chance(0.4)) item.deadline = `${year}-12-31`;
      items.push(item);
    }
  }
  return items;
}

function generateForms(
  r: SampleRandom,
  drafts: Draft[],
  years: readonly number[],
  today: IsoDate,
  frameworkCode: string,
  secretary: string,
): PledgeForm[] {
  const framework = PLEDGE_FRAMEWORK_PRESETS.find((f) => f.code === frameworkCode) ?? PLEDGE_FRAMEWORK_PRESETS[0]!;
  const forms: PledgeForm[] = [];
  const currentYear = Number(today.slice(0, 4));
  for (const year of years) {
    const registration = `${year}-01-31`;
    if (registration > today) continue;
    for (const { member } of drafts) {
      if (!mustRegisterPledges(member, year)) continue;
      const created = r.dateBetween(`${year}-01-05`, `${year}-01-20`);
      const now = stamp(created, '09:00:00');
      let form = newPledgeForm({ id: r.uuid(), memberId: member.id, year, framework, now });
      form = updateDraft(form, { items: pledgeItems(r, form, year), measures: T.MEASURES }, now);
      const roll = r.float();
      if (year === currentYear && roll < 0.05) {
        forms.push(form);
        continue;
      }
      const registered = addDays(created, r.int(1, 8));
      form = submitForm(form, registered, stamp(registered, '10:00:00'));
      if (year === currentYear && roll < 0.12) {
        forms.push(form);
        continue;
      }
      const confirmed = addDays(registered, r.int(2, 12));
      form = confirmForm(form, { date: confirmed, by: secretary }, stamp(confirmed, '15:00:00'));
      if (r.chance(0.03)) {
        const at = r.dateBetween(addDays(confirmed, 30), addDays(confirmed, 200));
        if (at <= today) {
          const items = [
            ...form.items,
            {
              id: r.uuid(),
              categoryCode: framework.data.categories[2]!.code,
              action: 'Hoàn thành nhiệm vụ mới được phân công sau khi sắp xếp lại phòng chuyên môn',
            },
          ];
          form = amendForm(
            form,
            { date: at, reason: 'Được phân công nhiệm vụ mới sau khi sắp xếp tổ chức bộ máy', by: secretary, changes: { items } },
            stamp(at),
          );
        }
      }
      forms.push(form);
    }
  }
  return forms;
}

interface MonthContext {
  scale: MonthlyScaleData;
  scaleCode: string;
}

function monthRecords(
  r: SampleRandom,
  drafts: Draft[],
  formByMemberYear: Map<string, PledgeForm>,
  unitId: Id,
  period: string,
  meetingId: Id | undefined,
  ctx: MonthContext,
): MonthlyAssessment[] {
  const out: MonthlyAssessment[] = [];
  const year = Number(period.slice(0, 4));
  const updatedAt = stamp(addDays(`${period}-01`, r.int(0, 3)), '16:00:00');
  for (const { member, propensity } of drafts) {
    const na = suggestedNotApplicable(member, period);
    if (na === 'chuyen_di' || na === 'chua_vao_dang') continue;
    const base: MonthlyAssessment = {
      id: r.uuid(),
      memberId: member.id,
      unitId,
      period,
      scaleCode: ctx.scaleCode,
      results: [],
      praised: false,
      reminded: false,
      ...(meetingId ? { meetingId } : {}),
      updatedAt,
    };
    if (na) {
      out.push({ ...base, notApplicable: { reason: na } });
      continue;
    }
    const roll = r.float();
    if (roll < 0.025) continue; // did not report this month
    if (roll < 0.035) {
      out.push({ ...base, notApplicable: { reason: 'vang', note: r.pick(T.ABSENCE_REASONS) } });
      continue;
    }
    const form = formByMemberYear.get(`${member.id}|${year}`);
    const record = { ...base };
    if (form && form.items.length > 0) {
      // The month's level of the member; items are that level or one better (the worst item decides).
      const month = pickLevel(r, ctx.scale, propensity);
      const rank = ctx.scale.levels.findIndex((l) => l.code === month);
      record.results = form.items.map((item) => ({
        itemId: item.id,
        level: rank > 0 && r.chance(0.3) ? ctx.scale.levels[rank - 1]!.code : month,
      }));
    } else {
      record.overallLevel = pickLevel(r, ctx.scale, propensity);
    }
    const levels = record.results.length > 0 ? record.results.map((x) => x.level!) : [record.overallLevel!];
    const allTop = levels.every((l) => l === ctx.scale.levels[0]!.code);
    const anyBad = levels.some((l) => ctx.scale.levels.find((x) => x.code === l)?.good === false);
    if (anyBad) {
      record.selfNote = r.pick(T.NOT_GOOD_NOTES);
      record.reminded = r.chance(0.5);
    } else if (r.chance(0.1)) {
      record.selfNote = r.pick(T.SELF_NOTES);
    }
    if (allTop && r.chance(0.06)) record.praised = true;
    out.push(record);
  }
  return out;
}

function meetingOf(
  r: SampleRandom,
  unit: Unit,
  sorted: Member[],
  period: string,
  previous: Meeting | undefined,
  records: MonthlyAssessment[],
  ctx: MonthContext,
  today: IsoDate,
  id: Id,
): Meeting {
  const date = meetingDateOf(period);
  const month = Number(period.slice(5, 7));
  const type = month % 3 === 0 ? 'ket_hop' : 'thuong_ky';
  const profile = profileOn(unit, date) ?? unit.history[0]!;
  const m = newMeeting({
    id,
    unitId: unit.id,
    date,
    type,
    place: `Phòng họp tầng 2, ${sorted[0]?.workplace ?? 'cơ quan'}`,
    now: stamp(date, '07:00:00'),
  });
  m.startTime = r.chance(0.7) ? '14:00' : '08:00';
  const minutes = (type === 'ket_hop' ? 120 : 90) + r.int(0, 50);
  const [h, mm] = m.startTime.split(':').map(Number) as [number, number];
  const end = h * 60 + mm + minutes;
  m.endTime = `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
  m.attendance = prefillAttendance(sorted, date).map((e): AttendanceEntry => {
    if (e.status !== 'co_mat') return e;
    const roll = r.float();
    if (roll < 0.05) return { ...e, status: 'vang_co_ly_do', reason: r.pick(T.ABSENCE_REASONS) };
    if (roll < 0.058) return { ...e, status: 'vang_khong_ly_do' };
    return e;
  });
  const chair = sorted.find((x) => x.partyPosition === 'bi_thu') ?? sorted[0];
  const secretary = sorted.find((x) => x.partyPosition === 'chi_uy_vien' || x.partyPosition === 'pho_bi_thu') ?? sorted[1] ?? chair;
  if (chair) {
    m.chairMemberId = chair.id;
    m.chairName = chair.fullName;
    m.chairTitle = 'Bí thư chi bộ';
  }
  if (secretary) {
    m.secretaryMemberId = secretary.id;
    m.secretaryName = secretary.fullName;
  }
  if (r.chance(0.15)) m.guests = `đồng chí ${sampleNameFor(r)}, Ủy viên Ban Chấp hành ${profile.superiorName}`;
  m.partyFees = `Đã thu đủ đảng phí tháng ${month}/${period.slice(0, 4)} của các đồng chí có mặt; nộp lên cấp trên đúng hạn.`;
  m.news = r.pick(T.NEWS);
  m.ideology = r.pick(T.IDEOLOGY);
  m.lastMonthReview = (previous?.nextTasks ?? []).map((t): TaskRow => {
    const status = r.weighted([
      ['xong', 80],
      ['dang_lam', 15],
      ['chua_xong', 5],
    ] as const);
    return {
      ...t,
      status,
      result: status === 'xong' ? 'Đã hoàn thành' : status === 'dang_lam' ? 'Đang thực hiện' : 'Chưa hoàn thành, chuyển sang tháng sau',
    };
  });
  const sample = sorted.filter((x) => m.attendance.some((a) => a.memberId === x.id));
  const pr = praiseAndReminderText(sample, records, period);
  m.praise = pr.praise;
  m.reminders = pr.reminders;
  m.exampleReports = exampleReportText(ctx.scale, sample, records, period);
  m.nextTasks = r
    .shuffle(T.TASKS)
    .slice(0, r.int(2, 4))
    .map((task) => ({ task, assignee: r.pick(T.ASSIGNEES), deadline: lastDayOfPeriod(nextPeriod(period)) }));
  const present = m.attendance.filter((a) => a.status === 'co_mat').map((a) => a.memberId);
  m.speeches = r
    .shuffle(present)
    .slice(0, Math.min(present.length, r.int(2, 4)))
    .map((memberId) => ({ speaker: sorted.find((x) => x.id === memberId)!.fullName, summary: r.pick(T.SPEECHES) }));
  m.conclusion = `Chủ trì kết luận: chi bộ thống nhất đánh giá kết quả tháng ${month} và phương hướng, nhiệm vụ tháng sau như dự thảo, có bổ sung ý kiến thảo luận.`;
  const against = present.length > 10 && r.chance(0.1) ? 1 : 0;
  // Only chính thức members vote (domain.md §4.6).
  const byId = new Map(sorted.map((x) => [x.id, x]));
  const presentOfficial = present.filter((id) => {
    const x = byId.get(id);
    return x !== undefined && membershipKind(x, date) === 'chinh_thuc';
  }).length;
  m.votes = [
    {
      subject: `thông qua nghị quyết tháng ${month}/${period.slice(0, 4)}`,
      partyBuilding: false,
      inFavour: Math.max(0, presentOfficial - against),
      against: Math.min(against, presentOfficial),
      other: 0,
    },
  ];
  if (type === 'ket_hop') {
    m.topic = {
      title: r.pick(T.TOPICS),
      presenter: chair?.fullName ?? '',
      discussion: 'Các đồng chí đảng viên thảo luận, liên hệ với nhiệm vụ được giao.',
      conclusion: 'Chi bộ thống nhất các giải pháp thực hiện trong thời gian tới.',
    };
  }
  const rubric = resolveRule('meeting_rubric', { date, ruleSets: [] });
  const scores: Record<string, number> = {};
  for (const g of rubric.data.groups)
    for (const c of g.criteria) scores[c.code] = c.max <= 1 ? (r.chance(0.9) ? c.max : 0) : r.int(Math.ceil(c.max * 0.7), c.max);
  const scored = scoreRubric(rubric.data, scores);
  m.quality = { rubricCode: rubric.code, scores, total: scored.total, level: scored.level.code };
  if (addDays(date, 2) <= today) {
    m.attendance = freezeAttendance(m, sorted);
    m.state = 'finalised';
    m.finalisedAt = date;
    m.updatedAt = stamp(date, '17:00:00');
  }
  return m;
}

function sampleNameFor(r: SampleRandom): string {
  return sampleName(r, r.chance(0.6) ? 'nam' : 'nu').fullName;
}

const REVIEW_WEIGHTS: Record<Propensity, Array<readonly [RatingLevel, number]>> = {
  good: [
    ['xuat_sac', 17],
    ['tot', 80],
    ['hoan_thanh', 3],
  ],
  average: [
    ['tot', 60],
    ['hoan_thanh', 38],
    ['khong_hoan_thanh', 2],
  ],
  weak: [
    ['tot', 10],
    ['hoan_thanh', 65],
    ['khong_hoan_thanh', 25],
  ],
};

const SCORE_RANGE: Record<RatingLevel, [number, number]> = {
  xuat_sac: [90, 98],
  tot: [72, 89],
  hoan_thanh: [52, 69],
  khong_hoan_thanh: [30, 49],
};

function yearReviews(r: SampleRandom, drafts: Draft[], unit: Unit, year: number, present: number): YearReview[] {
  const reviewDate = `${year}-12-15`;
  const scheme = resolveRule('year_end_scheme', { date: schemeDate(year), ruleSets: [] });
  const profile = profileOn(unit, reviewDate) ?? unit.history[0]!;
  const out: YearReview[] = [];
  const voters = Math.max(
    1,
    reviewVoterCount(
      drafts.map((d) => d.member),
      reviewDate,
    ),
  );
  for (const { member, propensity } of drafts) {
    if (!isActiveMember(member, reviewDate) || membershipKind(member, reviewDate) === undefined) continue;
    const review: YearReview = {
      id: r.uuid(),
      memberId: member.id,
      unitId: unit.id,
      year,
      reviewDate,
      formVariant: member.isLeader ? '2A' : member.inPoliticalSystem ? '2B' : '2C',
      sections: {},
      forcedFailure: [],
      updatedAt: stamp(reviewDate, '17:00:00'),
    };
    const excluded = reviewExclusion(member, reviewDate);
    if (excluded) {
      out.push({ ...review, excluded });
      continue;
    }
    let level = r.weighted(REVIEW_WEIGHTS[propensity]);
    if (scheme.data.scoring) {
      const [lo, hi] = SCORE_RANGE[level];
      const total = r.int(lo, hi);
      const common = Math.min(30, Math.round(total * 0.3));
      const tasks = Math.min(70, total - common);
      const exceeded = level === 'xuat_sac';
      const result = levelForScore(scheme, { common, tasks, exceededShare30: exceeded, isLeader: member.isLeader });
      review.scoreCommon = common;
      review.scoreTasks = tasks;
      review.exceededShare30 = exceeded;
      if (result.level) level = result.level;
    }
    // Ballots of the chính thức members present, measured over the cell's chính thức (§4.6).
    review.voters = voters;
    const ballots = Math.min(present, voters);
    const votesFor = Math.max(1, ballots - r.int(0, 2));
    review.selfLevel = level === 'xuat_sac' && r.chance(0.3) ? 'tot' : level;
    review.votes = {
      [level]: votesFor,
      ...(ballots - votesFor > 0 ? { [level === 'tot' ? 'hoan_thanh' : 'tot']: ballots - votesFor } : {}),
    };
    review.proposedLevel = level;
    review.finalLevel = level;
    review.decision = {
      body: profile.superiorCommittee || profile.superiorName,
      number: `${r.int(100, 999)}-QĐ/ĐU`,
      date: `${year + 1}-01-${String(r.int(10, 25)).padStart(2, '0')}`,
    };
    out.push(review);
  }
  return out;
}

/** Only the members of a cell (fast: for roster-size tests such as a 5,000-member filter). */
export function generateRoster(options: Pick<CellSampleOptions, 'seed' | 'memberCount' | 'years' | 'today' | 'agency'>): Member[] {
  const r = new SampleRandom(options.seed);
  const years = [...options.years].sort((a, b) => a - b);
  const drafts = generateMembers(
    r,
    { memberCount: options.memberCount, years, today: options.today },
    r.uuid(),
    options.agency ?? 'Sở Tư pháp',
  );
  assignOffices(r, drafts, options.today);
  return drafts.map((d) => d.member);
}

/** Generate one cell. */
export function generateCell(options: CellSampleOptions): SampleCell {
  const r = new SampleRandom(options.seed);
  const years = [...options.years].sort((a, b) => a - b);
  const today = options.today;
  const agency = options.agency ?? 'Sở Tư pháp';
  const scaleCode = options.monthlyScaleCode ?? DEFAULT_MONTHLY_SCALE_CODE;
  const scaleRule = resolveRule('monthly_scale', { date: `${years[0] ?? 2000}-01-01`, code: scaleCode, ruleSets: [] });
  const scale = scaleRule.code === scaleCode ? scaleRule.data : undefined;
  if (!scale) throw new Error(`Không có thang đánh giá tháng “${scaleCode}”.`);
  const unitId = r.uuid();
  const drafts = generateMembers(r, { memberCount: options.memberCount, years, today }, unitId, agency);
  assignOffices(r, drafts, today);
  const members = drafts.map((d) => d.member);
  const byPos = (p: Member['partyPosition']) => members.filter((m) => m.partyPosition === p).map((m) => m.fullName);
  const secretary = byPos('bi_thu')[0] ?? members[0]?.fullName ?? '';
  const unitCreated = stamp(`${years[0]! - 1}-12-01`);
  const unit: Unit = {
    id: unitId,
    code: options.unitCode ?? 'CB-SOTUPHAP',
    type: options.unitType ?? 'chi_bo_co_so',
    ...(options.parentCode ? { parentCode: options.parentCode } : {}),
    history: unitProfiles(
      options.unitName ?? `Chi bộ ${agency}`,
      options.placeName ?? 'Khánh Hòa',
      years[0]!,
      secretary,
      byPos('pho_bi_thu')[0] ?? '',
      byPos('chi_uy_vien'),
    ),
    isOwn: options.isOwn ?? true,
    createdAt: unitCreated,
    updatedAt: unitCreated,
  };

  const pledgeForms = generateForms(r, drafts, years, today, options.frameworkCode ?? 'QD101-2012', secretary);
  const formByMemberYear = new Map(pledgeForms.map((f) => [`${f.memberId}|${f.year}`, f]));
  const sorted = sortMembers(members, true);
  const ctx: MonthContext = { scale, scaleCode };

  const monthly: MonthlyAssessment[] = [];
  const meetings: Meeting[] = [];
  const documents: IssuedDocument[] = [];
  const todayPeriod = periodOf(today);
  let previous: Meeting | undefined;
  for (const year of years) {
    for (let month = 1; month <= 12; month++) {
      const period = `${year}-${String(month).padStart(2, '0')}`;
      if (period > todayPeriod) break;
      const date = meetingDateOf(period);
      const meetingId = date <= today ? r.uuid() : undefined;
      const records = monthRecords(r, drafts, formByMemberYear, unitId, period, meetingId, ctx);
      monthly.push(...records);
      if (!meetingId) continue;
      const meeting = meetingOf(r, unit, sorted, period, previous, records, ctx, today, meetingId);
      if (meeting.state === 'finalised') {
        const termStart = termStartFor(profileOn(unit, meeting.date), meeting.date);
        const number = documents.filter((d) => d.typeCode === 'BB' && d.termStart === termStart).length + 1;
        meeting.documentNumber = number;
        documents.push({
          id: r.uuid(),
          unitId,
          typeCode: 'BB',
          termStart,
          number,
          issuedOn: meeting.date,
          summary: minutesSubject(meeting),
          linkedId: meeting.id,
          createdAt: meeting.updatedAt,
        });
      }
      meetings.push(meeting);
      previous = meeting;
    }
  }

  const yearReviewsOut: YearReview[] = [];
  const unitReviews: UnitReview[] = [];
  const commendations: Commendation[] = [];
  for (const year of years) {
    if (`${year}-12-20` > today) continue;
    const decemberMeeting = meetings.find((m) => m.period === `${year}-12`);
    const present = decemberMeeting?.attendance.filter((a) => a.status === 'co_mat').length ?? members.length;
    const reviews = yearReviews(r, drafts, unit, year, present);
    yearReviewsOut.push(...reviews);
    const excellent = reviews.filter((y) => y.finalLevel === 'xuat_sac').length;
    const unitLevel: RatingLevel = r.chance(0.3) ? 'xuat_sac' : 'tot';
    const profile = profileOn(unit, `${year}-12-31`) ?? unit.history[0]!;
    unitReviews.push({
      id: r.uuid(),
      unitId,
      year,
      score: unitLevel === 'xuat_sac' ? r.int(90, 97) : r.int(75, 89),
      selfLevel: unitLevel,
      finalLevel: unitLevel,
      outstanding: unitLevel === 'xuat_sac' && r.chance(0.3),
      report: {
        results: `Chi bộ lãnh đạo hoàn thành các nhiệm vụ chính trị năm ${year}; ${excellent} đảng viên hoàn thành xuất sắc nhiệm vụ. 100% đảng viên đăng ký và báo cáo việc thực hiện nội dung nêu gương hằng tháng.`,
        limits: 'Chất lượng sinh hoạt chuyên đề có lúc chưa cao; một số đảng viên báo cáo việc thực hiện nêu gương còn chung chung.',
        proposals: 'Đề nghị cấp trên tổ chức tập huấn nghiệp vụ công tác đảng cho cấp ủy viên.',
      },
      updatedAt: stamp(`${year}-12-20`),
    });
    for (const review of reviews) {
      if (review.finalLevel !== 'xuat_sac' || !r.chance(0.45)) continue;
      commendations.push({
        id: r.uuid(),
        recipient: { kind: 'member', memberId: review.memberId },
        year,
        form: r.chance(0.85) ? 'giay_khen' : 'bang_khen',
        reason: `Hoàn thành xuất sắc nhiệm vụ năm ${year}`,
        issuer: r.chance(0.85) ? profile.superiorCommittee : 'Ban Thường vụ Tỉnh ủy',
        decisionNumber: `${r.int(100, 999)}-QĐ/ĐU`,
        decisionDate: `${year + 1}-01-${String(r.int(10, 28)).padStart(2, '0')}`,
        createdAt: stamp(`${year + 1}-01-30`),
      });
    }
    if (unitLevel === 'xuat_sac') {
      commendations.push({
        id: r.uuid(),
        recipient: { kind: 'unit', unitId },
        year,
        form: 'giay_khen',
        reason: `Tổ chức đảng hoàn thành xuất sắc nhiệm vụ năm ${year}`,
        issuer: profile.superiorCommittee,
        decisionNumber: `${r.int(100, 999)}-QĐ/ĐU`,
        decisionDate: `${year + 1}-01-${String(r.int(10, 28)).padStart(2, '0')}`,
        createdAt: stamp(`${year + 1}-01-30`),
      });
    }
  }

  return { unit, members, pledgeForms, monthly, meetings, documents, yearReviews: yearReviewsOut, unitReviews, commendations };
}
