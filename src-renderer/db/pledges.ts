/**
 * Pledge book repository: framework rule sets (seeded presets + versions), pledge forms and their
 * life cycle. Every change reads the current record and writes inside one rw transaction; the
 * rules themselves live in core/pledges (pure).
 */
import type { ConfirmerRole, Id, IsoDate, Member, PledgeForm } from '../core/model';
import { isValidIsoDate } from '../core/text';
import { profileOn } from '../core/units/profile';
import {
  amendForm,
  applyTemplate,
  assertCan,
  batchConfirmer,
  cleanTemplate,
  confirmBatch,
  confirmerRoleOf,
  confirmForm,
  copyForm,
  createCustomFramework,
  newFrameworkVersion,
  newPledgeForm,
  PLEDGE_FRAMEWORK_PRESETS,
  PledgeRuleError,
  registrationSummary,
  sortFrameworks,
  returnToDraft,
  submitForm,
  withBasisOfDate,
  updateDraft,
  validateTemplate,
  type AmendmentInput,
  type ContentChanges,
  type FrameworkDraft,
  type MustRegister,
  type PledgeFrameworkRuleSet,
  type PledgeTemplate,
  type RegistrationSummary,
  type TemplateApplication,
} from '../core/pledges';
import { sortRoster } from '../core/members';
import { mustRegisterPledges } from '../core/members/status';
import { frameworksOnOffer, frameworkVersionOn, newestRulesPerCode } from '../core/rules';
import { announceFinalised } from './finalise-events';
import type { SoNeuGuongDb } from './database';
import { clock } from '../platform/clock';

export { PledgeRuleError };

const nowIso = () => clock.nowIso();
const uuid = () => crypto.randomUUID();

/** Every framework record (all versions), with the presets even if not seeded yet. */
export async function allFrameworkRecords(db: SoNeuGuongDb): Promise<PledgeFrameworkRuleSet[]> {
  const stored = (await db.ruleSets.where('kind').equals('pledge_framework').toArray()) as PledgeFrameworkRuleSet[];
  const ids = new Set(stored.map((r) => r.id));
  return [...stored, ...PLEDGE_FRAMEWORK_PRESETS.filter((p) => !ids.has(p.id))];
}

/** The newest version of every framework (for the framework list). */
export async function listFrameworks(db: SoNeuGuongDb): Promise<PledgeFrameworkRuleSet[]> {
  return sortFrameworks(newestRulesPerCode('pledge_framework', await allFrameworkRecords(db)));
}

/** Frameworks selectable for a registration year, each in the version in force today (within the year). */
export async function frameworksOfYear(db: SoNeuGuongDb, year: number): Promise<PledgeFrameworkRuleSet[]> {
  return sortFrameworks(frameworksOnOffer(await allFrameworkRecords(db), year, clock.today()));
}

/** Edit a framework: stores a NEW version (the old one stays as it was). */
export async function saveFrameworkVersion(db: SoNeuGuongDb, currentId: Id, draft: FrameworkDraft): Promise<PledgeFrameworkRuleSet> {
  return db.transaction('rw', db.ruleSets, async () => {
    const all = await allFrameworkRecords(db);
    const current = all.find((r) => r.id === currentId);
    if (!current) throw new PledgeRuleError('Không tìm thấy khung nội dung cần sửa.');
    const next = newFrameworkVersion(all, current, draft, uuid(), nowIso());
    await db.ruleSets.add(next);
    return next;
  });
}

export async function addCustomFramework(db: SoNeuGuongDb, draft: FrameworkDraft): Promise<PledgeFrameworkRuleSet> {
  return db.transaction('rw', db.ruleSets, async () => {
    const rs = createCustomFramework(await allFrameworkRecords(db), draft, uuid(), nowIso());
    await db.ruleSets.add(rs);
    return rs;
  });
}

async function frameworkById(db: SoNeuGuongDb, id: Id): Promise<PledgeFrameworkRuleSet> {
  const stored = await db.ruleSets.get(id);
  const rs = (stored?.kind === 'pledge_framework' ? stored : PLEDGE_FRAMEWORK_PRESETS.find((p) => p.id === id)) as
    PledgeFrameworkRuleSet | undefined;
  if (!rs) throw new PledgeRuleError('Không tìm thấy khung nội dung đã chọn. Hãy chọn khung khác.');
  return rs;
}

