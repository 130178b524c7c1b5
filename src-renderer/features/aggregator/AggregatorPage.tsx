/**
 * Aggregator mode (cấp ủy cấp trên): subordinate units, who has reported, the consolidated
 * dashboard (totals from member-level counts), charts, drill-down into a unit's members, exports
 * (PDF in the Party layout, .xlsx, consolidated unit report) and the framework package editor.
 * Importing reports happens on the "Trao đổi dữ liệu" page (one import entry point).
 */
import { Link } from 'react-router';
import { Alert, Stack, Title } from '@mantine/core';
import { PanelTabs } from '../../ui/PanelTabs';
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
      <PanelTabs
        defaultValue="dashboard"
        tabs={[
          { value: 'dashboard', label: 'Tổng hợp', panel: <DashboardPanel /> },
          { value: 'units', label: 'Đơn vị trực thuộc', panel: <UnitsPanel /> },
          { value: 'framework', label: 'Gói khung nội dung', panel: <FrameworkPanel /> },
        ]}
      />
    </Stack>
  );
}
