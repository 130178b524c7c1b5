import { Link } from 'react-router';
import { Alert, Anchor, Badge, Box, Button, Group, List, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useLive as useLiveQuery } from '../../services/live';
import { useOwnUnit } from '../../services/settings';
import { STATE_LABELS, missingReportsText, nextStep, routineCounts, type RoutineStep, type StepState } from '../../core/routine';
import { currentProfile } from '../../core/units';
import { formatDate, periodLabel, weekdayName } from '../../core/text';
import { loadRoutine, type AggregatorRoutine, type CellRoutine } from '../../services/routine';
import { clock } from '../../platform/clock';
import { parsePeriodParam, useUrlParam } from '../../ui/url-state';
import { PeriodPicker } from '../../ui/PeriodPicker';
import { DuesAndCalendar } from './DuesAndCalendar';

/** Colours chosen for contrast with white text (WCAG AA at every text size). */
const STATE_STYLE: Record<StepState, { color: string; mark: string }> = {
  done: { color: '#237032', mark: '✓' },
  in_progress: { color: '#1864ab', mark: '…' },
  todo: { color: '#a34100', mark: '!' },
  overdue: { color: '#c92a2a', mark: '!' },
  upcoming: { color: '#495057', mark: '·' },
};

function StateBadge({ state }: { state: StepState }) {
  return (
    <Badge color={STATE_STYLE[state].color} variant="filled" size="lg" radius="sm" style={{ textTransform: 'none' }}>
      {STATE_LABELS[state]}
    </Badge>
  );
}

function Bullet({ state }: { state: StepState }) {
  return (
    <Box
      aria-hidden
      bg={STATE_STYLE[state].color}
      c="white"
      fw={700}
      style={{
        width: '100%',
        height: '100%',
        borderRadius: '50%',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        fontSize: '1rem',
      }}
    >
      {STATE_STYLE[state].mark}
    </Box>
  );
}

function StepItem({ step }: { step: RoutineStep }) {
  return (
    <Stack gap={6}>
      <Group gap="sm" wrap="wrap">
        <Text fw={700} size="lg" component="h4" m={0}>
          {step.title}
        </Text>
        <StateBadge state={step.state} />
      </Group>
      <Text>{step.detail}</Text>
      <Group gap="md" wrap="wrap">
        {step.due && (
          <Text fw={600} c={step.state === 'overdue' ? 'red.9' : 'gray.8'}>
            {step.key === 'meeting' ? 'Ngày sinh hoạt' : 'Hạn'}: {weekdayName(step.due)}, {formatDate(step.due)}
          </Text>
        )}
        <Button
          component={Link}
          to={step.path}
          variant={step.state === 'done' || step.state === 'upcoming' ? 'default' : 'filled'}
          size="sm"
        >
          {step.action}
        </Button>
      </Group>
    </Stack>
  );
}

function StepTimeline({ steps, label }: { steps: RoutineStep[]; label: string }) {
  return (
    <Timeline bulletSize={30} lineWidth={3} role="list" aria-label={label} active={-1}>
      {steps.map((s) => (
        <Timeline.Item key={s.key} role="listitem" bullet={<Bullet state={s.state} />} data-step={s.key} data-state={s.state}>
          <StepItem step={s} />
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

function CellHome({ routine, today }: { routine: CellRoutine; today: string }) {
  const monthly = routine.steps.filter((s) => !s.yearly);
  const yearly = routine.steps.filter((s) => s.yearly);
  const next = nextStep(routine.steps);
  const counts = routineCounts(routine.steps);
  const isCurrent = routine.period === today.slice(0, 7);
  return (
    <Stack>
      {next ? (
        <Alert color={next.state === 'overdue' ? 'red' : 'blue'} variant="outline" title="Việc nên làm tiếp theo" role="status">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text>
              <strong>{next.title}</strong>: {next.detail}
            </Text>
            <Button component={Link} to={next.path}>
              {next.action}
            </Button>
          </Group>
        </Alert>
      ) : (
        <Alert
          color="green"
          variant="outline"
          title={isCurrent ? 'Đã xong các việc trong tháng' : 'Đã xong các việc của tháng'}
          role="status"
        >
          <Text>Không còn việc nào cần làm lúc này.</Text>
        </Alert>
      )}
      <Text>
        Đã xong {counts.done}/{routine.steps.length} việc
        {counts.overdue > 0 ? `, ${counts.overdue} việc quá hạn` : ''}.
      </Text>
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="md">
          Các việc của {periodLabel(routine.period)}
        </Title>
        <StepTimeline steps={monthly} label={`Các việc của ${periodLabel(routine.period)}`} />
      </Paper>
      <DuesAndCalendar period={routine.period} isCurrent={isCurrent} />
      {yearly.length > 0 && (
        <Paper withBorder p="md">
          <Title order={3} size="h4" mb="md">
            Việc trong năm
          </Title>
          <StepTimeline steps={yearly} label="Việc trong năm" />
        </Paper>
      )}
    </Stack>
  );
}

function AggregatorHome({ routine }: { routine: AggregatorRoutine }) {
  return (
    <Stack>
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">
          Báo cáo {periodLabel(routine.period)} đã nhận ({routine.reported.length})
        </Title>
        {routine.reported.length === 0 ? (
          <Text>Chưa nhận báo cáo nào của kỳ này.</Text>
        ) : (
          <List>
            {routine.reported.map((n) => (
              <List.Item key={n}>{n}</List.Item>
            ))}
          </List>
        )}
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">
          Đơn vị chưa gửi ({routine.missing.length})
        </Title>
        {routine.missing.length === 0 ? (
          <Text>{missingReportsText(routine.reported.length, 0)}</Text>
        ) : (
          <List>
            {routine.missing.map((n) => (
              <List.Item key={n}>{n}</List.Item>
            ))}
          </List>
        )}
      </Paper>
      <Group>
        <Button component={Link} to="/trao-doi">
          Nhận tệp báo cáo
        </Button>
        <Button component={Link} to="/tong-hop" variant="default">
          Xem tổng hợp
        </Button>
      </Group>
    </Stack>
  );
}

/** Start screen "Tháng này": the month as a guided routine with the state of every step. */
export default function HomePage() {
  const unit = useOwnUnit();
  const today = clock.today();
  const [period, setPeriod] = useUrlParam('thang', parsePeriodParam, clock.thisPeriod);
  const routine = useLiveQuery(() => loadRoutine(today, period), [today, period]);
  const profile = unit ? currentProfile(unit) : undefined;
  const isCurrent = period === today.slice(0, 7);
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={2}>
          {isCurrent ? 'Tháng này' : 'Các việc'} — {periodLabel(period)}
        </Title>
        <PeriodPicker value={period} onChange={setPeriod} current={today.slice(0, 7)} />
      </Group>
      <Text>
        Hôm nay: {weekdayName(today)}, {formatDate(today)}.{profile ? ` Đơn vị: ${profile.name}.` : ''}{' '}
        <Anchor component={Link} to="/huong-dan">
          Xem hướng dẫn sử dụng
        </Anchor>
      </Text>
      {routine === undefined ? (
        <Text>Đang đọc dữ liệu…</Text>
      ) : routine.mode === 'cell' ? (
        <CellHome routine={routine} today={today} />
      ) : (
        <AggregatorHome routine={routine} />
      )}
    </Stack>
  );
}
