import { Alert, Stack, Text, Title } from '@mantine/core';
import { parsePeriodParam, useUrlParam } from '../../ui/url-state';
import { PeriodPicker } from '../../ui/PeriodPicker';
import { clock } from '../../platform/clock';
import { useMonthScale } from '../../services/monthly';
import { useOwnUnit, useSettings } from '../../services/settings';
import { MonthGrid } from './MonthGrid';
import { useLargeText } from '../../ui/text-size';

export default function MonthlyPage() {
  const unit = useOwnUnit();
  const settings = useSettings();
  const [period, setPeriod] = useUrlParam('thang', parsePeriodParam, clock.thisPeriod);
  const scale = useMonthScale(period);
  const large = useLargeText();

  return (
    <Stack gap="sm">
      <Title order={2}>Tự đánh giá việc thực hiện nêu gương hằng tháng</Title>
      <PeriodPicker value={period} onChange={setPeriod} fields>
        {/* At large text it would take a line of its own: it is under "Chú giải" above the grid. */}
        {!large && (
          <Text size="sm" c="dimmed" ml="md">
            Thang đánh giá: <b>{scale?.name ?? '…'}</b>
          </Text>
        )}
      </PeriodPicker>
      {!scale ? (
        <Text c="dimmed">Đang tải…</Text>
      ) : !unit ? (
        <Alert color="yellow">Chưa thiết lập chi bộ. Hãy hoàn thành phần thiết lập ban đầu.</Alert>
      ) : (
        <MonthGrid
          key={`${unit.id}-${period}`}
          unitId={unit.id}
          period={period}
          scale={scale}
          officeHoldersFirst={settings.officeHoldersFirst}
        />
      )}
    </Stack>
  );
}
