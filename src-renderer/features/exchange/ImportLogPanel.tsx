/** The exchange log: every file imported or exported, newest first. */
import { useMemo } from 'react';
import { Table, Text } from '@mantine/core';
import { KIND_LABELS } from '../../core/exchange';
import { listImportLog } from '../../services/exchange';
import { useLive as useLiveQuery } from '../../services/live';

const pad = (n: number) => String(n).padStart(2, '0');
export function dateTime(iso: string): string {
  const d = new Date(iso);
  return `${pad(d.getHours())}:${pad(d.getMinutes())} ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

export function ImportLogPanel() {
  const log = useLiveQuery(() => listImportLog(), []);
  const rows = useMemo(() => log ?? [], [log]);
  if (rows.length === 0) return <Text c="dimmed">Chưa nhập hay xuất tệp nào.</Text>;
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Thời gian</Table.Th>
          <Table.Th>Tệp</Table.Th>
          <Table.Th>Loại</Table.Th>
          <Table.Th>Đơn vị</Table.Th>
          <Table.Th>Nội dung</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>{dateTime(r.at)}</Table.Td>
            <Table.Td>{r.fileName}</Table.Td>
            <Table.Td>{KIND_LABELS[r.kind as keyof typeof KIND_LABELS] ?? r.kind}</Table.Td>
            <Table.Td>{r.unitCode}</Table.Td>
            <Table.Td>{r.message}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
