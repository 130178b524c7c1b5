/** Restoring from a backup file anywhere (USB, Downloads, another machine's folder). */
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';

export function RestoreFromFileCard({ busy, onOpen }: { busy: boolean; onOpen: () => void }) {
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={3}>Khôi phục từ tệp sao lưu</Title>
        <Text>
          Chọn một tệp sao lưu (so-neu-guong-….sng.json.gz) ở bất kỳ đâu: USB, thư mục Tải về, thư mục sao lưu của máy khác. Ứng dụng kiểm
          tra tệp và cho xem nội dung trước khi khôi phục.
        </Text>
        <Group>
          <Button variant="default" onClick={onOpen} loading={busy}>
            Mở tệp sao lưu…
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
