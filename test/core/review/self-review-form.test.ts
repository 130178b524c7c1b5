import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ROLLUP_SCALE,
  RATING_LEVELS,
  SCHEME_QD366,
  SECTION_KEYS,
  afterColon,
  chooseSelfReviewVariant,
  levelBoxes,
  rollUpMember,
  selfReviewFileBase,
  selfReviewTexts,
} from '../../../src-renderer/core/review';
import { member, month, pledge } from './fixtures';

describe('choice of the self-review form (Mẫu 2A / 2B / 2C)', () => {
  it('reads the member record: leader → 2A, in the political system → 2B, otherwise 2C', () => {
    expect(chooseSelfReviewVariant({ isLeader: true, inPoliticalSystem: true })).toMatchObject({ variant: '2A', source: 'member' });
    expect(chooseSelfReviewVariant({ isLeader: true, inPoliticalSystem: false }).variant).toBe('2A');
    expect(chooseSelfReviewVariant({ isLeader: false, inPoliticalSystem: true })).toMatchObject({ variant: '2B', source: 'member' });
    expect(chooseSelfReviewVariant({ isLeader: false, inPoliticalSystem: false })).toMatchObject({ variant: '2C', source: 'member' });
    // The record says "not a leader": a title in the free text does not overrule it.
    expect(chooseSelfReviewVariant({ isLeader: false, inPoliticalSystem: true, govPosition: 'Phó Giám đốc Sở' }).variant).toBe('2B');
  });

  it('derives what the record lacks from the post and the workplace', () => {
    expect(chooseSelfReviewVariant({ govPosition: 'Phó Trưởng phòng Hành chính' })).toMatchObject({ variant: '2A', source: 'derived' });
    expect(chooseSelfReviewVariant({ govPosition: 'Giám đốc Sở Tư pháp' }).variant).toBe('2A');
    expect(chooseSelfReviewVariant({ govPosition: 'Chuyên viên', workplace: 'Sở Tư pháp tỉnh Ninh Thuận' })).toMatchObject({
      variant: '2B',
      source: 'derived',
    });
    expect(chooseSelfReviewVariant({ isLeader: false, workplace: 'Cán bộ hưu trí' })).toMatchObject({ variant: '2C', source: 'derived' });
    expect(chooseSelfReviewVariant({ isLeader: false, workplace: 'Công ty TNHH Minh Phát' }).variant).toBe('2C');
    expect(chooseSelfReviewVariant({ isLeader: false, workplace: 'Sinh viên Trường Đại học Luật' }).variant).toBe('2C');
    const none = chooseSelfReviewVariant({});
    expect(none).toMatchObject({ variant: '2C', source: 'derived' });
    expect(none.reason).toBe('Mẫu 2C: hồ sơ không ghi đơn vị công tác.');
  });

  it('a choice by hand wins over the record', () => {
    const c = chooseSelfReviewVariant({ isLeader: true, inPoliticalSystem: true }, '2B');
    expect(c).toEqual({ variant: '2B', source: 'override', reason: 'Mẫu 2B (chọn tay): đảng viên làm việc trong hệ thống chính trị.' });
  });

  it('the form stored with the review wins over the record (changed since), a choice by hand over both', () => {
    // Opened as 2B; the member became a leader afterwards: the review keeps Mẫu 2B.
    expect(chooseSelfReviewVariant({ isLeader: true, inPoliticalSystem: true }, undefined, '2B')).toEqual({
      variant: '2B',
      source: 'review',
      reason: 'Mẫu 2B: đảng viên làm việc trong hệ thống chính trị (đã lưu với bản kiểm điểm năm nay).',
    });
    expect(chooseSelfReviewVariant({ isLeader: false, inPoliticalSystem: false }, '2A', '2C').variant).toBe('2A');
    // No stored form (older record): the member record decides.
    expect(chooseSelfReviewVariant({ isLeader: true }, undefined, undefined)).toMatchObject({ variant: '2A', source: 'member' });
  });
});

