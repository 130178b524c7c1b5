/**
 * Trao đổi dữ liệu: export a file for the superior (or a roster), and THE import screen for every
 * exchange file (dialog or drag-and-drop, several at once, preview → backup → apply).
 */
import { Stack, Title } from '@mantine/core';
import { PanelTabs } from '../../ui/PanelTabs';
import { useSettings } from '../../services/settings';
import { ExportPanel } from './ExportPanel';
import { ImportLogPanel } from './ImportLogPanel';
import { ImportPanel } from './ImportPanel';

export default function ExchangePage() {
  // A cell mostly sends its report; the superior committee mostly receives them.
  const { mode } = useSettings();
  return (
    <Stack>
      <Title order={2}>Trao đổi dữ liệu</Title>
      <PanelTabs
        key={mode}
        defaultValue={mode === 'cell' ? 'export' : 'import'}
        tabs={[
          { value: 'import', label: 'Nhập tệp', panel: <ImportPanel /> },
          { value: 'export', label: 'Xuất tệp', panel: <ExportPanel /> },
          { value: 'log', label: 'Nhật ký trao đổi', panel: <ImportLogPanel /> },
        ]}
      />
    </Stack>
  );
}
