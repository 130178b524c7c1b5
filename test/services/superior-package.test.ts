/**
 * A superior's framework package that changes the rubric, the scale, the quorum thresholds and
 * the document style is used by the meeting service, the minutes PDF, the grid's scale and the
 * warnings; removing it brings the presets back. A package with a malformed rule set is refused,
 * the message names it, and the database is unchanged.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeEnvelope } from '../../src-renderer/core/exchange';
import { DEFAULT_DOCUMENT_STYLE } from '../../src-renderer/core/documents/style';
import { HD42_RUBRIC, QUORUM_PRESET, type MeetingRubricData } from '../../src-renderer/core/meetings';
import type { Meeting, RuleSet } from '../../src-renderer/core/model';
import { MONTHLY_SCALE_PRESETS } from '../../src-renderer/core/monthly';
import type { SoNeuGuongDb } from '../../src-renderer/db/database';
import { applyImport, buildFrameworkPackage, prepareImport } from '../../src-renderer/db/exchange';
import { setDatabaseForTests } from '../../src-renderer/db/instance';
import { resetClock, setClock } from '../../src-renderer/platform/clock';
import { buildMinutes, createMeeting, openMeeting, saveMeetingDraft, warningsFor } from '../../src-renderer/services/meetings';
import { scaleOf } from '../../src-renderer/services/monthly';
import { dump, freshDb, makeAggregator, seedCell, cellSource } from '../db/exchange-helpers';
import { pdfText, squash } from '../helpers/pdf-text';

const AT = '2026-10-01T00:00:00.000Z';
const rubricData: MeetingRubricData = {
  ...HD42_RUBRIC.data,
  total: 120,
  groups: [
    ...HD42_RUBRIC.data.groups,
    {
      code: 'khoi',
      label: 'Tiêu chí riêng của Đảng bộ Khối',
      max: 20,
      criteria: [{ code: 'khoi_rieng', label: 'Thực hiện chủ đề năm của Khối', max: 20 }],
    },
  ],
};
const packageRules: RuleSet[] = [
  {
    id: 'khoi-rubric',
    kind: 'meeting_rubric',
    code: 'KHOI-2026',
    name: 'Tiêu chí chấm điểm của Đảng bộ Khối',
    version: 1,
    validFrom: '2026-01-01',
    source: 'local',
    data: rubricData,
    updatedAt: AT,
  },
  {
    id: 'khoi-scale',
    kind: 'monthly_scale',
    code: 'KHOI-THANG',
    name: 'Xuất sắc / Đạt / Chưa đạt (Khối)',
    version: 1,
    validFrom: '2026-01-01',
    source: 'local',
    data: {
      levels: [
        { code: 'xs', label: 'Xuất sắc', shortcut: 'X', good: true },
        { code: 'dat', label: 'Đạt', shortcut: 'D', good: true },
        { code: 'cd', label: 'Chưa đạt', shortcut: 'C', good: false },
      ],
    },
    updatedAt: AT,
  },
  {
    ...QUORUM_PRESET,
    id: 'khoi-quorum',
    name: 'Ngưỡng của Đảng ủy Khối',
    source: 'local',
    validFrom: '2026-01-01',
    data: { ...QUORUM_PRESET.data, attendanceWarnAtOrBelowPercent: 95 },
    updatedAt: AT,
  },
  {
    id: 'khoi-style',
    kind: 'document_style',
    code: 'KHOI-TT',
    name: 'Thể thức của Khối',
    version: 1,
    validFrom: '2026-01-01',
    source: 'local',
    data: { ...DEFAULT_DOCUMENT_STYLE, uySpelling: 'uỷ' },
    updatedAt: AT,
  },
];

async function packageBytes(rules: RuleSet[]): Promise<Uint8Array> {
  const agg = await makeAggregator([]);
  await agg.ruleSets.bulkPut(rules);
  const env = await buildFrameworkPackage(agg, { year: 2026, ruleSetIds: rules.map((r) => r.id), deadlines: {} });
  agg.close();
  return encodeEnvelope(env);
}

let cell: SoNeuGuongDb;
let meeting: Meeting;

beforeEach(async () => {
  setClock('2026-11-05T09:00:00');
  cell = freshDb();
  const src = cellSource('CB-SOTUPHAP', 10, 3, 10);
  await seedCell(cell, {
    ...src,
    meetings: [],
    unit: {
      ...src.unit,
      parentCode: 'DB-CQD',
      history: src.unit.history.map((h) => ({ ...h, superiorName: 'Đảng ủy các cơ quan Đảng tỉnh' })),
    },
  });
  setDatabaseForTests(cell);
  const created = await createMeeting({ unitId: src.unit.id, date: '2026-11-03' });
  // 9 of 10 present: 90% — above the preset's 85%, at or below the Khối's 95%.
  const absent = created.attendance[0]!.memberId;
  meeting = await saveMeetingDraft({
    ...created,
    place: 'Hội trường',
    startTime: '08:00',
    endTime: '09:40',
    attendance: created.attendance.map((a) =>
      a.memberId === absent ? { memberId: a.memberId, status: 'vang_co_ly_do', reason: 'Ốm' } : { ...a, status: 'co_mat' },
    ),
  });
});

afterEach(() => {
  resetClock();
  cell.close();
});

describe('a superior package changes rubric, scale, quorum and document style everywhere', () => {
  it('is used by the meeting service, the minutes PDF, the grid and the warnings; removing it brings the presets back', async () => {
    const before = (await openMeeting(meeting.id))!;
    expect(before.context.rules.rubric.code).toBe('HD42-2025');
    expect(before.context.rules.scale.code).toBe('TOT-KHA-TB-KEM');
    expect(before.context.rules.quorum.id).toBe(QUORUM_PRESET.id);
    // A meeting of 3/11/2026 takes the profile valid on its date: HD 05 (from 27/5/2026), spelled "ủy".
    expect(before.context.rules.documentStyle.code).toBe('HD05-2026');
    expect(warningsFor(meeting, before.context).map((w) => w.code)).not.toContain('attendance_at_or_below_percent');
    expect((await scaleOf('2026-11')).code).toBe('TOT-KHA-TB-KEM');
    const presetPdf = squash(await pdfText(await buildMinutes(meeting, before.context, 'pdf')));
    expect(presetPdf).toContain('ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH');

    const prepared = await prepareImport(cell, [{ name: 'goi-khung.sng', bytes: await packageBytes(packageRules) }]);
    expect(prepared[0]!.status).toBe('ready');
    const [result] = await applyImport(cell, prepared);
    expect(result!.outcome).toBe('applied');

    const opened = (await openMeeting(meeting.id))!;
    const { rules } = opened.context;
    expect(rules.rubric.code).toBe('KHOI-2026');
    expect(rules.scale.code).toBe('KHOI-THANG');
    expect(rules.quorum.id).toBe('khoi-quorum');
    expect(rules.documentStyle.code).toBe('KHOI-TT');
    // The grid's scale for the month.
    const scale = await scaleOf('2026-11');
    expect(scale.data.levels.map((l) => l.label)).toEqual(['Xuất sắc', 'Đạt', 'Chưa đạt']);
    // Warnings: the Khối's 95% threshold, and they say where it came from.
    const w = warningsFor(meeting, opened.context).find((x) => x.code === 'attendance_at_or_below_percent');
    expect(w?.message).toContain('trên 95%');
    expect(w?.message).toContain('«Ngưỡng của Đảng ủy Khối» do cấp trên ban hành');
    // Minutes PDF: the Khối's rubric total and the Khối's spelling.
    // Every criterion scored (a score is printed only when complete): 18 on the Khối's own criterion, 0 elsewhere.
    const scores = Object.fromEntries(
      rules.rubric.data.groups.flatMap((g) => g.criteria).map((c) => [c.code, c.code === 'khoi_rieng' ? 18 : 0]),
    );
    const scored = await saveMeetingDraft({ ...meeting, quality: { rubricCode: rules.rubric.code, scores, total: 18, level: 'kem' } });
    const pdf = squash(await pdfText(await buildMinutes(scored, opened.context, 'pdf')));
    expect(pdf).toContain('18/120 điểm');
    expect(pdf).toContain('ĐẢNG UỶ CÁC CƠ QUAN ĐẢNG TỈNH');

    // Remove the package: presets again (the scored meeting keeps its recorded rubric code, which no longer exists → preset by date).
    await cell.ruleSets.bulkDelete(packageRules.map((r) => r.id));
    const after = (await openMeeting(meeting.id))!;
    expect(after.context.rules.rubric.code).toBe('HD42-2025');
    expect(after.context.rules.scale.code).toBe('TOT-KHA-TB-KEM');
    expect(after.context.rules.quorum.id).toBe(QUORUM_PRESET.id);
    expect(after.context.rules.documentStyle.code).toBe('HD05-2026');
    expect((await scaleOf('2026-11')).code).toBe('TOT-KHA-TB-KEM');
    expect(warningsFor(meeting, after.context).map((x) => x.code)).not.toContain('attendance_at_or_below_percent');
    const back = squash(await pdfText(await buildMinutes(after.meeting, after.context, 'pdf')));
    expect(back).toContain('ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH');
    expect(back).toContain('/100 điểm');
  });

  it('a package with a malformed rule set is refused, names it, and changes nothing', async () => {
    const bad: RuleSet = {
      ...MONTHLY_SCALE_PRESETS[0]!,
      id: 'bad-scale',
      code: 'KHOI-HONG',
      name: 'Thang hỏng của Khối',
      source: 'local',
      data: { nothing: true },
    };
    const before = await dump(cell);
    const prepared = await prepareImport(cell, [{ name: 'goi-hong.sng', bytes: await packageBytes([packageRules[0]!, bad]) }]);
    expect(prepared[0]!.status).toBe('error');
    const message = prepared[0]!.status === 'error' ? prepared[0]!.problem.message : '';
    expect(message).toContain('«Thang hỏng của Khối» (mã KHOI-HONG, phiên bản 1)');
    expect(message).toContain('không có gì được lưu');
    const results = await applyImport(cell, prepared);
    expect(results[0]!.outcome).toBe('refused');
    expect(await dump(cell)).toEqual(before);
    expect(await cell.ruleSets.get('khoi-rubric')).toBeUndefined();
  });
});
