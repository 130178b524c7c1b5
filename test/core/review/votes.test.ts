import { describe, expect, it } from 'vitest';
import { proposedLevelFromVotes, reviewVoterCount } from '../../../src-renderer/core/review';
import { member, period } from '../members/helpers';

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
    expect(r.errors[0]).toContain('nhiều hơn số đảng viên chính thức của chi bộ (12)');
    expect(proposedLevelFromVotes({ tot: -1 }).ok).toBe(false);
    expect(proposedLevelFromVotes({ tot: 1.5 }).ok).toBe(false);
    expect(proposedLevelFromVotes({}).level).toBeUndefined();
  });
});

describe("the chi bộ vote is measured over the cell's chính thức members (issue 15 point 2)", () => {
  it('10 tốt + 7 hoàn thành of 20 chính thức proposes "hoàn thành", not "tốt"', () => {
    const votes = { tot: 10, hoan_thanh: 7 };
    expect(proposedLevelFromVotes(votes, 20).level).toBe('hoan_thanh');
    expect(proposedLevelFromVotes(votes, 20).basis).toBe(20);
    // what the old code did: over the 17 ballots cast
    expect(proposedLevelFromVotes(votes).level).toBe('tot');
    expect(proposedLevelFromVotes({ tot: 11 }, 20).level).toBe('tot');
    expect(proposedLevelFromVotes({ tot: 10 }, 20).level).toBeUndefined();
  });

  it('counts the chính thức members on the review date: not dự bị, đình chỉ, miễn, tạm thời elsewhere, or gone', () => {
    const date = '2026-12-15';
    const official = Array.from({ length: 20 }, (_, i) =>
      member({ fullName: `Nguyễn Văn A${i}`, admissionDate: '2010-01-01', fullMembershipDate: '2011-01-01' }),
    );
    const others = [
      member({ fullName: 'Trần Dự Bị', admissionDate: '2026-05-19' }),
      member({ fullName: 'Lê Dự Bị', admissionDate: '2026-03-01' }),
      member({
        fullName: 'Phạm Đình Chỉ',
        admissionDate: '2000-01-01',
        fullMembershipDate: '2001-01-01',
        statusPeriods: [period('dinh_chi', '2026-11-01', '2027-02-01')],
      }),
      member({
        fullName: 'Hồ Miễn',
        admissionDate: '1980-01-01',
        fullMembershipDate: '1981-01-01',
        statusPeriods: [period('mien_sinh_hoat', '2024-01-01')],
      }),
      member({
        fullName: 'Vũ Tạm Thời',
        admissionDate: '2000-01-01',
        fullMembershipDate: '2001-01-01',
        statusPeriods: [period('sinh_hoat_tam_thoi', '2026-09-01')],
      }),
      member({
        fullName: 'Đỗ Chuyển Đi',
        admissionDate: '2000-01-01',
        fullMembershipDate: '2001-01-01',
        statusPeriods: [period('chuyen_di', '2026-10-01')],
      }),
    ];
    expect(reviewVoterCount([...official, ...others], date)).toBe(20);
  });
});
