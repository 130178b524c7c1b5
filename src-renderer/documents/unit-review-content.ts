/**
 * The chi bộ's collective self-review (HD 43 Mẫu 01, domain.md §6.4) as a form model shared by
 * the PDF and the .docx: a BÁO CÁO with "Số …-BC/CB", A. NỘI DUNG KIỂM ĐIỂM pre-filled from the
 * year's meetings (core/figures computeMeetingFigures) and statistics (computeYearFigures through
 * computeStatistics), the secretary's texts of the review page, B. TỰ ĐÁNH GIÁ, XẾP LOẠI with
 * the score and the level boxes, Nơi nhận and T/M CHI BỘ. Pure.
 */
import type { IsoDate, RatingLevel, UnitProfileVersion } from '../core/model';
import type { MeetingFigures } from '../core/figures';
import {
  RATING_LEVELS,
  draftMeetingsText,
  draftPartyBuildingText,
  levelBoxes,
  type TopicOfYear,
  type YearEndScheme,
  type YearStatistics,
} from '../core/review';
import { formatDecimal, placeDateLine } from '../core/text';
import { textOrBlank, type FormBlock, type FormModel } from './form-model';
import { reportNumberText } from './year-report';

export const UNIT_REVIEW_FORM_CODE = 'Mẫu 01-HD KĐ.ĐG 2025';

export interface UnitReviewDocInput {
  year: number;
  unit: Pick<UnitProfileVersion, 'name' | 'superiorName' | 'placeName' | 'issuerCode' | 'superiorCommittee'>;
  scheme: YearEndScheme;
  stats: YearStatistics;
  meetings: MeetingFigures;
  /** Titles of the year's chuyên đề, by month. */
  topics?: readonly TopicOfYear[];
  /** The unit's review of the year (score, self level, the texts of the review page). */
  unitReview?: { score?: number; selfLevel?: RatingLevel; report?: { results?: string; limits?: string; proposals?: string } };
  reportNumber?: number;
  /** Date of the place-date line; default blank. */
  date?: IsoDate;
  signer?: { title?: string; name?: string };
}

export const unitReviewSummary = (year: number) => `kiểm điểm, tự đánh giá, xếp loại chất lượng tập thể chi bộ năm ${year}`;

export function unitReviewModel(input: UnitReviewDocInput): FormModel {
  const { year, unit, scheme, stats } = input;
  const report = input.unitReview?.report ?? {};
  const body: FormBlock[] = [
    {
      kind: 'paragraph',
      text: `Thực hiện ${scheme.name} và hướng dẫn của cấp trên về kiểm điểm, đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị, ${unit.name} báo cáo kết quả kiểm điểm, tự đánh giá, xếp loại chất lượng năm ${year} như sau:`,
    },
    { kind: 'heading', level: 1, text: 'A. NỘI DUNG KIỂM ĐIỂM' },
    { kind: 'heading', level: 2, text: 'I. Ưu điểm, kết quả đạt được' },
    { kind: 'heading', level: 3, text: '1. Việc thực hiện nguyên tắc tập trung dân chủ, chế độ sinh hoạt đảng, tự phê bình và phê bình' },
    { kind: 'paragraph', text: draftMeetingsText(input.meetings, input.topics ?? []) },
    { kind: 'blank', lines: 2 },
    { kind: 'heading', level: 3, text: '2. Kết quả lãnh đạo thực hiện nhiệm vụ chính trị, các chỉ tiêu, nhiệm vụ được giao' },
    ...textOrBlank(report.results, 3),
    { kind: 'heading', level: 3, text: '3. Công tác xây dựng chi bộ, quản lý đảng viên; việc thực hiện trách nhiệm nêu gương' },
    { kind: 'paragraph', text: draftPartyBuildingText(stats, scheme) },
    { kind: 'heading', level: 2, text: 'II. Hạn chế, khuyết điểm và nguyên nhân' },
    ...textOrBlank(report.limits, 3),
    {
      kind: 'heading',
      level: 2,
      text: 'III. Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước',
    },
    { kind: 'blank', lines: 2 },
    { kind: 'heading', level: 2, text: 'IV. Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)' },
    { kind: 'blank', lines: 2 },
    { kind: 'heading', level: 2, text: 'V. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm' },
    { kind: 'blank', lines: 3 },
  ];

  const scoring = scheme.data.scoring;
  const score = input.unitReview?.score;
  const self: FormBlock[] = [{ kind: 'heading', level: 1, text: 'B. TỰ ĐÁNH GIÁ, XẾP LOẠI' }];
  if (scoring) {
    self.push(
      { kind: 'heading', level: 2, text: 'I. Tự chấm điểm' },
      {
        kind: 'paragraph',
        text: `Tổng điểm: ${score === undefined ? '……' : formatDecimal(score)}/${scoring.commonMax + scoring.tasksMax} điểm.`,
      },
    );
  }
  self.push(
    { kind: 'heading', level: 2, text: `${scoring ? 'II' : 'I'}. Tự xếp loại chất lượng` },
    { kind: 'boxes', options: levelBoxes(scheme.data.unitLabels, RATING_LEVELS, input.unitReview?.selfLevel) },
  );

  const recipients = [unit.superiorCommittee, 'Lưu Chi bộ'].filter((r) => r.trim());
  return {
    formCode: UNIT_REVIEW_FORM_CODE,
    header: {
      superiorName: unit.superiorName,
      unitName: unit.name,
      documentNumber: reportNumberText(input.reportNumber, unit.issuerCode),
      placeDate: input.date
        ? placeDateLine(unit.placeName, input.date)
        : `${unit.placeName.trim() || '..........'}, ngày ..... tháng ..... năm ${year}`,
    },
    title: 'Báo cáo',
    summary: [unitReviewSummary(year)],
    body,
    closings: [
      {
        blocks: self,
        left: { recipients },
        right: { authority: 'T/M Chi bộ', title: input.signer?.title ?? 'Bí thư', name: input.signer?.name ?? '' },
      },
    ],
    meta: { title: `Báo cáo ${unitReviewSummary(year)}`, fileBaseName: `kiem-diem-tap-the-chi-bo-${year}` },
  };
}
