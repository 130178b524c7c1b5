/**
 * Deterministic synthetic unit data for tests and the benchmark (`npm run bench`):
 * a unit of N members with a year of pledges, monthly self-assessments, meetings and reviews.
 * Not used by the app itself.
 */
import type { Commendation, Meeting, Member, MonthlyAssessment, PledgeForm, RatingLevel, Unit, UnitReview, YearReview } from '../model';
import { foldForSearch, splitFullName } from '../text';
import type { UnitReportSource } from './report';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thị Ngọc', 'Quốc', 'Thanh', 'Xuân', 'Thu'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Khánh', 'Lan', 'Linh', 'Mai', 'Nam', 'Ngọc', 'Phương', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Vân', 'Yến'];

/** Small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuid(rand: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface SyntheticUnitOptions {
  code: string;
  name: string;
  parentCode?: string;
  members: number;
  year: number;
  /** Months (1..n) with data. */
  months?: number;
  seed?: number;
  /** Share of members rated each level (defaults: 15 % xuất sắc, 78 % tốt, 6 % hoàn thành). */
  levelShares?: Partial<Record<RatingLevel, number>>;
  withYearReview?: boolean;
}

const STAMP = '2026-01-02T08:00:00.000Z';

export function syntheticUnit(opts: SyntheticUnitOptions): UnitReportSource {
  const rand = rng(opts.seed ?? 1);
  const months = opts.months ?? 12;
  const unit: Unit = {
    id: uuid(rand),
    code: opts.code,
    type: 'chi_bo_co_so',
    parentCode: opts.parentCode,
    history: [
      {
        validFrom: '2025-07-01',
        name: opts.name,
        superiorName: 'Đảng bộ các cơ quan Đảng tỉnh',
        superiorCommittee: 'Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh',
        placeName: 'Ninh Thuận',
        issuerCode: 'CB',
      },
    ],
    isOwn: true,
    createdAt: STAMP,
    updatedAt: STAMP,
  };
  const members: Member[] = [];
  for (let i = 0; i < opts.members; i++) {
    const fullName = `${FAMILY[Math.floor(rand() * FAMILY.length)]} ${MIDDLE[Math.floor(rand() * MIDDLE.length)]} ${GIVEN[Math.floor(rand() * GIVEN.length)]}`;
    const parts = splitFullName(fullName);
    const admissionYear = 1985 + Math.floor(rand() * 40);
    members.push({
      id: uuid(rand),
      unitId: unit.id,
      fullName,
      familyName: parts.familyName,
      middleName: parts.middleName,
      givenName: parts.givenName,
      nameSplitOverride: false,
      searchKey: foldForSearch(fullName),
      gender: rand() < 0.5 ? 'nam' : 'nu',
      birthDate: `${1960 + Math.floor(rand() * 40)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`,
      admissionDate: `${admissionYear}-05-19`,
      fullMembershipDate: admissionYear < opts.year - 1 ? `${admissionYear + 1}-05-19` : undefined,
      partyPosition: i === 0 ? 'bi_thu' : i === 1 ? 'pho_bi_thu' : 'dang_vien',
      workplace: 'Văn phòng',
      isLeader: i < 3,
      inPoliticalSystem: true,
      statusPeriods: [],
      createdAt: STAMP,
      updatedAt: STAMP,
    });
  }
  const pledgeForms: PledgeForm[] = members.map((m) => ({
    id: uuid(rand),
    memberId: m.id,
    year: opts.year,
    titleVariant: 'dang_ky_neu_guong',
    framework: { ruleSetId: 'preset-qd101', code: 'QD101-2012', name: 'Quy định 101-QĐ/TW', version: 1, categories: [] },
    basis: '',
    measures: '',
    items: [{ id: uuid(rand), categoryCode: '1', action: 'Gương mẫu chấp hành' }],
    state: 'confirmed',
    registeredAt: `${opts.year}-01-15`,
    confirmedAt: `${opts.year}-01-20`,
    amendments: [],
    createdAt: STAMP,
    updatedAt: STAMP,
  }));
  const monthly: MonthlyAssessment[] = [];
  const meetings: Meeting[] = [];
  for (let mo = 1; mo <= months; mo++) {
    const period = `${opts.year}-${String(mo).padStart(2, '0')}`;
    const meetingId = uuid(rand);
    const attendance = members.map((m) => ({ memberId: m.id, status: rand() < 0.93 ? ('co_mat' as const) : ('vang_co_ly_do' as const) }));
    meetings.push({
      id: meetingId,
      unitId: unit.id,
      type: 'thuong_ky',
      period,
      date: `${period}-05`,
      startTime: '14:00',
      endTime: '15:45',
      place: 'Hội trường',
      guests: '',
      attendance,
      partyFees: '',
      news: '',
      ideology: '',
      lastMonthReview: [],
      praise: '',
      reminders: '',
      exampleReports: '',
      nextTasks: [],
      speeches: [],
      conclusion: '',
      votes: [],
      quality: { rubricCode: 'HD42-2025', scores: {}, total: 80 + Math.floor(rand() * 20), level: rand() < 0.7 ? 'tot' : 'kha' },
      state: 'finalised',
      amendments: [],
      updatedAt: STAMP,
    });
    for (const m of members) {
      monthly.push({
        id: uuid(rand),
        memberId: m.id,
        unitId: unit.id,
        period,
        scaleCode: 'TOT-KHA-TB-KEM',
        overallLevel: rand() < 0.8 ? 'tot' : 'kha',
        results: [],
        praised: rand() < 0.05,
        reminded: rand() < 0.02,
        meetingId,
        updatedAt: STAMP,
      });
    }
  }
  const shares = { xuat_sac: 0.15, tot: 0.78, hoan_thanh: 0.06, ...opts.levelShares };
  const yearReviews: YearReview[] =
    opts.withYearReview === false
      ? []
      : members.map((m, i) => {
          const x = (i + 0.5) / members.length;
          const level: RatingLevel =
            x < shares.xuat_sac ? 'xuat_sac' : x < shares.xuat_sac + shares.tot ? 'tot' : x < shares.xuat_sac + shares.tot + shares.hoan_thanh ? 'hoan_thanh' : 'khong_hoan_thanh';
          return {
            id: uuid(rand),
            memberId: m.id,
            unitId: unit.id,
            year: opts.year,
            reviewDate: `${opts.year}-12-15`,
            formVariant: '2B',
            sections: {},
            forcedFailure: [],
            selfLevel: level,
            finalLevel: level,
            updatedAt: STAMP,
          };
        });
  const unitReview: UnitReview = {
    id: uuid(rand),
    unitId: unit.id,
    year: opts.year,
    selfLevel: 'tot',
    outstanding: false,
    report: { results: 'Chi bộ hoàn thành tốt nhiệm vụ.', limits: '', proposals: '' },
    updatedAt: STAMP,
  };
  const commendations: Commendation[] = members.slice(0, Math.max(1, Math.floor(members.length / 20))).map((m) => ({
    id: uuid(rand),
    recipient: { kind: 'member', memberId: m.id },
    year: opts.year,
    form: 'giay_khen',
    reason: 'Hoàn thành xuất sắc nhiệm vụ',
    issuer: 'Đảng ủy',
    createdAt: STAMP,
  }));
  return { unit, members, pledgeForms, monthly, meetings, yearReviews, unitReview, commendations, ruleSets: [] };
}

