import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { AttendanceStatus, Meeting, MeetingType, Member, TaskRow } from '../../core/model';
import {
  AMENDABLE_FIELDS,
  ATTENDANCE_LABELS,
  ATTENDANCE_ORDER,
  MEETING_TYPE_LABELS,
  attendanceRows,
  countAttendance,
  documentNumberText,
  excusedStreak,
  finaliseProblems,
  finaliseQuestions,
  NOT_SCORED_LABEL,
  scoreText,
  amendmentFieldLabel,
  AMENDABLE_ATTENDANCE,
  meetingInputErrors,
  endTimeProblem,
  minimumDuration,
  minutesSubject,
  refreshAttendance,
  scoreRubric,
  setAttendance,
  suggestScores,
  tasksDonePercent,
  voteOutcome,
  type AmendableField,
  type MeetingRubric,
  type RubricGroup,
} from '../../core/meetings';
import { PARTY_POSITION_LABELS } from '../../core/members/labels';
import { formatDate, formatPercent, isValidIsoDate, parseDate, periodLabel, periodOf, sortMembers } from '../../core/text';
import { draftStatusText, useDraft } from '../../services/drafts';
import { errorMessage } from '../../services/errors';
import {
  MeetingError,
  amendMeeting,
  buildMinutes,
  finaliseMeeting,
  getMeeting,
  minutesFileBase,
  monthTextsFor,
  saveMeetingDraft,
  useMeetingContext,
  warningsFor,
  type AmendmentRequest,
} from '../../services/meetings';
import { useOwnUnit } from '../../services/settings';
import { getDesktopApi } from '../../platform';

const TASK_STATUS = [
  { value: '', label: '—' },
  { value: 'xong', label: 'Hoàn thành' },
  { value: 'dang_lam', label: 'Đang thực hiện' },
  { value: 'chua_xong', label: 'Chưa hoàn thành' },
];

