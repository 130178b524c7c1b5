import { Alert, Stack, Text, Title } from '@mantine/core';
import { parsePeriodParam, useUrlParam } from '../../ui/url-state';
import { PeriodPicker } from '../../ui/PeriodPicker';
import { clock } from '../../platform/clock';
import { useLargeText } from '../../ui/text-size';
import { MonthGrid } from './MonthGrid';
import { useMonthView } from './useMonthView';

export default function MonthlyPage() {
  const [period, setPeriod] = useUrlParam('thang', parsePeriodParam, clock.thisPeriod);
  const { view, error } = useMonthView(period);
  const large = useLargeText();

  return (
    <Stack gap="sm">
      <Title order={2}>Tự đánh giá việc thực hiện nêu gương hằng tháng</Title>
      <PeriodPicker value={period} onChange={setPeriod} fields>
        {/* At large text it would take a line of its own: it is under "Chú giải" above the grid. */}
        {!large && (
          <Text size="sm" c="dimmed" ml="md">
            Thang đánh giá: <b>{view?.scale.name ?? '…'}</b>
          </Text>
        )}
      </PeriodPicker>
      {error ? (
        <Alert color="red">{error}</Alert>
      ) : !view ? (
        <Text c="dimmed">Đang tải…</Text>
      ) : !view.unit || !view.data ? (
        <Alert color="yellow">Chưa thiết lập chi bộ. Hãy hoàn thành phần thiết lập ban đầu.</Alert>
      ) : (
        <MonthGrid
          key={`${view.unit.id}-${period}`}
          unitId={view.unit.id}
          period={period}
          scale={view.scale}
          officeHoldersFirst={view.officeHoldersFirst}
          data={view.data}
        />
      )}
    </Stack>
  );
}
