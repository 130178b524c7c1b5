import { useState } from 'react';
import { AsyncButton } from '../../ui/AsyncButton';
import { Route, Routes, useNavigate } from 'react-router';
import { Alert, Badge, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useLive as useLiveQuery } from '../../services/live';
import { useOwnUnit } from '../../services/settings';
import type { MeetingType } from '../../core/model';
import { MEETING_TYPE_LABELS, documentNumberText, minutesSubject } from '../../core/meetings';
import { formatDate, parseDate } from '../../core/text';
import { profileOn } from '../../core/units';
import { createMeeting, listMeetings } from '../../services/meetings';
import { MeetingForm } from './MeetingForm';
import { MinutesBookButton } from './MinutesBookButton';
import { clock } from '../../platform/clock';
import { parseYearParam, useUrlParam } from '../../ui/url-state';

export default function MeetingsPage() {
  return (
    <Routes>
      <Route index element={<MeetingList />} />
      <Route path=":id" element={<MeetingForm />} />
    </Routes>
  );
}

function MeetingList() {
  const unit = useOwnUnit();
  const navigate = useNavigate();
  const allMeetings = useLiveQuery(() => (unit ? listMeetings(unit.id) : []), [unit?.id], []);
  const [year, setYear] = useUrlParam('nam', parseYearParam, clock.thisYear);
  const years = [...new Set([clock.thisYear(), year, ...allMeetings.map((m) => Number(m.date.slice(0, 4)))])].sort((a, b) => b - a);
  const meetings = allMeetings.filter((m) => m.date.startsWith(`${year}-`));
  const [dateText, setDateText] = useState(formatDate(clock.today()));
  const [type, setType] = useState<MeetingType>('thuong_ky');
  const [error, setError] = useState<string>();
  if (!unit) return <Alert color="yellow">Chưa thiết lập chi bộ. Hãy hoàn thành phần thiết lập ban đầu.</Alert>;

  const create = async () => {
    const date = parseDate(dateText);
    if (!date) {
      setError('Ngày sinh hoạt không hợp lệ. Nhập dạng ngày/tháng/năm, ví dụ 03/11/2026.');
      return;
    }
    setError(undefined);
    const m = await createMeeting({ unitId: unit.id, date, type });
    void navigate(m.id);
  };

  return (
    <Stack>
      <Title order={2}>Sinh hoạt chi bộ và biên bản</Title>
      <Paper withBorder p="sm">
        <Group align="end">
          <TextInput
            label="Ngày sinh hoạt"
            value={dateText}
            onChange={(e) => setDateText(e.currentTarget.value)}
            placeholder="03/11/2026"
            w={150}
            error={error}
          />
          <NativeSelect
            label="Loại buổi sinh hoạt"
            value={type}
            onChange={(e) => setType(e.currentTarget.value as MeetingType)}
            data={Object.entries(MEETING_TYPE_LABELS).map(([value, label]) => ({ value, label }))}
            w={320}
          />
          <AsyncButton onClick={() => create()}>Thêm buổi sinh hoạt</AsyncButton>
        </Group>
        <Text size="xs" c="dimmed" mt={4}>
          Danh sách điểm danh được lấy sẵn từ danh sách đảng viên vào ngày sinh hoạt; chủ trì, thư ký, địa điểm và nhiệm vụ tháng trước được
          lấy từ buổi gần nhất.
        </Text>
      </Paper>
      <NativeSelect
        label="Năm"
        value={String(year)}
        onChange={(e) => setYear(Number(e.currentTarget.value))}
        data={years.map((y) => ({ value: String(y), label: `Năm ${y}` }))}
        w={140}
      />
      <MinutesBookButton unit={unit} year={year} meetings={meetings} />
      {meetings.length === 0 ? (
        <Text c="dimmed">Chưa có buổi sinh hoạt nào trong năm {year}.</Text>
      ) : (
        <Table striped highlightOnHover aria-label="Danh sách buổi sinh hoạt">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Ngày</Table.Th>
              <Table.Th>Nội dung</Table.Th>
              <Table.Th>Số biên bản</Table.Th>
              <Table.Th>Tình trạng</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {meetings.map((m) => {
              const profile = profileOn(unit, m.date);
              return (
                <Table.Tr key={m.id} style={{ cursor: 'pointer' }} onClick={() => navigate(m.id)}>
                  <Table.Td>{formatDate(m.date)}</Table.Td>
                  <Table.Td>
                    <a href={`#/sinh-hoat/${m.id}`} onClick={(e) => e.preventDefault()}>
                      {minutesSubject(m)}
                    </a>
                  </Table.Td>
                  <Table.Td>{m.documentNumber ? documentNumberText(m.documentNumber, 'BB', profile?.issuerCode ?? 'CB') : '—'}</Table.Td>
                  <Table.Td>
                    {m.state === 'finalised' ? (
                      <Badge color="green">Đã thông qua{m.amendments.length > 0 ? ` · ${m.amendments.length} đính chính` : ''}</Badge>
                    ) : (
                      <Badge color="gray">Bản nháp</Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
