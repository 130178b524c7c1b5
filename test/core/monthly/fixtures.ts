import type { Member, MonthlyAssessment, PledgeForm } from '../../../src-renderer/core/model';

let seq = 0;
export function member(id: string, fullName: string, extra: Partial<Member> = {}): Member {
  const parts = fullName.split(' ');
  return {
    id,
    unitId: 'u1',
    fullName,
    familyName: parts[0]!,
    middleName: parts.slice(1, -1).join(' '),
    givenName: parts[parts.length - 1]!,
    nameSplitOverride: false,
    searchKey: fullName.toLowerCase(),
    partyPosition: 'dang_vien',
    isLeader: false,
    inPoliticalSystem: true,
    statusPeriods: [],
    admissionDate: '2010-01-01',
    fullMembershipDate: '2011-01-01',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

export function record(memberId: string, period: string, extra: Partial<MonthlyAssessment> = {}): MonthlyAssessment {
  seq += 1;
  return {
    id: `r${seq}`,
    memberId,
    unitId: 'u1',
    period,
    scaleCode: 'TOT-KHA-TB-KEM',
    results: [],
    praised: false,
    reminded: false,
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...extra,
  };
}

export function form(memberId: string, items: Array<[string, string]>): PledgeForm {
  return {
    id: `f-${memberId}`,
    memberId,
    year: 2026,
    titleVariant: 'dang_ky_neu_guong',
    framework: {
      ruleSetId: 'rs',
      code: 'QD101',
      name: 'QĐ 101',
      version: 1,
      categories: [
        { code: 'c1', label: 'Tư tưởng chính trị', order: 1 },
        { code: 'c2', label: 'Đạo đức, lối sống', order: 2 },
        { code: 'c3', label: 'Tác phong, lề lối làm việc', order: 3 },
      ],
    },
    basis: '',
    measures: '',
    items: items.map(([id, cat]) => ({ id, categoryCode: cat, action: `Việc ${id}` })),
    state: 'confirmed',
    amendments: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}
