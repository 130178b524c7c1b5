import { useEffect } from 'react';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import { AppShell, Badge, Group, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { NAVIGATION } from './navigation';
import { useOwnUnit, useSettings } from './hooks';
import { AppRoutes } from './routes';
import SetupWizard from '../features/settings/SetupWizard';
import { profileOn } from '../core/units/profile';
import { todayIso } from '../core/text';

export function Shell() {
  const settings = useSettings();
  const unit = useOwnUnit();
  const location = useLocation();

  useEffect(() => {
    document.documentElement.dataset.textSize = settings.textSize;
  }, [settings.textSize]);

  if (!settings.setupDone) return <SetupWizard />;

  const profile = unit ? profileOn(unit, todayIso()) : undefined;
  const entries = NAVIGATION.filter((e) => !e.mode || e.mode === settings.mode);

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 260, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Title order={1} size="h3" c="red.9">
              Sổ Nêu Gương
            </Title>
            {settings.mode === 'aggregator' && <Badge color="blue">Cấp trên tổng hợp</Badge>}
          </Group>
          <Text fw={600} truncate>
            {profile?.name ?? ''}
          </Text>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Điều hướng chính">
        <ScrollArea>
          <nav>
            {entries.map((entry) => (
              <NavLink
                key={entry.path}
                component={RouterNavLink}
                to={entry.path}
                label={entry.label}
                active={entry.path === '/' ? location.pathname === '/' : location.pathname.startsWith(entry.path)}
              />
            ))}
          </nav>
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <main>
          <AppRoutes />
        </main>
      </AppShell.Main>
    </AppShell>
  );
}
