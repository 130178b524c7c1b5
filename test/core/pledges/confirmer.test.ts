import { describe, expect, it } from 'vitest';
import {
  batchConfirmer,
  confirmerRoleOf,
  confirmerTitle,
  confirmForm,
  proposedConfirmer,
  submitForm,
  updateDraft,
} from '../../../src-renderer/core/pledges';
import { draftForm, item, NOW } from './fixtures';

const profile = { secretary: 'Lê Thị Hoa', deputySecretary: 'Trần Văn Ặng' };
const members = [
  { fullName: 'Lê Thị Hoa', partyPosition: 'bi_thu' as const },
  { fullName: 'Phạm Văn Mẫn', partyPosition: 'pho_bi_thu' as const },
  { fullName: 'Đỗ An', partyPosition: 'dang_vien' as const },
];

describe('confirmer role', () => {
  it("from the profile office holders, then the members' positions; bí thư by default", () => {
    expect(confirmerRoleOf('Lê Thị Hoa', profile)).toBe('bi_thu');
    expect(confirmerRoleOf('  trần  văn ặng ', profile)).toBe('pho_bi_thu');
    expect(confirmerRoleOf('Phạm Văn Mẫn', undefined, members)).toBe('pho_bi_thu');
    expect(confirmerRoleOf('Phạm Văn Mẫn', { secretary: 'Phạm Văn Mẫn' }, members)).toBe('bi_thu');
    expect(confirmerRoleOf('Đỗ An', profile, members)).toBe('bi_thu');
    expect(confirmerRoleOf('', profile, members)).toBe('bi_thu');
    // Two members of that name, one the bí thư: not enough to say phó bí thư.
    expect(confirmerRoleOf('Phạm Văn Mẫn', undefined, [...members, { fullName: 'Phạm Văn Mẫn', partyPosition: 'bi_thu' }])).toBe('bi_thu');
  });

  it("proposes the phó bí thư for the bí thư's own form", () => {
    expect(proposedConfirmer('bi_thu', profile)).toBe('Trần Văn Ặng');
    expect(proposedConfirmer('dang_vien', profile)).toBe('Lê Thị Hoa');
    expect(proposedConfirmer('bi_thu', { secretary: 'Lê Thị Hoa' })).toBe('Lê Thị Hoa');
    expect(proposedConfirmer('dang_vien', undefined)).toBe('');
  });

  it('confirmForm stores the role when given; the title reads "Bí thư" without one', () => {
    let f = updateDraft(draftForm(), { items: [item('TU_TUONG', 'Học tập')] }, NOW);
    f = submitForm(f, '2026-01-10', NOW);
    const byDeputy = confirmForm(f, { date: '2026-01-15', by: 'Trần Văn Ặng', role: 'pho_bi_thu' }, NOW);
    expect(byDeputy.confirmedByRole).toBe('pho_bi_thu');
    expect(confirmerTitle(byDeputy)).toBe('Phó Bí thư');
    const plain = confirmForm(f, { date: '2026-01-15', by: 'Lê Thị Hoa' }, NOW);
    expect('confirmedByRole' in plain).toBe(false);
    expect(confirmerTitle(plain)).toBe('Bí thư');
  });

  it('"Xác nhận tất cả": one confirmer for the batch, the phó bí thư on the bí thư\'s own form, each with its role', () => {
    const roster = [
      { id: 'a', fullName: 'Lê Thị Hoa', partyPosition: 'bi_thu' as const },
      { id: 'b', fullName: 'Trần Văn Ặng', partyPosition: 'pho_bi_thu' as const },
      { id: 'c', fullName: 'Đỗ An', partyPosition: 'dang_vien' as const },
    ];
    const of = batchConfirmer('Lê Thị Hoa', profile, roster);
    expect(of({ memberId: 'c' })).toEqual({ by: 'Lê Thị Hoa', role: 'bi_thu' });
    expect(of({ memberId: 'a' })).toEqual({ by: 'Trần Văn Ặng', role: 'pho_bi_thu' });
    expect(of({ memberId: 'b' })).toEqual({ by: 'Lê Thị Hoa', role: 'bi_thu' });
    // The phó bí thư confirming: their own form goes to the bí thư.
    const deputy = batchConfirmer('Trần Văn Ặng', profile, roster);
    expect(deputy({ memberId: 'c' })).toEqual({ by: 'Trần Văn Ặng', role: 'pho_bi_thu' });
    expect(deputy({ memberId: 'b' })).toEqual({ by: 'Lê Thị Hoa', role: 'bi_thu' });
    // The profile names no phó bí thư: the one member holding that position; none: the confirmer stays.
    expect(batchConfirmer('Lê Thị Hoa', { secretary: 'Lê Thị Hoa' }, roster)({ memberId: 'a' })).toEqual({
      by: 'Trần Văn Ặng',
      role: 'pho_bi_thu',
    });
    const alone = roster.filter((m) => m.id !== 'b');
    expect(batchConfirmer('Lê Thị Hoa', { secretary: 'Lê Thị Hoa' }, alone)({ memberId: 'a' })).toEqual({
      by: 'Lê Thị Hoa',
      role: 'bi_thu',
    });
  });
});
