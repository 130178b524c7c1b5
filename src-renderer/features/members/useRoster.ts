import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Member, Unit } from '../../core/model';
import { sortRoster } from '../../core/members';
import { getDb } from '../../db/instance';
import { listMembers } from '../../db/members';

/** All members of the unit (live), in roster order. `undefined` while loading. */
export function useRoster(unit: Unit, officeHoldersFirst: boolean): Member[] | undefined {
  const members = useLiveQuery(() => listMembers(getDb(), unit.id), [unit.id]);
  return useMemo(() => (members ? sortRoster(members, officeHoldersFirst) : undefined), [members, officeHoldersFirst]);
}
