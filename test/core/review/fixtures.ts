import type { Member, MonthlyAssessment, PledgeForm } from '../../../src-renderer/core/model';

let seq = 0;
export function member(id: string, extra: Partial<Member> = {}): Member {
  return {
    id,
    unitId: 'u1',
    fullName: `Đảng viên ${id}`,
    familyName: 'Nguyễn',
    middleName: 'Văn',
    givenName: id,
    nameSplitOverride: false,
    searchKey: id,
    partyPosition: 'dang_vien',
    isLeader: false,
    inPoliticalSystem: true,
    statusPeriods: [],
    admissionDate: '2010-05-19',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

export function month(memberId: string, period: string, extra: Partial<MonthlyAssessment> = {}): MonthlyAssessment {
  seq += 1;
  return {
    id: `a${seq}`,
    memberId,
    unitId: 'u1',
    period,
    scaleCode: 'TOT-KHA-TB-KEM',
    results: [],
    praised: false,
    reminded: false,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

export function pledge(memberId: string, year: number, items: PledgeForm['items'], state: PledgeForm['state'] = 'confirmed'): PledgeForm {
  return {
    id: `p-${memberId}-${year}`,
    memberId,
    year,
    titleVariant: 'dang_ky_neu_guong',
    framework: { ruleSetId: 'r', code: 'QD101', name: 'QĐ 101', version: 1, categories: [] },
    basis: '',
    measures: '',
    items,
    state,
    amendments: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}
