/**
 * The meeting screen's state on the meetings service: the record as edited (autosaved through
 * the one draft mechanism), its context (members as of its date, rules, header), the figures the
 * sections show, and the actions (scores, month texts, minutes files, finalising).
 */
import { useEffect, useMemo, useState } from 'react';
import { notifications } from '@mantine/notifications';
import type { Meeting } from '../../core/model';
import {
  attendanceRows,
  countAttendance,
  documentNumberText,
  excusedStreak,
  finaliseProblems,
  meetingInputErrors,
  minimumDuration,
  scoreRubric,
  suggestScores,
  tasksDonePercent,
} from '../../core/meetings';
import { periodLabel, sortMembers } from '../../core/text';
import { getDesktopApi } from '../../platform';
import { useDraft } from '../../services/drafts';
import { errorMessage } from '../../services/errors';
import {
  MeetingError,
  buildMinutes,
  finaliseMeeting,
  getMeeting,
  minutesFileBase,
  monthTextsFor,
  saveMeetingDraft,
  useMeetingContext,
  warningsFor,
} from '../../services/meetings';
import { useOwnUnit } from '../../services/settings';

export type MeetingPatch = Partial<Meeting>;
export type ExportKind = 'pdf' | 'docx' | 'print';

export function useMeetingEditor(id: string) {
  const unit = useOwnUnit();
  const [meeting, setMeeting] = useState<Meeting>();
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState<ExportKind>();
  const context = useMeetingContext(meeting, unit);
  const members = useMemo(() => context?.members ?? [], [context?.members]);
  const draft = useDraft<Meeting>({
    label: meeting ? `Biên bản sinh hoạt chi bộ ${periodLabel(meeting.period).toLowerCase()}` : 'Biên bản sinh hoạt chi bộ',
    save: saveMeetingDraft,
    validate: (m) => meetingInputErrors(m, members),
    disabled: meeting?.state === 'finalised',
    ...(meeting ? { journal: { kind: 'meeting' as const, id: meeting.id } } : {}),
  });
  const saveErrors = draft.error && draft.status === 'error' ? [draft.error] : [];
  const errors = draft.problems.length > 0 ? draft.problems : saveErrors;

  useEffect(() => {
    void getMeeting(id).then((m) => {
      if (!m) setMissing(true);
      else setMeeting(m);
    });
  }, [id]);

  const sortedMembers = useMemo(() => sortMembers(members, true), [members]);
  const rows = useMemo(() => (meeting ? attendanceRows(meeting, members) : []), [meeting, members]);
  const counts = useMemo(() => countAttendance(rows), [rows]);
  const warnings = useMemo(() => (meeting && context ? warningsFor(meeting, context) : []), [meeting, context]);
  const rubric = context?.rules.rubric;
  const quorum = context?.rules.quorum.data;

  if (missing) return { status: 'missing' } as const;
  if (!meeting || !unit || !context || !rubric || !quorum) return { status: 'loading' } as const;

  const locked = meeting.state === 'finalised';
  const issuerCode = context.header.issuerCode;

  const flush = async () => {
    try {
      await draft.flush();
    } catch (e) {
      if (e instanceof MeetingError) notifications.show({ color: 'red', message: e.problems.join(' ') });
    }
  };

  const update = (patch: MeetingPatch) => {
    if (meeting.state === 'finalised') return;
    const next = { ...meeting, ...patch };
    setMeeting(next);
    draft.change(next);
  };

  const fileBase = minutesFileBase(meeting);
  const exportPdf = async (print: boolean) => {
    setBusy(print ? 'print' : 'pdf');
    try {
      await flush();
      const bytes = await buildMinutes(meeting, context, 'pdf');
      if (print) await getDesktopApi().printPdf({ bytes, suggestedName: `${fileBase}.pdf` });
      else {
        const saved = await getDesktopApi().saveFile({
          suggestedName: `${fileBase}.pdf`,
          bytes,
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
        });
        if (saved) notifications.show({ color: 'green', message: `Đã lưu biên bản: ${saved.path}` });
      }
    } catch (e) {
      notifications.show({ color: 'red', message: `Không tạo được tệp PDF: ${errorMessage(e, '')}` });
    } finally {
      setBusy(undefined);
    }
  };
  const exportDocx = async () => {
    setBusy('docx');
    try {
      await flush();
      const bytes = await buildMinutes(meeting, context, 'docx');
      const saved = await getDesktopApi().saveFile({
        suggestedName: `${fileBase}.docx`,
        bytes,
        filters: [{ name: 'Word', extensions: ['docx'] }],
      });
      if (saved) notifications.show({ color: 'green', message: `Đã lưu biên bản Word: ${saved.path}` });
    } catch (e) {
      notifications.show({ color: 'red', message: `Không tạo được tệp Word: ${errorMessage(e, '')}` });
    } finally {
      setBusy(undefined);
    }
  };

  const pullFromMonth = async () => {
    update(await monthTextsFor(meeting, context));
  };

  const streak = rows.some(
    (r) => r.status === 'vang_co_ly_do' && excusedStreak(r.memberId, meeting, context.others) > quorum.maxConsecutiveExcusedAbsences,
  );
  const score = meeting.quality ? scoreRubric(rubric.data, meeting.quality.scores) : undefined;
  const setScores = (scores: Record<string, number>) => {
    const s = scoreRubric(rubric.data, scores);
    update({ quality: { rubricCode: rubric.code, scores, total: s.total, level: s.level.code } });
  };
  const setScore = (code: string, value: number | undefined) => {
    const scores = { ...(meeting.quality?.scores ?? {}) };
    if (value === undefined) delete scores[code];
    else scores[code] = value;
    setScores(scores);
  };
  const suggestFromFigures = () => {
    const suggested = suggestScores(rubric.data, {
      type: meeting.type,
      startTime: meeting.startTime,
      endTime: meeting.endTime,
      counts,
      excusedStreak: streak,
      tasksDonePercent: tasksDonePercent(meeting.lastMonthReview),
      minDuration: minimumDuration(meeting.type, quorum),
    });
    setScores({ ...(meeting.quality?.scores ?? {}), ...suggested });
  };

  /** Thông qua biên bản; true when it is done. */
  const finalise = async (): Promise<boolean> => {
    await flush();
    try {
      const done = await finaliseMeeting(meeting, { confirmed: true });
      setMeeting(done);
      notifications.show({
        color: 'green',
        message: `Đã thông qua biên bản ${documentNumberText(done.documentNumber, 'BB', issuerCode)}.`,
      });
      return true;
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e, 'Không thông qua được biên bản.') });
      return false;
    }
  };

  return {
    status: 'ready',
    meeting,
    context,
    rubric,
    quorum,
    draft,
    errors,
    locked,
    issuerCode,
    sortedMembers,
    rows,
    counts,
    warnings,
    score,
    finaliseIssues: finaliseProblems({ ...meeting, attendance: rows }),
    busy,
    update,
    setMeeting,
    setScore,
    suggestFromFigures,
    pullFromMonth,
    exportPdf,
    exportDocx,
    finalise,
  } as const;
}

export type MeetingEditor = Extract<ReturnType<typeof useMeetingEditor>, { status: 'ready' }>;
