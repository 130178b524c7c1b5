import { Center, Loader, Stack, Text } from '@mantine/core';

/**
 * The start-up screen while the data open and the settings are read: the app's name and what it is
 * doing, under the spinner (the spinner keeps the accessible name). Laying out these two lines
 * also loads the regular and bold faces of the app's font while the database opens, rather than
 * with the first screen (issue 19: ~50 ms of the shell's first layout on Linux went to them).
 */
export function StartLoader() {
  return (
    <Center h="100vh">
      <Stack align="center" gap="sm">
        <Text fw={700} size="xl" c="red.9" aria-hidden>
          Sổ Nêu Gương
        </Text>
        <Loader role="status" aria-label="Đang mở dữ liệu" />
        <Text aria-hidden>Đang mở dữ liệu…</Text>
      </Stack>
    </Center>
  );
}
