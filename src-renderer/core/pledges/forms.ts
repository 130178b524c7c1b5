/**
 * A member's yearly pledge form: its life cycle and what may change when.
 *
 *   draft ──Nộp──▶ submitted ──Chi bộ xác nhận──▶ confirmed ──Điều chỉnh──▶ amended ──Điều chỉnh──▶ …
 *     ▲──Trả lại──┘
 *
 * - draft: everything may be edited; the form may be deleted.
 * - submitted: read-only for the member; the chi bộ confirms it or returns it to draft.
 * - confirmed / amended: LOCKED. A change is an amendment with its date, reason and who made it;
 *   the previous content is kept in the form's history. Never a silent overwrite.
 * All functions are pure: they return a new form or throw PledgeRuleError (Vietnamese).
 */
import type {
  ConfirmerRole,
  FrameworkCategory,
  Id,
  IsoDate,
  IsoDateTime,
  PledgeAmendment,
  PledgeForm,
  PledgeFormState,
  PledgeItem,
  PledgeTitleVariant,
} from '../model';
import { cleanMultiline, cleanText, formatDate, isValidIsoDate, lengthProblems, localDateOf, parseDate } from '../text';
import { frameworkSnapshot, PledgeRuleError, sortedCategories, type PledgeFrameworkRuleSet } from './frameworks';

export type PledgeAction = 'edit' | 'submit' | 'return' | 'confirm' | 'amend' | 'delete';

export const STATE_LABELS: Record<PledgeFormState, string> = {
  draft: 'Bản nháp',
  submitted: 'Đã nộp, chờ xác nhận',
  confirmed: 'Chi bộ đã xác nhận',
  amended: 'Đã điều chỉnh',
};

const ALLOWED: Record<PledgeFormState, readonly PledgeAction[]> = {
  draft: ['edit', 'submit', 'delete'],
  submitted: ['return', 'confirm'],
  confirmed: ['amend'],
  amended: ['amend'],
};

const REFUSALS: Record<PledgeAction, string> = {
  edit: 'Chỉ sửa trực tiếp được bản nháp. Bản đã nộp phải được trả lại; bản đã xác nhận chỉ thay đổi bằng "Điều chỉnh".',
  submit: 'Chỉ nộp được bản nháp.',
  return: 'Chỉ trả lại được bản đã nộp và chưa được xác nhận.',
  confirm: 'Chi bộ chỉ xác nhận được bản đã nộp. Hãy nộp bản đăng ký trước.',
  amend: 'Chỉ điều chỉnh được bản đã được chi bộ xác nhận. Bản nháp thì sửa trực tiếp.',
  delete: 'Chỉ xóa được bản nháp. Bản đã nộp hoặc đã xác nhận được giữ lại.',
};

export function allowedActions(state: PledgeFormState): readonly PledgeAction[] {
  return ALLOWED[state];
}

export function canDo(form: Pick<PledgeForm, 'state'>, action: PledgeAction): boolean {
  return ALLOWED[form.state].includes(action);
}

export function assertCan(form: Pick<PledgeForm, 'state'>, action: PledgeAction): void {
  if (!canDo(form, action)) throw new PledgeRuleError(`${REFUSALS[action]} (Trạng thái hiện tại: ${STATE_LABELS[form.state]}.)`);
}

/** Locked forms change only through an amendment. */
export function isLocked(form: Pick<PledgeForm, 'state'>): boolean {
  return form.state === 'confirmed' || form.state === 'amended';
}

export interface NewFormInput {
  id: Id;
  memberId: Id;
  year: number;
  framework: PledgeFrameworkRuleSet;
  titleVariant?: PledgeTitleVariant;
  now: IsoDateTime;
}

/** A new draft form from a framework (its categories are copied into the form). */
export function newPledgeForm(input: NewFormInput): PledgeForm {
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) {
    throw new PledgeRuleError(`Năm đăng ký không hợp lệ: ${input.year}. Hãy chọn năm từ 2000 đến 2100.`);
  }
  return {
    id: input.id,
    memberId: input.memberId,
    year: input.year,
    titleVariant: input.titleVariant ?? input.framework.data.defaultTitleVariant ?? 'dang_ky_neu_guong',
    framework: frameworkSnapshot(input.framework),
    basis: input.framework.data.basis ?? '',
    measures: '',
    items: [],
    state: 'draft',
    amendments: [],
    createdAt: input.now,
    updatedAt: input.now,
  };
}