export function MeetingForm() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const unit = useOwnUnit();
  const [meeting, setMeeting] = useState<Meeting>();
  const [missing, setMissing] = useState(false);
  const [dateText, setDateText] = useState('');
  const [finaliseOpen, setFinaliseOpen] = useState(false);
  const [busy, setBusy] = useState<string>();
  const context = useMeetingContext(meeting, unit);
  const members = useMemo(() => context?.members ?? [], [context?.members]);
  const draft = useDraft<Meeting>({
    label: meeting ? `Biên bản sinh hoạt chi bộ ${periodLabel(meeting.period).toLowerCase()}` : 'Biên bản sinh hoạt chi bộ',
    save: saveMeetingDraft,
    validate: (m) => meetingInputErrors(m, members),
    disabled: meeting?.state === 'finalised',
  });
  const saveErrors = draft.error && draft.status === 'error' ? [draft.error] : [];
  const errors = draft.problems.length > 0 ? draft.problems : saveErrors;

  useEffect(() => {
    void getMeeting(id).then((m) => {
      if (!m) setMissing(true);
      else {
        setMeeting(m);
        setDateText(formatDate(m.date));
      }
    });
  }, [id]);

  const flush = async () => {
    try {
      await draft.flush();
    } catch (e) {
      if (e instanceof MeetingError) notifications.show({ color: 'red', message: e.problems.join(' ') });
    }
  };

  const update = (patch: Partial<Meeting>) => {
    if (!meeting || meeting.state === 'finalised') return;
    const next = { ...meeting, ...patch };
    setMeeting(next);
    draft.change(next);
  };

  const sortedMembers = useMemo(() => sortMembers(members, true), [members]);
  const rows = useMemo(() => (meeting ? attendanceRows(meeting, members) : []), [meeting, members]);
  const counts = useMemo(() => countAttendance(rows), [rows]);
  const warnings = useMemo(() => (meeting && context ? warningsFor(meeting, context) : []), [meeting, context]);
  const rubric = context?.rules.rubric;
  const quorum = context?.rules.quorum.data;

  if (missing) return <Alert color="red">Không tìm thấy buổi sinh hoạt này.</Alert>;
  if (!meeting || !unit || !context || !rubric || !quorum) return <Text c="dimmed">Đang tải…</Text>;

  const locked = meeting.state === 'finalised';
  const issuerCode = context.header.issuerCode;
  const memberOptions = [{ value: '', label: '— chọn —' }, ...sortedMembers.map((m) => ({ value: m.id, label: m.fullName }))];
  const byId = new Map(members.map((m) => [m.id, m]));

  const fileBase = minutesFileBase(meeting);

  const exportPdf = async (print: boolean) => {
    setBusy(print ? 'print' : 'pdf');
    try {
      await flush();
      const bytes = await buildMinutes(meeting, context, 'pdf');
      if (print) await getDesktopApi().printPdf({ bytes, suggestedName: `${fileBase}.pdf` });
      else {
        const saved = await getDesktopApi().saveFile({ suggestedName: `${fileBase}.pdf`, bytes, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
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
      const saved = await getDesktopApi().saveFile({ suggestedName: `${fileBase}.docx`, bytes, filters: [{ name: 'Word', extensions: ['docx'] }] });
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

  const chooseMember = (memberId: string): Member | undefined => byId.get(memberId);
  const finaliseIssues = finaliseProblems({ ...meeting, attendance: rows });
  const streak = rows.some((r) => r.status === 'vang_co_ly_do' && excusedStreak(r.memberId, meeting, context.others) > quorum.maxConsecutiveExcusedAbsences);
  const score = meeting.quality ? scoreRubric(rubric.data, meeting.quality.scores) : undefined;
  const setScore = (code: string, value: number | undefined) => {
    const scores = { ...(meeting.quality?.scores ?? {}) };
    if (value === undefined) delete scores[code];
    else scores[code] = value;
    const s = scoreRubric(rubric.data, scores);
    update({ quality: { rubricCode: rubric.code, scores, total: s.total, level: s.level.code } });
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="start">
        <div>
          <Button variant="subtle" size="xs" onClick={() => navigate('..')} px={0}>
            ‹ Danh sách buổi sinh hoạt
          </Button>
          <Title order={2}>{minutesSubject(meeting)}</Title>
          <Group gap="xs">
            <Text size="sm">{documentNumberText(meeting.documentNumber, 'BB', issuerCode)}</Text>
            {locked ? <Badge color="green">Đã thông qua ngày {formatDate(meeting.finalisedAt)}</Badge> : <Badge color="gray">Bản nháp</Badge>}
            {!locked && (
              <Text size="sm" c={draft.status === 'error' || draft.status === 'invalid' ? 'red' : 'dimmed'} role="status" data-testid="meeting-save-status">
                {draftStatusText(draft.status)}
              </Text>
            )}
          </Group>
        </div>
        <Group gap="xs">
          <Button variant="default" loading={busy === 'pdf'} onClick={() => void exportPdf(false)}>
            Xuất PDF
          </Button>
          <Button variant="default" loading={busy === 'docx'} onClick={() => void exportDocx()}>
            Xuất Word (.docx)
          </Button>
          <Button variant="default" loading={busy === 'print'} onClick={() => void exportPdf(true)}>
            In biên bản
          </Button>
          {!locked && <Button onClick={() => setFinaliseOpen(true)}>Thông qua biên bản</Button>}
        </Group>
      </Group>

      {errors.length > 0 && (
        <Alert color="red" title="Chưa lưu được — hãy sửa:" role="alert" data-testid="meeting-errors">
          {errors.map((e) => (
            <div key={e}>{e}</div>
          ))}
        </Alert>
      )}
      {locked && (
        <Alert color="blue">
          Biên bản đã được thông qua nên không sửa trực tiếp được. Muốn sửa, dùng phần “Đính chính” ở cuối trang: ghi rõ ngày, lý do và người đính chính.
        </Alert>
      )}

      <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
        <Fieldset disabled={locked} variant="unstyled" style={{ flex: 1, minWidth: 0 }}>
          <Stack gap="sm">
            <Section title="1. Thông tin chung">
              <Group grow align="start">
                <NativeSelect
                  label="Loại buổi sinh hoạt"
                  value={meeting.type}
                  onChange={(e) => update({ type: e.currentTarget.value as MeetingType })}
                  data={Object.entries(MEETING_TYPE_LABELS).map(([value, label]) => ({ value, label }))}
                />
                <TextInput
                  label="Ngày sinh hoạt"
                  value={dateText}
                  onChange={(e) => setDateText(e.currentTarget.value)}
                  onBlur={() => {
                    const d = parseDate(dateText);
                    if (d && isValidIsoDate(d)) update({ date: d, period: periodOf(d) });
                    else setDateText(formatDate(meeting.date));
                  }}
                />
                <TimeField label="Giờ bắt đầu" value={meeting.startTime} onCommit={(v) => v && update({ startTime: v })} />
                <TimeField label="Giờ kết thúc" value={meeting.endTime ?? ''} onCommit={(v) => update({ endTime: v })} problem={endTimeProblem(meeting.startTime, meeting.endTime)} />
              </Group>
              <TextInput label="Địa điểm" value={meeting.place} onChange={(e) => update({ place: e.currentTarget.value })} />
              <Group grow align="start">
                <NativeSelect
                  label="Chủ trì"
                  value={meeting.chairMemberId ?? ''}
                  data={memberOptions}
                  onChange={(e) => {
                    const m = chooseMember(e.currentTarget.value);
                    update({ chairMemberId: m?.id, chairName: m?.fullName, chairTitle: m ? PARTY_POSITION_LABELS[m.partyPosition] : undefined });
                  }}
                />
                <TextInput label="Chức vụ của chủ trì" value={meeting.chairTitle ?? ''} onChange={(e) => update({ chairTitle: e.currentTarget.value })} />
                <NativeSelect
                  label="Thư ký"
                  value={meeting.secretaryMemberId ?? ''}
                  data={memberOptions}
                  onChange={(e) => {
                    const m = chooseMember(e.currentTarget.value);
                    update({ secretaryMemberId: m?.id, secretaryName: m?.fullName });
                  }}
                />
              </Group>
              <Textarea label="Đại biểu cấp trên dự (nếu có)" autosize minRows={1} value={meeting.guests} onChange={(e) => update({ guests: e.currentTarget.value })} />
            </Section>

            <Section title="2. Điểm danh">
              <Group justify="space-between">
                <Text size="sm" data-testid="attendance-summary">
                  Tổng số {counts.total} (chính thức {counts.official}, dự bị {counts.probationary}) · phải triệu tập {counts.counted} (chính thức {counts.countedOfficial}) · có mặt{' '}
                  <b>
                    {counts.present}/{counts.counted} ({formatPercent(counts.present, counts.counted)})
                  </b>{' '}
                  · chính thức có mặt {counts.presentOfficial}/{counts.countedOfficial} · vắng có lý do {counts.absentWithReason} · vắng không lý do {counts.absentWithoutReason}
                </Text>
                <Button size="xs" variant="default" onClick={() => update({ attendance: refreshAttendance(meeting.attendance, sortedMembers, meeting.date) })}>
                  Cập nhật theo danh sách đảng viên
                </Button>
              </Group>
              <Table withRowBorders verticalSpacing={2} aria-label="Điểm danh">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>TT</Table.Th>
                    <Table.Th>Họ và tên</Table.Th>
                    <Table.Th>Tình trạng</Table.Th>
                    <Table.Th>Lý do vắng</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r, i) => (
                    <Table.Tr key={r.memberId}>
                      <Table.Td>{i + 1}</Table.Td>
                      <Table.Td>
                        {r.name}
                        {!r.official && (
                          <Text span size="xs" c="dimmed">
                            {' '}
                            (dự bị)
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <NativeSelect
                          size="xs"
                          aria-label={`Điểm danh ${r.name}`}
                          value={r.status}
                          data={ATTENDANCE_ORDER.map((s) => ({ value: s, label: ATTENDANCE_LABELS[s] }))}
                          onChange={(e) => update({ attendance: setAttendance(meeting.attendance, r.memberId, e.currentTarget.value as AttendanceStatus) })}
                        />
                      </Table.Td>
                      <Table.Td>
                        {r.status === 'vang_co_ly_do' && (
                          <TextInput
                            size="xs"
                            aria-label={`Lý do vắng của ${r.name}`}
                            value={r.reason ?? ''}
                            onChange={(e) => update({ attendance: setAttendance(meeting.attendance, r.memberId, 'vang_co_ly_do', e.currentTarget.value) })}
                          />
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Textarea label="Tình hình thu nộp đảng phí" autosize minRows={1} value={meeting.partyFees} onChange={(e) => update({ partyFees: e.currentTarget.value })} />
            </Section>

            <Section title="3. Nội dung sinh hoạt">
              <Textarea label="Thông tin thời sự, quán triệt văn bản cấp trên" autosize minRows={2} value={meeting.news} onChange={(e) => update({ news: e.currentTarget.value })} />
              <Textarea label="Tình hình tư tưởng của đảng viên" autosize minRows={2} value={meeting.ideology} onChange={(e) => update({ ideology: e.currentTarget.value })} />
              <TaskTable
                title="Đánh giá kết quả thực hiện nghị quyết tháng trước"
                rows={meeting.lastMonthReview}
                mode="review"
                onChange={(lastMonthReview) => update({ lastMonthReview })}
              />
              <Group justify="space-between" align="end">
                <Text fw={600} size="sm">
                  Đảng viên báo cáo việc thực hiện nêu gương
                </Text>
                <Button size="xs" variant="light" onClick={() => void pullFromMonth()}>
                  Lấy từ bảng tự đánh giá tháng
                </Button>
              </Group>
              <Textarea
                aria-label="Đảng viên báo cáo việc thực hiện nêu gương"
                autosize
                minRows={3}
                value={meeting.exampleReports}
                onChange={(e) => update({ exampleReports: e.currentTarget.value })}
              />
              <Group grow align="start">
                <Textarea label="Biểu dương đảng viên" autosize minRows={1} value={meeting.praise} onChange={(e) => update({ praise: e.currentTarget.value })} />
                <Textarea label="Nhắc nhở đảng viên" autosize minRows={1} value={meeting.reminders} onChange={(e) => update({ reminders: e.currentTarget.value })} />
              </Group>
              <TaskTable title="Phương hướng, nhiệm vụ tháng tới" rows={meeting.nextTasks} mode="next" onChange={(nextTasks) => update({ nextTasks })} />
              <Text fw={600} size="sm">
                Ý kiến thảo luận
              </Text>
              {meeting.speeches.map((s, i) => (
                <Group key={i} align="start" wrap="nowrap">
                  <TextInput
                    aria-label={`Người phát biểu ${i + 1}`}
                    placeholder="Người phát biểu"
                    value={s.speaker}
                    w={220}
                    onChange={(e) => update({ speeches: meeting.speeches.map((x, j) => (j === i ? { ...x, speaker: e.currentTarget.value } : x)) })}
                  />
                  <Textarea
                    aria-label={`Tóm tắt ý kiến ${i + 1}`}
                    placeholder="Tóm tắt ý kiến"
                    autosize
                    minRows={1}
                    style={{ flex: 1 }}
                    value={s.summary}
                    onChange={(e) => update({ speeches: meeting.speeches.map((x, j) => (j === i ? { ...x, summary: e.currentTarget.value } : x)) })}
                  />
                  <ActionIcon variant="subtle" color="red" aria-label={`Xóa ý kiến ${i + 1}`} onClick={() => update({ speeches: meeting.speeches.filter((_, j) => j !== i) })}>
                    ×
                  </ActionIcon>
                </Group>
              ))}
              <Button size="xs" variant="default" w="fit-content" onClick={() => update({ speeches: [...meeting.speeches, { speaker: '', summary: '' }] })}>
                Thêm ý kiến
              </Button>
              <Textarea label="Kết luận của chủ trì" autosize minRows={2} value={meeting.conclusion} onChange={(e) => update({ conclusion: e.currentTarget.value })} />
            </Section>

            <Section title="4. Biểu quyết">
              <Text size="sm" c="dimmed" data-testid="vote-official-note">
                Chỉ đảng viên chính thức biểu quyết (đảng viên dự bị không có quyền biểu quyết — Điều lệ Đảng, Điều 3 khoản 4). Nhập số phiếu của{' '}
                {counts.presentOfficial} đảng viên chính thức có mặt; tỷ lệ tính trên {counts.countedOfficial} đảng viên chính thức được triệu tập.
              </Text>
              {meeting.votes.map((v, i) => {
                const o = voteOutcome(v, counts, quorum);
                const set = (patch: Partial<typeof v>) => update({ votes: meeting.votes.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
                return (
                  <Paper key={i} withBorder p="xs">
                    <Group align="end" wrap="wrap">
                      <TextInput label="Nội dung biểu quyết" value={v.subject} onChange={(e) => set({ subject: e.currentTarget.value })} style={{ flex: 1, minWidth: 260 }} />
                      <NumberInput label="Tán thành" min={0} w={100} value={v.inFavour} onChange={(x) => set({ inFavour: Number(x) || 0 })} />
                      <NumberInput label="Không tán thành" min={0} w={120} value={v.against} onChange={(x) => set({ against: Number(x) || 0 })} />
                      <NumberInput label="Ý kiến khác" min={0} w={100} value={v.other} onChange={(x) => set({ other: Number(x) || 0 })} />
                      <Checkbox
                        label="Công tác xây dựng Đảng (kết nạp, chuyển chính thức, kỷ luật)"
                        checked={v.partyBuilding}
                        onChange={(e) => set({ partyBuilding: e.currentTarget.checked })}
                      />
                      <Checkbox label="Kết nạp (cần 2/3)" checked={v.kind === 'admission'} onChange={(e) => set({ kind: e.currentTarget.checked ? 'admission' : undefined, partyBuilding: e.currentTarget.checked || v.partyBuilding })} />
                      <ActionIcon variant="subtle" color="red" aria-label={`Xóa biểu quyết ${i + 1}`} onClick={() => update({ votes: meeting.votes.filter((_, j) => j !== i) })}>
                        ×
                      </ActionIcon>
                    </Group>
                    <Text size="sm" mt={4} c={o.passed ? 'green.8' : 'red.8'} data-testid={`vote-result-${i}`}>
                      Tán thành {o.inFavourText} · không tán thành {o.againstText} · ý kiến khác {o.otherText} — {o.passed ? 'được thông qua' : 'chưa được thông qua'} (cần {o.requirement}).
                    </Text>
                  </Paper>
                );
              })}
              <Button
                size="xs"
                variant="default"
                w="fit-content"
                onClick={() =>
                  update({
                    votes: [...meeting.votes, { subject: `thông qua nghị quyết tháng ${Number(meeting.period.slice(5))}/${meeting.period.slice(0, 4)}`, partyBuilding: false, inFavour: counts.presentOfficial, against: 0, other: 0 }],
                  })
                }
              >
                Thêm biểu quyết
              </Button>
            </Section>

            {(meeting.type === 'chuyen_de' || meeting.type === 'ket_hop' || meeting.topic) && (
              <Section title="5. Sinh hoạt chuyên đề">
                {(['title', 'presenter', 'discussion', 'conclusion'] as const).map((k) => (
                  <Textarea
                    key={k}
                    label={{ title: 'Tên chuyên đề', presenter: 'Người trình bày', discussion: 'Thảo luận', conclusion: 'Kết luận' }[k]}
                    autosize
                    minRows={1}
                    value={meeting.topic?.[k] ?? ''}
                    onChange={(e) =>
                      update({ topic: { title: '', presenter: '', discussion: '', conclusion: '', ...meeting.topic, [k]: e.currentTarget.value } })
                    }
                  />
                ))}
              </Section>
            )}

            <Section title="6. Tự chấm điểm chất lượng buổi sinh hoạt">
              <Group justify="space-between">
                <Text size="sm" c="dimmed">
                  {rubric.name}
                </Text>
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => {
                    const suggested = suggestScores(rubric.data, {
                      type: meeting.type,
                      startTime: meeting.startTime,
                      endTime: meeting.endTime,
                      counts,
                      excusedStreak: streak,
                      tasksDonePercent: tasksDonePercent(meeting.lastMonthReview),
                      minDuration: minimumDuration(meeting.type, quorum),
                    });
                    const scores = { ...(meeting.quality?.scores ?? {}), ...suggested };
                    const s = scoreRubric(rubric.data, scores);
                    update({ quality: { rubricCode: rubric.code, scores, total: s.total, level: s.level.code } });
                  }}
                >
                  Gợi ý điểm từ số liệu
                </Button>
              </Group>
              <Table verticalSpacing={2} aria-label="Chấm điểm">
                <Table.Tbody>
                  {rubric.data.groups.map((g) => (
                    <RubricGroupRows key={g.code} group={g} scores={meeting.quality?.scores ?? {}} subtotal={score?.byGroup[g.code] ?? 0} onScore={setScore} />
                  ))}
                </Table.Tbody>
              </Table>
              <Text fw={700} data-testid="quality-total">
                Tổng điểm: {score ? scoreText(rubric.data, score) : `${NOT_SCORED_LABEL}`}
              </Text>
              {score && !score.complete && (
                <Text size="sm" c="dimmed">
                  Khi chưa chấm đủ mọi tiêu chí, biên bản ghi “chưa chấm” và không gửi xếp loại chất lượng lên cấp trên.
                </Text>
              )}
            </Section>
          </Stack>
        </Fieldset>

        <Paper withBorder p="sm" w={300} style={{ position: 'sticky', top: 70 }} aria-label="Cảnh báo">
          <Text fw={600} mb={4}>
            Cảnh báo ({warnings.length})
          </Text>
          {warnings.length === 0 ? (
            <Text size="sm" c="green">
              Không có cảnh báo.
            </Text>
          ) : (
            <Stack gap={6} data-testid="warnings">
              {warnings.map((w, i) => (
                <Alert key={i} color="yellow" p={6}>
                  <Text size="xs">{w.message}</Text>
                </Alert>
              ))}
            </Stack>
          )}
          <Text size="xs" c="dimmed" mt={6}>
            Cảnh báo không ngăn việc lưu hay thông qua biên bản.
          </Text>
        </Paper>
      </div>

      {locked && <AmendPanel meeting={meeting} rubric={rubric} onAmended={setMeeting} />}

      <Modal opened={finaliseOpen} onClose={() => setFinaliseOpen(false)} title="Thông qua biên bản" size="lg">
        <FinaliseDialog
          problems={finaliseIssues}
          warnings={warnings.map((w) => w.message)}
          questions={finaliseQuestions(meeting, rubric)}
          onConfirm={async () => {
            await flush();
            try {
              const done = await finaliseMeeting(meeting, { confirmed: true });
              setMeeting(done);
              setFinaliseOpen(false);
              notifications.show({ color: 'green', message: `Đã thông qua biên bản ${documentNumberText(done.documentNumber, 'BB', issuerCode)}.` });
            } catch (e) {
              notifications.show({ color: 'red', message: errorMessage(e, 'Không thông qua được biên bản.') });
            }
          }}
        />
      </Modal>
    </Stack>
  );
}

/** "HH:mm" typed as text (24-hour, as written in minutes); "14h", "14:5", "1400" are accepted. */
function TimeField({ label, value, onCommit, problem }: { label: string; value: string; onCommit: (value: string | undefined) => void; problem?: string }) {
  const [text, setText] = useState(value);
  const [error, setError] = useState<string>();
  useEffect(() => setText(value), [value]);
  return (
    <TextInput
      label={label}
      value={text}
      placeholder="14:00"
      maxLength={5}
      error={error ?? problem}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={() => {
        const t = text.trim();
        if (!t) {
          setError(undefined);
          onCommit(undefined);
          return;
        }
        const m = /^(\d{1,2})\s*(?:[:hg.]\s*(\d{1,2})?)?$/u.exec(t) ?? /^(\d{2})(\d{2})$/u.exec(t);
        const h = m ? Number(m[1]) : NaN;
        const min = m?.[2] ? Number(m[2]) : 0;
        if (!m || h > 23 || min > 59) {
          setError('Nhập giờ dạng giờ:phút, ví dụ 14:00.');
          return;
        }
        const v = `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
        setError(undefined);
        setText(v);
        onCommit(v);
      }}
    />
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        {/* h3 under the page's h2 (no skipped level), at the size of an h4. */}
        <Title order={3} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function TaskTable({ title, rows, mode, onChange }: { title: string; rows: TaskRow[]; mode: 'review' | 'next'; onChange: (rows: TaskRow[]) => void }) {
  const set = (i: number, patch: Partial<TaskRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {title}
      </Text>
      {rows.map((r, i) => (
        <Group key={i} wrap="nowrap" align="start">
          <TextInput aria-label={`${title}: nhiệm vụ ${i + 1}`} placeholder="Nhiệm vụ" value={r.task} style={{ flex: 1 }} onChange={(e) => set(i, { task: e.currentTarget.value })} />
          <TextInput aria-label={`${title}: người thực hiện ${i + 1}`} placeholder="Người thực hiện" value={r.assignee ?? ''} w={170} onChange={(e) => set(i, { assignee: e.currentTarget.value })} />
          {mode === 'review' ? (
            <>
              <NativeSelect
                aria-label={`${title}: tình trạng ${i + 1}`}
                value={r.status ?? ''}
                data={TASK_STATUS}
                w={150}
                onChange={(e) => set(i, { status: (e.currentTarget.value || undefined) as TaskRow['status'] })}
              />
              <TextInput aria-label={`${title}: kết quả ${i + 1}`} placeholder="Kết quả" value={r.result ?? ''} w={170} onChange={(e) => set(i, { result: e.currentTarget.value })} />
            </>
          ) : (
            <TextInput
              aria-label={`${title}: thời hạn ${i + 1}`}
              placeholder="Thời hạn (dd/mm/yyyy)"
              defaultValue={formatDate(r.deadline)}
              w={150}
              onBlur={(e) => set(i, { deadline: parseDate(e.currentTarget.value) })}
            />
          )}
          <ActionIcon variant="subtle" color="red" aria-label={`Xóa dòng ${i + 1}`} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            ×
          </ActionIcon>
        </Group>
      ))}
      <Button size="xs" variant="default" w="fit-content" onClick={() => onChange([...rows, { task: '' }])}>
        Thêm dòng
      </Button>
    </Stack>
  );
}

function RubricGroupRows({
  group,
  scores,
  subtotal,
  onScore,
}: {
  group: RubricGroup;
  scores: Record<string, number>;
  subtotal: number;
  onScore: (code: string, value: number | undefined) => void;
}) {
  return (
    <>
      <Table.Tr style={{ background: 'var(--mantine-color-gray-1)' }}>
        <Table.Td fw={600}>{group.label}</Table.Td>
        <Table.Td fw={600} ta="right">
          {subtotal}/{group.max}
        </Table.Td>
      </Table.Tr>
      {group.criteria.map((c) => (
        <Table.Tr key={c.code}>
          <Table.Td>
            <Text size="sm">{c.label}</Text>
            {c.guidance && (
              <Text size="xs" c="dimmed">
                {c.guidance}
              </Text>
            )}
          </Table.Td>
          <Table.Td w={130}>
            <NumberInput
              size="xs"
              aria-label={`Điểm: ${c.label}`}
              min={0}
              max={c.max}
              step={0.5}
              suffix={` / ${c.max}`}
              value={scores[c.code] ?? ''}
              onChange={(v) => onScore(c.code, v === '' ? undefined : Number(v))}
            />
          </Table.Td>
        </Table.Tr>
      ))}
    </>
  );
}

function FinaliseDialog({ problems, warnings, questions, onConfirm }: { problems: string[]; warnings: string[]; questions: string[]; onConfirm: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [answered, setAnswered] = useState(false);
  return (
    <Stack>
      {problems.length > 0 ? (
        <Alert color="red" title="Chưa thông qua được — còn thiếu:">
          {problems.map((p) => (
            <div key={p}>{p}</div>
          ))}
        </Alert>
      ) : (
        <Text size="sm">
          Sau khi thông qua, biên bản được cấp số và khóa lại; mọi thay đổi sau đó phải ghi thành đính chính có ngày và lý do.
        </Text>
      )}
      {warnings.length > 0 && (
        <Alert color="yellow" title="Lưu ý (không ngăn việc thông qua)">
          {warnings.map((w) => (
            <div key={w}>{w}</div>
          ))}
        </Alert>
      )}
      {questions.length > 0 && (
        <Alert color="orange" title="Cần xác nhận trước khi thông qua">
          {questions.map((q) => (
            <div key={q}>{q}</div>
          ))}
          <Checkbox mt="xs" label="Vẫn thông qua, điểm chất lượng ghi “chưa chấm”" checked={answered} onChange={(e) => setAnswered(e.currentTarget.checked)} />
        </Alert>
      )}
      <Group justify="flex-end">
        <Button
          disabled={problems.length > 0 || (questions.length > 0 && !answered)}
          loading={busy}
          onClick={async () => {
            setBusy(true);
            await onConfirm();
            setBusy(false);
          }}
        >
          Xác nhận thông qua biên bản
        </Button>
      </Group>
    </Stack>
  );
}

function AmendPanel({ meeting, rubric, onAmended }: { meeting: Meeting; rubric: MeetingRubric; onAmended: (m: Meeting) => void }) {
  // "conclusion" (a text field), "score:<criterion>", "attendance:<memberId>" or "vote:<index>".
  const [target, setTarget] = useState<string>('conclusion');
  const [after, setAfter] = useState(String(meeting.conclusion));
  const [scoreValue, setScoreValue] = useState<number | string>('');
  const [status, setStatus] = useState<string>('co_mat');
  const [absenceReason, setAbsenceReason] = useState('');
  const [tally, setTally] = useState({ inFavour: 0, against: 0, other: 0 });
  const [reason, setReason] = useState('');
  const [by, setBy] = useState(meeting.chairName ?? '');
  const [problems, setProblems] = useState<string[]>([]);
  const [kind, key] = target.includes(':') ? (target.split(':', 2) as [string, string]) : ['text', target];
  const options = [
    { group: 'Nội dung', items: Object.entries(AMENDABLE_FIELDS).map(([value, label]) => ({ value, label })) },
    { group: 'Điểm chất lượng', items: rubric.data.groups.flatMap((g) => g.criteria).map((c) => ({ value: `score:${c.code}`, label: `Điểm: ${c.label}` })) },
    {
      group: 'Điểm danh',
      items: meeting.attendance.filter((a) => AMENDABLE_ATTENDANCE.includes(a.status)).map((a) => ({ value: `attendance:${a.memberId}`, label: `Điểm danh: ${a.name ?? a.memberId}` })),
    },
    { group: 'Biểu quyết', items: meeting.votes.map((v, i) => ({ value: `vote:${i}`, label: `Biểu quyết: ${v.subject}` })) },
  ].filter((g) => g.items.length > 0);
  const choose = (t: string) => {
    setTarget(t);
    const [k, id] = t.includes(':') ? (t.split(':', 2) as [string, string]) : ['text', t];
    if (k === 'text') setAfter(String(meeting[t as AmendableField] ?? ''));
    if (k === 'score') setScoreValue(meeting.quality?.scores[id] ?? '');
    if (k === 'attendance') {
      const e = meeting.attendance.find((a) => a.memberId === id);
      setStatus(e?.status ?? 'co_mat');
      setAbsenceReason(e?.reason ?? '');
    }
    if (k === 'vote') {
      const v = meeting.votes[Number(id)];
      if (v) setTally({ inFavour: v.inFavour, against: v.against, other: v.other });
    }
  };
  const input = (): AmendmentRequest => {
    const meta = { reason, by };
    if (kind === 'score') return { field: 'score', criterion: key, value: scoreValue === '' ? undefined : Number(scoreValue), ...meta };
    if (kind === 'attendance') return { field: 'attendance', memberId: key, status: status as AttendanceStatus, absenceReason, ...meta };
    if (kind === 'vote') return { field: 'vote', index: Number(key), ...tally, ...meta };
    return { field: key as AmendableField, after, ...meta };
  };
  return (
    <Paper withBorder p="sm">
      <Title order={3} size="h4">
        Đính chính biên bản đã thông qua
      </Title>
      {meeting.amendments.length > 0 && (
        <Table mt="xs" aria-label="Các lần đính chính">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Ngày</Table.Th>
              <Table.Th>Mục</Table.Th>
              <Table.Th>Nội dung cũ</Table.Th>
              <Table.Th>Nội dung mới</Table.Th>
              <Table.Th>Lý do</Table.Th>
              <Table.Th>Người đính chính</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {meeting.amendments.map((a, i) => (
              <Table.Tr key={i}>
                <Table.Td>{formatDate(a.at)}</Table.Td>
                <Table.Td>{amendmentFieldLabel(meeting, a.field, rubric)}</Table.Td>
                <Table.Td>{a.before}</Table.Td>
                <Table.Td>{a.after}</Table.Td>
                <Table.Td>{a.reason}</Table.Td>
                <Table.Td>{a.by}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Stack gap="xs" mt="xs">
        <NativeSelect label="Mục cần đính chính" value={target} data={options} onChange={(e) => choose(e.currentTarget.value)} />
        {kind === 'text' && <Textarea label="Nội dung sau khi đính chính" autosize minRows={2} value={after} onChange={(e) => setAfter(e.currentTarget.value)} />}
        {kind === 'score' && (
          <NumberInput label="Điểm sau khi đính chính (để trống: chưa chấm)" min={0} step={0.5} decimalSeparator="," value={scoreValue} onChange={setScoreValue} w={260} />
        )}
        {kind === 'attendance' && (
          <Group grow>
            <NativeSelect
              label="Điểm danh sau khi đính chính"
              value={status}
              data={AMENDABLE_ATTENDANCE.map((s) => ({ value: s, label: ATTENDANCE_LABELS[s] }))}
              onChange={(e) => setStatus(e.currentTarget.value)}
            />
            {status === 'vang_co_ly_do' && <TextInput label="Lý do vắng" value={absenceReason} onChange={(e) => setAbsenceReason(e.currentTarget.value)} />}
          </Group>
        )}
        {kind === 'vote' && (
          <Group>
            <NumberInput label="Tán thành (sau đính chính)" min={0} allowDecimal={false} w={190} value={tally.inFavour} onChange={(v) => setTally({ ...tally, inFavour: Number(v) || 0 })} />
            <NumberInput label="Không tán thành (sau đính chính)" min={0} allowDecimal={false} w={220} value={tally.against} onChange={(v) => setTally({ ...tally, against: Number(v) || 0 })} />
            <NumberInput label="Ý kiến khác (sau đính chính)" min={0} allowDecimal={false} w={200} value={tally.other} onChange={(v) => setTally({ ...tally, other: Number(v) || 0 })} />
          </Group>
        )}
        <Group grow>
          <TextInput label="Lý do đính chính" value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <TextInput label="Người đính chính" value={by} onChange={(e) => setBy(e.currentTarget.value)} />
        </Group>
        {problems.length > 0 && (
          <Alert color="red">
            {problems.map((p) => (
              <div key={p}>{p}</div>
            ))}
          </Alert>
        )}
        <Button
          w="fit-content"
          onClick={async () => {
            try {
              const m = await amendMeeting(meeting.id, input());
              setProblems([]);
              setReason('');
              onAmended(m);
              notifications.show({ color: 'green', message: 'Đã ghi đính chính.' });
            } catch (e) {
              setProblems(e instanceof MeetingError ? e.problems : [errorMessage(e, 'Không ghi được đính chính.')]);
            }
          }}
        >
          Ghi đính chính
        </Button>
      </Stack>
    </Paper>
  );
}
