/** After a restore: where the data now comes from, and undo (back to the copy saved before restoring). */
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { UndoState } from './useBackupPage';

export function UndoRestoreAlert({ undo, busy, onUndo }: { undo: UndoState; busy: boolean; onUndo: () => void }) {
  return (
    <Alert color="blue" title="Đã khôi phục dữ liệu" data-testid="undo-panel">
      <Stack gap="xs">
        <Text>
          Dữ liệu hiện tại lấy từ «{undo.restoredFrom}». Dữ liệu trước khi khôi phục đã được lưu thành bản «{undo.beforeRestoreName}».
        </Text>
        <Group>
          <Button color="blue" onClick={onUndo} loading={busy}>
            Hoàn tác khôi phục
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
