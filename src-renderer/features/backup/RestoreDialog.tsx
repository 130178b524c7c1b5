/** "Khôi phục dữ liệu từ bản sao lưu?": what the backup holds, what restoring does, Hủy / Khôi phục. */
import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { countsText, formatDateTime } from './format';
import type { PendingRestore } from './useBackupPage';

interface Props {
  pending: PendingRestore | undefined;
  /** The restore is running (the dialog cannot be closed). */
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

export function RestoreDialog({ pending, busy, onCancel, onConfirm }: Props) {
  return (
    <Modal opened={pending !== undefined} onClose={() => !busy && onCancel()} title="Khôi phục dữ liệu từ bản sao lưu?" size="lg">
      {pending && (
        <Stack>
          <Text>
            Tệp: <b>{pending.source}</b>
          </Text>
          <List spacing={4}>
            <List.Item>Sao lưu lúc: {formatDateTime(pending.summary.exportedAt)}</List.Item>
            {pending.summary.unitName && <List.Item>Đơn vị: {pending.summary.unitName}</List.Item>}
            <List.Item>Nội dung: {countsText(pending.summary.counts)}</List.Item>
            <List.Item>Phiên bản ứng dụng đã tạo: {pending.summary.appVersion}</List.Item>
          </List>
          <Alert color="orange">
            Toàn bộ dữ liệu hiện tại sẽ được thay bằng dữ liệu trong bản sao lưu này. Trước khi thay, ứng dụng tự lưu một bản «Trước khi
            khôi phục» của dữ liệu hiện tại, nên có thể hoàn tác.
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel} disabled={busy}>
              Hủy
            </Button>
            <Button color="red" onClick={onConfirm} loading={busy}>
              Khôi phục
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
