/** 2. Điểm danh: who is present, absent with or without reason; the party fees. */
import { Button, Group, NativeSelect, Table, Text, TextInput, Textarea } from '@mantine/core';
import type { AttendanceStatus, Member } from '../../core/model';
import {
  ATTENDANCE_LABELS,
  ATTENDANCE_ORDER,
  refreshAttendance,
  setAttendance,
  type AttendanceCounts,
  type AttendanceRow,
} from '../../core/meetings';
import { formatPercent } from '../../core/text';
import { Section, type SectionProps } from './Section';

interface Props extends SectionProps {
  rows: AttendanceRow[];
  counts: AttendanceCounts;
  /** The members in list order (the refresh keeps it). */
  members: Member[];
}

export function AttendanceSection({ meeting, update, rows, counts, members }: Props) {
  return (
    <Section title="2. Điểm danh">
      <Group justify="space-between">
        <Text size="sm" data-testid="attendance-summary">
          Tổng số {counts.total} (chính thức {counts.official}, dự bị {counts.probationary}) · phải triệu tập {counts.counted} (chính thức{' '}
          {counts.countedOfficial}) · có mặt{' '}
          <b>
            {counts.present}/{counts.counted} ({formatPercent(counts.present, counts.counted)})
          </b>{' '}
          · chính thức có mặt {counts.presentOfficial}/{counts.countedOfficial} · vắng có lý do {counts.absentWithReason} · vắng không lý do{' '}
          {counts.absentWithoutReason}
        </Text>
        <Button
          size="xs"
          variant="default"
          onClick={() => update({ attendance: refreshAttendance(meeting.attendance, members, meeting.date) })}
        >
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
                  onChange={(e) =>
                    update({ attendance: setAttendance(meeting.attendance, r.memberId, e.currentTarget.value as AttendanceStatus) })
                  }
                />
              </Table.Td>
              <Table.Td>
                {r.status === 'vang_co_ly_do' && (
                  <TextInput
                    size="xs"
                    aria-label={`Lý do vắng của ${r.name}`}
                    value={r.reason ?? ''}
                    onChange={(e) =>
                      update({ attendance: setAttendance(meeting.attendance, r.memberId, 'vang_co_ly_do', e.currentTarget.value) })
                    }
                  />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Textarea
        label="Tình hình thu nộp đảng phí"
        autosize
        minRows={1}
        value={meeting.partyFees}
        onChange={(e) => update({ partyFees: e.currentTarget.value })}
      />
    </Section>
  );
}
