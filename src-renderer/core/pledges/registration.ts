/**
 * Who must register in a year, who has, and copying last year's form (pure).
 */
import type { Id, IsoDateTime, Member, PledgeForm, PledgeItem } from '../model';
import { mustRegisterPledges, pledgeExemption, type PledgeExemption, type StatusMember } from '../members/status';
import { PledgeRuleError, frameworkSnapshot, type PledgeFrameworkRuleSet } from './frameworks';

export type RegistrationMember = Pick<Member, 'id'> & StatusMember;

export type RegistrationStatus = 'missing' | 'draft' | 'submitted' | 'confirmed';

export interface MemberRegistration {
  memberId: Id;
  mustRegister: boolean;
  exemption?: PledgeExemption;
  status: RegistrationStatus;
  formId?: Id;
}

export interface RegistrationSummary {
  year: number;
  /** Members of the cell on the registration date (exempt ones included). */
  members: number;
  mustRegister: number;
  exempt: Record<PledgeExemption, number>;
  /** Of those who must register: */
  missing: number; // no form at all
  draft: number; // form still in draft
  submitted: number; // handed in, not yet confirmed
  confirmed: number; // confirmed or amended
  /** Submitted or confirmed, i.e. "đã đăng ký". */
  registered: number;
  /** Must register but have not handed in a form (missing + draft): "còn phải đăng ký". */
  outstanding: number;
  rows: MemberRegistration[];
}

function statusOf(form: PledgeForm | undefined): RegistrationStatus {
  if (!form) return 'missing';
  if (form.state === 'draft') return 'draft';
  if (form.state === 'submitted') return 'submitted';
  return 'confirmed';
}

export type MustRegister = (member: RegistrationMember, year: number) => boolean;

/**
 * Counts for the "còn phải đăng ký" panel. `mustRegister` defaults to core/members'
 * mustRegisterPledges (judged on 31 January); members no longer in the cell are left out.
 */
export function registrationSummary(
  members: readonly RegistrationMember[],
  forms: readonly PledgeForm[],
  year: number,
  mustRegister: MustRegister = (m, y) => mustRegisterPledges(m, y),
): RegistrationSummary {
  const byMember = new Map<Id, PledgeForm>();
  for (const f of forms) if (f.year === year) byMember.set(f.memberId, f);
  const summary: RegistrationSummary = {
    year,
    members: 0,
    mustRegister: 0,
    exempt: { khong_sinh_hoat: 0, mien: 0, dinh_chi: 0 },
    missing: 0,
    draft: 0,
    submitted: 0,
    confirmed: 0,
    registered: 0,
    outstanding: 0,
    rows: [],
  };
  for (const m of members) {
    const must = mustRegister(m, year);
    const exemption = must ? undefined : (pledgeExemption(m, year) ?? 'khong_sinh_hoat');
    const form = byMember.get(m.id);
    const status = statusOf(form);
    // A member not in the cell that year and without a form is not listed at all.
    if (!must && exemption === 'khong_sinh_hoat' && !form) continue;
    const row: MemberRegistration = { memberId: m.id, mustRegister: must, status };
    if (exemption) row.exemption = exemption;
    if (form) row.formId = form.id;
    summary.rows.push(row);
    if (exemption !== 'khong_sinh_hoat') summary.members++;
    if (!must) {
      if (exemption) summary.exempt[exemption]++;
      continue;
    }
    summary.mustRegister++;
    summary[status]++;
  }
  summary.registered = summary.submitted + summary.confirmed;
  summary.outstanding = summary.missing + summary.draft;
  return summary;
}

/** Shift an ISO date by whole years, clamping 29/2. */
export function shiftYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const ny = y + years;
  const last = new Date(Date.UTC(ny, m, 0)).getUTCDate();
  return `${ny}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export interface CopyResult {
  form: PledgeForm;
  /** Items whose category no longer exists in the framework used for the new year. */
  droppedItems: PledgeItem[];
}

/**
 * A new draft for `year` from the member's form of an earlier year: same title, căn cứ,
 * biện pháp, chuyên đề and items (new ids, deadlines moved forward by the difference in years).
 * With `framework` the new form uses that (e.g. the current version); items of categories that
 * no longer exist are dropped and reported.
 */
export function copyForm(
  previous: PledgeForm,
  input: { id: Id; year: number; now: IsoDateTime; newId: () => Id; framework?: PledgeFrameworkRuleSet },
): CopyResult {
  if (input.year <= previous.year) {
    throw new PledgeRuleError(`Chỉ sao chép được sang năm sau năm ${previous.year}.`);
  }
  const framework = input.framework ? frameworkSnapshot(input.framework) : structuredCloneSnapshot(previous.framework);
  const codes = new Set(framework.categories.map((c) => c.code));
  const years = input.year - previous.year;
  const items: PledgeItem[] = [];
  const droppedItems: PledgeItem[] = [];
  for (const item of previous.items) {
    if (!codes.has(item.categoryCode)) {
      droppedItems.push(item);
      continue;
    }
    const copy: PledgeItem = { ...item, id: input.newId() };
    if (item.deadline) copy.deadline = shiftYears(item.deadline, years);
    items.push(copy);
  }
  const form: PledgeForm = {
    id: input.id,
    memberId: previous.memberId,
    year: input.year,
    titleVariant: previous.titleVariant,
    framework,
    basis: previous.basis,
    measures: previous.measures,
    items,
    state: 'draft',
    amendments: [],
    createdAt: input.now,
    updatedAt: input.now,
  };
  if (previous.topicOfYear && !framework.hasTopicOfYear) form.topicOfYear = previous.topicOfYear;
  // The chuyên đề changes every year: leave it empty for Chỉ thị 05 forms.
  return { form, droppedItems };
}

function structuredCloneSnapshot(s: PledgeForm['framework']): PledgeForm['framework'] {
  return { ...s, categories: s.categories.map((c) => ({ ...c })) };
}
