/**
 * Sizes of the benchmark data sets and a superior committee's bloc of units: unit sizes are
 * skewed like a real bloc (many cells of 15–60 members, a few đảng bộ of 100+), summing exactly
 * to the member total. Each unit is generated on demand from its own seed (bounded memory).
 */
import type { IsoDate, UnitType } from '../model';
import { generateCell, type SampleCell } from './cell';
import { SampleRandom, subSeed } from './random';
import { UNIT_AGENCIES } from './texts';

export interface CellSize {
  kind: 'cell';
  memberCount: number;
  years: number;
}

export interface BlocSize {
  kind: 'bloc';
  units: number;
  members: number;
  years: number;
}

/** The sizes of the issue: a cell of 25 and of 60, the seed article's bloc, a large committee. */
export const SAMPLE_SIZES = {
  cell25: { kind: 'cell', memberCount: 25, years: 2 },
  cell60: { kind: 'cell', memberCount: 60, years: 5 },
  bloc56: { kind: 'bloc', units: 56, members: 2885, years: 1 },
  committee100: { kind: 'bloc', units: 100, members: 5000, years: 5 },
} as const satisfies Record<string, CellSize | BlocSize>;

/** The `count` years ending with the year of `today`. */
export function yearsEndingAt(today: IsoDate, count: number): number[] {
  const last = Number(today.slice(0, 4));
  return Array.from({ length: count }, (_, i) => last - count + 1 + i);
}

/** Member counts of `units` units adding up to `total` (skewed, each ≥ 3). */
export function unitSizes(seed: number, units: number, total: number): number[] {
  if (units <= 0) return [];
  const min = 3;
  if (total < units * min) throw new Error(`Không chia được ${total} đảng viên cho ${units} đơn vị (mỗi đơn vị ít nhất ${min}).`);
  const r = new SampleRandom(seed);
  const weights = Array.from({ length: units }, () => {
    const u1 = Math.max(r.float(), 1e-9);
    const u2 = r.float();
    const normal = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    return Math.exp(0.75 * normal);
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const spare = total - units * min;
  const exact = weights.map((w) => (w / sum) * spare);
  const sizes = exact.map((x) => min + Math.floor(x));
  let left = total - sizes.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % units, left--) {
    const idx = order[k]![1];
    sizes[idx] = sizes[idx]! + 1;
  }
  return sizes;
}

export interface BlocUnitSpec {
  index: number;
  seed: number;
  code: string;
  name: string;
  agency: string;
  type: UnitType;
  memberCount: number;
}

const EXTRA_AGENCIES = ['Trường Trung học cơ sở số', 'Trạm Y tế phường số', 'Trung tâm Dịch vụ công số', 'Trường Tiểu học số'];

function agencyOf(i: number): string {
  if (i < UNIT_AGENCIES.length) return UNIT_AGENCIES[i]!;
  const k = i - UNIT_AGENCIES.length;
  return `${EXTRA_AGENCIES[k % EXTRA_AGENCIES.length]} ${Math.floor(k / EXTRA_AGENCIES.length) + 1}`;
}

/** Code of the superior committee in the bloc data sets. */
export const SAMPLE_COMMITTEE_CODE = 'DBCQD';

/** The units of a bloc (no member data yet). */
export function blocUnitSpecs(seed: number, units: number, members: number): BlocUnitSpec[] {
  return unitSizes(seed, units, members).map((memberCount, index) => {
    const agency = agencyOf(index);
    const type: UnitType = memberCount >= 60 ? 'dang_bo_co_so' : 'chi_bo_co_so';
    return {
      index,
      seed: subSeed(seed, index),
      code: `DV${String(index + 1).padStart(3, '0')}`,
      name: `${type === 'dang_bo_co_so' ? 'Đảng bộ' : 'Chi bộ'} ${agency}`,
      agency,
      type,
      memberCount,
    };
  });
}

/** All data of one unit of a bloc. */
export function generateBlocUnit(spec: BlocUnitSpec, years: readonly number[], today: IsoDate): SampleCell {
  return generateCell({
    seed: spec.seed,
    memberCount: spec.memberCount,
    years,
    today,
    unitCode: spec.code,
    unitName: spec.name,
    agency: spec.agency,
    unitType: spec.type,
    parentCode: SAMPLE_COMMITTEE_CODE,
    isOwn: true,
  });
}
