/**
 * Trao đổi dữ liệu: export a file for the superior (or a roster), and THE import screen for every
 * exchange file (dialog or drag-and-drop, several at once, preview → backup → apply).
 */
import { Stack, Tabs, Title } from '@mantine/core';
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
      <Tabs key={mode} defaultValue={mode === 'cell' ? 'export' : 'import'} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="import">Nhập tệp</Tabs.Tab>
          <Tabs.Tab value="export">Xuất tệp</Tabs.Tab>
          <Tabs.Tab value="log">Nhật ký trao đổi</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="import" pt="md">
          <ImportPanel />
        </Tabs.Panel>
        <Tabs.Panel value="export" pt="md">
          <ExportPanel />
        </Tabs.Panel>
        <Tabs.Panel value="log" pt="md">
          <ImportLogPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
