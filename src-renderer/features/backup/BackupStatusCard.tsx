/** The last backup, "Sao lưu ngay", the backup folder and what is wrong with it. */
import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import type { AppInfo, BackupStatus } from '../../platform/desktop-api';
import { BACKUP_WARN_DAYS, BackupIndicator, describeBackupAge } from '../../ui/BackupIndicator';
import { formatDateTime } from './format';
import type { BackupAction } from './useBackupPage';

interface Props {
  status: BackupStatus | undefined;
  /** Message of the last failed automatic backup. */
  autoError: string | undefined;
  appInfo: AppInfo | undefined;
  isElectron: boolean;
  busy: BackupAction | undefined;
  onBackupNow: () => void;
  onChooseFolder: () => void;
  onReveal: (folder: string) => void;
}

export function BackupStatusCard({ status, autoError, appInfo, isElectron, busy, onBackupNow, onChooseFolder, onReveal }: Props) {
  const age = describeBackupAge(status?.lastBackupAt);
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              Lần sao lưu gần nhất
            </Text>
            <Text fw={700} size="xl" data-testid="last-backup">
              {status?.lastBackupAt ? formatDateTime(status.lastBackupAt) : 'Chưa có bản sao lưu nào'}
            </Text>
            {status && (
              <BackupIndicator
                {...(status.lastBackupAt ? { lastBackupAt: status.lastBackupAt } : {})}
                {...(status.problem ? { problem: status.problem } : {})}
              />
            )}
          </Stack>
          <Button size="lg" onClick={onBackupNow} loading={busy === 'backup'} disabled={busy !== undefined && busy !== 'backup'}>
            Sao lưu ngay
          </Button>
        </Group>
        {status && (
          <Text size="sm">
            {isElectron ? 'Thư mục sao lưu: ' : 'Nơi lưu: '}
            <Text span fw={600}>
              {status.folder}
            </Text>
          </Text>
        )}
        {isElectron && (
          <Group gap="sm">
            <Button variant="default" onClick={onChooseFolder} loading={busy === 'folder'}>
              Chọn thư mục
            </Button>
            {status?.folder && (
              <Button variant="subtle" onClick={() => onReveal(status.folder)}>
                Mở thư mục
              </Button>
            )}
          </Group>
        )}
        {status && !status.writable && (
          <Alert color="red" title="Không ghi được vào thư mục sao lưu" role="alert">
            {status.problem ?? 'Hãy bấm "Chọn thư mục" để chọn một thư mục khác.'}
          </Alert>
        )}
        {status?.writable && age.level === 'danger' && (
          <Alert
            color="red"
            title={age.days === undefined ? 'Chưa có bản sao lưu' : `Đã hơn ${BACKUP_WARN_DAYS} ngày chưa sao lưu`}
            role="alert"
          >
            Nếu máy hỏng hoặc dữ liệu của trình duyệt bị xóa, mọi thay đổi từ lần sao lưu trước sẽ mất. Hãy bấm "Sao lưu ngay"
            {isElectron ? '.' : ', rồi chép tệp vừa tải về sang USB hoặc thư mục an toàn.'}
          </Alert>
        )}
        {autoError && (
          <Alert color="orange" title="Lần sao lưu tự động gần nhất không thành công">
            {autoError}
          </Alert>
        )}
        {appInfo && !isElectron && (
          <Text size="sm" c="dimmed">
            Trong trình duyệt, mỗi lần sao lưu là một tệp được tải về (thư mục Tải về). Ứng dụng không tự sao lưu trong trình duyệt; hãy sao
            lưu ngay sau mỗi buổi làm việc quan trọng.
          </Text>
        )}
      </Stack>
    </Card>
  );
}
