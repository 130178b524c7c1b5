import { lazy, memo, Suspense, useEffect, useLayoutEffect, useState } from 'react';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import { AppShell, Badge, Button, Group, NavLink, Text, Title } from '@mantine/core';
import classes from './Shell.module.css';
import { TEXT_SIZE_PX, TextSizeContext, type TextSize } from '../ui/text-size';
import { NAVIGATION } from '../ui/navigation';
import { useOwnUnit, useStoredSettings } from '../services/settings';
import type { AppMode } from '../core/model';
import type { StartData } from '../services/settings';
import { DEFAULT_SETTINGS } from '../services/settings';
import { AppRoutes } from './routes';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';
import { StartLoader } from './StartLoader';
import { afterNextPaint } from './after-paint';
import { currentDatabase, isSampleDatabaseActive } from '../services/database';
import { getDesktopApi } from '../platform';
import { profileOn } from '../core/units/profile';
import { clock } from '../platform/clock';
import { START_MARKS } from './start';

/** Shown once, on the first run: not part of the start-up chunk. */
const SetupWizard = lazy(() => import('../features/settings/SetupWizard'));
/** The header's backup state (a tooltip, so floating-ui): shown once its status is read, after the menu. */
const BackupStatusIndicator = lazy(() =>
  import('../features/backup/BackupStatusIndicator').then((m) => ({ default: m.BackupStatusIndicator })),
);

/** The help drawer: loaded at the first "Trợ giúp" (or when the pointer comes over it), not with the start-up. */
const loadHelpDrawer = () => import('./HelpDrawer');
const HelpDrawer = lazy(loadHelpDrawer);

/**
 * `start`: the settings and the own unit read at the start (app/start.ts openOrRecover): the menu shows at
 * once, without waiting for the live queries.
 */
export function Shell({ start }: { start?: StartData | undefined }) {
  const stored = useStoredSettings(start?.settings);
  const settings = stored ?? DEFAULT_SETTINGS;
  const unit = useOwnUnit(start?.unit);

  useEffect(() => {
    document.documentElement.dataset.textSize = settings.textSize;
    document.documentElement.style.fontSize = `${TEXT_SIZE_PX[settings.textSize]}px`;
  }, [settings.textSize]);

  // Automatic backups (daily, on quit, after finalising) once the unit exists — never of the
  // sample cell, whose backups would rotate the real ones out of the backup folder.
  useEffect(() => {
    if (!settings.setupDone || isSampleDatabaseActive()) return;
    let stop: (() => void) | undefined;
    // The backup code (dump, encode, hash) is loaded once the shell is on screen, not with the start-up.
    const cancel = afterNextPaint(
      () =>
        void import('../features/backup/scheduler')
          .then((m) => m.startBackupScheduler(currentDatabase(), getDesktopApi()))
          .then((s) => (stop = s)),
    );
    return () => {
      cancel();
      stop?.();
    };
  }, [settings.setupDone]);

  if (!stored) return <StartLoader />;
  if (!settings.setupDone)
    return (
      <Suspense fallback={<StartLoader />}>
        <SetupWizard />
      </Suspense>
    );

  const profile = unit ? profileOn(unit, clock.today()) : undefined;
  return <ShellFrame textSize={settings.textSize} mode={settings.mode} unitName={profile?.name ?? ''} />;
}

/**
 * The header, the menu and the page. Memoised on what it shows: the live queries' first answers
 * (the same settings and unit, new objects) do not render the whole shell again.
 */
const ShellFrame = memo(function ShellFrame({ textSize, mode, unitName }: { textSize: TextSize; mode: AppMode; unitName: string }) {
  const location = useLocation();
  const [helpOpen, setHelpOpen] = useState(false);
  // The help's code loads at the first "Trợ giúp", and the drawer then stays mounted (it slides out).
  const [helpWanted, setHelpWanted] = useState(false);
  // At "lớn" and "rất lớn" the menu is a narrow rail of short labels; "Mở rộng" shows it whole.
  const [menuExpanded, setMenuExpanded] = useState(false);
  const largeText = textSize !== 'normal';
  const rail = largeText && !menuExpanded;

  // The expanded menu folds back to the rail once a page is chosen.
  useEffect(() => setMenuExpanded(false), [location.pathname]);
  useLayoutEffect(() => void performance.mark(START_MARKS.shellShown), []);

  const entries = NAVIGATION.filter((e) => !e.mode || e.mode === mode);

  return (
    <TextSizeContext.Provider value={textSize}>
      <AppShell header={{ height: 60 }} navbar={{ width: rail ? '6.5rem' : largeText ? '16rem' : 260, breakpoint: 0 }} padding="md">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Title order={1} size="h3" c="red.9">
                Sổ Nêu Gương
              </Title>
              {mode === 'aggregator' && <Badge color="blue">Cấp trên tổng hợp</Badge>}
            </Group>
            <Group gap="md" wrap="nowrap">
              <Text fw={600} truncate>
                {unitName}
              </Text>
              <Suspense fallback={null}>
                <BackupStatusIndicator />
              </Suspense>
              <Button
                variant="light"
                onClick={() => {
                  setHelpWanted(true);
                  setHelpOpen(true);
                }}
                onMouseEnter={() => void loadHelpDrawer()}
                aria-haspopup="dialog"
              >
                Trợ giúp
              </Button>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" aria-label="Điều hướng chính" id="main-menu">
          {largeText && (
            <Button
              variant="default"
              size="compact-sm"
              mb="xs"
              fullWidth
              aria-expanded={menuExpanded}
              aria-controls="main-menu-links"
              onClick={() => setMenuExpanded((v) => !v)}
            >
              {menuExpanded ? '« Thu gọn' : 'Mở rộng »'}
            </Button>
          )}
          {/* A plain scrolling box (Mantine's ScrollArea: ~25 modules more in the start-up's first render). */}
          <div className={classes.menuLinks}>
            <div id="main-menu-links">
              {entries.map((entry) => (
                <NavLink
                  key={entry.path}
                  component={RouterNavLink}
                  to={entry.path}
                  label={rail ? entry.short : entry.label}
                  // The rail shows a short label; the link keeps the whole name (it contains the short one).
                  {...(rail
                    ? {
                        'aria-label': entry.label,
                        title: entry.label,
                        styles: { label: { textAlign: 'center', fontSize: '0.8125rem' } },
                        px: 4,
                      }
                    : {})}
                  // Filled: white on red 9 (5.4:1); the light variant gave red on pink at 3.75:1.
                  variant="filled"
                  color="red.9"
                  active={entry.path === '/' ? location.pathname === '/' : location.pathname.startsWith(entry.path)}
                />
              ))}
            </div>
          </div>
        </AppShell.Navbar>
        {helpWanted && (
          <Suspense fallback={null}>
            <HelpDrawer opened={helpOpen} onClose={() => setHelpOpen(false)} pathname={location.pathname} />
          </Suspense>
        )}
        {/* AppShell.Main is the page's one <main> landmark. */}
        <AppShell.Main>
          <UnsavedChangesGuard />
          <AppRoutes />
        </AppShell.Main>
      </AppShell>
    </TextSizeContext.Provider>
  );
});
