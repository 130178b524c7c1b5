/**
 * The cell's pledge template for a year (issue 19, point 1): the items most members share
 * (học tập nghị quyết, chấp hành sinh hoạt …), edited once by the secretary, then used as the
 * first draft of every member who has not registered yet; each member adjusts their own draft.
 * The confirmation of the submitted forms in one step lists them first (`confirmationBatch`).
 * Pure: the caller stores the template and the new drafts in one transaction.
 */
import type { ConfirmerRole, Id, IsoDate, IsoDateTime, PledgeForm, PledgeItem, PledgeTitleVariant } from '../model';
import { cleanMultiline, cleanText, formatDate, isValidIsoDate, lengthProblems, nfc } from '../text';
import { frameworkSnapshot, PledgeRuleError, type PledgeFrameworkRuleSet } from './frameworks';
import { confirmForm } from './forms';

/** One item of the template: a pledge item without an id (each form gets its own ids). */
export type TemplateItem = Omit<PledgeItem, 'id'>;

export interface PledgeTemplate {
  id: Id;
  unitId: Id;
  year: number;
  /** The framework rule set (id) the drafts are made from. */
  frameworkId: Id;
  titleVariant?: PledgeTitleVariant;
  basis: string;
  measures: string;
  topicOfYear?: string;
  items: TemplateItem[];
  updatedAt: IsoDateTime;
}

/** The template as stored: texts NFC and trimmed, a free-text deadline only where there is no date. */
export function cleanTemplate(template: PledgeTemplate): PledgeTemplate {
  const out: PledgeTemplate = {
    ...template,
    basis: cleanMultiline(template.basis),
    measures: cleanMultiline(template.measures),
    items: template.items.map((i) => {
      const item: TemplateItem = { categoryCode: i.categoryCode, action: cleanMultiline(i.action) };
      if (i.target && cleanMultiline(i.target)) item.target = cleanMultiline(i.target);
      if (i.deadline) item.deadline = i.deadline;
      else if (i.deadlineText && cleanText(i.deadlineText)) item.deadlineText = cleanText(i.deadlineText);
      if (i.evidence && cleanMultiline(i.evidence)) item.evidence = cleanMultiline(i.evidence);
      return item;
    }),
  };
  const topic = cleanText(template.topicOfYear ?? '');
  if (topic) out.topicOfYear = topic;
  else delete out.topicOfYear;
  if (!out.titleVariant) delete out.titleVariant;
  return out;
}

/** Problems of a template (Vietnamese), checked against its framework; empty when usable. */
export function validateTemplate(template: PledgeTemplate, framework: PledgeFrameworkRuleSet): string[] {
  const problems: string[] = [];
  if (framework.id !== template.frameworkId)
    problems.push(`Bản mẫu được lập theo một khung khác "${framework.name}". Hãy chọn lại khung cho bản mẫu.`);
  const codes = new Map(framework.data.categories.map((c, i) => [c.code, i + 1]));
  if (template.items.filter((i) => cleanText(i.action)).length === 0)
    problems.push('Bản mẫu chưa có việc làm nào. Hãy nhập ít nhất một việc làm chung của chi bộ.');
  template.items.forEach((item, i) => {
    const n = i + 1;
    const section = codes.get(item.categoryCode);
    const where = section ? `Mục ${section}, việc làm thứ ${n}` : `Việc làm thứ ${n}`;
    if (section === undefined) problems.push(`${where} thuộc mục không có trong khung "${framework.name}". Hãy chọn lại mục.`);
    if (!cleanText(item.action)) problems.push(`${where} chưa có nội dung. Hãy nhập việc làm hoặc xóa dòng đó.`);
    if (item.deadline !== undefined && (!isValidIsoDate(item.deadline) || !item.deadline.startsWith(`${template.year}-`)))
      problems.push(
        `${where}: thời hạn ${isValidIsoDate(item.deadline) ? formatDate(item.deadline) : 'không hợp lệ'} không nằm trong năm ${template.year}.`,
      );
    problems.push(
      ...lengthProblems([
        [where, item.action, 'line'],
        [`${where}: chỉ tiêu`, item.target, 'line'],
        [`${where}: thời hạn`, item.deadlineText, 'line'],
      ]),
    );
  });
  problems.push(
    ...lengthProblems([
      ['Căn cứ', template.basis, 'paragraphs'],
      ['Biện pháp thực hiện', template.measures, 'paragraphs'],
      ['Chuyên đề của năm', template.topicOfYear, 'line'],
    ]),
  );
  if (framework.data.hasTopicOfYear && !cleanText(template.topicOfYear ?? ''))
    problems.push('Khung Chỉ thị 05 cần chuyên đề của năm. Hãy nhập chuyên đề vào bản mẫu.');
  return problems;
}

/** A template from a member's form (e.g. the secretary's own, once written): its content without ids. */
export function templateFromForm(form: PledgeForm, input: { id: Id; unitId: Id; now: IsoDateTime }): PledgeTemplate {
  const t: PledgeTemplate = {
    id: input.id,
    unitId: input.unitId,
    year: form.year,
    frameworkId: form.framework.ruleSetId,
    titleVariant: form.titleVariant,
    basis: form.basis,
    measures: form.measures,
    items: form.items.map(({ id: _id, ...rest }) => ({ ...rest })),
    updatedAt: input.now,
  };
  if (form.topicOfYear) t.topicOfYear = form.topicOfYear;
  return t;
}