describe('pre-filled texts of the self-review form', () => {
  const m = member('a');
  const assessments = [
    month('a', '2026-01', { overallLevel: 'tot', praised: true, results: [{ itemId: 'i1', level: 'tot' }] }),
    month('a', '2026-02', {
      overallLevel: 'kha',
      results: [
        { itemId: 'i1', level: 'tot' },
        { itemId: 'i2', level: 'kem' },
      ],
    }),
    month('a', '2026-03', { overallLevel: 'trung_binh', reminded: true, cellComment: 'Chậm nộp báo cáo' }),
    month('a', '2026-04', { overallLevel: 'tot', praised: true, results: [{ itemId: 'i1', level: 'kha' }] }),
  ];
  const form = pledge('a', 2026, [
    { id: 'i1', categoryCode: 'c1', action: 'Học xong trung cấp lý luận chính trị', deadline: '2026-06-30' },
    { id: 'i2', categoryCode: 'c2', action: 'Không hút thuốc lá nơi công sở', deadline: '2026-03-31' },
    { id: 'i3', categoryCode: 'c3', action: 'Viết sáng kiến kinh nghiệm', deadline: '2026-12-31' },
  ]);
  const rollup = rollUpMember({ member: m, year: 2026, asOf: '2026-04-30', assessments, pledge: form, scale: DEFAULT_ROLLUP_SCALE });

  it('drafts the nêu gương sentence from months assessed and praised / reminded counts', () => {
    const t = selfReviewTexts(undefined, rollup, DEFAULT_ROLLUP_SCALE);
    expect(t.stored).toEqual({ exampleSetting: false, pledge: false });
    expect(t.exampleSetting).toBe(
      'Năm 2026, bản thân đã tự đánh giá và báo cáo việc thực hiện trách nhiệm nêu gương tại chi bộ 4/4 tháng; kết quả: 2 tháng mức “Tốt”, 1 tháng mức “Khá”, 1 tháng mức “Trung bình”. ' +
        'Các tháng chưa đạt mức tốt: tháng 3 (Trung bình: Chậm nộp báo cáo). Được chi bộ biểu dương 2 lần (các tháng 1 và 4). Bị chi bộ nhắc nhở 1 lần (tháng 3).',
    );
  });

  it('drafts A.I.3 from the pledge book with every item’s outcome', () => {
    const t = selfReviewTexts({}, rollup, DEFAULT_ROLLUP_SCALE);
    expect(t.pledge).toBe(
      'Năm 2026, bản thân đăng ký 3 nội dung cam kết tu dưỡng, rèn luyện, phấn đấu, trong đó 3 nội dung có thời hạn. Đã thực hiện đạt 1/3 nội dung. ' +
        'Đã đạt: “Học xong trung cấp lý luận chính trị” (3/3 tháng được đánh giá đạt mức tốt). ' +
        'Chưa đạt 1 nội dung: “Không hút thuốc lá nơi công sở” (thời hạn 31/03/2026). ' +
        'Đang thực hiện, chưa đến thời hạn: “Viết sáng kiến kinh nghiệm” (thời hạn 31/12/2026).',
    );
  });

  it('prints what the member wrote instead of the draft', () => {
    const t = selfReviewTexts(
      { [SECTION_KEYS.pledge]: '  Đã hoàn thành các nội dung cam kết.  ', [SECTION_KEYS.exampleSetting]: ' ' },
      rollup,
      DEFAULT_ROLLUP_SCALE,
    );
    expect(t.pledge).toBe('Đã hoàn thành các nội dung cam kết.');
    expect(t.stored).toEqual({ exampleSetting: false, pledge: true });
    expect(t.exampleSetting.startsWith('Năm 2026, bản thân')).toBe(true);
  });

  it('lower-cases the first word after a colon, not an acronym', () => {
    expect(afterColon('Năm 2026, bản thân …')).toBe('năm 2026, bản thân …');
    expect(afterColon('QĐ 366 …')).toBe('QĐ 366 …');
  });

  it('ticks the chosen level among the four boxes', () => {
    const boxes = levelBoxes(SCHEME_QD366.data.memberLabels, RATING_LEVELS, 'tot');
    expect(boxes.map((b) => [b.label, b.checked])).toEqual([
      ['Hoàn thành xuất sắc nhiệm vụ', false],
      ['Hoàn thành tốt nhiệm vụ', true],
      ['Hoàn thành nhiệm vụ', false],
      ['Không hoàn thành nhiệm vụ', false],
    ]);
  });

  it('names the file without diacritics', () => {
    expect(selfReviewFileBase(2026, '2B', 'Đặng Thị Ngọc Ặng')).toBe('tu-kiem-diem-2026-mau-2b-dang-thi-ngoc-ang');
  });
});
