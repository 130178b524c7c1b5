import { Alert, Stack, Title } from '@mantine/core';

/** A section that is planned but not built yet: says so plainly, pretends nothing. */
export function ComingSoon({ title, description }: { title: string; description: string }) {
  return (
    <Stack>
      <Title order={2}>{title}</Title>
      <Alert color="gray" title="Chức năng đang được xây dựng">
        {description} Phần này sẽ có trong phiên bản sau; dữ liệu đã nhập ở các phần khác không bị ảnh hưởng.
      </Alert>
    </Stack>
  );
}
