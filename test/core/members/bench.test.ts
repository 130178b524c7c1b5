import { describe, expect, it } from 'vitest';
import { filterMembers, validateMemberStatus } from '../../../src-renderer/core/members';
import { benchMembers, syntheticRoster } from '../../fixtures/synthetic-roster';

describe('bench inputs', () => {
  it('synthetic roster is deterministic, valid and searchable', () => {
    const a = syntheticRoster(300, 7);
    const b = syntheticRoster(300, 7);
    expect(a).toEqual(b);
    expect(a.every((m) => validateMemberStatus(m).filter((i) => i.severity === 'error').length === 0)).toBe(true);
    expect(filterMembers(a, 'nguyen').length).toBeGreaterThan(0);
  });

  it('benchMembers returns one row per case with result sizes', () => {
    let tick = 0;
    const rows = benchMembers(500, () => tick++);
    expect(rows).toHaveLength(8);
    expect(rows[0]!.result).toBe(500);
    expect(rows.every((r) => r.ms === 1)).toBe(true);
    expect(rows.find((r) => r.case.includes('đang sinh hoạt'))!.result).toBeLessThan(500);
  });
});

describe('synthetic roster dates', () => {
  it('no admission in the future, always at 18 or older', () => {
    for (const m of syntheticRoster(2000, 3)) {
      expect(m.admissionDate! <= '2026-06-01').toBe(true);
      expect(m.admissionDate! > m.birthDate!).toBe(true);
    }
  });
});
