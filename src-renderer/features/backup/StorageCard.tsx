/** The app's storage: persistent or not, how much is used, free space of the disks. */
import { Alert, Card, Loader, Stack, Text, Title } from '@mantine/core';
import type { StorageSpace } from '../../platform/desktop-api';
import { formatBytes, type StorageHealth } from './storage';

export function StorageCard({ health, space }: { health: StorageHealth | undefined; space: StorageSpace | undefined }) {
  return (
    <Card withBorder padding="lg">
      <Stack gap="xs">
        <Title order={3}>Bộ nhớ của ứng dụng</Title>
        {health ? (
          <>
            <Text data-testid="persist-result">
              {health.persist === 'granted'
                ? 'Lưu trữ bền vững: đã được cấp — máy sẽ không tự xóa dữ liệu của ứng dụng khi thiếu chỗ.'
                : health.persist === 'denied'
                  ? 'Lưu trữ bền vững: chưa được cấp — khi ổ đĩa gần đầy, trình duyệt có thể xóa dữ liệu. Hãy sao lưu thường xuyên.'
                  : 'Lưu trữ bền vững: trình duyệt này không hỗ trợ — hãy sao lưu thường xuyên.'}
            </Text>
            {health.usageBytes !== undefined && <Text>Dữ liệu đang dùng {formatBytes(health.usageBytes)}.</Text>}
            {space?.profile && (
              <Text data-testid="profile-free">
                Ổ đĩa chứa dữ liệu còn trống {formatBytes(space.profile.freeBytes)} (trên tổng {formatBytes(space.profile.totalBytes)}).
              </Text>
            )}
            {space?.backups && (
              <Text>
                Ổ đĩa chứa thư mục sao lưu còn trống {formatBytes(space.backups.freeBytes)} (trên tổng{' '}
                {formatBytes(space.backups.totalBytes)}).
              </Text>
            )}
            {space?.low && (
              <Alert color="red" title="Ổ đĩa sắp đầy" role="alert">
                {space.message}
              </Alert>
            )}
          </>
        ) : (
          <Loader size="sm" aria-label="Đang kiểm tra bộ nhớ" />
        )}
      </Stack>
    </Card>
  );
}
