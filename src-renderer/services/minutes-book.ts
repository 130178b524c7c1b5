/**
 * The year's minutes book (issue 16): every finalised minutes of the unit's year, each with the
 * context its own export uses (members, rules, the header valid on its date — services/meetings
 * minutesInput), bound into one PDF in the document style in force at the end of the year.
 */
import type { Id, Unit } from '../core/model';
import { documentHeader } from '../core/documents/header';
import { documentStyleOn } from '../core/rules';
import { getDb } from '../db/instance';
import * as repo from '../db/meetings';
import { loadSettings } from '../db/settings';
import { buildMinutesBookPdf, minutesBookEntries } from '../documents/minutes-book';
import { meetingContextOf, minutesInput } from './meetings';
import { loadRuleSets } from './rules';

export async function buildMinutesBook(unit: Unit & { id: Id }, year: number): Promise<{ bytes: Uint8Array<ArrayBuffer>; count: number }> {
  const db = getDb();
  const [members, meetings, ruleSets, settings] = await Promise.all([
    db.members.where('unitId').equals(unit.id).toArray(),
    repo.meetingsOfYear(db, unit.id, year),
    loadRuleSets(),
    loadSettings(db),
  ]);
  const minutes = meetings
    .filter((m) => m.state === 'finalised')
    .map((m) => minutesInput(m, meetingContextOf(m, unit, members, meetings, ruleSets, settings)));
  const end = `${year}-12-31`;
  const header = documentHeader(unit, end);
  const style = documentStyleOn(end, ruleSets, settings).data;
  const bytes = await buildMinutesBookPdf(
    { year, unit: { superiorName: header.superiorName, unitName: header.unitName || 'Chi bộ', placeName: header.placeName }, minutes },
    style,
  );
  return { bytes, count: minutesBookEntries({ year, minutes }).length };
}
