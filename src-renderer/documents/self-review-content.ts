/**
 * The member's year-end self-review (HD 43 Mẫu 2A / 2B / 2C, domain.md §6.2) as a form model
 * (form-model.ts) shared by the PDF and the .docx: personal block; A. NỘI DUNG KIỂM ĐIỂM with the
 * "trách nhiệm nêu gương" sentence and A.I.3 pre-filled from the pledge book and the monthly
 * results; B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI with the 30 + 70 scores when entered and the level
 * boxes; NGƯỜI TỰ KIỂM ĐIỂM; the chi ủy's comment block. Pure.
 */
import type { IsoDate, Member, UnitProfileVersion, YearReview } from '../core/model';
import { PARTY_POSITION_LABELS } from '../core/members/labels';
import {
  DEFAULT_ROLLUP_SCALE,
  PLEDGE_ITEM,
  QUALITIES_ITEM,
  RATING_LEVELS,
  SELF_REVIEW_FORMS,
  SELF_REVIEW_KEYS,
  SELF_REVIEW_LATER_PARTS,
  afterColon,
  blankPlaceDate,
  chooseSelfReviewVariant,
  levelBoxes,
  memberLevelLabel,
  selfReviewFileBase,
  selfReviewTexts,
  type MemberRollup,
  type RollupScale,
  type SelfReviewVariant,
  type VariantMember,
  type YearEndScheme,
} from '../core/review';
import { formatDate, formatDecimal, placeDateLine } from '../core/text';
import { textOrBlank, type FormBlock, type FormField, type FormModel } from './form-model';

export type SelfReviewMemberInfo = Pick<Member, 'fullName'> &
  Partial<Pick<Member, 'birthDate' | 'workplace' | 'residence' | 'partyPosition' | 'govPosition' | 'massOrgPosition'>> &
  VariantMember;

export interface SelfReviewDocInput {
  year: number;
  member: SelfReviewMemberInfo;
  /** The unit's profile valid on the review date. */
  unit: Pick<UnitProfileVersion, 'name' | 'superiorName' | 'placeName'>;
  scheme: YearEndScheme;
  review?: Pick<YearReview, 'sections' | 'scoreCommon' | 'scoreTasks' | 'selfLevel' | 'proposedLevel'> &
    Partial<Pick<YearReview, 'formVariant'>>;
  /** The member's roll-up of the year (core/review rollUpMember): the evidence of the drafts. */
  rollup?: MemberRollup;
  scale?: RollupScale;
  /** A form chosen by hand; default the one stored with the review, else from the member record (chooseSelfReviewVariant). */
  variant?: SelfReviewVariant;
  /** Date of the place-date line; default blank, dated by the member. */
  date?: IsoDate;
  /** Signer of the comment block: default "T/M CHI ỦY / BÍ THƯ". */
  committee?: { authority?: string; title?: string; name?: string };
}

function fieldsOf(input: SelfReviewDocInput, variant: SelfReviewVariant): FormField[] {
  const m = input.member;
  const party = m.partyPosition ? PARTY_POSITION_LABELS[m.partyPosition] : undefined;
  const fields: FormField[] = [
    { label: 'Họ và tên', value: m.fullName, bold: true },
    { label: 'Ngày sinh', value: m.birthDate ? formatDate(m.birthDate) : undefined },
  ];
  if (variant === '2C') {
    fields.push({ label: 'Nơi cư trú', value: m.residence }, { label: 'Nghề nghiệp, nơi làm việc (nếu có)', value: m.workplace });
  } else {
    fields.push({ label: 'Chức vụ Đảng', value: party }, { label: 'Chức vụ chính quyền', value: m.govPosition });
    if (variant === '2A' || m.massOrgPosition) fields.push({ label: 'Chức vụ đoàn thể', value: m.massOrgPosition });
    fields.push({ label: 'Đơn vị công tác', value: m.workplace });
  }
  fields.push({ label: 'Sinh hoạt tại chi bộ', value: input.unit.name });
  return fields;
}

const score = (v: number | undefined) => (v === undefined ? '……' : formatDecimal(v));

