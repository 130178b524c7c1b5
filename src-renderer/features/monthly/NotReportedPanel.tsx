/** Beside the grid: who has not assessed the month yet (a click goes to the member's row). */
import { Paper, Stack, Text } from '@mantine/core';
import type { Member } from '../../core/model';
import { periodLabel } from '../../core/text';

export function NotReportedPanel({ missing, period, onPick }: { missing: Member[]; period: string; onPick: (member: Member) => void }) {
  return (
    <Paper withBorder p="sm" w={250} aria-label="Chưa báo cáo">
      <Text fw={600} mb={4}>
        Chưa báo cáo ({missing.length})
      </Text>
      {missing.length === 0 ? (
        <Text size="sm" c="green">
          Tất cả đảng viên đã tự đánh giá {periodLabel(period)}.
        </Text>
      ) : (
        <Stack gap={2} data-testid="not-reported">
          {missing.map((m) => (
            <Text key={m.id} size="sm" style={{ cursor: 'pointer' }} onClick={() => onPick(m)}>
              {m.fullName}
            </Text>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
