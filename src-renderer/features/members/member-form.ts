/** The add/edit form of a member: zod schema (Vietnamese messages) and conversions. */
import { z } from 'zod';
import type { Member, MemberStatusKind, PartyPosition } from '../../core/model';
import { splitMatchesFullName, STATUS_KIND_ORDER, validateMemberStatus, type StatusIssue } from '../../core/members';
import { cleanText, formatDate, parseDate, splitFullName, TEXT_LIMITS, type TextLimit } from '../../core/text';
import type { MemberInput } from '../../services/members';
import { clock } from '../../platform/clock';

const POSITIONS = ['bi_thu', 'pho_bi_thu', 'chi_uy_vien', 'dang_vien'] as const satisfies readonly PartyPosition[];

/** At most TEXT_LIMITS[limit] characters (the limits the repository checks too). */
const upTo = (label: string, limit: TextLimit) =>
  z.string().max(TEXT_LIMITS[limit], `${label} quá dài (tối đa ${TEXT_LIMITS[limit]} ký tự).`);

const optionalDate = (what: string) =>
  z
    .string()
    .trim()
    .refine(
      (v) => v === '' || parseDate(v) !== undefined,
      `${what} không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 05/02/1980, hoặc để trống.`,
    );
const requiredDate = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Chưa nhập ${what.toLowerCase()}.`)
    .refine((v) => parseDate(v) !== undefined, `${what} không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 05/02/2026.`);

export const periodSchema = z.object({
  id: z.string().optional(),
  kind: z.enum(STATUS_KIND_ORDER as [MemberStatusKind, ...MemberStatusKind[]]),
  from: requiredDate('Ngày bắt đầu'),
  to: optionalDate('Ngày kết thúc'),
  reason: z.string(),
});

export const memberFormSchema = z
  .object({
    fullName: z
      .string()
      .trim()
      .min(1, 'Chưa nhập họ và tên.')
      .max(TEXT_LIMITS.personName, 'Họ và tên quá dài (tối đa 80 ký tự).')
      .refine((v) => !/\d/u.test(v), 'Họ và tên không được có chữ số.'),
    overrideSplit: z.boolean(),
    familyName: z.string(),
    middleName: z.string(),
    givenName: z.string(),
    gender: z.enum(['', 'nam', 'nu']),
    birthDate: optionalDate('Ngày sinh'),
    admissionDate: optionalDate('Ngày vào Đảng'),
    fullMembershipDate: optionalDate('Ngày chính thức'),
    cardNumber: z.string().trim().max(30, 'Số thẻ quá dài (tối đa 30 ký tự).'),
    partyPosition: z.enum(POSITIONS),
    govPosition: upTo('Chức vụ chính quyền', 'position'),
    massOrgPosition: upTo('Chức vụ đoàn thể', 'position'),
    workplace: upTo('Đơn vị công tác', 'position'),
    residence: upTo('Nơi cư trú', 'line'),
    isLeader: z.boolean(),
    inPoliticalSystem: z.boolean(),
    note: z.string(),
    statusPeriods: z.array(periodSchema),
  })
  .superRefine((v, ctx) => {
    if (v.overrideSplit) {
      if (!cleanText(v.givenName)) ctx.addIssue({ code: 'custom', path: ['givenName'], message: 'Chưa nhập tên.' });
      else if (!splitMatchesFullName(v.fullName, v)) {
        ctx.addIssue({
          code: 'custom',
          path: ['givenName'],
          message: 'Họ, tên đệm và tên ghép lại phải đúng bằng họ và tên đã nhập.',
        });
      }
    }
  });

export type MemberFormValues = z.infer<typeof memberFormSchema>;

export function emptyMemberForm(): MemberFormValues {
  return {
    fullName: '',
    overrideSplit: false,
    familyName: '',
    middleName: '',
    givenName: '',
    gender: '',
    birthDate: '',
    admissionDate: '',
    fullMembershipDate: '',
    cardNumber: '',
    partyPosition: 'dang_vien',
    govPosition: '',
    massOrgPosition: '',
    workplace: '',
    residence: '',
    isLeader: false,
    inPoliticalSystem: true,
    note: '',
    statusPeriods: [],
  };
}

export function memberToForm(m: Member): MemberFormValues {
  return {
    fullName: m.fullName,
    overrideSplit: m.nameSplitOverride,
    familyName: m.familyName,
    middleName: m.middleName,
    givenName: m.givenName,
    gender: m.gender ?? '',
    birthDate: formatDate(m.birthDate),
    admissionDate: formatDate(m.admissionDate),
    fullMembershipDate: formatDate(m.fullMembershipDate),
    cardNumber: m.cardNumber ?? '',
    partyPosition: m.partyPosition,
    govPosition: m.govPosition ?? '',
    massOrgPosition: m.massOrgPosition ?? '',
    workplace: m.workplace ?? '',
    residence: m.residence ?? '',
    isLeader: m.isLeader,
    inPoliticalSystem: m.inPoliticalSystem,
    note: m.note ?? '',
    statusPeriods: m.statusPeriods.map((p) => ({
      id: p.id,
      kind: p.kind,
      from: formatDate(p.from),
      to: formatDate(p.to),
      reason: p.reason ?? '',
    })),
  };
}

const date = (v: string) => (v.trim() === '' ? undefined : parseDate(v));

export function formToInput(v: MemberFormValues): MemberInput {
  const input: MemberInput = {
    fullName: v.fullName,
    partyPosition: v.partyPosition,
    isLeader: v.isLeader,
    inPoliticalSystem: v.inPoliticalSystem,
    cardNumber: v.cardNumber,
    govPosition: v.govPosition,
    massOrgPosition: v.massOrgPosition,
    workplace: v.workplace,
    residence: v.residence,
    note: v.note,
    birthDate: date(v.birthDate),
    admissionDate: date(v.admissionDate),
    fullMembershipDate: date(v.fullMembershipDate),
    statusPeriods: v.statusPeriods
      .filter((p) => date(p.from))
      .map((p) => ({ id: p.id, kind: p.kind, from: date(p.from)!, to: date(p.to), reason: p.reason })),
  };
  if (v.gender) input.gender = v.gender;
  if (v.overrideSplit) input.nameSplit = { familyName: v.familyName, middleName: v.middleName, givenName: v.givenName };
  return input;
}

/** Live check of dates and status periods (while typing), with the index of the period concerned. */
export function statusIssuesOf(
  v: Pick<MemberFormValues, 'birthDate' | 'admissionDate' | 'fullMembershipDate' | 'statusPeriods'>,
  today: string = clock.today(),
): Array<StatusIssue & { index?: number }> {
  const periods = v.statusPeriods
    .map((p, i) => ({ id: `row-${i}`, kind: p.kind, from: date(p.from) ?? '', to: date(p.to) }))
    .filter((p) => p.from !== '');
  const issues = validateMemberStatus(
    {
      birthDate: date(v.birthDate),
      admissionDate: date(v.admissionDate),
      fullMembershipDate: date(v.fullMembershipDate),
      statusPeriods: periods.map((p) => (p.to ? p : { id: p.id, kind: p.kind, from: p.from })),
    },
    today,
  );
  return issues.map((i) => ({ ...i, index: i.periodId ? Number(i.periodId.slice(4)) : undefined }));
}

/** Why the values cannot be stored yet (Vietnamese): the schema's messages, then contradicting dates. */
export function memberFormProblems(v: MemberFormValues, today: string = clock.today()): string[] {
  const parsed = memberFormSchema.safeParse(v);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => i.message);
  const blocking = statusIssuesOf(v, today)
    .filter((i) => i.severity === 'error')
    .map((i) => i.message);
  return [...new Set([...problems, ...blocking])];
}

/** The automatic split shown under the name field. */
export function autoSplit(fullName: string) {
  return splitFullName(fullName);
}
