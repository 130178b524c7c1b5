import { afterEach, describe, expect, it } from 'vitest';
import { encodeEnvelope } from '../../src-renderer/core/exchange';
import { buildUnitReport } from '../../src-renderer/db/exchange';
import { setDatabaseForTests } from '../../src-renderer/db/instance';
import { installDesktopApi, resetDesktopApiForTests } from '../../src-renderer/platform';
import { createMemoryDesktop } from '../../src-renderer/platform/memory-adapter';
import { applyImport, estimateImportBytes, prepareImport } from '../../src-renderer/services/exchange';
import { makeAggregator, makeCell } from '../db/exchange-helpers';

afterEach(() => resetDesktopApiForTests());

async function preparedReport() {
  const { db } = await makeCell('CB-SOTUPHAP', 12);
  const env = await buildUnitReport(db, {
    period: { year: 2026, month: 11 },
    aggregateOnly: false,
    now: new Date('2026-11-28T08:00:00.000Z'),
  });
  db.close();
  const agg = await makeAggregator();
  setDatabaseForTests(agg);
  return { agg, prepared: await prepareImport([{ name: 'a.sng', bytes: await encodeEnvelope(env) }]) };
}

describe('an import is refused before it starts when the profile disk is short of space (main’s rule)', () => {
  it('refused: main is asked with the import’s size, nothing is written, no backup is taken', async () => {
    const m = createMemoryDesktop();
    const message =
      'Chưa thực hiện: việc này cần khoảng 120 KB nhưng ổ đĩa chứa dữ liệu chỉ còn 24 KB trống (cần còn trống ít nhất gấp ba lần). Dữ liệu hiện tại không thay đổi. Hãy xóa bớt tệp không cần thiết trên ổ đĩa đó rồi thử lại.';
    m.spaceCheck = { ok: false, message };
    installDesktopApi(m.api);
    const { agg, prepared } = await preparedReport();
    expect(prepared[0]!.status).toBe('ready');
    let backups = 0;
    const results = await applyImport(prepared, { beforeApply: async () => void backups++ });
    expect(m.spaceAsked).toEqual([estimateImportBytes(prepared)]);
    expect(m.spaceAsked[0]).toBeGreaterThan(10_000);
    expect(results).toEqual([{ fileName: 'a.sng', outcome: 'refused', message, changes: [] }]);
    expect(backups).toBe(0);
    expect(await agg.unitReports.count()).toBe(0);
    expect(await agg.importLog.count()).toBe(0);
    agg.close();
  });

  it('the estimate is the file text read (payload and its envelope), twice for UTF-16, twice for indexes', async () => {
    installDesktopApi(createMemoryDesktop().api);
    const { agg, prepared } = await preparedReport();
    const p = prepared[0]!;
    if (p.status !== 'ready') throw new Error('not ready');
    const payloadChars = JSON.stringify(p.read.envelope.payload).length;
    expect(p.read.textChars).toBeGreaterThan(payloadChars);
    // the envelope around the payload is small: format, versions, dates, unit, counts, sha256
    expect(p.read.textChars - payloadChars).toBeLessThan(1_000);
    expect(estimateImportBytes(prepared)).toBe(p.read.textChars * 4);
    agg.close();
  });

  it('room enough: applied as before', async () => {
    installDesktopApi(createMemoryDesktop().api);
    const { agg, prepared } = await preparedReport();
    const results = await applyImport(prepared);
    expect(results[0]!.outcome).toBe('applied');
    expect(await agg.unitReports.count()).toBe(1);
    agg.close();
  });
});
