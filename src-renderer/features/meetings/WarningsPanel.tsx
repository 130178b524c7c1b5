/** Beside the form: the warnings of the meeting (they never stop saving or finalising). */
import { Alert, Paper, Stack, Text } from '@mantine/core';
import type { MeetingWarning } from '../../core/meetings';

/** Beside the form at normal text; `wide`: a full-width block (large text, adopted minutes). */
export function WarningsPanel({ warnings, wide = false }: { warnings: MeetingWarning[]; wide?: boolean }) {
  return (
    <Paper withBorder p="sm" w={wide ? undefined : 300} style={wide ? undefined : { position: 'sticky', top: 70 }} aria-label="Cảnh báo">
      <Text fw={600} mb={4}>
        Cảnh báo ({warnings.length})
      </Text>
      {warnings.length === 0 ? (
        <Text size="sm" c="green">
          Không có cảnh báo.
        </Text>
      ) : (
        <Stack gap={6} data-testid="warnings">
          {warnings.map((w, i) => (
            <Alert key={i} color="yellow" p={6}>
              <Text size="xs">{w.message}</Text>
            </Alert>
          ))}
        </Stack>
      )}
      <Text size="xs" c="dimmed" mt={6}>
        Cảnh báo không ngăn việc lưu hay thông qua biên bản.
      </Text>
    </Paper>
  );
}
