import type { ReactNode } from 'react';
import { Tabs } from '@mantine/core';

export interface PanelTab {
  value: string;
  label: ReactNode;
  panel: ReactNode;
}

/** The tabs of a page; only the open tab is mounted (each panel reads its own data). */
export function PanelTabs({ tabs, defaultValue }: { tabs: PanelTab[]; defaultValue: string }) {
  return (
    <Tabs defaultValue={defaultValue} keepMounted={false}>
      <Tabs.List>
        {tabs.map((t) => (
          <Tabs.Tab key={t.value} value={t.value}>
            {t.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {tabs.map((t) => (
        <Tabs.Panel key={t.value} value={t.value} pt="md">
          {t.panel}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
