/**
 * Cài đặt → Chế độ đảng phí and Thời hạn (the cell's own versions through the one resolver, the
 * "chưa kiểm chứng" list) and the arrears from before the app, through the services the screens call.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DUES_GROUP, PARTY_DUES_PRESET, QD01_2026_DUES } from '../../src-renderer/core/dues';
import { resolveRule, unverifiedValuesOn } from '../../src-renderer/core/rules';
import type { SoNeuGuongDb } from '../../src-renderer/db/database';
import { setDatabaseForTests } from '../../src-renderer/db/instance';
import { resetClock, setClock } from '../../src-renderer/platform/clock';
import { deadlinesOfYear, saveLocalDeadlines } from '../../src-renderer/services/calendar';
import {
  duesWarningsFor,
  markSheetPaid,
  openDuesSheet,
  saveArrears,
  saveBasisEntries,
  saveDuesEdits,
} from '../../src-renderer/services/dues';
import { RuleEditError, loadRuleSets, resetDuesRules, saveDuesRules } from '../../src-renderer/services/rules';
import { dump, makeCell } from '../db/exchange-helpers';

let db: SoNeuGuongDb;
let source: Awaited<ReturnType<typeof makeCell>>['source'];

beforeEach(async () => {
  setClock('2026-11-20T09:00:00');
  ({ db, source } = await makeCell('CB-SOTUPHAP', 12, 3, 11));
  setDatabaseForTests(db);
  await saveBasisEntries(
    source.members.map((m, i) => ({
      member: m,
      entry:
        i === 0 ? { from: '2026-01', groupCode: DUES_GROUP.other } : { from: '2026-01', groupCode: DUES_GROUP.bhxhSalary, base: 8_765_432 },
    })),
  );
});
afterEach(() => {
  resetClock();
  db.close();
});

const expectedOf = async (period: string, memberId: string) =>
  (await openDuesSheet(period))!.sheet.rows.find((r) => r.memberId === memberId)!.month.expected;

describe('the cell’s own đảng phí values (Cài đặt)', () => {
  it('are stored as a local version from a month on: later sheets use them, earlier sheets keep their amounts', async () => {
    const [other, salaried] = source.members;
    expect(await expectedOf('2026-11', salaried!.id)).toBe(88_000); // 1% of 8.765.432 → 87.654 → 88.000
    expect(await expectedOf('2026-11', other!.id)).toBe(10_000);
    const saved = await saveDuesRules('2026-11', {
      ...QD01_2026_DUES,
      rounding: { step: 100, mode: 'up' },
      groups: QD01_2026_DUES.groups.map((g) => (g.code === DUES_GROUP.other && g.method === 'fixed' ? { ...g, amount: 15_000 } : g)),
    });
    expect(saved).toMatchObject({ source: 'local', code: PARTY_DUES_PRESET.code, version: 2, validFrom: '2026-11-01' });
    expect(resolveRule('party_dues', { date: '2026-11-30', ruleSets: await loadRuleSets() }).id).toBe(saved.id);
    expect(await expectedOf('2026-11', salaried!.id)).toBe(87_700);
    expect(await expectedOf('2026-11', other!.id)).toBe(15_000);
    expect(await expectedOf('2026-10', salaried!.id)).toBe(88_000);
    // What the cell set is no longer "chưa kiểm chứng"; the rest still is.
    expect(saved.data.unverifiedSettings).toEqual(['countWindow', 'graceDays', 'notOwedStatuses']);
    const listed = unverifiedValuesOn('2026-11-20', await loadRuleSets()).find((g) => g.kind === 'party_dues')!;
    expect(listed.ruleSet).toContain('do chi bộ sửa');
    expect(listed.values.map((v) => v.key)).toEqual(['countWindow', 'graceDays', 'notOwedStatuses']);
    // A second edit of the same month is the next version.
    expect((await saveDuesRules('2026-11', { ...saved.data, graceDays: 10 })).version).toBe(3);
    await resetDuesRules();
    expect(resolveRule('party_dues', { date: '2026-11-30', ruleSets: await loadRuleSets() }).id).toBe(PARTY_DUES_PRESET.id);
    expect(await expectedOf('2026-11', salaried!.id)).toBe(88_000);
  });

  it('the warning thresholds edited change the warnings', async () => {
    const [a] = source.members;
    // Paid by everyone Sep–Oct except a (October missing): with a threshold of 1 month, a reminder.
    for (const period of ['2026-09', '2026-10']) {
      const view = (await openDuesSheet(period))!;
      await markSheetPaid(view, {
        paidOn: `${period}-05`,
        channel: 'tien_mat',
        memberIds: view.members.filter((m) => period === '2026-09' || m.id !== a!.id).map((m) => m.id),
      });
    }
    expect((await duesWarningsFor('2026-11'))!.warnings).toEqual([]);
    await saveDuesRules('2026-01', { ...QD01_2026_DUES, reminderUnpaidMonths: 1, removalUnpaidMonths: 2 });
    expect((await duesWarningsFor('2026-11'))!.warnings.map((w) => [w.memberId, w.level])).toEqual([[a!.id, 'reminder']]);
  });

  it('an impossible value is refused with a Vietnamese message and nothing is stored', async () => {
    const before = await dump(db);
    const attempt = saveDuesRules('2026-11', { ...QD01_2026_DUES, reminderUnpaidMonths: 4, removalUnpaidMonths: 3 });
    await expect(attempt).rejects.toBeInstanceOf(RuleEditError);
    await expect(attempt).rejects.toThrow('Ngưỡng xem xét xóa tên không được nhỏ hơn ngưỡng nhắc nhở');
    const badAmount = QD01_2026_DUES.groups.map((g) => (g.method === 'fixed' ? { ...g, amount: Number.NaN } : g));
    await expect(saveDuesRules('2026-11', { ...QD01_2026_DUES, groups: badAmount })).rejects.toThrow('Chế độ đảng phí');
    expect(await dump(db)).toEqual(before);
  });

  it('the deadlines offsets edited leave the unverified list; the holidays stay as they were', async () => {
    const saved = await saveLocalDeadlines(2026, { noticeDays: 45, officialMeetingWithinWorkingDays: 30 });
    expect(saved.data.unverifiedSettings).toEqual([
      'officialMeetingWithinWorkingDays',
      'officialPaperworkWorkingDaysBefore',
      'badgeProposalDaysBefore',
      'excusedAbsenceMeetingsInARow',
    ]);
    const inForce = deadlinesOfYear(2026, await loadRuleSets());
    expect(inForce.data.noticeDays).toBe(45);
    expect(inForce.data.holidays.holidays.length).toBeGreaterThan(10);
  });
});

describe('arrears from before the app', () => {
  it('entered once: counted by the warnings, shown on the sheet, cleared again', async () => {
    const [a, b] = source.members;
    // The cell keeps its sheets from September: everyone paid September and October.
    for (const period of ['2026-09', '2026-10'])
      await markSheetPaid((await openDuesSheet(period))!, { paidOn: `${period}-05`, channel: 'tien_mat' });
    expect((await duesWarningsFor('2026-11'))!.warnings).toEqual([]);
    const stored = await saveArrears(a!.id, { from: '2026-06', months: 3, note: '  Nợ từ sổ cũ ' });
    expect(stored!.arrears).toEqual({ from: '2026-06', months: 3, note: 'Nợ từ sổ cũ' });
    expect(stored!.history).toHaveLength(1); // the basis history is kept
    await saveArrears(b!.id, { from: '2026-08', months: 1 });
    const w = (await duesWarningsFor('2026-11'))!;
    expect(w.warnings.map((x) => [x.memberId, x.level, x.months])).toEqual([
      [a!.id, 'consider_removal', ['2026-06', '2026-07', '2026-08']],
    ]);
    const view = (await openDuesSheet('2026-11'))!;
    expect(view.sheet.rows.find((r) => r.memberId === a!.id)!.arrearsOwed).toEqual(['2026-06', '2026-07', '2026-08']);
    expect(view.sheet.rows.find((r) => r.memberId === b!.id)!.arrearsOwed).toEqual(['2026-08']);
    // Truy nộp in November for June–August: 3 × 88.000.
    await saveDuesEdits({
      unitId: view.unitId,
      put: [
        {
          id: 'arr',
          memberId: a!.id,
          period: '2026-11',
          coversFrom: '2026-06',
          coversThrough: '2026-08',
          amount: 264_000,
          paidOn: '2026-11-10',
          channel: 'tien_mat',
        },
      ],
    });
    const after = (await openDuesSheet('2026-11'))!;
    expect(after.sheet.rows.find((r) => r.memberId === a!.id)!.arrearsOwed).toEqual([]);
    expect(after.warnings).toEqual([]);
    await saveArrears(b!.id, undefined);
    expect((await openDuesSheet('2026-11'))!.sheet.rows.find((r) => r.memberId === b!.id)!.arrearsOwed).toEqual([]);
  });

  it('counted before the first sheet exists; refused when it reaches the sheets, and nothing is stored', async () => {
    const [a] = source.members;
    await saveArrears(a!.id, { from: '2026-08', months: 2 });
    expect((await duesWarningsFor('2026-11'))!.warnings.map((x) => x.level)).toEqual(['reminder']);
    await markSheetPaid((await openDuesSheet('2026-10'))!, { paidOn: '2026-10-05', channel: 'tien_mat' });
    const before = await dump(db);
    await expect(saveArrears(a!.id, { from: '2026-08', months: 3 })).rejects.toThrow(
      'Từ tháng 10/2026 chi bộ đã ghi bảng thu trong ứng dụng; nợ từ trước phải kết thúc trước tháng đó',
    );
    await expect(saveArrears(a!.id, { from: '2026-08', months: 0 })).rejects.toThrow('Số tháng còn nợ phải từ 1 trở lên');
    await expect(saveArrears('khong-co', { from: '2026-08', months: 1 })).rejects.toThrow('Không tìm thấy đảng viên');
    expect(await dump(db)).toEqual(before);
  });
});
