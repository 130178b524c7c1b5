/**
 * Member repository: add / update with NFC, name split and search key; duplicate detection
 * (same số thẻ, or same full name + birth date); delete only without records; roster import in
 * one transaction; "members active on date D".
 */
import Dexie from 'dexie';
import type { Gender, Id, IsoDate, Member, MemberStatusKind, MemberStatusPeriod, PartyPosition } from '../core/model';
import {
  changedFields,
  duplicateMessage,
  findDuplicatesIn,
  isActiveMember,
  prepareName,
  sortRoster,
  statusErrors,
  type DuplicateMatch,
  type ParsedRosterRow,
} from '../core/members';
import { cleanMultiline, cleanText, formatDate, isValidIsoDate, lengthProblems, type NameParts } from '../core/text';
import type { SoNeuGuongDb } from './database';
import { clock } from '../platform/clock';

export class MemberError extends Error {
  constructor(
    readonly problems: string[],
    readonly kind: 'invalid' | 'duplicate' | 'has_records' | 'not_found' = 'invalid',
    readonly duplicates: DuplicateMatch<Member>[] = [],
  ) {
    super(problems.join('\n'));
    this.name = 'MemberError';
  }
}

/** What the add/edit form gives the repository. Text is cleaned (NFC, trimmed) here. */
export interface MemberInput {
  fullName: string;
  /** Set to override the automatic họ / tên đệm / tên split. */
  nameSplit?: NameParts;
  gender?: Gender;
  birthDate?: IsoDate;
  admissionDate?: IsoDate;
  fullMembershipDate?: IsoDate;
  cardNumber?: string;
  partyPosition?: PartyPosition;
  govPosition?: string;
  massOrgPosition?: string;
  workplace?: string;
  residence?: string;
  isLeader?: boolean;
  inPoliticalSystem?: boolean;
  statusPeriods?: Array<Omit<MemberStatusPeriod, 'id'> & { id?: string }>;
  note?: string;
}

export interface SaveOptions {
  /** Save even though another member has the same full name and birth date (two different people). */
  allowNameBirthDuplicate?: boolean;
}

const uuid = () => crypto.randomUUID();
const nowIso = () => clock.nowIso();

function optText(value: string | undefined): string | undefined {
  const t = cleanText(value ?? '');
  return t === '' ? undefined : t;
}

function optDate(value: string | undefined): string | undefined {
  return value ? value.trim() : undefined;
}

/** Build the stored fields of a member from the form input (pure apart from ids). */
export function memberFields(input: MemberInput): Omit<Member, 'id' | 'unitId' | 'createdAt' | 'updatedAt'> {
  const name = prepareName(input.fullName, input.nameSplit);
  const fields: Omit<Member, 'id' | 'unitId' | 'createdAt' | 'updatedAt'> = {
    fullName: name.fullName,
    familyName: name.familyName,
    middleName: name.middleName,
    givenName: name.givenName,
    nameSplitOverride: name.nameSplitOverride,
    searchKey: name.searchKey,
    partyPosition: input.partyPosition ?? 'dang_vien',
    isLeader: input.isLeader ?? false,
    inPoliticalSystem: input.inPoliticalSystem ?? true,
    statusPeriods: (input.statusPeriods ?? []).map((p) => {
      const period: MemberStatusPeriod = { id: p.id ?? uuid(), kind: p.kind, from: p.from.trim() };
      if (p.to) period.to = p.to.trim();
      const reason = optText(p.reason);
      if (reason) period.reason = reason;
      return period;
    }),
  };
  if (input.gender) fields.gender = input.gender;
  for (const key of ['birthDate', 'admissionDate', 'fullMembershipDate'] as const) {
    const d = optDate(input[key]);
    if (d) fields[key] = d;
  }
  for (const key of ['cardNumber', 'govPosition', 'massOrgPosition', 'workplace', 'residence'] as const) {
    const t = optText(input[key]);
    if (t) fields[key] = t;
  }
  const note = input.note !== undefined ? cleanMultiline(input.note) : '';
  if (note) fields.note = note;
  return fields;
}

