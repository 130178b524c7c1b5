/**
 * Export of the review forms (issue 16): each member's self-review HD 43 Mẫu 2A/2B/2C and the
 * chi bộ's Mẫu 01, as PDF or editable .docx, saved through the DesktopApi like the other review
 * exports (exports.ts). Builds the document inputs from what the review page already holds.
 */
import type { Meeting, Unit, UnitProfileVersion } from '../../core/model';
import type { DocumentStyleData } from '../../core/documents/style';
import { documentStyleOn } from '../../core/rules';
import { computeMeetingFigures } from '../../core/figures';
import { toReportMeeting } from '../../core/exchange';
import type { SelfReviewVariant, TopicOfYear } from '../../core/review';
import { profileOn } from '../../core/units';
import type { ReviewData } from '../../services/review';
import type { FormModel } from '../../documents/form-model';
import { selfReviewModel, type SelfReviewDocInput } from '../../documents/self-review-content';
import { unitReviewModel, type UnitReviewDocInput } from '../../documents/unit-review-content';
import { getDesktopApi } from '../../platform';
import { clock } from '../../platform/clock';
import type { MemberView, ReviewView } from './view-model';

export type FormFormat = 'pdf' | 'docx';

export interface ReviewFormsContext {
  unit: Unit;
  data: ReviewData;
  view: ReviewView;
  documentStyleCode: string;
}

function profile(ctx: ReviewFormsContext): UnitProfileVersion {
  const date = ctx.view.reviewDate ?? clock.today();
  const p = profileOn(ctx.unit, date) ?? ctx.unit.history[ctx.unit.history.length - 1];
  if (!p) throw new Error('Chưa có thông tin đơn vị. Hãy hoàn tất phần “Đơn vị” trước khi xuất văn bản.');
  return p;
}

function style(ctx: ReviewFormsContext): DocumentStyleData {
  return documentStyleOn(ctx.view.reviewDate ?? clock.today(), ctx.data.ruleSets, ctx).data;
}

/** The members who write a self-review: in the round and not excluded (miễn, đình chỉ, mới kết nạp). */
export function reviewedMembers(view: ReviewView): MemberView[] {
  return view.inRound.filter((v) => v.review && !v.review.excluded);
}

export function selfReviewInput(ctx: ReviewFormsContext, mv: MemberView, variant?: SelfReviewVariant): SelfReviewDocInput {
  const p = profile(ctx);
  const hasCommittee = (p.committeeMembers?.length ?? 0) > 0 || Boolean(p.deputySecretary);
  return {
    year: ctx.view.year,
    member: mv.member,
    unit: p,
    scheme: ctx.view.scheme,
    review: mv.review,
    rollup: mv.rollup,
    scale: ctx.view.scale,
    ...(variant ? { variant } : {}),
    committee: { authority: hasCommittee ? 'T/M Chi ủy' : 'T/M Chi bộ', title: 'Bí thư', name: p.secretary ?? '' },
  };
}

export function unitReviewInput(ctx: ReviewFormsContext, meetings: readonly Meeting[]): UnitReviewDocInput {
  const p = profile(ctx);
  const year = ctx.view.year;
  const ofYear = meetings.filter((m) => m.date.startsWith(`${year}-`));
  const topics: TopicOfYear[] = ofYear
    .filter((m) => (m.type === 'chuyen_de' || m.type === 'ket_hop') && m.topic?.title.trim())
    .map((m) => ({ month: Number(m.period.slice(5, 7)), title: m.topic!.title }));
  const ur = ctx.data.unitReview;
  return {
    year,
    unit: p,
    scheme: ctx.view.scheme,
    stats: ctx.view.stats,
    // The same figures as the unit report file (core/exchange computeUnitStatistics).
    meetings: computeMeetingFigures(
      ofYear.map((m) => toReportMeeting(m, ctx.data.ruleSets)),
      year,
    ),
    topics,
    ...(ur ? { unitReview: { score: ur.score, selfLevel: ur.selfLevel, report: ur.report } } : {}),
    signer: { title: 'Bí thư', name: p.secretary ?? '' },
  };
}

async function render(models: readonly FormModel[], title: string, format: FormFormat, s: DocumentStyleData): Promise<Uint8Array> {
  if (format === 'pdf') {
    const { renderFormsPdf } = await import('../../documents/form-pdf');
    return renderFormsPdf(models, title, s);
  }
  const { buildFormsDocx } = await import('../../documents/form-docx');
  return buildFormsDocx(models, title, s);
}

async function save(bytes: Uint8Array, base: string, format: FormFormat): Promise<boolean> {
  const saved = await getDesktopApi().saveFile({
    suggestedName: `${base}.${format}`,
    bytes: new Uint8Array(bytes),
    filters: format === 'pdf' ? [{ name: 'PDF', extensions: ['pdf'] }] : [{ name: 'Word', extensions: ['docx'] }],
  });
  return saved !== undefined;
}

const formatName = (f: FormFormat) => (f === 'pdf' ? 'PDF' : 'Word');

/** One member's self-review. */
export async function exportSelfReview(
  ctx: ReviewFormsContext,
  mv: MemberView,
  format: FormFormat,
  variant?: SelfReviewVariant,
): Promise<string | undefined> {
  const model = selfReviewModel(selfReviewInput(ctx, mv, variant));
  const bytes = await render([model], model.meta.title, format, style(ctx));
  return (await save(bytes, model.meta.fileBaseName, format))
    ? `Đã lưu bản tự kiểm điểm của đồng chí ${mv.member.fullName} (${formatName(format)}).`
    : undefined;
}

/** Every reviewed member's self-review in one file (a page break between members). */
export async function exportCellSelfReviews(ctx: ReviewFormsContext, format: FormFormat): Promise<string | undefined> {
  const members = reviewedMembers(ctx.view);
  if (members.length === 0) throw new Error('Chưa có đảng viên nào trong đợt kiểm điểm. Hãy tạo đợt kiểm điểm trước.');
  const models = members.map((mv) => selfReviewModel(selfReviewInput(ctx, mv)));
  const bytes = await render(models, `Bản kiểm điểm cá nhân năm ${ctx.view.year} — cả chi bộ`, format, style(ctx));
  return (await save(bytes, `tu-kiem-diem-${ctx.view.year}-ca-chi-bo`, format))
    ? `Đã lưu bản tự kiểm điểm của ${members.length} đảng viên (${formatName(format)}).`
    : undefined;
}

/** The chi bộ's Mẫu 01. */
export async function exportUnitReviewForm(
  ctx: ReviewFormsContext,
  meetings: readonly Meeting[],
  format: FormFormat,
): Promise<string | undefined> {
  const model = unitReviewModel(unitReviewInput(ctx, meetings));
  const bytes = await render([model], model.meta.title, format, style(ctx));
  return (await save(bytes, model.meta.fileBaseName, format))
    ? `Đã lưu báo cáo kiểm điểm tập thể chi bộ (Mẫu 01, ${formatName(format)}).`
    : undefined;
}