/** The editable content of a form. */
export interface PledgeContent {
  titleVariant: PledgeTitleVariant;
  basis: string;
  measures: string;
  topicOfYear?: string;
  items: PledgeItem[];
}

export type ContentChanges = Partial<PledgeContent> & { framework?: PledgeFrameworkRuleSet };

function cleanItem(item: PledgeItem): PledgeItem {
  const out: PledgeItem = { id: item.id, categoryCode: item.categoryCode, action: cleanMultiline(item.action) };
  const target = item.target === undefined ? '' : cleanMultiline(item.target);
  if (target) out.target = target;
  if (item.deadline) out.deadline = item.deadline;
  const deadlineText = item.deadline || item.deadlineText === undefined ? '' : cleanText(item.deadlineText);
  if (deadlineText) out.deadlineText = deadlineText;
  const evidence = item.evidence === undefined ? '' : cleanMultiline(item.evidence);
  if (evidence) out.evidence = evidence;
  return out;
}

/** A typed "Thời hạn": a date (31/12/2026) or a free text ("Hằng tháng", "Quý IV"). */
export interface DeadlineInput {
  deadline?: IsoDate;
  deadlineText?: string;
  /** Set when the text looks like a date but is not one (32/13/2026). */
  problem?: string;
}

const DATE_LIKE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/u;

export function parseDeadline(text: string): DeadlineInput {
  const t = cleanText(text);
  if (!t) return {};
  const iso = parseDate(t);
  if (iso) return { deadline: iso };
  if (DATE_LIKE.test(t))
    return { problem: 'Ngày không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm (31/12/2026) hoặc ghi bằng chữ (Hằng tháng, Quý IV).' };
  return { deadlineText: t };
}

/** How a deadline is shown and printed: "31/12/2026", "Hằng tháng", or '' when none. */
export function deadlineLabel(item: Pick<PledgeItem, 'deadline' | 'deadlineText'>): string {
  return item.deadline ? formatDate(item.deadline) : (item.deadlineText ?? '');
}

/** Which field of an item a problem is about (the editor focuses it). */
export type ItemField = 'category' | 'action' | 'target' | 'deadline' | 'evidence';

/** One problem of a form's content, tied to an item's field when it is about one. */
export interface ContentIssue {
  text: string;
  itemId?: Id;
  field?: ItemField;
}

/** "Mục 2, việc làm 3" (numbered as the editor shows them: per section, in the framework's order). */
function itemPlaces(form: Pick<PledgeForm, 'framework' | 'items'>): Map<Id, string> {
  const places = new Map<Id, string>();
  const cats = [...form.framework.categories].sort((a, b) => a.order - b.order);
  cats.forEach((c, i) =>
    form.items.filter((it) => it.categoryCode === c.code).forEach((it, j) => places.set(it.id, `Mục ${i + 1}, việc làm ${j + 1}`)),
  );
  form.items.forEach((it, n) => {
    if (!places.has(it.id)) places.set(it.id, `Việc làm thứ ${n + 1}`);
  });
  return places;
}

