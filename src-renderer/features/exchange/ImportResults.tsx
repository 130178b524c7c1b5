/** After an import: each file's outcome, what changed, and undo for a replaced report. */
import { Badge, Button, Card, Table, Text, Title } from '@mantine/core';
import type { ApplyResult } from '../../services/exchange';

const OUTCOME: Record<ApplyResult['outcome'], { color: string; label: string }> = {
  applied: { color: 'green', label: 'Đã nhập' },
  unchanged: { color: 'gray', label: 'Không thay đổi' },
  refused: { color: 'red', label: 'Không nhập' },
};

export function ImportResults({ results, onUndo }: { results: ApplyResult[]; onUndo: (index: number) => void }) {
  return (
    <Card withBorder data-testid="import-results">
      <Title order={4} mb="xs">
        Kết quả nhập
      </Title>
      <Table>
        <Table.Tbody>
          {results.map((r, i) => (
            <Table.Tr key={`${r.fileName}-${i}`}>
              <Table.Td>{r.fileName}</Table.Td>
              <Table.Td>
                <Badge color={OUTCOME[r.outcome].color}>{OUTCOME[r.outcome].label}</Badge>
              </Table.Td>
              <Table.Td>
                {r.message}
                {r.changes.length > 0 && (
                  <Text size="xs" c="dimmed">
                    {r.changes.join(' ')}
                  </Text>
                )}
                {r.replaced && (
                  <Button size="compact-xs" variant="default" mt={4} onClick={() => onUndo(i)}>
                    Hoàn tác (khôi phục báo cáo đã thay)
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