/** Vietnamese problems of a member record (errors only); empty when it can be saved. */
export function memberProblems(
  fields: Pick<Member, 'fullName' | 'givenName' | 'birthDate' | 'admissionDate' | 'fullMembershipDate' | 'statusPeriods'> &
    Partial<Pick<Member, 'cardNumber' | 'govPosition' | 'massOrgPosition' | 'workplace' | 'residence' | 'note'>>,
  today: IsoDate = clock.today(),
): string[] {
  const problems: string[] = lengthProblems([
    ['Họ và tên', fields.fullName, 'personName'],
    ['Chức vụ chính quyền', fields.govPosition, 'position'],
    ['Chức vụ đoàn thể', fields.massOrgPosition, 'position'],
    ['Đơn vị công tác', fields.workplace, 'position'],
    ['Nơi cư trú', fields.residence, 'line'],
    ['Ghi chú', fields.note, 'paragraphs'],
  ]);
  if (!fields.fullName) problems.push('Chưa nhập họ và tên.');
  else if (!fields.givenName) problems.push('Tên (chữ cuối của họ và tên) không được để trống.');
  if (/\d/u.test(fields.fullName)) problems.push('Họ và tên không được có chữ số.');
  for (const [label, v] of [
    ['Ngày sinh', fields.birthDate],
    ['Ngày vào Đảng', fields.admissionDate],
    ['Ngày chính thức', fields.fullMembershipDate],
  ] as const) {
    if (v && !isValidIsoDate(v)) problems.push(`${label} không hợp lệ.`);
  }
  for (const issue of statusErrors(fields, today)) if (!problems.includes(issue.message)) problems.push(issue.message);
  return problems;
}

export async function listMembers(db: SoNeuGuongDb, unitId: Id): Promise<Member[]> {
  return db.members.where('unitId').equals(unitId).toArray();
}

export async function getMember(db: SoNeuGuongDb, id: Id): Promise<Member | undefined> {
  return db.members.get(id);
}

/** Members of the cell on a date, in roster order. */
export async function membersActiveOn(db: SoNeuGuongDb, unitId: Id, date: IsoDate, officeHoldersFirst = false): Promise<Member[]> {
  const all = await listMembers(db, unitId);
  return sortRoster(
    all.filter((m) => isActiveMember(m, date)),
    officeHoldersFirst,
  );
}

/** Other members of the unit that look like the same person. */
export async function findDuplicates(
  db: SoNeuGuongDb,
  unitId: Id,
  candidate: Pick<Member, 'fullName' | 'birthDate' | 'cardNumber'>,
  excludeId?: Id,
): Promise<DuplicateMatch<Member>[]> {
  const all = await listMembers(db, unitId);
  return findDuplicatesIn({ ...candidate, fullName: cleanText(candidate.fullName) }, all, excludeId);
}

function checkDuplicates(matches: DuplicateMatch<Member>[], options: SaveOptions): void {
  const blocking = matches.filter((m) => m.reason === 'card' || !options.allowNameBirthDuplicate);
  if (blocking.length > 0) throw new MemberError(blocking.map(duplicateMessage), 'duplicate', blocking);
}

export async function addMember(db: SoNeuGuongDb, unitId: Id, input: MemberInput, options: SaveOptions = {}): Promise<Member> {
  const fields = memberFields(input);
  const problems = memberProblems(fields);
  if (problems.length > 0) throw new MemberError(problems);
  return db.transaction('rw', db.members, async () => {
    checkDuplicates(await findDuplicates(db, unitId, fields), options);
    const now = nowIso();
    const member: Member = { id: uuid(), unitId, ...fields, createdAt: now, updatedAt: now };
    await db.members.add(member);
    return member;
  });
}

export async function updateMember(db: SoNeuGuongDb, id: Id, input: MemberInput, options: SaveOptions = {}): Promise<Member> {
  const fields = memberFields(input);
  const problems = memberProblems(fields);
  if (problems.length > 0) throw new MemberError(problems);
  return db.transaction('rw', db.members, async () => {
    const existing = await db.members.get(id);
    if (!existing) throw new MemberError(['Không tìm thấy đảng viên này (có thể đã bị xóa).'], 'not_found');
    checkDuplicates(await findDuplicates(db, existing.unitId, fields, id), options);
    const member: Member = { id, unitId: existing.unitId, ...fields, createdAt: existing.createdAt, updatedAt: nowIso() };
    await db.members.put(member);
    return member;
  });
}

export interface MemberRecordCounts {
  pledgeForms: number;
  monthlyAssessments: number;
  meetings: number;
  yearReviews: number;
  commendations: number;
  duesPayments: number;
  total: number;
}

