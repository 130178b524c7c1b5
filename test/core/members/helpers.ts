import type { Member, MemberStatusKind, MemberStatusPeriod } from '../../../src-renderer/core/model';
import { prepareName } from '../../../src-renderer/core/members';

let seq = 0;

export function period(kind: MemberStatusKind, from: string, to?: string, reason?: string): MemberStatusPeriod {
  seq += 1;
  const p: MemberStatusPeriod = { id: `p${seq}`, kind, from };
  if (to) p.to = to;
  if (reason) p.reason = reason;
  return p;
}

export function member(overrides: Partial<Member> & { fullName?: string } = {}): Member {
  seq += 1;
  const name = prepareName(overrides.fullName ?? 'Nguyễn Văn An');
  return {
    id: overrides.id ?? `m${seq}`,
    unitId: 'u1',
    ...name,
    partyPosition: 'dang_vien',
    isLeader: false,
    inPoliticalSystem: true,
    statusPeriods: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
    ...(overrides.fullName ? { fullName: name.fullName } : {}),
  };
}
