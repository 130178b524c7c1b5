import { useEffect, useState } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { Alert, Box, Button, Center, Container, Group, Loader, MantineProvider, mergeThemeOverrides, Text, Title } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/vi';
import { chooseDatabase, initDb, isSampleDatabaseActive } from '../services/database';
import { theme } from './theme';
import { accessibleDefaults, contrastResolver } from './contrast';

const appTheme = mergeThemeOverrides(theme, accessibleDefaults);
import { Shell } from './Shell';

/** Leave the sample cell: the next start opens the real database (nothing in it is touched). */
function backToRealData(): void {
  chooseDatabase('real');
  window.location.hash = '#/';
  window.location.reload();
}

/** Shown on every screen while the sample cell is open, so it is never mistaken for real data. */
function SampleBanner() {
  useEffect(() => {
    document.body.style.paddingBottom = '4.5rem';
    return () => {
      document.body.style.paddingBottom = '';
    };
  }, []);
  return (
    <Box
      role="region"
      aria-label="Dữ liệu mẫu"
      data-testid="sample-banner"
      bg="yellow.3"
      c="dark.9"
      px="md"
      py="xs"
      style={{ position: 'fixed', left: 0, right: 0, bottom: 0, zIndex: 300, borderTop: '3px solid #e67700' }}
    >
      <Group justify="center" gap="md" wrap="wrap">
        <Text fw={700}>Đang dùng dữ liệu mẫu — không phải dữ liệu thật</Text>
        <Button color="dark" onClick={backToRealData}>
          Về dữ liệu thật
        </Button>
      </Group>
    </Box>
  );
}

/** A data router (react-router's blocker needs one); every address is handled by the shell's routes. */
function AppRouter() {
  const [router] = useState(() => createHashRouter([{ path: '*', element: <Shell /> }]));
  return <RouterProvider router={router} />;
}

type DbState = { status: 'opening' } | { status: 'ready' } | { status: 'failed'; message: string };

export function App() {
  const [db, setDb] = useState<DbState>({ status: 'opening' });
  const sample = isSampleDatabaseActive();
  useEffect(() => {
    initDb().then(
      () => setDb({ status: 'ready' }),
      (error: unknown) =>
        setDb({
          status: 'failed',
          message: error instanceof Error ? error.message : 'Không mở được cơ sở dữ liệu.',
        }),
    );
  }, []);

  return (
    <MantineProvider theme={appTheme} cssVariablesResolver={contrastResolver}>
      <DatesProvider settings={{ locale: 'vi', firstDayOfWeek: 1 }}>
        <Notifications position="bottom-right" />
        {db.status === 'opening' && (
          <Center h="100vh">
            <Loader aria-label="Đang mở dữ liệu" />
          </Center>
        )}
        {db.status === 'failed' && (
          <Container size="sm" py="xl">
            <Title order={1} mb="md">
              Sổ Nêu Gương
            </Title>
            <Alert color="red" title="Không mở được dữ liệu" role="alert">
              <Text>{db.message}</Text>
            </Alert>
            {sample && (
              <Button mt="md" onClick={backToRealData}>
                Về dữ liệu thật
              </Button>
            )}
          </Container>
        )}
        {db.status === 'ready' && <AppRouter />}
        {sample && <SampleBanner />}
      </DatesProvider>
    </MantineProvider>
  );
}
