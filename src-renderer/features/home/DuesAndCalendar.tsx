/**
 * "Tháng này" additions: the đảng phí warnings of the month (unpaid 2 months → nhắc nhở; 3 → the
 * chi bộ must consider xóa tên) and the Lịch việc items overdue or due soon, each with its link.
 */
import { Link } from 'react-router';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { CalendarItemState } from '../../core/calendar';
import { formatDate, periodLabel, weekdayName } from '../../core/text';
import { useCalendarDueSoon } from '../../services/calendar';
import { useDuesWarnings } from '../../services/dues';

const STATE: Record<CalendarItemState, { label: string; color: string }> = {
  done: { label: 'Đã xong', color: '#237032' },
  overdue: { label: 'Quá hạn', color: '#c92a2a' },
  soon: { label: 'Sắp đến hạn', color: '#a34100' },
  later: { label: 'Chưa đến lúc', color: '#495057' },
};

export function DuesAndCalendar({ period, isCurrent }: { period: string; isCurrent: boolean }) {
  const dues = useDuesWarnings(period);
  const soon = useCalendarDueSoon();
  const items = isCurrent ? (soon ?? []) : [];
  return (
    <>
      {dues && dues.warnings.length > 0 && (
        <Paper withBorder p="md" aria-label="Cảnh báo đảng phí">
          <Title order={3} size="h4" mb="xs">
            Đảng phí: {dues.warnings.length} đồng chí không nộp (tính đến {periodLabel(dues.period).toLowerCase()})
          </Title>
          <Stack gap={4} data-testid="home-dues-warnings">
            {dues.warnings.map((w) => (
              <Text key={w.memberId} c={w.level === 'consider_removal' ? '#c92a2a' : '#a34100'}>
                {w.level === 'consider_removal' ? '‼ ' : '! '}
                {w.message}
              </Text>
            ))}
          </Stack>
          <Button component={Link} to={`/dang-phi?thang=${period}`} mt="sm" size="sm">
            Mở bảng thu đảng phí
          </Button>
        </Paper>
      )}
      {items.length > 0 && (
        <Paper withBorder p="md" aria-label="Lịch việc sắp đến hạn">
          <Title order={3} size="h4" mb="xs">
            Lịch việc: {items.length} việc quá hạn hoặc sắp đến hạn
          </Title>
          <Stack gap="xs" data-testid="home-calendar">
            {items.map((item) => (
              <Group key={item.key} justify="space-between" wrap="nowrap" align="start">
                <Stack gap={0}>
                  <Group gap="xs">
                    <Text fw={600}>{item.title}</Text>
                    <Badge color={STATE[item.state].color} variant="filled" radius="sm" style={{ textTransform: 'none' }}>
                      {STATE[item.state].label}
                    </Badge>
                  </Group>
                  <Text size="sm">
                    {weekdayName(item.date)}, {formatDate(item.date)}
                  </Text>
                </Stack>
                <Button component={Link} to={item.path} size="xs" variant="default">
                  Mở
                </Button>
              </Group>
            ))}
          </Stack>
          <Button component={Link} to={`/lich-viec?nam=${period.slice(0, 4)}`} mt="sm" size="sm" variant="light">
            Xem lịch việc cả năm
          </Button>
        </Paper>
      )}
    </>
  );
}