/** How many records refer to a member (a member with records is never deleted). */
export async function memberRecordCounts(db: SoNeuGuongDb, member: Pick<Member, 'id' | 'unitId'>): Promise<MemberRecordCounts> {
  const id = member.id;
  const pledgeForms = await db.pledgeForms.where('[memberId+year]').between([id, Dexie.minKey], [id, Dexie.maxKey]).count();
  const monthlyAssessments = await db.monthlyAssessments.where('[memberId+period]').between([id, Dexie.minKey], [id, Dexie.maxKey]).count();
  const yearReviews = await db.yearReviews.where('[memberId+year]').between([id, Dexie.minKey], [id, Dexie.maxKey]).count();
  const meetings = await db.meetings
    .filter((m) => m.chairMemberId === id || m.secretaryMemberId === id || (m.attendance ?? []).some((a) => a.memberId === id))
    .count();
  const commendations = await db.commendations.filter((c) => c.recipient.kind === 'member' && c.recipient.memberId === id).count();
  const duesPayments = await db.duesPayments.where('memberId').equals(id).count();
  return {
    pledgeForms,
    monthlyAssessments,
    meetings,
    yearReviews,
    commendations,
    duesPayments,
    total: pledgeForms + monthlyAssessments + meetings + yearReviews + commendations + duesPayments,
  };
}

export function recordsSummary(c: MemberRecordCounts): string {
  const parts: string[] = [];
  if (c.pledgeForms) parts.push(`${c.pledgeForms} bản đăng ký nêu gương`);
  if (c.monthlyAssessments) parts.push(`${c.monthlyAssessments} phiếu tự đánh giá hằng tháng`);
  if (c.meetings) parts.push(`${c.meetings} buổi sinh hoạt chi bộ`);
  if (c.yearReviews) parts.push(`${c.yearReviews} bản kiểm điểm cuối năm`);
  if (c.commendations) parts.push(`${c.commendations} khen thưởng`);
  if (c.duesPayments) parts.push(`${c.duesPayments} lần nộp đảng phí`);
  return parts.join(', ');
}

/**
 * Delete a member entered by mistake. Refused when any record refers to the member: then the
 * right action is a "chuyển đi" (or từ trần / xóa tên) status period, which keeps the history.
 */
export async function deleteMember(db: SoNeuGuongDb, id: Id): Promise<void> {
  await db.transaction(
    'rw',
    [db.members, db.pledgeForms, db.monthlyAssessments, db.meetings, db.yearReviews, db.commendations, db.duesPayments, db.duesBases],
    async () => {
      const member = await db.members.get(id);
      if (!member) throw new MemberError(['Không tìm thấy đảng viên này (có thể đã bị xóa).'], 'not_found');
      const counts = await memberRecordCounts(db, member);
      if (counts.total > 0)
        throw new MemberError(
          [
            `Không thể xóa đồng chí ${member.fullName} vì đã có ${recordsSummary(counts)}. ` +
              'Nếu đồng chí chuyển sinh hoạt đi nơi khác, hãy dùng "Chuyển ra khỏi chi bộ" (ghi giai đoạn "chuyển đi" với ngày chuyển) để giữ lại lịch sử.',
          ],
          'has_records',
        );
      await db.members.delete(id);
      // The dues basis is a setting of the member (no history is lost: a member with payments is not deleted).
      await db.duesBases.where('memberId').equals(id).delete();
    },
  );
}

export type LeaveKind = Extract<MemberStatusKind, 'chuyen_di' | 'tu_tran' | 'xoa_ten' | 'khai_tru'>;

/** "Chuyển ra khỏi chi bộ": record a chuyển đi (or từ trần / xóa tên / khai trừ) period from a date. */
export async function recordLeaving(db: SoNeuGuongDb, id: Id, kind: LeaveKind, date: IsoDate, reason?: string): Promise<Member> {
  if (!isValidIsoDate(date)) throw new MemberError(['Ngày không hợp lệ. Nhập theo dạng ngày/tháng/năm.']);
  return db.transaction('rw', db.members, async () => {
    const member = await db.members.get(id);
    if (!member) throw new MemberError(['Không tìm thấy đảng viên này (có thể đã bị xóa).'], 'not_found');
    if (!isActiveMember(member, date))
      throw new MemberError([`Đồng chí ${member.fullName} không sinh hoạt tại chi bộ vào ngày ${formatDate(date)}.`]);
    const period: MemberStatusPeriod = { id: uuid(), kind, from: date };
    const r = optText(reason);
    if (r) period.reason = r;
    const updated: Member = { ...member, statusPeriods: [...member.statusPeriods, period], updatedAt: nowIso() };
    const problems = memberProblems(updated);
    if (problems.length > 0) throw new MemberError(problems);
    await db.members.put(updated);
    return updated;
  });
}

