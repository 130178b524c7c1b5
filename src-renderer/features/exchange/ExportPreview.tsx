/** What the file will hold, before it is saved: kind, unit, period, counts (and the report's main figures). */
import { Card, Stack, Table, Text } from '@mantine/core';
import { KIND_LABELS, periodText, type Envelope } from '../../core/exchange';
import { formatInteger } from '../../core/text';
import { COUNT_LABELS } from '../../services/exchange';

export function ExportPreview({ preview }: { preview: Envelope }) {
  const stats = preview.kind === 'unit_report' ? preview.payload.statistics : undefined;
  return (
    <Card withBorder data-testid="export-preview">
      <Stack gap="xs">
        <Text fw={700}>
          {KIND_LABELS[preview.kind]} — {preview.unit.name} ({periodText(preview.period)})
        </Text>
        <Table withTableBorder>
          <Table.Tbody>
            {Object.entries(preview.counts).map(([k, v]) => (
              <Table.Tr key={k}>
                <Table.Td>Số {COUNT_LABELS[k] ?? k}</Table.Td>
                <Table.Td ta="right">{formatInteger(v)}</Table.Td>
              </Table.Tr>
            ))}
            {stats && (
              <>
                <Table.Tr>
                  <Table.Td>Đảng viên cuối kỳ / phải đăng ký / đã đăng ký</Table.Td>
                  <Table.Td ta="right">
                    {stats.members} / {stats.requiredToRegister} / {stats.registered}
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Td>Số tháng có báo cáo nêu gương</Table.Td>
                  <Table.Td ta="right">{stats.reportedMonths.length}</Table.Td>
                </Table.Tr>
              </>
            )}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
}
