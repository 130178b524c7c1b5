/**
 * "Nợ từ trước": a member who already owed months when the cell started keeping its dues in the
 * app — nợ từ tháng …, số tháng còn nợ … — entered once. The months count in the warnings and the
 * sheet says "còn nợ … tháng từ trước" until a payment covers them (core/dues arrears).
 */
import { useState } from 'react';
import { AsyncButton } from '../../ui/AsyncButton';
import { Alert, Group, NativeSelect, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { arrearsOwedText, arrearsThrough, parsePeriodText, periodText, type DuesSheet, type DuesSheetMember } from '../../core/dues';
import type { Member } from '../../core/model';
import { periodLabel } from '../../core/text';
import { errorMessage } from '../../services/errors';
import { saveArrears } from '../../services/dues';

interface Props {
  members: Array<Member & DuesSheetMember>;
  sheet: DuesSheet;
  /** First month kept in the app, if any (the arrears end before it). */
  since?: string;
  onSaved: () => void;
}

export function ArrearsPanel({ members, sheet, since, onSaved }: Props) {
  const [memberId, setMemberId] = useState(members[0]?.id ?? '');
  const [from, setFrom] = useState('');
  const [months, setMonths] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string>();
  const owed = new Map(sheet.rows.map((r) => [r.memberId, r.arrearsOwed]));
  const withArrears = members.filter((m) => m.duesArrears);

  const save = async () => {
    const fromPeriod = parsePeriodText(from);
    if (!fromPeriod) return setProblem('Nợ từ tháng: nhập tháng/năm, ví dụ 06/2026.');
    const n = Number(months.trim());
    if (!/^\d{1,2}$/u.test(months.trim()) || n < 1) return setProblem('Số tháng còn nợ: nhập một số nguyên từ 1 trở lên, ví dụ 3.');
    try {
      await saveArrears(memberId, { from: fromPeriod, months: n, ...(note.trim() ? { note } : {}) });
      setProblem(undefined);
      const name = members.find((m) => m.id === memberId)?.fullName ?? '';
      notifications.show({
        color: 'green',
        message: `Đã ghi nợ đảng phí từ trước của đồng chí ${name}: ${n} tháng từ ${periodLabel(fromPeriod)}.`,
      });
      setFrom('');
      setMonths('');
      setNote('');
      onSaved();
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };

  const remove = async (m: Member) => {
    try {
      await saveArrears(m.id, undefined);
      notifications.show({ message: `Đã xóa nợ từ trước của đồng chí ${m.fullName}.` });
      onSaved();
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };

  return (
    <Stack gap="sm">
      <Text size="sm">
        Ghi một lần cho đồng chí còn nợ đảng phí từ trước khi chi bộ dùng ứng dụng
        {since ? ` (trước ${periodLabel(since)}, tháng đầu tiên có bảng thu)` : ''}. Các tháng nợ được tính vào cảnh báo không nộp đảng phí
        và hiện ở bảng thu cho đến khi đồng chí truy nộp.
      </Text>
      <Paper withBorder p="sm">
        <Group align="end" wrap="wrap">
          <NativeSelect
            label="Đồng chí"
            value={memberId}
            onChange={(e) => setMemberId(e.currentTarget.value)}
            data={members.map((m) => ({ value: m.id, label: m.fullName }))}
            w={240}
          />
          <TextInput label="Nợ từ tháng" placeholder="tháng/năm" value={from} onChange={(e) => setFrom(e.currentTarget.value)} w={130} />
          <TextInput
            label="Số tháng còn nợ"
            inputMode="numeric"
            value={months}
            onChange={(e) => setMonths(e.currentTarget.value)}
            w={130}
          />
          <TextInput label="Ghi chú" value={note} onChange={(e) => setNote(e.currentTarget.value)} w={240} />
          <AsyncButton onClick={() => save()}>Ghi nợ từ trước</AsyncButton>
        </Group>
        {problem && (
          <Alert color="red" role="alert" mt="sm" title="Chưa lưu">
            {problem}
          </Alert>
        )}
      </Paper>
      {withArrears.length === 0 ? (
        <Text size="sm" c="dimmed">
          Chưa ghi đồng chí nào còn nợ từ trước.
        </Text>
      ) : (
        <Table withTableBorder aria-label="Đảng viên còn nợ đảng phí từ trước">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Họ và tên</Table.Th>
              <Table.Th>Nợ từ tháng</Table.Th>
              <Table.Th>Đến tháng</Table.Th>
              <Table.Th>Số tháng</Table.Th>
              <Table.Th>Tình trạng {periodLabel(sheet.period)}</Table.Th>
              <Table.Th>Ghi chú</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {withArrears.map((m) => {
              const a = m.duesArrears!;
              const left = owed.get(m.id);
              return (
                <Table.Tr key={m.id}>
                  <Table.Td>{m.fullName}</Table.Td>
                  <Table.Td>{periodText(a.from)}</Table.Td>
                  <Table.Td>{periodText(arrearsThrough(a))}</Table.Td>
                  <Table.Td>{a.months}</Table.Td>
                  <Table.Td>{left === undefined ? '' : left.length ? arrearsOwedText(left) : 'Đã truy nộp đủ'}</Table.Td>
                  <Table.Td>{a.note ?? ''}</Table.Td>
                  <Table.Td>
                    <AsyncButton
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => remove(m)}
                      aria-label={`Xóa nợ từ trước của ${m.fullName}`}
                    >
                      Xóa
                    </AsyncButton>
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
