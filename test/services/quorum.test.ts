import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QUORUM_PRESET } from '../../src-renderer/core/meetings';
import { resolveRule } from '../../src-renderer/core/rules';
import type { SoNeuGuongDb } from '../../src-renderer/db/database';
import { setDatabaseForTests } from '../../src-renderer/db/instance';
import { resetClock, setClock } from '../../src-renderer/platform/clock';
import { RuleEditError, loadRuleSets, resetQuorumThresholds, saveQuorumThresholds } from '../../src-renderer/services/rules';
import { parseFraction } from '../../src-renderer/features/settings/QuorumSection';
import { dump, freshDb } from '../db/exchange-helpers';

let db: SoNeuGuongDb;
beforeEach(() => {
  setClock('2026-11-05T09:00:00');
  db = freshDb();
  setDatabaseForTests(db);
});
afterEach(() => {
  resetClock();
  db.close();
});

describe('quorum thresholds edited in Cài đặt', () => {
  it('start at the §4.6 defaults, are stored as the cell’s own version and read through the resolver', async () => {
    expect(resolveRule('quorum', { date: '2026-11-05', ruleSets: await loadRuleSets() }).data).toEqual(QUORUM_PRESET.data);
    const saved = await saveQuorumThresholds({
      ...QUORUM_PRESET.data,
      attendanceWarnAtOrBelowPercent: 90,
      maxConsecutiveExcusedAbsences: 2,
    });
    expect(saved).toMatchObject({ source: 'local', version: 2, code: QUORUM_PRESET.code });
    const inForce = resolveRule('quorum', { date: '2026-11-05', ruleSets: await loadRuleSets() });
    expect(inForce.id).toBe(saved.id);
    expect(inForce.data.attendanceWarnAtOrBelowPercent).toBe(90);
    const again = await saveQuorumThresholds({ ...QUORUM_PRESET.data, attendanceWarnAtOrBelowPercent: 80 });
    expect(again.version).toBe(3);
    await resetQuorumThresholds();
    expect(resolveRule('quorum', { date: '2026-11-05', ruleSets: await loadRuleSets() }).id).toBe(QUORUM_PRESET.id);
  });

  it('an impossible value is refused with a Vietnamese message and nothing is stored', async () => {
    const before = await dump(db);
    const attempt = saveQuorumThresholds({ ...QUORUM_PRESET.data, minDurationMinutes: 120, minDurationCombinedMinutes: 90 });
    await expect(attempt).rejects.toBeInstanceOf(RuleEditError);
    await expect(attempt).rejects.toThrow('kết hợp chuyên đề');
    await expect(saveQuorumThresholds({ ...QUORUM_PRESET.data, majorityFraction: 1.5 })).rejects.toThrow('ngưỡng dự họp và biểu quyết');
    expect(await dump(db)).toEqual(before);
  });

  it('fractions are typed as 2/3 or as a percentage', () => {
    expect(parseFraction('2/3')).toBeCloseTo(2 / 3, 12);
    expect(parseFraction(' 1 / 2 ')).toBe(0.5);
    expect(parseFraction('66,5%')).toBeCloseTo(0.665, 12);
    expect(parseFraction('3/2')).toBeUndefined();
    expect(parseFraction('hai phần ba')).toBeUndefined();
  });
});
