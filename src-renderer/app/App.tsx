import { useEffect, useState } from 'react';
import { HashRouter } from 'react-router';
import { Alert, Center, Container, Loader, MantineProvider, Text, Title } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/vi';
import { initDb } from '../db/instance';
import { theme } from './theme';
import { Shell } from './Shell';

type DbState = { status: 'opening' } | { status: 'ready' } | { status: 'failed'; message: string };

export function App() {
  const [db, setDb] = useState<DbState>({ status: 'opening' });
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
    <MantineProvider theme={theme}>
      <DatesProvider settings={{ locale: 'vi', firstDayOfWeek: 1 }}>
        <Notifications position="top-right" />
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
          </Container>
        )}
        {db.status === 'ready' && (
          <HashRouter>
            <Shell />
          </HashRouter>
        )}
      </DatesProvider>
    </MantineProvider>
  );
}
