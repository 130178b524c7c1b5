import type { Member, PledgeForm, PledgeItem } from '../../../src-renderer/core/model';
import { PLEDGE_FRAMEWORK_PRESETS, type PledgeFrameworkRuleSet } from '../../../src-renderer/core/pledges';
import { newPledgeForm } from '../../../src-renderer/core/pledges/forms';

export const NOW = '2026-01-10T08:00:00.000Z';

export function preset(code: string): PledgeFrameworkRuleSet {
  const p = PLEDGE_FRAMEWORK_PRESETS.find((r) => r.code === code);
  if (!p) throw new Error(code);
  return p;
}

let seq = 0;
export const nextId = () => `id-${++seq}`;

export function item(categoryCode: string, action: string, extra: Partial<PledgeItem> = {}): PledgeItem {
  return { id: nextId(), categoryCode, action, ...extra };
}

export function draftForm(code = 'QD101-2012', year = 2026, memberId = 'm1'): PledgeForm {
  return newPledgeForm({ id: nextId(), memberId, year, framework: preset(code), now: NOW });
}

export function member(id: string, extra: Partial<Member> = {}): Member {
  return {
    id,
    unitId: 'u1',
    fullName: `Đảng viên ${id}`,
    familyName: 'Đảng',
    middleName: 'viên',
    givenName: id,
    nameSplitOverride: false,
    searchKey: id,
    partyPosition: 'dang_vien',
    isLeader: false,
    inPoliticalSystem: true,
    statusPeriods: [],
    admissionDate: '2010-05-19',
    fullMembershipDate: '2011-05-19',
    createdAt: NOW,
    updatedAt: NOW,
    ...extra,
  };
}
