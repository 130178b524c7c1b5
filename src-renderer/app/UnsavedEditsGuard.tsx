import { useEffect, useState } from 'react';
import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { getDesktopApi } from '../platform';
import { flushPendingEdits, hasPendingEdits } from '../platform/pending-edits';
import { installQuitHandshake, type UnsavedChoice } from './quit';

interface Asking {
  failed: string[];
  resolve: (choice: UnsavedChoice) => void;
  /** False once answered: the list stays in the dialog while it fades out. */
  open: boolean;
}

/**
 * Mounted once by the app: installs the quit handshake (flush pending edits → ask when some could
 * not be stored → quit backup) and shows the question. In the browser build, where a tab cannot
 * wait, closing with unsaved edits gets the browser's own "leave the page?" prompt instead.
 */
export function UnsavedEditsGuard() {
  const [asking, setAsking] = useState<Asking>();

  useEffect(() => {
    const api = getDesktopApi();
    installQuitHandshake(api, {
      askUnsaved: (failed) => new Promise<UnsavedChoice>((resolve) => setAsking({ failed, resolve, open: true })),
      // Only while the scheduler runs (so its module is loaded already: the shell started it).
      backup: () => import('../features/backup/scheduler').then((m) => m.backupOnQuit()),
    });
    let removeBrowserGuard: (() => void) | undefined;
    let cancelled = false;
    void api.appInfo().then((info) => {
      // Only in a browser: in Electron a cancelled beforeunload would silently keep the window open.
      if (cancelled || info.platform !== 'browser') return;
      const onBeforeUnload = (event: BeforeUnloadEvent) => {
        if (!hasPendingEdits()) return;
        void flushPendingEdits();
        event.preventDefault();
        event.returnValue = '';
      };
      window.addEventListener('beforeunload', onBeforeUnload);
      removeBrowserGuard = () => window.removeEventListener('beforeunload', onBeforeUnload);
    });
    return () => {
      cancelled = true;
      removeBrowserGuard?.();
    };
  }, []);

  const answer = (choice: UnsavedChoice) => {
    if (!asking?.open) return;
    asking.resolve(choice);
    setAsking({ ...asking, open: false });
  };

  return (
    <Modal
      opened={asking?.open === true}
      onClose={() => answer('stay')}
      title="Còn thay đổi chưa lưu được"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Ở lại ứng dụng' }}
    >
      {asking && (
        <Stack>
          <Alert color="red" role="alert" title="Nếu đóng bây giờ, các thay đổi này sẽ mất">
            <Text>Ứng dụng chưa lưu được vào máy:</Text>
            <List mt="xs">
              {asking.failed.map((label) => (
                <List.Item key={label}>{label}</List.Item>
              ))}
            </List>
          </Alert>
          <Text>
            Có thể ổ đĩa đã đầy. Hãy xóa bớt tệp không cần thiết (hoặc đóng chương trình khác) rồi bấm «Thử lưu lại». Bấm «Ở lại» để quay về
            màn hình đang làm — những gì đã gõ vẫn còn trên màn hình.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" color="red" onClick={() => answer('discard')}>
              Đóng, bỏ các thay đổi
            </Button>
            <Button variant="light" onClick={() => answer('stay')}>
              Ở lại
            </Button>
            <Button onClick={() => answer('retry')} data-autofocus>
              Thử lưu lại
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
