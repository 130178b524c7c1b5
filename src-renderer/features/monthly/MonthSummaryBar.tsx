/** The month at a glance above the grid: reported, levels, praise, reminders, the save state. */
import { Badge, Group, Text } from '@mantine/core';
import type { MonthSummary, MonthlyScale } from '../../core/monthly';
import type { DraftStatus } from '../../services/drafts';

interface Props {
  scale: MonthlyScale;
  summary: MonthSummary;
  status: DraftStatus;
  error?: string;
}

export function MonthSummaryBar({ scale, summary, status, error }: Props) {
  return (
    <Group gap="xs">
      <Badge variant="light" size="lg">
        Đã báo cáo: {summary.reported}/{summary.expected}
      </Badge>
      {scale.data.levels.map((l) => (
        <Badge key={l.code} variant="outline" color={l.good ? 'green' : 'orange'}>
          {l.label}: {summary.byLevel[l.code] ?? 0}
        </Badge>
      ))}
      <Badge variant="outline" color="blue">
        Biểu dương: {summary.praised}
      </Badge>
      <Badge variant="outline" color="grape">
        Nhắc nhở: {summary.reminded}
      </Badge>
      <Text size="sm" c={status === 'error' ? 'red' : 'dimmed'} role="status" data-testid="save-status">
        {status === 'saved' ? 'Đã lưu' : status === 'error' ? `Chưa lưu được: ${error ?? ''} — sẽ thử lại` : 'Đang lưu…'}
      </Text>
    </Group>
  );
}
