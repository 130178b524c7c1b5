/**
 * Đảng phí in the aggregator: the sums over the units' reports for each month of the year (counts
 * and amounts are summed, never averaged) and the units that have not reported the month's dues.
 */
import { Card, Table, Text, Title } from '@mantine/core';
import { formatInteger } from '../../core/text';
import { computeDuesDashboard } from '../../services/aggregator';
import { useLive } from '../../services/live';

const monthLabel = (p: string) => `Tháng ${Number(p.slice(5, 7))}/${p.slice(0, 4)}`;

export function DuesPanel({ periodKey }: { periodKey: string }) {
  const d = useLive(() => computeDuesDashboard(periodKey), [periodKey]);
  if (!d || (d.months.length === 0 && d.reported.length === 0)) return null;
  return (
    <Card withBorder aria-label="Đảng phí các đơn vị">
      <Title order={3} size="h4" mb={4}>
        Đảng phí năm {d.year}
      </Title>
      {d.month ? (
        <Text data-testid="dues-totals-line">
          {monthLabel(d.period)}: {d.reported.length} đơn vị báo cáo; {formatInteger(d.month.paidMembers)}/
          {formatInteger(d.month.owedMembers)} đảng viên đã nộp đủ; thu {formatInteger(d.month.collected)} đồng (phải thu{' '}
          {formatInteger(d.month.expected)} đồng).
        </Text>
      ) : (
        <Text>Chưa đơn vị nào báo cáo đảng phí {monthLabel(d.period).toLowerCase()}.</Text>
      )}
      {d.missing.length > 0 && (
        <Text size="sm" c="#a34100" data-testid="dues-missing">
          Chưa báo cáo đảng phí {monthLabel(d.period).toLowerCase()}: {d.missing.map((m) => m.unitName).join(', ')}
        </Text>
      )}
      {d.months.length > 0 && (
        <Table striped withTableBorder mt="xs" data-testid="dues-months" aria-label={`Đảng phí các tháng năm ${d.year}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Tháng</Table.Th>
              <Table.Th ta="right">Phải nộp</Table.Th>
              <Table.Th ta="right">Đã nộp đủ</Table.Th>
              <Table.Th ta="right">Chưa nộp</Table.Th>
              <Table.Th ta="right">Phải thu (đồng)</Table.Th>
              <Table.Th ta="right">Đã thu (đồng)</Table.Th>
              <Table.Th ta="right">Qua Cổng DVC</Table.Th>
              <Table.Th ta="right">Tiền mặt</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.months.map((m) => (
              <Table.Tr key={m.period}>
                <Table.Td>{monthLabel(m.period)}</Table.Td>
                <Table.Td ta="right">{formatInteger(m.owedMembers)}</Table.Td>
                <Table.Td ta="right">{formatInteger(m.paidMembers)}</Table.Td>
                <Table.Td ta="right">{formatInteger(m.unpaidMembers)}</Table.Td>
                <Table.Td ta="right">{formatInteger(m.expected)}</Table.Td>
                <Table.Td ta="right">{formatInteger(m.collected)}</Table.Td>
                <Table.Td ta="right">{formatInteger(m.collectedByChannel.cong_dvc)}</Table.Td>
                <Table.Td ta="right">{formatInteger(m.collectedByChannel.tien_mat + m.collectedByChannel.unknown)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
