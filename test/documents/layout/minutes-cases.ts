/** Seeded minutes for the layout tests (PDF and .docx) and the layout spec read from their model. */
import { sampleMinutesInput, type MinutesInput, type MinutesModel } from '../../../src-renderer/documents/minutes-content';
import { unbreakableRuns } from '../../../src-renderer/documents/party-layout';
import type { Meeting } from '../../../src-renderer/core/model';
import { personName, runCounts, seeded, sentenceWithRuns, words, type LayoutSpec, type Rng } from '../../helpers/layout-rules';

export function generatedMinutes(seed: number): MinutesInput {
  const r: Rng = seeded(seed);
  // Sizes skewed towards short documents (most real minutes), the extremes still drawn.
  const upTo = (max: number) => (r.next() < 0.1 ? max : Math.floor(max * r.next() ** 2));
  const base = sampleMinutesInput(r.int(3, 60));
  const tasks = upTo(20);
  const reviewCount = r.int(0, tasks);
  const type = r.pick(['thuong_ky', 'thuong_ky', 'chuyen_de', 'ket_hop'] as const);
  const task = (prefix: string, k: number) =>
    `${prefix} ${k}: ${words(r, 2, r.next() < 0.3 ? 40 : 14)} (hết-${prefix === 'Việc' ? 'v' : 'p'}${k})`;
  const meeting: Meeting = {
    ...base.meeting,
    type,
    news: Array.from({ length: upTo(10) }, () => sentenceWithRuns(r)).join('\n'),
    ideology: r.next() < 0.8 ? sentenceWithRuns(r) : '',
    praise: r.next() < 0.5 ? `Biểu dương đồng chí ${personName(r)} ${words(r, 3, 12)}.` : '',
    reminders: r.next() < 0.4 ? `Nhắc nhở đồng chí ${personName(r)} ${words(r, 3, 12)}.` : '',
    lastMonthReview: Array.from({ length: reviewCount }, (_, k) => ({
      task: task('Việc', k + 1),
      assignee: personName(r),
      status: r.pick(['xong', 'dang_lam', 'chua_xong'] as const),
      result: r.next() < 0.5 ? words(r, 1, 8) : '',
    })),
    nextTasks: Array.from({ length: tasks - reviewCount }, (_, k) => ({
      task: task('Phần việc', k + 1),
      assignee: r.next() < 0.5 ? personName(r) : 'Chi ủy',
      deadline: `2026-12-${String(r.int(1, 28)).padStart(2, '0')}`,
    })),
    speeches: Array.from({ length: upTo(60) }, () => ({ speaker: personName(r), summary: sentenceWithRuns(r) })),
    conclusion: r.next() < 0.9 ? sentenceWithRuns(r) : '',
    topic:
      type === 'thuong_ky'
        ? undefined
        : { title: words(r, 4, 12), presenter: personName(r), discussion: sentenceWithRuns(r), conclusion: sentenceWithRuns(r) },
    amendments: Array.from({ length: r.next() < 0.2 ? r.int(1, 2) : 0 }, () => ({
      at: '2026-11-05',
      by: personName(r),
      field: 'conclusion',
      before: words(r, 2, 6),
      after: words(r, 2, 6),
      reason: words(r, 2, 6),
    })),
    quality: r.next() < 0.7 ? base.meeting.quality : undefined,
  };
  return { ...base, meeting };
}

/** Every string the minutes print (for the runs to check). */
export function printedStrings(model: MinutesModel): string[] {
  return [
    model.header.numberText,
    model.header.placeDate,
    model.subject,
    model.opening,
    ...model.parts.flatMap((p) => [
      p.heading,
      ...p.sections.flatMap((s) => [s.heading, ...s.paragraphs, ...(s.table?.rows.flat() ?? []), ...(s.after ?? [])]),
    ]),
    ...model.closing,
    ...model.amendments,
  ].filter(Boolean);
}

export function minutesSpec(model: MinutesModel): LayoutSpec {
  const tables = model.parts.flatMap((p) => p.sections.flatMap((s) => (s.table ? [s.table] : [])));
  return {
    signature: 'THƯ KÝ',
    headings: [
      ...model.parts.flatMap((p) => [p.heading, ...p.sections.map((s) => s.heading)]).filter(Boolean),
      'ĐÍNH CHÍNH SAU KHI THÔNG QUA',
    ],
    tableHeaders: tables.map((t) => t.headers.join(' ')),
    rows: tables.flatMap((t) =>
      t.rows.map((row) => {
        const m = /^(.+? \d+:) .* (\(hết-[vp]\d+\))$/u.exec(row[1] ?? '');
        return [m?.[1] ?? row[1]!, m?.[2] ?? row[1]!] as const;
      }),
    ),
    runs: runCounts(printedStrings(model), unbreakableRuns),
  };
}
