/**
 * Benchmark inputs for `npm run bench`: a deterministic synthetic roster and the roster
 * operations the screen runs on every keystroke (filterMembers) or on every change (sortRoster).
 */
import type { Member, MemberStatusPeriod, PartyPosition } from '../model';
import { addDays } from '../text';
import { prepareName, filterMembers, sortRoster, type MemberQuery } from './roster';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Tôn Nữ', 'Âu Dương'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Ngọc', 'Minh', 'Thanh', 'Quang', 'Thị Ngọc', 'Xuân', 'Thu', 'Công', 'Kim', ''];
const GIVEN = ['An', 'Anh', 'Ánh', 'Bình', 'Cường', 'Dũng', 'Dương', 'Đức', 'Đào', 'Giang', 'Hà', 'Hải', 'Hòa', 'Hùng', 'Hưng', 'Khánh', 'Lan', 'Linh', 'Loan', 'Long', 'Mai', 'Nam', 'Ngân', 'Nhung', 'Phúc', 'Quân', 'Quỳnh', 'Sơn', 'Tâm', 'Thảo', 'Thủy', 'Trang', 'Tú', 'Tuấn', 'Uyên', 'Việt', 'Xuân', 'Yến'];

/** Small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` members with realistic names, dates and ~10% special status periods. Same seed → same roster. */
export function syntheticRoster(count: number, seed = 1): Member[] {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const out: Member[] = [];
  for (let i = 0; i < count; i++) {
    const name = prepareName([pick(FAMILY), pick(MIDDLE), pick(GIVEN)].filter(Boolean).join(' '));
    const birthOffset = Math.floor(r() * 17000); // born 1950 … 1996
    const birth = addDays('1950-01-01', birthOffset);
    // Admitted at 18+ and no later than 2026-06-01 (27,545 days after 1950-01-01).
    const room = Math.max(1, 27_545 - birthOffset - 6600);
    const admission = addDays(birth, 6600 + Math.floor(r() * room));
    const periods: MemberStatusPeriod[] = [];
    const roll = r();
    if (roll < 0.03) periods.push({ id: `p${i}`, kind: 'mien_sinh_hoat', from: '2024-01-01' });
    else if (roll < 0.05) periods.push({ id: `p${i}`, kind: 'chuyen_di', from: addDays('2020-01-01', Math.floor(r() * 2500)) });
    else if (roll < 0.06) periods.push({ id: `p${i}`, kind: 'dinh_chi', from: '2026-03-01', to: '2026-08-31' });
    else if (roll < 0.08) periods.push({ id: `p${i}`, kind: 'sinh_hoat_tam_thoi', from: '2026-01-01', to: '2026-12-31' });
    const position: PartyPosition = i === 0 ? 'bi_thu' : i === 1 ? 'pho_bi_thu' : i < 5 ? 'chi_uy_vien' : 'dang_vien';
    out.push({
      id: `m${i}`,
      unitId: 'bench',
      ...name,
      gender: r() < 0.45 ? 'nu' : 'nam',
      birthDate: birth,
      admissionDate: admission,
      fullMembershipDate: addDays(admission, 365),
      cardNumber: String(79_000_000 + i),
      partyPosition: position,
      isLeader: false,
      inPoliticalSystem: true,
      statusPeriods: periods,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
  }
  return out;
}

export interface BenchRow {
  case: string;
  ms: number;
  result: number;
}

/** The queries the bench times: keystrokes of a search, and the status/year filters. */
export const BENCH_QUERIES: Array<{ label: string; query: MemberQuery | string }> = [
  { label: 'tìm "n"', query: 'n' },
  { label: 'tìm "nguyen thi"', query: 'nguyen thi' },
  { label: 'tìm "nguyen thi yen"', query: 'nguyen thi yen' },
  { label: 'tìm "dang duc"', query: 'dang duc' },
  { label: 'đang sinh hoạt ngày 28/11/2026', query: { status: 'active', date: '2026-11-28' } },
  { label: 'năm 2025 + dự bị', query: { year: 2025, status: 'du_bi', date: '2025-12-31' } },
];

/**
 * Time sortRoster and filterMembers on a synthetic roster (default 5,000 members). Returns one
 * row per case (milliseconds, and the size of the result so a regression in results shows too).
 */
export function benchMembers(count = 5000, now: () => number = () => performance.now()): BenchRow[] {
  const rows: BenchRow[] = [];
  const roster = syntheticRoster(count);
  let t = now();
  const sorted = sortRoster(roster);
  rows.push({ case: `sắp xếp ${count} đảng viên (tên, tên đệm, họ)`, ms: now() - t, result: sorted.length });
  t = now();
  const officeFirst = sortRoster(roster, true);
  rows.push({ case: `sắp xếp ${count} đảng viên (chức vụ lên đầu)`, ms: now() - t, result: officeFirst.length });
  for (const q of BENCH_QUERIES) {
    t = now();
    const found = filterMembers(sorted, q.query);
    rows.push({ case: `lọc ${count}: ${q.label}`, ms: now() - t, result: found.length });
  }
  return rows;
}