/** Problems of the content, each tied to its item and field when it has one. */
export function contentIssues(form: PledgeForm, forSubmission = false): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const codes = new Set(form.framework.categories.map((c) => c.code));
  const places = itemPlaces(form);
  for (const item of form.items) {
    const where = places.get(item.id)!;
    const at = (field: ItemField, text: string) => issues.push({ text, itemId: item.id, field });
    if (!codes.has(item.categoryCode))
      at('category', `${where} thuộc mục không có trong khung "${form.framework.name}". Hãy chọn lại mục.`);
    if (!item.action.trim()) at('action', `${where} chưa có nội dung. Hãy nhập việc làm cụ thể hoặc xóa dòng đó.`);
    if (item.deadline && !isValidIsoDate(item.deadline)) {
      at('deadline', `${where}: thời hạn không phải là ngày hợp lệ. Hãy nhập theo dạng ngày/tháng/năm hoặc ghi bằng chữ.`);
    }
    for (const [field, label, value] of [
      ['action', '', item.action],
      ['target', 'chỉ tiêu', item.target],
      ['deadline', 'thời hạn', item.deadlineText],
      ['evidence', 'minh chứng', item.evidence],
    ] as const) {
      for (const text of lengthProblems([[label ? `${where}: ${label}` : where, value, 'line']])) at(field, text);
    }
  }
  const ids = new Set<string>();
  for (const item of form.items) {
    if (ids.has(item.id)) issues.push({ text: 'Có hai việc làm trùng mã. Hãy xóa một dòng và nhập lại.' });
    ids.add(item.id);
  }
  issues.push(
    ...lengthProblems([
      ['Căn cứ', form.basis, 'paragraphs'],
      ['Biện pháp thực hiện', form.measures, 'paragraphs'],
      ['Chuyên đề của năm', form.topicOfYear, 'line'],
    ]).map((text) => ({ text })),
  );
  if (forSubmission) {
    if (form.items.filter((i) => i.action.trim()).length === 0) {
      issues.push({ text: 'Bản đăng ký chưa có việc làm nào. Hãy nhập ít nhất một việc làm cụ thể trước khi nộp.' });
    }
    if (form.framework.hasTopicOfYear && !form.topicOfYear?.trim()) {
      issues.push({ text: 'Khung Chỉ thị 05 cần chuyên đề của năm. Hãy nhập chuyên đề trước khi nộp.' });
    }
  }
  return issues;
}

/** Problems of the content (Vietnamese), given the form's framework categories. */
export function validateContent(form: PledgeForm, forSubmission = false): string[] {
  return contentIssues(form, forSubmission).map((i) => i.text);
}

/** The problems of one section of the editor (or of the form as a whole: `section` absent). */
export interface SectionIssues {
  section?: { index: number; label: string; code: string };
  /** One line per kind of problem; empty items of the section are one line, not one per row. */
  lines: Array<{ text: string; itemId?: Id; field?: ItemField }>;
}

/**
 * The problems grouped per section of the editor, in the framework's order, then the form-wide
 * ones: "Mục 1. Về tư tưởng chính trị — 3 việc làm chưa có nội dung (việc làm 2, 3, 4)".
 */
export function issuesBySection(form: Pick<PledgeForm, 'framework' | 'items'>, issues: readonly ContentIssue[]): SectionIssues[] {
  const cats = [...form.framework.categories].sort((a, b) => a.order - b.order);
  const itemById = new Map(form.items.map((i) => [i.id, i]));
  const out: SectionIssues[] = [];
  cats.forEach((c, index) => {
    const own = form.items.filter((i) => i.categoryCode === c.code);
    const mine = issues.filter((is) => is.itemId !== undefined && itemById.get(is.itemId)?.categoryCode === c.code);
    if (mine.length === 0) return;
    const lines: SectionIssues['lines'] = [];
    const empty = mine.filter((is) => is.field === 'action' && !itemById.get(is.itemId!)!.action.trim());
    if (empty.length > 0) {
      const numbers = empty.map((is) => own.findIndex((i) => i.id === is.itemId) + 1);
      lines.push({
        text:
          empty.length === 1
            ? `Việc làm ${numbers[0]} chưa có nội dung. Hãy nhập việc làm hoặc xóa dòng đó.`
            : `${empty.length} việc làm chưa có nội dung (số ${numbers.join(', ')}). Hãy nhập việc làm hoặc xóa các dòng trống.`,
        itemId: empty[0]!.itemId!,
        field: 'action',
      });
    }
    for (const is of mine) {
      if (empty.includes(is)) continue;
      const n = own.findIndex((i) => i.id === is.itemId) + 1;
      lines.push({
        text: is.text.replace(`Mục ${index + 1}, việc làm ${n}`, `Việc làm ${n}`),
        itemId: is.itemId!,
        ...(is.field ? { field: is.field } : {}),
      });
    }
    out.push({ section: { index: index + 1, label: c.label, code: c.code }, lines });
  });
  const orphan = issues.filter((is) => is.itemId === undefined || !cats.some((c) => c.code === itemById.get(is.itemId!)?.categoryCode));
  if (orphan.length > 0)
    out.push({
      lines: orphan.map((is) => ({ text: is.text, ...(is.itemId ? { itemId: is.itemId } : {}), ...(is.field ? { field: is.field } : {}) })),
    });
  return out;
}

