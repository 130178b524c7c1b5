/** "Lịch việc": the items ticked off, one row per item key of a unit (calendarDone). */
import type { CalendarDoneRecord, Id } from '../core/model';
import type { SoNeuGuongDb } from './database';
import { clock } from '../platform/clock';

export async function doneKeys(db: SoNeuGuongDb, unitId: Id): Promise<Set<string>> {
  const rows = await db.calendarDone.where('unitId').equals(unitId).toArray();
  return new Set(rows.map((r) => r.key));
}

/** Tick an item off (done) or back on; idempotent. */
export async function setDone(db: SoNeuGuongDb, unitId: Id, key: string, done: boolean): Promise<void> {
  if (!key || key.length > 1_000) throw new Error('Mã công việc không hợp lệ.');
  await db.transaction('rw', db.calendarDone, async () => {
    const stored = await db.calendarDone.where('[unitId+key]').equals([unitId, key]).first();
    if (done && !stored) {
      const row: CalendarDoneRecord = { id: crypto.randomUUID(), unitId, key, doneAt: clock.nowIso() };
      await db.calendarDone.add(row);
    } else if (!done && stored) {
      await db.calendarDone.delete(stored.id);
    }
  });
}
