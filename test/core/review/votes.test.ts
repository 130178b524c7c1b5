import { describe, expect, it } from 'vitest';
import { proposedLevelFromVotes } from '../../../src-renderer/core/review';

describe('proposed level from the chi bộ vote', () => {
  it('highest level with more than half of the ballots, counting higher ballots as support', () => {
    expect(proposedLevelFromVotes({ xuat_sac: 6, tot: 4 }).level).toBe('xuat_sac');
    expect(proposedLevelFromVotes({ xuat_sac: 5, tot: 5 }).level).toBe('tot'); // 5/10 is not more than half
    expect(proposedLevelFromVotes({ xuat_sac: 3, tot: 2, hoan_thanh: 5 }).level).toBe('hoan_thanh');
    expect(proposedLevelFromVotes({ xuat_sac: 3, tot: 3, hoan_thanh: 4 }).level).toBe('tot');
  });
  it('with the number of voters as basis', () => {
    expect(proposedLevelFromVotes({ tot: 5 }, 12).level).toBeUndefined();
    expect(proposedLevelFromVotes({ tot: 7 }, 12).level).toBe('tot');
  });
  it('rejects impossible counts with a Vietnamese message', () => {
    const r = proposedLevelFromVotes({ tot: 13 }, 12);
    expect(r.ok).toBe(false);
    expect(r.errors[0]).toContain('nhiều hơn số đảng viên biểu quyết');
    expect(proposedLevelFromVotes({ tot: -1 }).ok).toBe(false);
    expect(proposedLevelFromVotes({ tot: 1.5 }).ok).toBe(false);
    expect(proposedLevelFromVotes({}).level).toBeUndefined();
  });
});
