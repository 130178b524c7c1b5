import type { ReactNode } from 'react';
import { Group, SimpleGrid, Stack } from '@mantine/core';
import { useTextSize } from './text-size';

/**
 * Fields side by side at normal text; at "lớn" two to a row and at "rất lớn" one under the other,
 * so no value is cut ("Sir…", "30/11/…") when the text is large.
 */
export function FieldRow({ children }: { children: ReactNode }) {
  const size = useTextSize();
  if (size === 'normal')
    return (
      <Group grow align="start">
        {children}
      </Group>
    );
  if (size === 'large')
    return (
      <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
        {children}
      </SimpleGrid>
    );
  return <Stack gap="xs">{children}</Stack>;
}