export function selfReviewModel(input: SelfReviewDocInput): FormModel {
  const { year, member, scheme, review } = input;
  const choice = chooseSelfReviewVariant(member, input.variant, review?.formVariant);
  const variant = choice.variant;
  const wording = SELF_REVIEW_FORMS[variant];
  const sections = review?.sections ?? {};
  const texts = selfReviewTexts(sections, input.rollup, input.scale ?? DEFAULT_ROLLUP_SCALE);
  const place = input.unit.placeName;

  const body: FormBlock[] = [{ kind: 'fields', fields: fieldsOf(input, variant) }];
  body.push({ kind: 'heading', level: 1, text: 'A. NỘI DUNG KIỂM ĐIỂM' });
  body.push({ kind: 'heading', level: 2, text: 'I. Ưu điểm, kết quả đạt được' });
  body.push({ kind: 'heading', level: 3, text: `1. ${QUALITIES_ITEM}` });
  body.push(...textOrBlank(sections[SELF_REVIEW_KEYS.qualities], 2));
  if (texts.exampleSetting) body.push({ kind: 'paragraph', text: `- Về trách nhiệm nêu gương: ${afterColon(texts.exampleSetting)}` });
  body.push({ kind: 'heading', level: 3, text: `2. ${wording.tasksItem}` });
  body.push(...textOrBlank(sections[SELF_REVIEW_KEYS.tasks], 3));
  body.push({ kind: 'heading', level: 3, text: `3. ${PLEDGE_ITEM}` });
  body.push(...textOrBlank(texts.pledge, 3));
  for (const part of SELF_REVIEW_LATER_PARTS) {
    body.push({ kind: 'heading', level: 2, text: part.heading });
    body.push(...textOrBlank(sections[part.key], 2));
  }

  const scoring = scheme.data.scoring;
  const self: FormBlock[] = [{ kind: 'heading', level: 1, text: 'B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI' }];
  if (scoring) {
    const total = review?.scoreCommon !== undefined && review.scoreTasks !== undefined ? review.scoreCommon + review.scoreTasks : undefined;
    self.push(
      { kind: 'heading', level: 2, text: 'I. Tự chấm điểm' },
      { kind: 'paragraph', text: `1. ${scoring.commonLabel}: ${score(review?.scoreCommon)}/${scoring.commonMax} điểm.` },
      { kind: 'paragraph', text: `2. ${scoring.tasksLabel}: ${score(review?.scoreTasks)}/${scoring.tasksMax} điểm.` },
      {
        kind: 'paragraph',
        text: `Tổng điểm: ${score(total === undefined ? undefined : Math.round(total * 100) / 100)}/${scoring.commonMax + scoring.tasksMax} điểm.`,
      },
    );
  }
  self.push(
    { kind: 'heading', level: 2, text: `${scoring ? 'II' : 'I'}. Đề xuất xếp loại` },
    { kind: 'boxes', options: levelBoxes(scheme.data.memberLabels, RATING_LEVELS, review?.selfLevel) },
  );

  const committee = input.committee ?? {};
  const comment: FormBlock[] = [
    {
      kind: 'heading',
      level: 1,
      text: `NHẬN XÉT, ĐÁNH GIÁ CỦA ${(committee.authority ?? 'T/M Chi ủy').replace(/^T\/M\s+/iu, '').toLocaleUpperCase('vi')}`,
    },
    { kind: 'blank', lines: 3 },
    {
      kind: 'paragraph',
      text: `Chi bộ đề xuất xếp loại: ${review?.proposedLevel ? memberLevelLabel(scheme, review.proposedLevel) : '……………………………………'}.`,
    },
  ];

  return {
    formCode: wording.code,
    header: {
      superiorName: input.unit.superiorName,
      unitName: input.unit.name,
      placeDate: input.date ? placeDateLine(place, input.date) : blankPlaceDate(place, year),
    },
    title: wording.title,
    summary: [`Năm ${year}`],
    audience: wording.audience,
    body,
    closings: [
      { blocks: self, right: { title: 'Người tự kiểm điểm', note: '(Ký, ghi rõ họ tên)', name: member.fullName } },
      {
        blocks: comment,
        right: { authority: committee.authority ?? 'T/M Chi ủy', title: committee.title ?? 'Bí thư', name: committee.name ?? '' },
      },
    ],
    meta: {
      title: `Bản kiểm điểm cá nhân năm ${year} (${wording.code}) — ${member.fullName}`,
      fileBaseName: selfReviewFileBase(year, variant, member.fullName),
    },
  };
}
