/**
 * Who has not assessed the month yet (a click goes to the member's row). It folds to its title, so
 * the grid gets the room: beside the grid at normal text, above it (folded at first) at large text.
 */
import { memo, useState } from 'react';
import { Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import type { Member } from '../../core/model';
import { periodLabel } from '../../core/text';
import css from './grid.module.css';

interface Props {
  missing: Member[];
  period: string;
  onPick: (member: Member) => void;
  /** Above the grid, the names in a line (large text). */
  wide: boolean;
}

export const NotReportedPanel = memo(function NotReportedPanel({ missing, period, onPick, wide }: Props) {
  const [open, setOpen] = useState(!wide);
  const names = missing.map((m) => (
    <button key={m.id} type="button" className={css.pick} onClick={() => onPick(m)}>
      {m.fullName}
    </button>
  ));
  return (
    <Paper
      component="section"
      withBorder
      p={wide ? 'xs' : 'sm'}
      w={wide || !open ? undefined : 250}
      aria-label="Chưa báo cáo"
      style={{ flexShrink: 0 }}
    >
      <UnstyledButton
        onClick={() => setOpen((v) => !v)}
        aria-expanded={open}
        aria-controls="not-reported-body"
        style={{ fontWeight: 600, whiteSpace: 'nowrap' }}
      >
        {open ? '▾' : '▸'} Chưa báo cáo ({missing.length})
      </UnstyledButton>
      {open && (
        <div id="not-reported-body" style={{ marginTop: 4 }}>
          {missing.length === 0 ? (
            <Text size="sm" c="green">
              Tất cả đảng viên đã tự đánh giá {periodLabel(period)}.
            </Text>
          ) : wide ? (
            <Group gap="md" data-testid="not-reported">
              {names}
            </Group>
          ) : (
            <Stack gap={2} align="flex-start" data-testid="not-reported">
              {names}
            </Stack>
          )}
        </div>
      )}
    </Paper>
  );
});
