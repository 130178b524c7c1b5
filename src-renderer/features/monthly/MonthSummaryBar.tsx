/** The month at a glance above the grid: reported, levels, praise, reminders, the save state. */
import type { ReactNode } from 'react';
import { Badge, Group, Text } from '@mantine/core';
import type { MonthSummary, MonthlyScale } from '../../core/monthly';
import type { DraftStatus } from '../../services/drafts';

interface Props {
  scale: MonthlyScale;
  summary: MonthSummary;
  status: DraftStatus;
  /** More in the same wrapping row (the grid's buttons at large text, where rows are short). */
  children?: ReactNode;
}

/** The save state is one short line; what went wrong and "Thử lưu lại" are in SaveProblem below it. */
export function MonthSummaryBar({ scale, summary, status, children }: Props) {
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
        {status === 'saved' ? 'Đã lưu' : status === 'error' ? 'Chưa lưu được — sẽ tự thử lại' : 'Đang lưu…'}
      </Text>
      {children}
    </Group>
  );
}