export interface ImportReport {
  added: number;
  updated: number;
  skipped: number;
}

/**
 * Apply the valid rows of a parsed roster in ONE transaction: 'add' rows become new members,
 * 'update' rows fill in / correct the matched member (empty cells never clear data). Invalid
 * and unchanged rows are skipped. If anything fails nothing is written.
 */
export async function importRoster(db: SoNeuGuongDb, unitId: Id, rows: readonly ParsedRosterRow[]): Promise<ImportReport> {
  return db.transaction('rw', db.members, async () => {
    const report: ImportReport = { added: 0, updated: 0, skipped: 0 };
    const existing = await listMembers(db, unitId);
    const byId = new Map(existing.map((m) => [m.id, m]));
    const now = nowIso();
    const toPut: Member[] = [];
    const known: Member[] = [...existing];
    for (const row of rows) {
      if (!row.data || (row.action !== 'add' && row.action !== 'update')) {
        report.skipped += 1;
        continue;
      }
      const d = row.data;
      if (row.action === 'update') {
        const current = row.matchId ? byId.get(row.matchId) : undefined;
        if (!current) throw new MemberError([`Dòng ${row.rowNumber}: đảng viên cần cập nhật không còn trong danh sách. Hãy đọc lại tệp.`]);
        if (changedFields(current, d).length === 0) {
          report.skipped += 1;
          continue;
        }
        const next: Member = { ...current, updatedAt: now };
        if (d.fullName !== current.fullName) {
          next.fullName = d.fullName;
          next.familyName = d.familyName;
          next.middleName = d.middleName;
          next.givenName = d.givenName;
          next.nameSplitOverride = d.nameSplitOverride;
          next.searchKey = d.searchKey;
        }
        for (const k of [
          'birthDate',
          'gender',
          'admissionDate',
          'fullMembershipDate',
          'cardNumber',
          'partyPosition',
          'govPosition',
          'workplace',
          'note',
        ] as const) {
          const v = d[k];
          if (v !== undefined && v !== '') (next as unknown as Record<string, unknown>)[k] = v;
        }
        const problems = memberProblems(next);
        if (problems.length > 0) throw new MemberError([`Dòng ${row.rowNumber}: ${problems.join(' ')}`]);
        byId.set(next.id, next);
        toPut.push(next);
        report.updated += 1;
      } else {
        const member: Member = {
          id: uuid(),
          unitId,
          fullName: d.fullName,
          familyName: d.familyName,
          middleName: d.middleName,
          givenName: d.givenName,
          nameSplitOverride: d.nameSplitOverride,
          searchKey: d.searchKey,
          partyPosition: d.partyPosition ?? 'dang_vien',
          isLeader: false,
          inPoliticalSystem: true,
          statusPeriods: [],
          createdAt: now,
          updatedAt: now,
        };
        for (const k of [
          'birthDate',
          'gender',
          'admissionDate',
          'fullMembershipDate',
          'cardNumber',
          'govPosition',
          'workplace',
          'note',
        ] as const) {
          const v = d[k];
          if (v !== undefined && v !== '') (member as unknown as Record<string, unknown>)[k] = v;
        }
        const dup = findDuplicatesIn(member, known);
        if (dup.length > 0) throw new MemberError([`Dòng ${row.rowNumber}: ${duplicateMessage(dup[0]!)}`], 'duplicate', dup);
        const problems = memberProblems(member);
        if (problems.length > 0) throw new MemberError([`Dòng ${row.rowNumber}: ${problems.join(' ')}`]);
        known.push(member);
        toPut.push(member);
        report.added += 1;
      }
    }
    for (let i = 0; i < toPut.length; i += 2000) await db.members.bulkPut(toPut.slice(i, i + 2000));
    return report;
  });
}
