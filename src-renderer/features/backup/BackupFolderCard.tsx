/** The backups kept in the folder (Electron), with how they are kept and "Khôi phục" for each. */
import { Card, Loader, Stack, Text, Title } from '@mantine/core';
import type { BackupInfo } from '../../platform/desktop-api';
import { BackupListTable } from './BackupListTable';
import type { SummaryState } from './useBackupList';

interface Props {
  backups: BackupInfo[] | undefined;
  summaries: Record<string, SummaryState>;
  disabled: boolean;
  onRestore: (name: string) => void;
}

export function BackupFolderCard({ backups, summaries, disabled, onRestore }: Props) {
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={3}>Các bản sao lưu trong thư mục</Title>
        <Text size="sm" c="dimmed">
          Ứng dụng giữ 3 bản mới nhất của hôm nay, mỗi ngày một bản trong 30 ngày gần nhất có sao lưu, mỗi tháng một bản trong 13 tháng gần
          nhất có sao lưu, và mọi bản «Trước khi khôi phục» trong 30 ngày.
        </Text>
        {backups === undefined ? (
          <Loader aria-label="Đang đọc danh sách sao lưu" />
        ) : backups.length === 0 ? (
          <Text>Chưa có bản sao lưu nào trong thư mục.</Text>
        ) : (
          <BackupListTable
            backups={backups}
            summaries={summaries}
            label="Danh sách bản sao lưu"
            disabled={disabled}
            onRestore={onRestore}
          />
        )}
      </Stack>
    </Card>
  );
}
