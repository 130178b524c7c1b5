/**
 * Who confirmed a pledge form for the chi bộ, and how the confirmation is signed (domain.md §5.3:
 * the cấp ủy is a collective, so a phó bí thư signs "T/M CHI BỘ / PHÓ BÍ THƯ", never K/T).
 * The role is derived from the cell's committee roles: the office holders of the unit profile
 * valid on the confirmation date, then the members' party positions. Pure.
 */
import type { ConfirmerRole, PartyPosition, PledgeForm, UnitProfileVersion } from '../model';
import { foldForSearch } from '../text';

export const CONFIRMER_TITLES: Record<ConfirmerRole, string> = {
  bi_thu: 'Bí thư',
  pho_bi_thu: 'Phó Bí thư',
};

/**
 * The role of the person named `by`: "pho_bi_thu" when the profile names them phó bí thư (and
 * not bí thư), or when no profile names them and a member of that name holds the phó bí thư
 * position and none the bí thư's; otherwise "bi_thu".
 */
export function confirmerRoleOf(
  by: string,
  profile: Pick<UnitProfileVersion, 'secretary' | 'deputySecretary'> | undefined,
  members: ReadonlyArray<{ fullName: string; partyPosition: PartyPosition }> = [],
): ConfirmerRole {
  const key = foldForSearch(by);
  if (!key) return 'bi_thu';
  const same = (name: string | undefined) => name !== undefined && foldForSearch(name) === key;
  if (same(profile?.secretary)) return 'bi_thu';
  if (same(profile?.deputySecretary)) return 'pho_bi_thu';
  const positions = new Set(members.filter((m) => same(m.fullName)).map((m) => m.partyPosition));
  return positions.has('pho_bi_thu') && !positions.has('bi_thu') ? 'pho_bi_thu' : 'bi_thu';
}

/** The title printed under "T/M CHI BỘ" for a confirmed form ("Bí thư" when the role was not stored). */
export function confirmerTitle(form: Pick<PledgeForm, 'confirmedByRole'>): string {
  return CONFIRMER_TITLES[form.confirmedByRole ?? 'bi_thu'];
}

/**
 * The name proposed in the confirm dialog: the bí thư, except on the bí thư's own form, where
 * the phó bí thư (when the profile names one) confirms.
 */
export function proposedConfirmer(
  memberPosition: PartyPosition,
  profile: Pick<UnitProfileVersion, 'secretary' | 'deputySecretary'> | undefined,
): string {
  if (memberPosition === 'bi_thu' && profile?.deputySecretary?.trim()) return profile.deputySecretary;
  return profile?.secretary ?? '';
}

/**
 * The confirmer of each form of a "Xác nhận tất cả" batch: the person named `by` in the office
 * the cell's roles give them (confirmerRoleOf), except on their own form, which the other office
 * holder confirms (the bí thư's own form: the phó bí thư) — named by the profile, else the one
 * member holding that position; with neither, the confirmer stays.
 */
export function batchConfirmer(
  by: string,
  profile: Pick<UnitProfileVersion, 'secretary' | 'deputySecretary'> | undefined,
  members: ReadonlyArray<{ id: string; fullName: string; partyPosition: PartyPosition }>,
): (form: Pick<PledgeForm, 'memberId'>) => { by: string; role: ConfirmerRole } {
  const key = foldForSearch(by);
  const byId = new Map(members.map((m) => [m.id, m]));
  return (form) => {
    const member = byId.get(form.memberId);
    let who = by;
    if (member && key && foldForSearch(member.fullName) === key) {
      const mine = confirmerRoleOf(by, profile, members);
      const otherRole: ConfirmerRole = mine === 'bi_thu' ? 'pho_bi_thu' : 'bi_thu';
      const named = otherRole === 'bi_thu' ? profile?.secretary : profile?.deputySecretary;
      // The profile's other office holder, else the one member holding that position.
      const holders = members.filter((m) => m.partyPosition === otherRole && foldForSearch(m.fullName) !== key);
      const other = named?.trim() ? named : holders.length === 1 ? holders[0]!.fullName : undefined;
      if (other) who = other;
    }
    return { by: who, role: confirmerRoleOf(who, profile, members) };
  };
}