function applyContent(form: PledgeForm, changes: ContentChanges): PledgeForm {
  const next: PledgeForm = { ...form };
  if (changes.framework) next.framework = frameworkSnapshot(changes.framework);
  if (changes.titleVariant) next.titleVariant = changes.titleVariant;
  if (changes.basis !== undefined) next.basis = cleanMultiline(changes.basis);
  if (changes.measures !== undefined) next.measures = cleanMultiline(changes.measures);
  if (changes.topicOfYear !== undefined) {
    const t = cleanText(changes.topicOfYear);
    if (t) next.topicOfYear = t;
    else delete next.topicOfYear;
  }
  if (changes.items) next.items = changes.items.map(cleanItem);
  return next;
}

function throwIf(problems: string[]): void {
  if (problems.length) throw new PledgeRuleError(problems.join(' '));
}

/** Edit a draft. */
export function updateDraft(form: PledgeForm, changes: ContentChanges, now: IsoDateTime): PledgeForm {
  assertCan(form, 'edit');
  const next = applyContent(form, changes);
  throwIf(validateContent(next));
  next.updatedAt = now;
  return next;
}

function checkDate(date: IsoDate, what: string): void {
  if (!isValidIsoDate(date)) throw new PledgeRuleError(`${what} không hợp lệ. Hãy chọn một ngày.`);
}

/** Nộp: the member hands the form in (registration date = `date`). */
export function submitForm(form: PledgeForm, date: IsoDate, now: IsoDateTime): PledgeForm {
  assertCan(form, 'submit');
  checkDate(date, 'Ngày đăng ký');
  throwIf(validateContent(form, true));
  return { ...form, state: 'submitted', registeredAt: date, updatedAt: now };
}

/**
 * A form handed in on a date cites the texts valid then (QĐ 37-QĐ/TW before 26/7/2026, QĐ
 * 207-QĐ/TW from then): when its căn cứ is still the one its framework version gave (`made`)
 * and the same framework's version in force on the registration date (`onDate`) has the same
 * items but another căn cứ, the form takes that version. An edited căn cứ is left as typed.
 */
export function withBasisOfDate(
  form: PledgeForm,
  made: PledgeFrameworkRuleSet | undefined,
  onDate: PledgeFrameworkRuleSet | undefined,
): PledgeForm {
  if (!made || !onDate || onDate.id === form.framework.ruleSetId || onDate.code !== form.framework.code) return form;
  const newBasis = onDate.data.basis ?? '';
  if (cleanMultiline(form.basis) !== cleanMultiline(made.data.basis ?? '') || cleanMultiline(newBasis) === cleanMultiline(form.basis))
    return form;
  const items = (cats: readonly FrameworkCategory[]) => JSON.stringify(sortedCategories(cats).map((c) => [c.code, c.label]));
  if (items(onDate.data.categories) !== items(form.framework.categories)) return form;
  return { ...form, basis: newBasis, framework: frameworkSnapshot(onDate) };
}

/** Trả lại: the chi bộ sends a submitted form back to draft for corrections. */
export function returnToDraft(form: PledgeForm, now: IsoDateTime): PledgeForm {
  assertCan(form, 'return');
  return { ...form, state: 'draft', updatedAt: now };
}

/** Chi bộ xác nhận: locks the form. `role` (bí thư / phó bí thư) is stored when given; absent means the bí thư. */
export function confirmForm(form: PledgeForm, input: { date: IsoDate; by: string; role?: ConfirmerRole }, now: IsoDateTime): PledgeForm {
  assertCan(form, 'confirm');
  checkDate(input.date, 'Ngày xác nhận');
  const by = cleanText(input.by);
  if (!by) throw new PledgeRuleError('Chưa có tên người xác nhận. Hãy nhập họ tên bí thư (hoặc phó bí thư) xác nhận.');
  if (form.registeredAt && input.date < form.registeredAt) {
    throw new PledgeRuleError(
      `Ngày xác nhận (${formatDate(input.date)}) không được trước ngày đăng ký (${formatDate(form.registeredAt)}).`,
    );
  }
  const confirmed: PledgeForm = { ...form, state: 'confirmed', confirmedAt: input.date, confirmedBy: by, updatedAt: now };
  if (input.role) confirmed.confirmedByRole = input.role;
  else delete confirmed.confirmedByRole;
  return confirmed;
}

