import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ROLLUP_SCALE,
  draftExampleSetting,
  draftPledgeCommitment,
  monthsPhrase,
  rollUpCell,
  rollUpMember,
  rollupScaleFrom,
} from '../../../src-renderer/core/review';
import { member, month, pledge } from './fixtures';

const scale = DEFAULT_ROLLUP_SCALE;

describe('member roll-up', () => {
  const m = member('a');
  const assessments = [
    month('a', '2026-01', { overallLevel: 'tot', praised: true }),
    month('a', '2026-02', { overallLevel: 'kha' }),
    month('a', '2026-03', { overallLevel: 'tot', cellLevel: 'trung_binh', cellComment: 'Chậm nộp báo cáo', reminded: true }),
    month('a', '2026-04', { notApplicable: { reason: 'vang', note: 'Đi học tập trung' } }),
    month('a', '2026-05', {
      results: [
        { itemId: 'i1', level: 'tot' },
        { itemId: 'i2', level: 'kem' },
      ],
      selfNote: 'Ốm',
    }),
    month('a', '2026-06', { overallLevel: 'tot', praised: true }),
    month('a', '2025-12', { overallLevel: 'kem' }), // other year: ignored
    month('b', '2026-07', { overallLevel: 'kem' }), // other member: ignored
  ];
  const form = pledge('a', 2026, [
    { id: 'i1', categoryCode: 'c1', action: 'Học xong trung cấp lý luận', deadline: '2026-06-30' },
    { id: 'i2', categoryCode: 'c2', action: 'Không hút thuốc lá nơi công sở', deadline: '2026-03-31' },
    { id: 'i3', categoryCode: 'c3', action: 'Viết sáng kiến kinh nghiệm', deadline: '2026-12-31' },
    { id: 'i4', categoryCode: 'c3', action: 'Tham gia hiến máu' },
  ]);
  const r = rollUpMember({ member: m, year: 2026, asOf: '2026-07-15', assessments, pledge: form, scale });

  it('counts months applicable (up to the as-of month), assessed, missing and not applicable', () => {
    expect(r.months).toHaveLength(12);
    expect(r.months.map((x) => x.status)).toEqual([
      'assessed',
      'assessed',
      'assessed',
      'not_applicable',
      'assessed',
      'assessed',
      'missing',
      'outside',
      'outside',
      'outside',
      'outside',
      'outside',
    ]);
    expect(r.monthsApplicable).toBe(6);
    expect(r.monthsAssessed).toBe(5);
    expect(r.monthsMissing).toBe(1);
  });

  it('uses the chi bộ level over the self level and the worst item level when no overall level', () => {
    expect(r.distribution).toEqual({ tot: 2, kha: 1, trung_binh: 1, kem: 1 });
    expect(r.monthsBelowGood.map((x) => [x.month, x.level, x.note])).toEqual([
      [3, 'trung_binh', 'Chậm nộp báo cáo'],
      [5, 'kem', 'Ốm'],
    ]);
  });

  it('counts praise and reminders', () => {
    expect(r.timesPraised).toBe(2);
    expect(r.timesReminded).toBe(1);
  });

  it('judges pledge items by their latest result and deadline', () => {
    expect(r.registered).toBe(true);
    expect(r.items.map((i) => [i.item.id, i.status, i.monthsAssessed, i.monthsGood])).toEqual([
      ['i1', 'met', 1, 1],
      ['i2', 'not_met', 1, 0],
      ['i3', 'pending', 0, 0],
      ['i4', 'no_data', 0, 0],
    ]);
    expect(r.itemsMet).toBe(1);
    expect(r.itemsNotMet).toBe(1);
    expect(r.itemsWithDeadline).toBe(3);
  });

  it('drafts the two self-review texts from the roll-up', () => {
    const ex = draftExampleSetting(r, scale);
    expect(ex).toContain(
      'Năm 2026, bản thân đã tự đánh giá và báo cáo việc thực hiện trách nhiệm nêu gương tại chi bộ 5/6 tháng (chưa đánh giá tháng 7)',
    );
    expect(ex).toContain('2 tháng mức “Tốt”, 1 tháng mức “Khá”, 1 tháng mức “Trung bình”, 1 tháng mức “Kém”');
    expect(ex).toContain('Các tháng chưa đạt mức tốt: tháng 3 (Trung bình: Chậm nộp báo cáo); tháng 5 (Kém: Ốm).');
    expect(ex).toContain('Được chi bộ biểu dương 2 lần (các tháng 1 và 6).');
    expect(ex).toContain('Bị chi bộ nhắc nhở 1 lần (tháng 3).');
    const pl = draftPledgeCommitment(r);
    expect(pl).toContain('đăng ký 4 nội dung cam kết tu dưỡng, rèn luyện, phấn đấu, trong đó 3 nội dung có thời hạn.');
    expect(pl).toContain('Đã thực hiện đạt 1/4 nội dung.');
    expect(pl).toContain('Chưa đạt 1 nội dung: “Không hút thuốc lá nơi công sở” (thời hạn 31/03/2026).');
    expect(pl).toContain('Đang thực hiện, chưa đến thời hạn: “Viết sáng kiến kinh nghiệm” (thời hạn 31/12/2026).');
  });

  it('says plainly when nothing was registered', () => {
    const none = rollUpMember({ member: m, year: 2026, asOf: '2026-12-20', assessments: [], scale });
    expect(none.registered).toBe(false);
    expect(draftPledgeCommitment(none)).toBe('Năm 2026, bản thân chưa đăng ký cam kết tu dưỡng, rèn luyện, phấn đấu theo quy định.');
    expect(none.monthsMissing).toBe(12);
    const draft = pledge('a', 2026, [], 'draft');
    expect(rollUpMember({ member: m, year: 2026, asOf: '2026-12-20', assessments: [], pledge: draft, scale }).registered).toBe(false);
  });
});