/** A member's first draft from the template: the framework snapshot, the texts and the items with new ids. */
export function formFromTemplate(
  template: PledgeTemplate,
  framework: PledgeFrameworkRuleSet,
  input: { id: Id; memberId: Id; now: IsoDateTime; newId: () => Id },
): PledgeForm {
  const problems = validateTemplate(template, framework);
  if (problems.length > 0) throw new PledgeRuleError(problems.join(' '));
  const form: PledgeForm = {
    id: input.id,
    memberId: input.memberId,
    year: template.year,
    titleVariant: template.titleVariant ?? framework.data.defaultTitleVariant ?? 'dang_ky_neu_guong',
    framework: frameworkSnapshot(framework),
    basis: nfc(template.basis).trim() || (framework.data.basis ?? ''),
    measures: nfc(template.measures).trim(),
    items: template.items
      .filter((i) => cleanText(i.action))
      .map((i) => {
        const item: PledgeItem = { id: input.newId(), categoryCode: i.categoryCode, action: nfc(i.action).trim() };
        if (i.target && nfc(i.target).trim()) item.target = nfc(i.target).trim();
        if (i.deadline) item.deadline = i.deadline;
        else if (i.deadlineText && cleanText(i.deadlineText)) item.deadlineText = cleanText(i.deadlineText);
        if (i.evidence && nfc(i.evidence).trim()) item.evidence = nfc(i.evidence).trim();
        return item;
      }),
    state: 'draft',
    amendments: [],
    createdAt: input.now,
    updatedAt: input.now,
  };
  const topic = cleanText(template.topicOfYear ?? '');
  if (topic) form.topicOfYear = topic;
  return form;
}

export interface TemplateApplication {
  /** New drafts, one per member who had no form for the year. */
  created: PledgeForm[];
  /** Members left alone because they already have a form of the year (any state). */
  alreadyHaveForm: Id[];
}

/**
 * "Dùng bản này cho các đảng viên chưa đăng ký": a draft for each member in `memberIds` (those
 * who must register, in list order) without a form of the template's year. Existing forms,
 * drafts included, are never touched.
 */
export function applyTemplate(
  template: PledgeTemplate,
  framework: PledgeFrameworkRuleSet,
  memberIds: readonly Id[],
  existingForms: readonly Pick<PledgeForm, 'memberId' | 'year'>[],
  ctx: { now: IsoDateTime; newId: () => Id },
): TemplateApplication {
  const withForm = new Set(existingForms.filter((f) => f.year === template.year).map((f) => f.memberId));
  const created: PledgeForm[] = [];
  const alreadyHaveForm: Id[] = [];
  for (const memberId of new Set(memberIds)) {
    if (withForm.has(memberId)) {
      alreadyHaveForm.push(memberId);
      continue;
    }
    created.push(formFromTemplate(template, framework, { id: ctx.newId(), memberId, now: ctx.now, newId: ctx.newId }));
  }
  return { created, alreadyHaveForm };
}

export interface ConfirmationBatch {
  /** Submitted forms of the year, ready to confirm together (shown as a list before confirming). */
  ready: PledgeForm[];
  /** Problems that stop the batch (Vietnamese); empty when it can be confirmed. */
  problems: string[];
}

/**
 * The forms "Chi bộ xác nhận" confirms in one step: the submitted forms of the year. The
 * confirmation date may not be before any of their registration dates.
 */
export function confirmationBatch(
  forms: readonly PledgeForm[],
  year: number,
  date: IsoDate,
  nameOf: (memberId: Id) => string,
): ConfirmationBatch {
  const ready = forms.filter((f) => f.year === year && f.state === 'submitted');
  const problems: string[] = [];
  if (!isValidIsoDate(date)) problems.push('Ngày xác nhận không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm.');
  else
    for (const f of ready)
      if (f.registeredAt && f.registeredAt > date)
        problems.push(
          `Bản của đồng chí ${nameOf(f.memberId)} nộp ngày ${formatDate(f.registeredAt)}, sau ngày xác nhận ${formatDate(date)}.`,
        );
  if (ready.length === 0) problems.push(`Chưa có bản đăng ký nào đã nộp trong năm ${year} để xác nhận.`);
  return { ready, problems };
}

/** Who confirms one form of the batch, and in which office (stored with the confirmation). */
export interface BatchConfirmer {
  by: string;
  role: ConfirmerRole;
}

/**
 * Confirm the whole batch (all or nothing): the confirmed forms, or a PledgeRuleError naming every
 * problem. `confirmerOf` gives each form its confirmer and role (the bí thư's own form is confirmed
 * by the phó bí thư: core/pledges/confirmer batchConfirmer).
 */
export function confirmBatch(
  forms: readonly PledgeForm[],
  year: number,
  input: { date: IsoDate; confirmerOf: (form: PledgeForm) => BatchConfirmer },
  now: IsoDateTime,
  nameOf: (memberId: Id) => string,
): PledgeForm[] {
  const batch = confirmationBatch(forms, year, input.date, nameOf);
  if (batch.problems.length > 0) throw new PledgeRuleError(batch.problems.join(' '));
  return batch.ready.map((f) => confirmForm(f, { date: input.date, ...input.confirmerOf(f) }, now));
}
