import { describe, expect, it } from 'vitest';
import type { UnitProfileVersion } from '../../../src-renderer/core/model';
import { cleanProfileVersion, profileOn, termLabel, validateProfileVersion, withProfileVersion } from '../../../src-renderer/core/units';

const v = (validFrom: string, name: string): UnitProfileVersion => ({
  validFrom,
  name,
  superiorName: 'Đảng bộ các cơ quan Đảng tỉnh',
  superiorCommittee: 'Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh',
  placeName: 'Ninh Thuận',
  issuerCode: 'CB',
});

describe('profileOn', () => {
  const unit = { history: [v('2025-07-01', 'Chi bộ Sở Tư pháp tỉnh Khánh Hòa'), v('2020-01-01', 'Chi bộ Sở Tư pháp')] };

  it('returns the version valid on the date (day before / of / after the change)', () => {
    expect(profileOn(unit, '2025-06-30')!.name).toBe('Chi bộ Sở Tư pháp');
    expect(profileOn(unit, '2025-07-01')!.name).toBe('Chi bộ Sở Tư pháp tỉnh Khánh Hòa');
    expect(profileOn(unit, '2025-07-02')!.name).toBe('Chi bộ Sở Tư pháp tỉnh Khánh Hòa');
  });

  it('before the first version: the first; no history: undefined', () => {
    expect(profileOn(unit, '2010-01-01')!.name).toBe('Chi bộ Sở Tư pháp');
    expect(profileOn({ history: [] }, '2026-01-01')).toBeUndefined();
  });

  it('withProfileVersion adds a dated version, replacing only the same day', () => {
    const h = withProfileVersion(unit.history, v('2026-01-01', 'Mới'));
    expect(h.map((x) => x.validFrom)).toEqual(['2020-01-01', '2025-07-01', '2026-01-01']);
    const same = withProfileVersion(h, v('2026-01-01', 'Sửa'));
    expect(same.map((x) => x.name)).toEqual(['Chi bộ Sở Tư pháp', 'Chi bộ Sở Tư pháp tỉnh Khánh Hòa', 'Sửa']);
  });

  it('clean, validate, term label', () => {
    const c = cleanProfileVersion({ ...v('2026-01-01', ' Chi  bộ A '.normalize('NFD')), committeeMembers: [' Lê An ', ''], secretary: '' });
    expect(c.name).toBe('Chi bộ A');
    expect(c.committeeMembers).toEqual(['Lê An']);
    expect(c.secretary).toBeUndefined();
    expect(validateProfileVersion({ ...v('2026-02-30', ''), termStart: '2025-01-01', termEnd: '2024-01-01' })).toHaveLength(3);
    expect(termLabel({ termStart: '2025-10-01', termEnd: '2030-09-30' })).toBe('nhiệm kỳ 2025 - 2030');
  });
});