describe('membership by month', () => {
  it('months before admission and after transfer out are outside; a whole-month miễn is not applicable', () => {
    const m = member('n', {
      admissionDate: '2026-03-10',
      statusPeriods: [
        { id: 's1', kind: 'mien_sinh_hoat', from: '2026-05-01', to: '2026-06-30', reason: 'Ốm dài ngày' },
        { id: 's2', kind: 'chuyen_di', from: '2026-10-01' },
      ],
    });
    const r = rollUpMember({ member: m, year: 2026, asOf: '2026-12-31', assessments: [], scale });
    expect(r.months.map((x) => x.status)).toEqual([
      'outside',
      'outside',
      'missing',
      'missing',
      'not_applicable',
      'not_applicable',
      'missing',
      'missing',
      'missing',
      'outside',
      'outside',
      'outside',
    ]);
    expect(r.months[4]?.reason).toBe('mien');
    expect(r.monthsApplicable).toBe(5);
  });
});

describe('cell roll-up', () => {
  it('adds up members and months', () => {
    const a = rollUpMember({
      member: member('a'),
      year: 2026,
      asOf: '2026-02-28',
      scale,
      assessments: [
        month('a', '2026-01', { overallLevel: 'tot', praised: true }),
        month('a', '2026-02', { overallLevel: 'kem', reminded: true }),
      ],
      pledge: pledge('a', 2026, []),
    });
    const b = rollUpMember({
      member: member('b'),
      year: 2026,
      asOf: '2026-02-28',
      scale,
      assessments: [month('b', '2026-01', { overallLevel: 'kha', praised: true })],
    });
    const c = rollUpCell(2026, [a, b]);
    expect(c.members).toBe(2);
    expect(c.registered).toBe(1);
    expect(c.monthsApplicable).toBe(4);
    expect(c.monthsAssessed).toBe(3);
    expect(c.distribution).toEqual({ tot: 1, kem: 1, kha: 1 });
    expect(c.timesPraised).toBe(2);
    expect(c.membersPraised).toBe(2);
    expect(c.membersReminded).toBe(1);
    expect(c.monthsBelowGood).toBe(1);
    expect(c.perMonth[0]).toEqual({ period: '2026-01', month: 1, applicable: 2, assessed: 2, good: 2 });
    expect(c.perMonth[1]).toEqual({ period: '2026-02', month: 2, applicable: 2, assessed: 1, good: 0 });
  });
});

describe('helpers', () => {
  it('phrases month lists', () => {
    expect(monthsPhrase([])).toBe('');
    expect(monthsPhrase([4])).toBe('tháng 4');
    expect(monthsPhrase([1, 5, 9])).toBe('các tháng 1, 5 và 9');
  });
  it('adapts a monthly scale rule set', () => {
    const s = rollupScaleFrom('X', {
      levels: [
        { code: 'a', label: 'A', good: true },
        { code: 'b', label: 'B', good: false },
      ],
    });
    expect(s.levels.map((l) => l.good)).toEqual([true, false]);
    const noFlags = rollupScaleFrom('Y', { levels: [{ code: 'a' }, { code: 'b' }, { code: 'c' }] });
    expect(noFlags.levels.map((l) => l.good)).toEqual([true, true, false]);
    expect(rollupScaleFrom('Z', undefined).levels).toHaveLength(4);
  });
});