// ---------------------------------------------------------------- forms

export async function getMemberForm(db: SoNeuGuongDb, memberId: Id, year: number): Promise<PledgeForm | undefined> {
  return db.pledgeForms.where('[memberId+year]').equals([memberId, year]).first();
}

/** Forms of a year for the members of a unit. */
export async function listForms(db: SoNeuGuongDb, unitId: Id, year: number): Promise<PledgeForm[]> {
  const memberIds = new Set(await db.members.where('unitId').equals(unitId).primaryKeys());
  return (await db.pledgeForms.where('year').equals(year).toArray()).filter((f) => memberIds.has(f.memberId));
}

/** Start a member's form for a year (refused when one exists: a member has one form a year). */
export async function createForm(
  db: SoNeuGuongDb,
  input: { memberId: Id; year: number; frameworkId: Id; titleVariant?: PledgeForm['titleVariant'] },
): Promise<PledgeForm> {
  return db.transaction('rw', [db.pledgeForms, db.ruleSets, db.members], async () => {
    if (!(await db.members.get(input.memberId))) throw new PledgeRuleError('Không tìm thấy đảng viên.');
    if (await getMemberForm(db, input.memberId, input.year)) {
      throw new PledgeRuleError(`Đảng viên này đã có bản đăng ký năm ${input.year}. Hãy mở bản đó để sửa.`);
    }
    const framework = await frameworkById(db, input.frameworkId);
    const form = newPledgeForm({ ...input, id: uuid(), framework, now: nowIso() });
    await db.pledgeForms.add(form);
    return form;
  });
}

async function change(db: SoNeuGuongDb, id: Id, apply: (form: PledgeForm) => PledgeForm | Promise<PledgeForm>): Promise<PledgeForm> {
  return db.transaction('rw', [db.pledgeForms, db.ruleSets], async () => {
    const form = await db.pledgeForms.get(id);
    if (!form) throw new PledgeRuleError('Không tìm thấy bản đăng ký (có thể đã bị xóa).');
    const next = await apply(form);
    await db.pledgeForms.put(next);
    return next;
  });
}

/** Edit a draft; `frameworkId` switches the framework (items of removed categories must go first). */
export async function saveDraft(
  db: SoNeuGuongDb,
  id: Id,
  changes: Omit<ContentChanges, 'framework'> & { frameworkId?: Id },
): Promise<PledgeForm> {
  return change(db, id, async (form) => {
    const { frameworkId, ...rest } = changes;
    const framework = frameworkId && frameworkId !== form.framework.ruleSetId ? await frameworkById(db, frameworkId) : undefined;
    return updateDraft(form, { ...rest, ...(framework ? { framework } : {}) }, nowIso());
  });
}

/** Nộp on `date`: the form then cites the texts valid on that date (withBasisOfDate). */
export function submit(db: SoNeuGuongDb, id: Id, date: IsoDate): Promise<PledgeForm> {
  return change(db, id, async (f) => {
    const submitted = submitForm(f, date, nowIso());
    const all = await allFrameworkRecords(db);
    return withBasisOfDate(
      submitted,
      all.find((r) => r.id === f.framework.ruleSetId),
      frameworkVersionOn(all, f.framework.code, date),
    );
  });
}

export function sendBack(db: SoNeuGuongDb, id: Id): Promise<PledgeForm> {
  return change(db, id, (f) => returnToDraft(f, nowIso()));
}

/** The confirmer's role from the cell's committee roles (unit profile on the date, members' positions). */
async function derivedConfirmerRole(db: SoNeuGuongDb, id: Id, input: { date: IsoDate; by: string }): Promise<ConfirmerRole> {
  const form = await db.pledgeForms.get(id);
  const member = form && (await db.members.get(form.memberId));
  if (!member) return 'bi_thu';
  const unit = await db.units.get(member.unitId);
  const profile = unit && isValidIsoDate(input.date) ? profileOn(unit, input.date) : undefined;
  return confirmerRoleOf(input.by, profile, await db.members.where('unitId').equals(member.unitId).toArray());
}

