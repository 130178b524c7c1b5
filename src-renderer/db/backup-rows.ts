/**
 * What a row of each table must look like before a restore writes it. A backup is resealed easily
 * (the checksum proves integrity, not authorship), so the rows are validated table by table: the
 * primary key, every indexed field with its type (a number where a string index is expected breaks
 * the compound unique indexes and every query by that field), and the fields the screens cannot do
 * without. Other fields pass through unchanged (older and newer optional fields survive a restore).
 * A table of a later schema without an entry here is checked for its primary key only.
 */
import { z } from 'zod';
import type { TableName } from './database';

const Id = z.string().min(1).max(200);
const Text = z.string().max(200_000);
const ShortText = z.string().max(1_000);
const Year = z.number().int().min(1900).max(2200);
const Period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/u);
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);
const OptionalText = ShortText.optional();

export const BACKUP_ROW_SCHEMAS: Partial<Record<TableName, z.ZodType>> = {
  meta: z.looseObject({ key: Id, schemaVersion: z.number().int().nonnegative().optional(), appVersion: ShortText.optional() }),
  settings: z.looseObject({ key: z.literal('settings'), setupDone: z.boolean().optional(), mode: ShortText.optional() }),
  units: z.looseObject({
    id: Id,
    code: ShortText,
    parentCode: OptionalText,
    isOwn: z.boolean(),
    type: ShortText,
    history: z.array(z.looseObject({ name: Text, validFrom: ShortText })).max(1000),
  }),
  members: z.looseObject({
    id: Id,
    unitId: Id,
    fullName: Text,
    searchKey: Text,
    cardNumber: OptionalText,
    partyPosition: ShortText,
    statusPeriods: z.array(z.looseObject({})).max(1000).optional(),
  }),
  ruleSets: z.looseObject({ id: Id, kind: ShortText, code: ShortText, validFrom: Day, version: z.number() }),
  pledgeForms: z.looseObject({ id: Id, memberId: Id, year: Year, state: ShortText, items: z.array(z.looseObject({})).max(10_000) }),
  monthlyAssessments: z.looseObject({
    id: Id,
    memberId: Id,
    unitId: Id,
    period: Period,
    results: z.array(z.looseObject({})).max(10_000),
  }),
  meetings: z.looseObject({
    id: Id,
    unitId: Id,
    period: Period,
    date: Day,
    state: z.enum(['draft', 'finalised']),
    attendance: z.array(z.looseObject({})).max(100_000),
  }),
  documents: z.looseObject({ id: Id, unitId: Id, typeCode: ShortText, termStart: Day, number: z.number().int() }),
  yearReviews: z.looseObject({ id: Id, memberId: Id, unitId: Id, year: Year }),
  unitReviews: z.looseObject({ id: Id, unitId: Id, year: Year }),
  commendations: z.looseObject({ id: Id, year: Year, recipient: z.looseObject({ kind: z.enum(['member', 'unit']) }) }),
  importLog: z.looseObject({ id: Id, at: ShortText, sha256: ShortText }),
  unitReports: z.looseObject({ id: Id, unitCode: ShortText, periodKey: ShortText, year: Year }),
  duesPayments: z.looseObject({
    id: Id,
    unitId: Id,
    memberId: Id,
    period: Period,
    coversFrom: Period,
    coversThrough: Period,
    amount: z.number().int().min(0),
  }),
  duesBases: z.looseObject({
    id: Id,
    memberId: Id,
    unitId: Id,
    history: z.array(z.looseObject({ from: Period, groupCode: ShortText })).max(600),
  }),
  calendarDone: z.looseObject({ id: Id, unitId: Id, key: ShortText }),
  pledgeTemplates: z.looseObject({ id: Id, unitId: Id, year: Year, frameworkId: Id, items: z.array(z.looseObject({})).max(10_000) }),
};

/** Field path of the first problem, for the refusal message ("members #3: unitId"). */
export function rowProblem(table: TableName, row: unknown): string | undefined {
  const schema = BACKUP_ROW_SCHEMAS[table];
  if (!schema) return undefined;
  const parsed = schema.safeParse(row);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  return issue?.path.length ? issue.path.map(String).join('.') : 'cấu trúc';
}
