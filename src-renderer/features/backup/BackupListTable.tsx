/** The backups of the folder: when, why, size, what each holds, and "Khôi phục" (backup page, start-up recovery). */
import { Badge, Button, Table, Text } from '@mantine/core';
import { ActionsHeader } from '../../ui/ActionsHeader';
import type { BackupInfo } from '../../platform/desktop-api';
import { countsText, describeName, formatDateTime } from './format';
import { formatBytes } from './storage';
import type { SummaryState } from './useBackupList';

interface Props {
  backups: BackupInfo[];
  summaries: Record<string, SummaryState>;
  /** The table's accessible name. */
  label: string;
  /** Every "Khôi phục" button is off (something is running). */
  disabled: boolean;
  onRestore: (name: string) => void;
  rowTestId?: string;
}

export function BackupListTable({ backups, summaries, label, disabled, onRestore, rowTestId }: Props) {
  return (
    <Table striped highlightOnHover verticalSpacing="xs" aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Thời điểm</Table.Th>
          <Table.Th>Lý do</Table.Th>
          <Table.Th>Dung lượng</Table.Th>
          <Table.Th>Nội dung</Table.Th>
          <ActionsHeader />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {backups.map((b) => {
          const d = describeName(b.name);
          const s = summaries[b.name];
          const broken = typeof s === 'object' && 'error' in s;
          const when = formatDateTime(d.takenAt ?? b.modifiedAt);
          return (
            <Table.Tr key={b.name} data-testid={rowTestId}>
              <Table.Td>{when}</Table.Td>
              <Table.Td>{d.reason}</Table.Td>
              <Table.Td>{formatBytes(b.sizeBytes)}</Table.Td>
              <Table.Td>
                {s === undefined || s === 'loading' ? (
                  <Text size="sm" c="dimmed">
                    Đang đọc…
                  </Text>
                ) : broken ? (
                  <Badge color="red" title={s.error}>
                    Tệp hỏng, không dùng được
                  </Badge>
                ) : (
                  <Text size="sm">{countsText(s.counts)}</Text>
                )}
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="light"
                  disabled={broken || disabled}
                  onClick={() => onRestore(b.name)}
                  aria-label={`Khôi phục bản ${when}`}
                >
                  Khôi phục
                </Button>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