/** Chi bộ xác nhận; the confirmer's role (bí thư / phó bí thư) is stored with it, derived when not given. */
export async function confirm(db: SoNeuGuongDb, id: Id, input: { date: IsoDate; by: string; role?: ConfirmerRole }): Promise<PledgeForm> {
  const role = input.role ?? (await derivedConfirmerRole(db, id, input));
  const confirmed = await change(db, id, (f) => confirmForm(f, { ...input, role }, nowIso()));
  announceFinalised('pledge');
  return confirmed;
}

export function amend(db: SoNeuGuongDb, id: Id, input: AmendmentInput): Promise<PledgeForm> {
  return change(db, id, (f) => amendForm(f, input, nowIso()));
}

/** Delete a draft (submitted and confirmed forms are kept). */
export async function deleteDraft(db: SoNeuGuongDb, id: Id): Promise<void> {
  await db.transaction('rw', db.pledgeForms, async () => {
    const form = await db.pledgeForms.get(id);
    if (!form) return;
    assertCan(form, 'delete');
    await db.pledgeForms.delete(id);
  });
}

// ---------------------------------------------------------------- copy from last year

export interface CopyOutcome {
  created: PledgeForm[];
  /** Members who already have a form for the year (left untouched). */
  alreadyHave: Id[];
  /** Members without any earlier form to copy. */
  nothingToCopy: Id[];
  /** Items left out because their category is not in the framework used now. */
  droppedItems: number;
}

async function latestEarlierForm(db: SoNeuGuongDb, memberId: Id, year: number): Promise<PledgeForm | undefined> {
  const forms = await db.pledgeForms
    .where('[memberId+year]')
    .between([memberId, 0], [memberId, year - 1], true, true)
    .toArray();
  return forms.sort((a, b) => b.year - a.year)[0];
}

/** The version of the same framework code on offer for the year today (else the old snapshot stays). */
function currentVersionFor(all: readonly PledgeFrameworkRuleSet[], code: string, year: number): PledgeFrameworkRuleSet | undefined {
  return frameworksOnOffer(all, year, clock.today()).find((r) => r.code === code);
}

async function copyInto(db: SoNeuGuongDb, memberIds: readonly Id[], year: number): Promise<CopyOutcome> {
  const outcome: CopyOutcome = { created: [], alreadyHave: [], nothingToCopy: [], droppedItems: 0 };
  const all = await allFrameworkRecords(db);
  const now = nowIso();
  for (const memberId of memberIds) {
    if (await getMemberForm(db, memberId, year)) {
      outcome.alreadyHave.push(memberId);
      continue;
    }
    const previous = await latestEarlierForm(db, memberId, year);
    if (!previous) {
      outcome.nothingToCopy.push(memberId);
      continue;
    }
    const framework = currentVersionFor(all, previous.framework.code, year);
    const { form, droppedItems } = copyForm(previous, { id: uuid(), year, now, newId: uuid, ...(framework ? { framework } : {}) });
    outcome.created.push(form);
    outcome.droppedItems += droppedItems.length;
  }
  if (outcome.created.length) await db.pledgeForms.bulkAdd(outcome.created);
  return outcome;
}

/** Copy the member's most recent earlier form into a new draft for `year`. */
export async function copyLastYearForMember(db: SoNeuGuongDb, memberId: Id, year: number): Promise<CopyOutcome> {
  return db.transaction('rw', [db.pledgeForms, db.ruleSets], () => copyInto(db, [memberId], year));
}

/**
 * Copy for every member of the unit who must register in `year` and has no form yet, in ONE
 * transaction (all or nothing).
 */
export async function copyLastYearForCell(
  db: SoNeuGuongDb,
  unitId: Id,
  year: number,
  mustRegister: MustRegister = (m, y) => mustRegisterPledges(m, y),
): Promise<CopyOutcome> {
  return db.transaction('rw', [db.pledgeForms, db.ruleSets, db.members], async () => {
    const members = await db.members.where('unitId').equals(unitId).toArray();
    const ids = members.filter((m) => mustRegister(m, year)).map((m) => m.id);
    return copyInto(db, ids, year);
  });
}

// ---------------------------------------------------------------- the cell's template

/** The cell's pledge template of a year, if the secretary wrote one. */
export async function getTemplate(db: SoNeuGuongDb, unitId: Id, year: number): Promise<PledgeTemplate | undefined> {
  return db.pledgeTemplates.where('[unitId+year]').equals([unitId, year]).first();
}

