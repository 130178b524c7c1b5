import { describe, expect, it } from 'vitest';
import type { RatingLevel } from '../../../src-renderer/core/model';
import { commendationCandidates, excellentStreak, type CommendationRecord } from '../../../src-renderer/core/review';

const r = (entries: Array<[number, RatingLevel | undefined]>) => entries.map(([year, level]) => ({ year, level }));

describe('5 năm liền hoàn thành xuất sắc nhiệm vụ', () => {
  it('counts consecutive xuất sắc years up to the year', () => {
    const five = r([
      [2022, 'xuat_sac'],
      [2023, 'xuat_sac'],
      [2024, 'xuat_sac'],
      [2025, 'xuat_sac'],
      [2026, 'xuat_sac'],
    ]);
    expect(excellentStreak(five, 2026)).toBe(5);
    expect(excellentStreak(five, 2025)).toBe(4);
    expect(
      excellentStreak(
        r([
          [2025, 'xuat_sac'],
          [2026, 'tot'],
        ]),
        2026,
      ),
    ).toBe(0);
  });

  it('a tốt year or a missing year breaks the streak', () => {
    expect(
      excellentStreak(
        r([
          [2021, 'xuat_sac'],
          [2022, 'tot'],
          [2023, 'xuat_sac'],
          [2024, 'xuat_sac'],
          [2025, 'xuat_sac'],
          [2026, 'xuat_sac'],
        ]),
        2026,
      ),
    ).toBe(4);
    expect(
      excellentStreak(
        r([
          [2020, 'xuat_sac'],
          [2021, 'xuat_sac'],
          [2023, 'xuat_sac'],
          [2024, 'xuat_sac'],
          [2025, 'xuat_sac'],
          [2026, 'xuat_sac'],
        ]),
        2026,
      ),
    ).toBe(4);
  });

  it('candidates: every xuất sắc of the year, plus 5-year streaks not yet commended', () => {
    const ratings = new Map([
      [
        'a',
        r([
          [2022, 'xuat_sac'],
          [2023, 'xuat_sac'],
          [2024, 'xuat_sac'],
          [2025, 'xuat_sac'],
          [2026, 'xuat_sac'],
        ]),
      ],
      [
        'b',
        r([
          [2025, 'xuat_sac'],
          [2026, 'xuat_sac'],
        ]),
      ],
      ['c', r([[2026, 'tot']])],
      [
        'd',
        r([
          [2021, 'xuat_sac'],
          [2022, 'xuat_sac'],
          [2023, 'xuat_sac'],
          [2024, 'xuat_sac'],
          [2025, 'xuat_sac'],
          [2026, 'xuat_sac'],
        ]),
      ],
    ]);
    const given: CommendationRecord[] = [
      {
        id: 'g',
        recipient: { kind: 'member', memberId: 'd' },
        year: 2025,
        form: 'giay_khen',
        reason: 'Hoàn thành xuất sắc nhiệm vụ 5 năm liền (2021–2025)',
        issuer: 'BTV',
        createdAt: '',
      },
      {
        id: 'h',
        recipient: { kind: 'member', memberId: 'b' },
        year: 2026,
        form: 'giay_khen',
        reason: 'HTXSNV năm 2026',
        reasonCode: 'htxs_nam',
        issuer: 'ĐU',
        createdAt: '',
      },
    ];
    const c = commendationCandidates(2026, ratings, given);
    expect(c.map((x) => [x.memberId, x.kind, x.streak, x.alreadyRecorded])).toEqual([
      ['a', 'year', 5, false],
      ['a', 'streak5', 5, false],
      ['b', 'year', 2, true],
      ['d', 'year', 6, false],
      ['d', 'streak5', 6, true],
    ]);
    expect(c[1]?.reason).toBe('Hoàn thành xuất sắc nhiệm vụ 5 năm liền (2022–2026)');
  });
});
