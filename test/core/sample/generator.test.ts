import { describe, expect, it } from 'vitest';
import {
  FAMILY_NAME_SHARES,
  SampleRandom,
  blocUnitSpecs,
  generateBlocUnit,
  generateCell,
  generateRoster,
  meetingDateOf,
  sampleName,
  sampleUnitReportFile,
  unitSizes,
  yearsEndingAt,
} from '../../../src-renderer/core/sample';
import { MemberRecordSchema, UnitRecordSchema, UnitReportEnvelopeSchema, readExchangeFile } from '../../../src-renderer/core/exchange';
import { isActiveMember, validateMemberStatus } from '../../../src-renderer/core/members';
import { validateContent } from '../../../src-renderer/core/pledges';
import { meetingInputErrors } from '../../../src-renderer/core/meetings';
import { isValidPeriod } from '../../../src-renderer/core/monthly';
import { nfc, splitFullName } from '../../../src-renderer/core/text';

const TODAY = '2026-11-28';
const cell60 = generateCell({ seed: 42, memberCount: 60, years: yearsEndingAt(TODAY, 5), today: TODAY });

describe('determinism', () => {
  it('gives the same data for the same seed and different data for another seed', () => {
    const a = generateCell({ seed: 7, memberCount: 25, years: [2025, 2026], today: TODAY });
    const b = generateCell({ seed: 7, memberCount: 25, years: [2025, 2026], today: TODAY });
    const c = generateCell({ seed: 8, memberCount: 25, years: [2025, 2026], today: TODAY });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(c.members.map((m) => m.fullName)).not.toEqual(a.members.map((m) => m.fullName));
  });

  it('builds the same bloc units and report bytes for the same seed', async () => {
    const [spec] = blocUnitSpecs(3, 4, 60);
    const opts = { period: { year: 2026 }, exportedAt: '2026-11-28T10:00:00.000Z', appVersion: '0.1.0', schemaVersion: 1 };
    const f1 = await sampleUnitReportFile(generateBlocUnit(spec!, [2026], TODAY), opts);
    const f2 = await sampleUnitReportFile(generateBlocUnit(spec!, [2026], TODAY), opts);
    expect(f2.name).toBe(f1.name);
    expect(Buffer.from(f2.bytes).equals(Buffer.from(f1.bytes))).toBe(true);
  });

  it('draws UUIDs of version 4', () => {
    const r = new SampleRandom(1);
    const ids = Array.from({ length: 200 }, () => r.uuid());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('proportions', () => {
  it('draws family names in the national proportions', () => {
    const r = new SampleRandom(2026);
    const n = 20_000;
    const counts = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const name = sampleName(r, i % 2 === 0 ? 'nam' : 'nu');
      counts.set(name.familyName, (counts.get(name.familyName) ?? 0) + 1);
    }
    const share = (f: string) => ((counts.get(f) ?? 0) * 100) / n;
    expect(FAMILY_NAME_SHARES.reduce((s, [, w]) => s + w, 0)).toBeCloseTo(100, 5);
    expect(share('Nguyễn')).toBeGreaterThan(36);
    expect(share('Nguyễn')).toBeLessThan(40);
    expect(share('Trần')).toBeGreaterThan(9.5);
    expect(share('Trần')).toBeLessThan(12.5);
    expect(share('Lê')).toBeGreaterThan(8);
    expect(share('Lê')).toBeLessThan(11);
    expect(share('Phạm')).toBeGreaterThan(6);
    expect(share('Phạm')).toBeLessThan(8);
    expect(share('Hoàng') + share('Huỳnh')).toBeGreaterThan(4);
    expect(share('Hoàng') + share('Huỳnh')).toBeLessThan(6);
    expect(share('Vũ') + share('Võ')).toBeGreaterThan(3.2);
    expect(share('Vũ') + share('Võ')).toBeLessThan(4.6);
    expect(counts.size).toBeGreaterThan(25);
  });

  it('uses gendered middle names and both genders', () => {
    const r = new SampleRandom(5);
    const women = Array.from({ length: 2000 }, () => sampleName(r, 'nu'));
    const men = Array.from({ length: 2000 }, () => sampleName(r, 'nam'));
    const thi = women.filter((w) => w.middleName.split(' ').includes('Thị')).length / women.length;
    const van = men.filter((m) => m.middleName.split(' ').includes('Văn')).length / men.length;
    expect(thi).toBeGreaterThan(0.45);
    expect(thi).toBeLessThan(0.75);
    expect(van).toBeGreaterThan(0.25);
    expect(van).toBeLessThan(0.4);
    expect(men.some((m) => m.middleName.split(' ').includes('Thị'))).toBe(false);
    const genders = cell60.members.map((m) => m.gender);
    expect(genders.filter((g) => g === 'nam').length).toBeGreaterThan(20);
    expect(genders.filter((g) => g === 'nu').length).toBeGreaterThan(15);
  });

  it('has status histories: newly admitted, transferred in and out, miễn, a bí thư', () => {
    const big = generateCell({ seed: 11, memberCount: 200, years: yearsEndingAt(TODAY, 5), today: TODAY });
    const kinds = new Set(big.members.flatMap((m) => m.statusPeriods.map((p) => p.kind)));
    for (const k of ['chuyen_den', 'chuyen_di', 'mien_sinh_hoat'] as const) expect(kinds.has(k)).toBe(true);
    expect(big.members.filter((m) => m.admissionDate! >= '2022-01-01').length).toBeGreaterThan(5);
    expect(big.members.filter((m) => m.partyPosition === 'bi_thu')).toHaveLength(1);
    expect(big.members.filter((m) => m.partyPosition === 'chi_uy_vien')).toHaveLength(3);
    // Posts that exist once in an agency are held once.
    const posts = big.members.map((m) => m.govPosition);
    expect(posts.filter((p) => p === 'Giám đốc')).toHaveLength(1);
    expect(posts.filter((p) => p === 'Chánh Văn phòng').length).toBeLessThanOrEqual(1);
    expect(big.members.find((m) => m.partyPosition === 'bi_thu')?.govPosition).toBe('Giám đốc');
    expect(big.members.filter((m) => m.isLeader).length).toBeGreaterThan(20);
    const active = big.members.filter((m) => isActiveMember(m, TODAY)).length;
    expect(active).toBeGreaterThan(150);
    expect(active).toBeLessThan(200);
  });

  it('generates a large roster (5,000 members) with unique card numbers', () => {
    const roster = generateRoster({ seed: 5, memberCount: 5000, years: yearsEndingAt(TODAY, 5), today: TODAY });
    expect(roster).toHaveLength(5000);
    expect(new Set(roster.map((m) => m.cardNumber)).size).toBe(5000);
    expect(roster.filter((m) => m.govPosition === 'Chánh Văn phòng').length).toBeLessThanOrEqual(1);
  });

  it('splits a bloc skewed, exactly to its total', () => {
    const sizes = unitSizes(9, 56, 2885);
    expect(sizes).toHaveLength(56);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(2885);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(3);
    const sorted = [...sizes].sort((a, b) => a - b);
    expect(sorted.at(-1)!).toBeGreaterThan(3 * sorted[28]!);
    expect(unitSizes(9, 56, 2885)).toEqual(sizes);
    const specs = blocUnitSpecs(1, 100, 5000);
    expect(new Set(specs.map((s) => s.code)).size).toBe(100);
    expect(new Set(specs.map((s) => s.name)).size).toBe(100);
    expect(() => unitSizes(1, 10, 20)).toThrow(/Không chia được/u);
  });
});

describe('validity of every record', () => {
  it('members are valid records with consistent names and status histories', () => {
    for (const m of cell60.members) {
      expect(MemberRecordSchema.safeParse(m).success).toBe(true);
      expect(validateMemberStatus(m).filter((i) => i.severity === 'error')).toEqual([]);
      expect(m.fullName).toBe(nfc(m.fullName));
      expect(splitFullName(m.fullName)).toEqual({ familyName: m.familyName, middleName: m.middleName, givenName: m.givenName });
    }
    expect(new Set(cell60.members.map((m) => m.cardNumber)).size).toBe(60);
    expect(UnitRecordSchema.safeParse(cell60.unit).success).toBe(true);
  });

  it('pledge forms follow QĐ 101 and the life cycle, one per member and year', () => {
    expect(cell60.pledgeForms.length).toBeGreaterThan(200);
    const keys = new Set<string>();
    for (const f of cell60.pledgeForms) {
      expect(f.framework.code).toBe('QD101-2012');
      expect(validateContent(f, true)).toEqual([]);
      expect(f.items.length).toBeGreaterThanOrEqual(7);
      keys.add(`${f.memberId}|${f.year}`);
      if (f.year < 2026) expect(['confirmed', 'amended']).toContain(f.state);
    }
    expect(keys.size).toBe(cell60.pledgeForms.length);
  });

  it('monthly records: one per member and month, results reference the form items', () => {
    const forms = new Map(cell60.pledgeForms.map((f) => [`${f.memberId}|${f.year}`, f]));
    const keys = new Set<string>();
    const dangling: string[] = [];
    for (const r of cell60.monthly) {
      expect(isValidPeriod(r.period)).toBe(true);
      expect(r.period <= '2026-11').toBe(true);
      keys.add(`${r.memberId}|${r.period}`);
      const form = forms.get(`${r.memberId}|${r.period.slice(0, 4)}`);
      const ids = new Set(form?.items.map((i) => i.id) ?? []);
      for (const x of r.results) if (!ids.has(x.itemId)) dangling.push(`${r.id}:${x.itemId}`);
    }
    expect(dangling).toEqual([]);
    expect(keys.size).toBe(cell60.monthly.length);
    // 59 months (01/2022 … 11/2026) of a 60-member cell.
    expect(cell60.monthly.length).toBeGreaterThan(59 * 45);
  });

  it('meetings: one a month, valid, finalised ones numbered per term without gaps', () => {
    expect(cell60.meetings).toHaveLength(59);
    for (const m of cell60.meetings) {
      expect(meetingInputErrors(m)).toEqual([]);
      expect(m.date).toBe(meetingDateOf(m.period));
      expect(m.attendance.length).toBeGreaterThan(40);
    }
    const byTerm = new Map<string, number[]>();
    for (const d of cell60.documents) byTerm.set(d.termStart, [...(byTerm.get(d.termStart) ?? []), d.number]);
    for (const numbers of byTerm.values()) expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(cell60.documents).toHaveLength(cell60.meetings.filter((m) => m.state === 'finalised').length);
  });

  it('year reviews for completed years with exclusions and realistic levels; commendations', () => {
    const years = new Set(cell60.yearReviews.map((y) => y.year));
    expect([...years].sort()).toEqual([2022, 2023, 2024, 2025]);
    const rated = cell60.yearReviews.filter((y) => !y.excluded);
    const share = (l: string) => rated.filter((y) => y.finalLevel === l).length / rated.length;
    expect(share('tot')).toBeGreaterThan(0.55);
    expect(share('xuat_sac')).toBeGreaterThan(0.05);
    expect(share('xuat_sac')).toBeLessThan(0.25);
    expect(cell60.unitReviews).toHaveLength(4);
    for (const c of cell60.commendations) {
      if (c.recipient.kind === 'member') {
        const memberId = c.recipient.memberId;
        expect(cell60.yearReviews.find((y) => y.memberId === memberId && y.year === c.year)?.finalLevel).toBe('xuat_sac');
      }
    }
  });

  it('a unit report file of a generated unit reads back through the exchange checks', async () => {
    const file = await sampleUnitReportFile(cell60, {
      period: { year: 2025 },
      exportedAt: '2026-01-10T08:00:00.000Z',
      appVersion: '0.1.0',
      schemaVersion: 1,
    });
    const read = await readExchangeFile(file.bytes);
    expect(UnitReportEnvelopeSchema.safeParse(read.envelope).success).toBe(true);
    expect(read.envelope.kind).toBe('unit_report');
    if (read.envelope.kind === 'unit_report') {
      expect(read.envelope.payload.statistics.members).toBeGreaterThan(45);
      expect(read.envelope.payload.monthly?.length).toBeGreaterThan(12 * 40);
    }
  });
});
