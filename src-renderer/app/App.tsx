import { lazy, Suspense, useEffect, useState } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { Alert, Box, Button, Container, Group, Loader, MantineProvider, mergeThemeOverrides, Text, Title } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/vi';
import { chooseDatabase, isSampleDatabaseActive, onNewerVersionOpened, type StoreChange } from '../services/database';
import type { StartData } from '../services/settings';
import { openOrRecover, type DbState, type EarlyStart } from './start';
import { UnsavedEditsGuard } from './UnsavedEditsGuard';
import { theme } from './theme';
import { accessibleDefaults, contrastResolver } from './contrast';
import { Shell } from './Shell';
import { StartLoader } from './StartLoader';

const appTheme = mergeThemeOverrides(theme, accessibleDefaults);

/** Only after a start-up that could not open the data. */
const RecoveryScreen = lazy(() => import('../features/backup/RecoveryScreen').then((m) => ({ default: m.RecoveryScreen })));

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

/** Another tab or a newer app version upgraded the database, or the store was lost: this window is closed for good. */
function NewerVersionOverlay({ change }: { change: StoreChange }) {
  const { title, text } = change.lost
    ? {
        title: 'Dữ liệu trên máy vừa bị mất — hãy khôi phục',
        text: 'Bộ lưu trữ của ứng dụng vừa bị xóa (thường do ổ đĩa đầy). Cửa sổ này đã ngừng ghi để không tạo một sổ trống. Hãy giải phóng chỗ trống trên ổ đĩa rồi bấm «Tải lại»: ứng dụng sẽ đề nghị khôi phục từ bản sao lưu gần nhất. Những gì vừa nhập mà chưa lưu được cần nhập lại sau khi khôi phục.',
      }
    : change.deleted
      ? {
          title: 'Dữ liệu vừa được đóng ở nơi khác — tải lại',
          text: 'Dữ liệu của ứng dụng vừa bị xóa hoặc thay ở một cửa sổ hoặc thẻ khác. Cửa sổ này đã ngừng ghi. Hãy tải lại.',
        }
      : {
          title: 'Đã có phiên bản mới — tải lại',
          text: 'Dữ liệu vừa được mở bằng một phiên bản mới hơn của ứng dụng (ở cửa sổ hoặc thẻ khác). Cửa sổ này đã ngừng ghi để không làm hỏng dữ liệu. Hãy tải lại để dùng phiên bản mới.',
        };
  return (
    <Box
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="newer-version-title"
      data-testid="newer-version"
      style={{
        position: 'fixed',
        inset: 0,
        zIndex: 1000,
        background: 'rgba(255,255,255,.96)',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
      }}
    >
      <Container size="sm">
        <Title order={2} id="newer-version-title" mb="sm">
          {title}
        </Title>
        <Text mb="md">{text}</Text>
        <Button size="lg" onClick={() => window.location.reload()}>
          Tải lại
        </Button>
      </Container>
    </Box>
  );
}

/** A data router (react-router's blocker needs one); every address is handled by the shell's routes. */
function AppRouter({ start }: { start: StartData | undefined }) {
  const [router] = useState(() => createHashRouter([{ path: '*', element: <Shell start={start} /> }]));
  return <RouterProvider router={router} />;
}

/** `start`: the start main.tsx began (startEarly); without it the app opens the database itself. */
export function App({ start }: { start?: EarlyStart } = {}) {
  const [db, setDb] = useState<DbState>(() => start?.settled ?? { status: 'opening' });
  const [newerVersion, setNewerVersion] = useState<StoreChange>();
  const sample = isSampleDatabaseActive();
  useEffect(() => {
    const off = onNewerVersionOpened(setNewerVersion);
    const seen = start?.handOver();
    if (seen) setNewerVersion(seen);
    return off;
  }, [start]);
  useEffect(() => {
    void (start?.opening ?? openOrRecover(sample)).then(setDb);
  }, [start, sample]);

  return (
    <MantineProvider theme={appTheme} cssVariablesResolver={contrastResolver}>
      <DatesProvider settings={{ locale: 'vi', firstDayOfWeek: 1 }}>
        <Notifications position="bottom-right" />
        {db.status === 'opening' && <StartLoader />}
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
        {db.status === 'recover' && (
          <Suspense fallback={<Loader aria-label="Đang mở dữ liệu" />}>
            <RecoveryScreen
              problem={db.problem}
              {...(db.problem.kind === 'empty' ? { onStartFresh: () => setDb({ status: 'ready' }) } : {})}
            />
          </Suspense>
        )}
        {db.status === 'ready' && <AppRouter start={db.start} />}
        {db.status === 'ready' && <UnsavedEditsGuard />}
        {newerVersion && <NewerVersionOverlay change={newerVersion} />}
        {sample && <SampleBanner />}
      </DatesProvider>
    </MantineProvider>
  );
}