/** What the template screen stores: the template without its keys. */
export type TemplateInput = Pick<PledgeTemplate, 'frameworkId' | 'titleVariant' | 'basis' | 'measures' | 'topicOfYear' | 'items'>;

/**
 * Store the cell's template of the year (one per unit and year; a second save replaces the
 * content, same id). Refused, nothing stored, when it is not usable (validateTemplate).
 */
export async function saveTemplate(db: SoNeuGuongDb, unitId: Id, year: number, input: TemplateInput): Promise<PledgeTemplate> {
  return db.transaction('rw', [db.pledgeTemplates, db.ruleSets], async () => {
    const framework = await frameworkById(db, input.frameworkId);
    const existing = await getTemplate(db, unitId, year);
    const template = cleanTemplate({ ...input, id: existing?.id ?? uuid(), unitId, year, updatedAt: nowIso() });
    const problems = validateTemplate(template, framework);
    if (problems.length > 0) throw new PledgeRuleError(problems.join(' '));
    await db.pledgeTemplates.put(template);
    return template;
  });
}

/**
 * "Dùng bản này cho các đảng viên chưa đăng ký": a draft from the template for every member of
 * the unit who must register in `year` and has no form of that year, in ONE transaction. With
 * `memberIds` (the list the secretary was shown) only those of them; a form that exists by now,
 * draft or not, is never touched.
 */
export async function applyTemplateToCell(
  db: SoNeuGuongDb,
  unitId: Id,
  year: number,
  memberIds?: readonly Id[],
  mustRegister: MustRegister = (m, y) => mustRegisterPledges(m, y),
): Promise<TemplateApplication> {
  return db.transaction('rw', [db.pledgeTemplates, db.pledgeForms, db.ruleSets, db.members], async () => {
    const template = await getTemplate(db, unitId, year);
    if (!template) throw new PledgeRuleError(`Chi bộ chưa có bản mẫu năm ${year}. Hãy soạn và lưu bản mẫu trước.`);
    const framework = await frameworkById(db, template.frameworkId);
    const members = sortRoster(await db.members.where('unitId').equals(unitId).toArray(), false);
    const shown = memberIds ? new Set(memberIds) : undefined;
    const ids = members.filter((m) => mustRegister(m, year) && (!shown || shown.has(m.id))).map((m) => m.id);
    const existing = await db.pledgeForms.where('year').equals(year).toArray();
    const outcome = applyTemplate(template, framework, ids, existing, { now: nowIso(), newId: uuid });
    if (outcome.created.length) await db.pledgeForms.bulkAdd(outcome.created);
    return outcome;
  });
}

/**
 * "Xác nhận tất cả": confirm every submitted form of the unit's year in ONE transaction (all or
 * nothing), each with its confirmer and role (batchConfirmer: `by`, except on their own form).
 */
export async function confirmAllSubmitted(
  db: SoNeuGuongDb,
  unitId: Id,
  year: number,
  input: { date: IsoDate; by: string },
): Promise<PledgeForm[]> {
  const confirmed = await db.transaction('rw', [db.pledgeForms, db.members, db.units], async () => {
    const members = await db.members.where('unitId').equals(unitId).toArray();
    const unit = await db.units.get(unitId);
    const profile = unit && isValidIsoDate(input.date) ? profileOn(unit, input.date) : undefined;
    const names = new Map(members.map((m) => [m.id, m.fullName]));
    const forms = await listForms(db, unitId, year);
    const done = confirmBatch(
      forms,
      year,
      { date: input.date, confirmerOf: batchConfirmer(input.by, profile, members) },
      nowIso(),
      (id) => names.get(id) ?? id,
    );
    await db.pledgeForms.bulkPut(done);
    return done;
  });
  announceFinalised('pledge');
  return confirmed;
}

// ---------------------------------------------------------------- counts

export async function registrationStatus(
  db: SoNeuGuongDb,
  unitId: Id,
  year: number,
  mustRegister?: MustRegister,
): Promise<RegistrationSummary & { membersById: Map<Id, Member> }> {
  const members = await db.members.where('unitId').equals(unitId).toArray();
  const forms = await listForms(db, unitId, year);
  const summary = registrationSummary(members, forms, year, mustRegister);
  return { ...summary, membersById: new Map(members.map((m) => [m.id, m])) };
}
