import { useMemo } from 'react';
import { useLive as useLiveQuery } from '../../services/live';
import type { Member, Unit } from '../../core/model';
import { sortRoster } from '../../core/members';
import { listMembers } from '../../services/members';

/** All members of the unit (live), in roster order. `undefined` while loading. */
export function useRoster(unit: Unit, officeHoldersFirst: boolean): Member[] | undefined {
  const members = useLiveQuery(() => listMembers(unit.id), [unit.id]);
  return useMemo(() => (members ? sortRoster(members, officeHoldersFirst) : undefined), [members, officeHoldersFirst]);
}
