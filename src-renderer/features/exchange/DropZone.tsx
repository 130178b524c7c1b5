/** Where exchange files are dropped, or chosen with the file dialog. */
import { useState } from 'react';
import { AsyncButton } from '../../ui/AsyncButton';
import { Paper, Stack, Text } from '@mantine/core';

export function DropZone({ onFiles, onChoose }: { onFiles: (files: File[]) => Promise<void>; onChoose: () => Promise<void> }) {
  const [dragging, setDragging] = useState(false);
  return (
    <Paper
      withBorder
      p="xl"
      data-testid="drop-zone"
      bg={dragging ? 'blue.0' : undefined}
      style={{ borderStyle: 'dashed', textAlign: 'center' }}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void onFiles([...e.dataTransfer.files]);
      }}
    >
      <Stack align="center" gap="xs">
        <Text>Kéo thả các tệp .sng vào đây, hoặc</Text>
        <AsyncButton onClick={() => onChoose()}>Chọn tệp để nhập…</AsyncButton>
        <Text size="sm" c="dimmed">
          Có thể chọn nhiều tệp một lúc. Trước khi nhập, ứng dụng tự sao lưu dữ liệu hiện có.
        </Text>
      </Stack>
    </Paper>
  );
}
