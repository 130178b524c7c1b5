import { Paper, SegmentedControl, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { AppSettings } from '../../core/model';
import { getDb } from '../../db/instance';
import { saveSettings } from '../../db/settings';
import { useSettings } from '../../app/hooks';

const MEETING_DAYS = Array.from({ length: 28 }, (_, i) => ({ value: String(i + 1), label: `Ngày ${i + 1} hằng tháng` }));

export default function SettingsPage() {
  const settings = useSettings();
  const save = async (patch: Partial<AppSettings>) => {
    await saveSettings(getDb(), patch);
    notifications.show({ message: 'Đã lưu cài đặt.', color: 'green' });
  };
  return (
    <Stack maw={720}>
      <Title order={2}>Cài đặt</Title>
      <Paper withBorder p="md">
        <Stack>
          <div>
            <Text fw={600} id="text-size-label">
              Cỡ chữ
            </Text>
            <SegmentedControl
              aria-labelledby="text-size-label"
              value={settings.textSize}
              onChange={(v) => void save({ textSize: v as AppSettings['textSize'] })}
              data={[
                { value: 'normal', label: 'Thường' },
                { value: 'large', label: 'Lớn' },
                { value: 'xlarge', label: 'Rất lớn' },
              ]}
            />
          </div>
          <div>
            <Text fw={600} id="mode-label">
              Cách sử dụng
            </Text>
            <SegmentedControl
              aria-labelledby="mode-label"
              value={settings.mode}
              onChange={(v) => void save({ mode: v as AppSettings['mode'] })}
              data={[
                { value: 'cell', label: 'Chi bộ' },
                { value: 'aggregator', label: 'Cấp trên tổng hợp' },
              ]}
            />
          </div>
          <Select
            label="Ngày sinh hoạt chi bộ thường kỳ"
            data={MEETING_DAYS}
            value={String(settings.meetingDay)}
            onChange={(v) => v && void save({ meetingDay: Number(v) })}
            allowDeselect={false}
            maw={260}
          />
          <Switch
            label="Xếp bí thư, phó bí thư, chi ủy viên lên đầu danh sách"
            checked={settings.officeHoldersFirst}
            onChange={(e) => void save({ officeHoldersFirst: e.currentTarget.checked })}
          />
        </Stack>
      </Paper>
    </Stack>
  );
}
