import type { ReactNode } from 'react';
import { Group, SimpleGrid, Stack } from '@mantine/core';
import { useTextSize } from './text-size';

/**
 * Fields side by side at normal text; at "lớn" two to a row and at "rất lớn" one under the other,
 * so no value is cut ("Sir…", "30/11/…") when the text is large. With `perRow`, a longer list of
 * fields is laid out that many to a row at normal text (at most two at "lớn", one at "rất lớn").
 */
export function FieldRow({ children, perRow }: { children: ReactNode; perRow?: number }) {
  const size = useTextSize();
  if (size === 'normal')
    return perRow === undefined ? (
      <Group grow align="start">
        {children}
      </Group>
    ) : (
      <SimpleGrid cols={perRow} spacing="md" verticalSpacing="xs">
        {children}
      </SimpleGrid>
    );
  if (size === 'large')
    return (
      <SimpleGrid cols={Math.min(2, perRow ?? 2)} spacing="sm" verticalSpacing="xs">
        {children}
      </SimpleGrid>
    );
  return <Stack gap="xs">{children}</Stack>;
}
