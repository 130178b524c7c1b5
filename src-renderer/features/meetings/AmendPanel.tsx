/** Đính chính: the amendments of finalised minutes, and a new one (dated, with reason and author). */
import { useState } from 'react';
import { AsyncButton } from '../../ui/AsyncButton';
import { notifications } from '@mantine/notifications';
import { Alert, Group, NativeSelect, NumberInput, Paper, Stack, Table, TextInput, Textarea, Title } from '@mantine/core';
import type { AttendanceStatus, Meeting } from '../../core/model';
import {
  AMENDABLE_ATTENDANCE,
  AMENDABLE_FIELDS,
  ATTENDANCE_LABELS,
  amendmentFieldLabel,
  type AmendableField,
  type MeetingRubric,
} from '../../core/meetings';
import { formatDate } from '../../core/text';
import { FieldRow } from '../../ui/FieldRow';
import { errorMessage } from '../../services/errors';
import { MeetingError, amendMeeting, type AmendmentRequest } from '../../services/meetings';

export function AmendPanel({ meeting, rubric, onAmended }: { meeting: Meeting; rubric: MeetingRubric; onAmended: (m: Meeting) => void }) {
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
    {
      group: 'Điểm chất lượng',
      items: rubric.data.groups.flatMap((g) => g.criteria).map((c) => ({ value: `score:${c.code}`, label: `Điểm: ${c.label}` })),
    },
    {
      group: 'Điểm danh',
      items: meeting.attendance
        .filter((a) => AMENDABLE_ATTENDANCE.includes(a.status))
        .map((a) => ({ value: `attendance:${a.memberId}`, label: `Điểm danh: ${a.name ?? a.memberId}` })),
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
        {kind === 'text' && (
          <Textarea
            label="Nội dung sau khi đính chính"
            autosize
            minRows={2}
            value={after}
            onChange={(e) => setAfter(e.currentTarget.value)}
          />
        )}
        {kind === 'score' && (
          <NumberInput
            label="Điểm sau khi đính chính (để trống: chưa chấm)"
            min={0}
            step={0.5}
            decimalSeparator=","
            value={scoreValue}
            onChange={setScoreValue}
            w={260}
          />
        )}
        {kind === 'attendance' && (
          <FieldRow>
            <NativeSelect
              label="Điểm danh sau khi đính chính"
              value={status}
              data={AMENDABLE_ATTENDANCE.map((s) => ({ value: s, label: ATTENDANCE_LABELS[s] }))}
              onChange={(e) => setStatus(e.currentTarget.value)}
            />
            {status === 'vang_co_ly_do' && (
              <TextInput label="Lý do vắng" value={absenceReason} onChange={(e) => setAbsenceReason(e.currentTarget.value)} />
            )}
          </FieldRow>
        )}
        {kind === 'vote' && (
          <Group>
            <NumberInput
              label="Tán thành (sau đính chính)"
              min={0}
              allowDecimal={false}
              w={190}
              value={tally.inFavour}
              onChange={(v) => setTally({ ...tally, inFavour: Number(v) || 0 })}
            />
            <NumberInput
              label="Không tán thành (sau đính chính)"
              min={0}
              allowDecimal={false}
              w={220}
              value={tally.against}
              onChange={(v) => setTally({ ...tally, against: Number(v) || 0 })}
            />
            <NumberInput
              label="Ý kiến khác (sau đính chính)"
              min={0}
              allowDecimal={false}
              w={200}
              value={tally.other}
              onChange={(v) => setTally({ ...tally, other: Number(v) || 0 })}
            />
          </Group>
        )}
        <FieldRow>
          <TextInput label="Lý do đính chính" value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <TextInput label="Người đính chính" value={by} onChange={(e) => setBy(e.currentTarget.value)} />
        </FieldRow>
        {problems.length > 0 && (
          <Alert color="red">
            {problems.map((p) => (
              <div key={p}>{p}</div>
            ))}
          </Alert>
        )}
        <AsyncButton
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
        </AsyncButton>
      </Stack>
    </Paper>
  );
}
