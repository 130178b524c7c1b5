import { Alert, Button, Group, Text } from '@mantine/core';

interface Props {
  /** What went wrong and what to do, in Vietnamese. */
  message: string;
  /** Store the kept edits again (after space was freed). */
  onRetry: () => void;
  retrying?: boolean;
  testId?: string;
}

/**
 * A save that failed in the storage (disk full, database closed): the edits stay on screen, the
 * app retries by itself, and the secretary can retry at once after freeing space.
 */
export function SaveProblem({ message, onRetry, retrying = false, testId }: Props) {
  return (
    <Alert color="red" role="alert" title="Chưa lưu được — những gì vừa nhập vẫn còn trên màn hình" data-testid={testId}>
      <Group justify="space-between" align="center" wrap="nowrap" gap="md">
        <Text size="sm">{message} Ứng dụng sẽ tự thử lưu lại sau ít giây.</Text>
        <Button size="sm" onClick={onRetry} loading={retrying} style={{ flexShrink: 0 }}>
          Thử lưu lại
        </Button>
      </Group>
    </Alert>
  );
}
