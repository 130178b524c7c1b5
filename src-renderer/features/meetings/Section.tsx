import type { ReactNode } from 'react';
import { Paper, Stack, Title } from '@mantine/core';
import type { Meeting } from '../../core/model';

/** What every section of the meeting form gets: the record and the way to change it. */
export interface SectionProps {
  meeting: Meeting;
  update: (patch: Partial<Meeting>) => void;
}

/** A numbered part of the minutes ("2. Điểm danh"). */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        {/* h3 under the page's h2 (no skipped level), at the size of an h4. */}
        <Title order={3} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
