/** Thông qua biên bản: what is missing, the warnings, the questions to confirm. */
import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Stack, Text } from '@mantine/core';

export function FinaliseDialog({
  problems,
  warnings,
  questions,
  onConfirm,
}: {
  problems: string[];
  warnings: string[];
  questions: string[];
  onConfirm: () => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  const [answered, setAnswered] = useState(false);
  return (
    <Stack>
      {problems.length > 0 ? (
        <Alert color="red" title="Chưa thông qua được — còn thiếu:">
          {problems.map((p) => (
            <div key={p}>{p}</div>
          ))}
        </Alert>
      ) : (
        <Text size="sm">
          Sau khi thông qua, biên bản được cấp số và khóa lại; mọi thay đổi sau đó phải ghi thành đính chính có ngày và lý do.
        </Text>
      )}
      {warnings.length > 0 && (
        <Alert color="yellow" title="Lưu ý (không ngăn việc thông qua)">
          {warnings.map((w) => (
            <div key={w}>{w}</div>
          ))}
        </Alert>
      )}
      {questions.length > 0 && (
        <Alert color="orange" title="Cần xác nhận trước khi thông qua">
          {questions.map((q) => (
            <div key={q}>{q}</div>
          ))}
          <Checkbox
            mt="xs"
            label="Vẫn thông qua, điểm chất lượng ghi “chưa chấm”"
            checked={answered}
            onChange={(e) => setAnswered(e.currentTarget.checked)}
          />
        </Alert>
      )}
      <Group justify="flex-end">
        <Button
          disabled={problems.length > 0 || (questions.length > 0 && !answered)}
          loading={busy}
          onClick={async () => {
            setBusy(true);
            await onConfirm();
            setBusy(false);
          }}
        >
          Xác nhận thông qua biên bản
        </Button>
      </Group>
    </Stack>
  );
}