export interface AmendmentInput {
  date: IsoDate;
  reason: string;
  by: string;
  changes: Omit<ContentChanges, 'framework'>;
}

const sameItems = (a: readonly PledgeItem[], b: readonly PledgeItem[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Điều chỉnh a confirmed form: records the date, reason, who, and the previous content, then
 * applies the changes. Refused without a reason, before the last event, or when nothing changes.
 */
export function amendForm(form: PledgeForm, input: AmendmentInput, now: IsoDateTime): PledgeForm {
  assertCan(form, 'amend');
  checkDate(input.date, 'Ngày điều chỉnh');
  const reason = cleanText(input.reason);
  if (reason.length < 5) throw new PledgeRuleError('Hãy ghi rõ lý do điều chỉnh (ít nhất 5 ký tự).');
  const by = cleanText(input.by);
  if (!by) throw new PledgeRuleError('Hãy nhập họ tên người điều chỉnh.');
  const last = form.amendments.at(-1)?.at ?? form.confirmedAt;
  if (last && input.date < last) {
    throw new PledgeRuleError(
      `Ngày điều chỉnh (${formatDate(input.date)}) không được trước lần xác nhận hoặc điều chỉnh gần nhất (${formatDate(last)}).`,
    );
  }
  const next = applyContent(form, input.changes);
  throwIf(validateContent(next, true));
  const amendment: PledgeAmendment = { at: input.date, reason, by, previousItems: form.items.map((i) => ({ ...i })) };
  if (next.basis !== form.basis) amendment.previousBasis = form.basis;
  if (next.measures !== form.measures) amendment.previousMeasures = form.measures;
  if ((next.topicOfYear ?? '') !== (form.topicOfYear ?? '')) amendment.previousTopicOfYear = form.topicOfYear ?? '';
  const changed =
    !sameItems(next.items, form.items) ||
    amendment.previousBasis !== undefined ||
    amendment.previousMeasures !== undefined ||
    amendment.previousTopicOfYear !== undefined ||
    next.titleVariant !== form.titleVariant;
  if (!changed) throw new PledgeRuleError('Nội dung điều chỉnh giống hệt nội dung đã xác nhận. Không có gì để lưu.');
  return { ...next, state: 'amended', amendments: [...form.amendments, amendment], updatedAt: now };
}

export interface HistoryEntry {
  date?: IsoDate;
  kind: 'created' | 'registered' | 'confirmed' | 'amended';
  text: string;
}

/** What happened to the form, oldest first (for the history panel). */
export function formHistory(form: PledgeForm): HistoryEntry[] {
  const out: HistoryEntry[] = [{ kind: 'created', date: localDateOf(form.createdAt), text: 'Tạo bản đăng ký' }];
  if (form.registeredAt) out.push({ kind: 'registered', date: form.registeredAt, text: 'Đảng viên nộp bản đăng ký' });
  if (form.confirmedAt) {
    out.push({ kind: 'confirmed', date: form.confirmedAt, text: `Chi bộ xác nhận${form.confirmedBy ? ` (${form.confirmedBy})` : ''}` });
  }
  for (const a of form.amendments) {
    out.push({ kind: 'amended', date: a.at, text: `Điều chỉnh: ${a.reason} (${a.by})` });
  }
  return out;
}

/** Items grouped by the framework's categories in order (categories without items included). */
export function itemsByCategory(form: Pick<PledgeForm, 'framework' | 'items'>) {
  const cats = [...form.framework.categories].sort((a, b) => a.order - b.order);
  return cats.map((category) => ({ category, items: form.items.filter((i) => i.categoryCode === category.code) }));
}