// ------------------------------------------------------------------ benchmark helpers

/**
 * `count` unit-year report files (detail per member, gzip), as an aggregator would receive them.
 * Benchmark: feed them to db/exchange prepareImport + applyImport, then db/aggregator computeDashboard.
 */
export async function syntheticUnitYearFiles(
  count: number,
  membersPerUnit = 60,
  year = 2026,
  parentCode = 'DB-CQD',
): Promise<Array<{ name: string; bytes: Uint8Array<ArrayBuffer>; unitCode: string }>> {
  const { buildEnvelope, encodeEnvelope, exchangeFileName } = await import('./envelope');
  const { buildUnitReportPayload } = await import('./report');
  const out: Array<{ name: string; bytes: Uint8Array<ArrayBuffer>; unitCode: string }> = [];
  for (let i = 0; i < count; i++) {
    const code = `CB-${String(i + 1).padStart(3, '0')}`;
    const src = syntheticUnit({ code, name: `Chi bộ số ${i + 1}`, parentCode, members: membersPerUnit, year, seed: i + 1 });
    const period = { year };
    const env = await buildEnvelope({
      kind: 'unit_report',
      schemaVersion: 1,
      appVersion: '0.1.0',
      exportedAt: `${year}-12-20T08:00:00.000Z`,
      unit: { code, name: `Chi bộ số ${i + 1}`, parentCode },
      period,
      payload: buildUnitReportPayload(src, period, { aggregateOnly: false }),
    });
    out.push({ name: exchangeFileName(env), bytes: await encodeEnvelope(env, { compress: true }), unitCode: code });
  }
  return out;
}

/** Size in bytes of a gzipped unit-year report of a unit with `members` members (goal ≤ 150 KB for 60). */
export async function unitYearFileSizeGzipped(members = 60): Promise<number> {
  const [file] = await syntheticUnitYearFiles(1, members);
  return file!.bytes.length;
}
