/**
 * After a restore: where the data now comes from, and undo (back to the copy saved before
 * restoring). Still offered after the app is reopened, until it is used or dismissed.
 */
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { formatDateTime } from './format';
import type { UndoState } from './useBackupPage';

export function UndoRestoreAlert({
  undo,
  busy,
  onUndo,
  onDismiss,
}: {
  undo: UndoState;
  busy: boolean;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  return (
    <Alert color="blue" title="Đã khôi phục dữ liệu" data-testid="undo-panel">
      <Stack gap="xs">
        <Text>
          Lúc {formatDateTime(undo.restoredAt)}, dữ liệu đã được thay bằng bản sao lưu «{undo.restoredFrom}». Dữ liệu trước khi khôi phục đã
          được lưu thành bản «{undo.beforeRestoreName}».
        </Text>
        <Text size="sm">Nếu khôi phục nhầm, bấm «Hoàn tác khôi phục» để trở lại dữ liệu như trước lần khôi phục này.</Text>
        <Group>
          <Button color="blue" onClick={onUndo} loading={busy}>
            Hoàn tác khôi phục
          </Button>
          <Button variant="default" onClick={onDismiss} disabled={busy}>
            Giữ dữ liệu đã khôi phục
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
