/**
 * Aggregator mode (cấp ủy cấp trên): subordinate units, who has reported, the consolidated
 * dashboard (totals from member-level counts), charts, drill-down into a unit's members, exports
 * (PDF in the Party layout, .xlsx, consolidated unit report) and the framework package editor.
 * Importing reports happens on the "Trao đổi dữ liệu" page (one import entry point).
 */
import { Link } from 'react-router';
import { Alert, Stack, Tabs, Title } from '@mantine/core';
import { useStoredSettings } from '../../services/settings';
import { DashboardPanel } from './DashboardPanel';
import { FrameworkPanel } from './FrameworkPanel';
import { UnitsPanel } from './UnitsPanel';

export default function AggregatorPage() {
  const mode = useStoredSettings()?.mode;
  return (
    <Stack>
      <Title order={2}>Tổng hợp các đơn vị trực thuộc</Title>
      {mode === 'cell' && (
        <Alert color="yellow">
          Máy này đang ở chế độ chi bộ. Phần tổng hợp dành cho cấp ủy cấp trên; đổi chế độ ở mục <Link to="/cai-dat">Cài đặt</Link> nếu cần.
        </Alert>
      )}
      <Tabs defaultValue="dashboard" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="dashboard">Tổng hợp</Tabs.Tab>
          <Tabs.Tab value="units">Đơn vị trực thuộc</Tabs.Tab>
          <Tabs.Tab value="framework">Gói khung nội dung</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="dashboard" pt="md">
          <DashboardPanel />
        </Tabs.Panel>
        <Tabs.Panel value="units" pt="md">
          <UnitsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="framework" pt="md">
          <FrameworkPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
