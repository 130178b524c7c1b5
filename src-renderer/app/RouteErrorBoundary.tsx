/**
 * One error boundary per route: a screen that throws shows a Vietnamese page with a way back to
 * "Tháng này" and "Sao lưu ngay", never a blank window. The error is logged; the data is safe
 * (drafts were registered with platform/pending-edits and the database is not touched).
 */
import { Component, useState, type ErrorInfo, type ReactNode } from 'react';
import { AsyncButton } from '../ui/AsyncButton';
import { useLocation, useNavigate } from 'react-router';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { errorMessage } from '../services/errors';

interface BoundaryProps {
  children: ReactNode;
  fallback: (error: unknown, reset: () => void) => ReactNode;
}

class Boundary extends Component<BoundaryProps, { error: unknown; failed: boolean }> {
  override state = { error: undefined as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Lỗi khi hiển thị trang:', error, info.componentStack);
  }

  override render() {
    if (this.state.failed) return this.props.fallback(this.state.error, () => this.setState({ error: undefined, failed: false }));
    return this.props.children;
  }
}

function ErrorScreen({ error, reset }: { error: unknown; reset: () => void }) {
  const navigate = useNavigate();
  const [backup, setBackup] = useState<string>();
  const [busy, setBusy] = useState(false);
  return (
    <Stack maw={720} role="alert" data-testid="route-error">
      <Title order={2}>Có lỗi khi hiển thị trang này. Dữ liệu không bị mất.</Title>
      <Text>Những gì đã lưu vẫn còn nguyên. Hãy về trang “Tháng này” rồi mở lại, hoặc sao lưu ngay cho yên tâm.</Text>
      <Text size="sm" c="dimmed">
        Chi tiết lỗi (để báo cho người hỗ trợ): {errorMessage(error, 'không rõ')}
      </Text>
      <Group>
        <AsyncButton
          onClick={() => {
            reset();
            return navigate('/');
          }}
        >
          Về Tháng này
        </AsyncButton>
        <Button
          variant="default"
          loading={busy}
          onClick={() => {
            setBusy(true);
            // The backup code is loaded on demand (it is not part of the start-up).
            import('../features/backup/scheduler')
              .then((m) => m.requestBackup('manual'))
              .then(
                (info) => setBackup(info ? `Đã sao lưu: ${info.name}` : 'Đã sao lưu.'),
                (e: unknown) => setBackup(`Chưa sao lưu được: ${errorMessage(e)}`),
              )
              .finally(() => setBusy(false));
          }}
        >
          Sao lưu ngay
        </Button>
      </Group>
      {backup && <Alert color={backup.startsWith('Chưa') ? 'red' : 'green'}>{backup}</Alert>}
    </Stack>
  );
}

/** Wraps one route's element; a new address starts with a fresh boundary. */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const location = useLocation();
  return (
    <Boundary key={location.pathname} fallback={(error, reset) => <ErrorScreen error={error} reset={reset} />}>
      {children}
    </Boundary>
  );
}
