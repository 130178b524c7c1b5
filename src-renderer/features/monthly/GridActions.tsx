/** Copy from last month, undo, and the keys of the grid. */
import { Button, Group, Text } from '@mantine/core';
import { levelKeysSentence, type GridColumn, type MonthlyScale } from '../../core/monthly';
import type { Member } from '../../core/model';

interface Props {
  scale: MonthlyScale;
  focusedMember: Member | undefined;
  focusedColumn: GridColumn | undefined;
  canUndo: boolean;
  onCopyRow: () => void;
  onCopyColumn: () => void;
  onUndo: () => void;
  /** The keys are shown under the grid instead (large text). */
  keysBelow: boolean;
}

export function GridActions({ scale, focusedMember, focusedColumn, canUndo, onCopyRow, onCopyColumn, onUndo, keysBelow }: Props) {
  return (
    <Group gap="xs">
      <Button size="xs" variant="default" onClick={onCopyRow} disabled={!focusedMember}>
        Chép dòng tháng trước{focusedMember ? ` (${focusedMember.fullName})` : ''}
      </Button>
      <Button size="xs" variant="default" onClick={onCopyColumn} disabled={!focusedColumn}>
        Chép cột tháng trước{focusedColumn ? ` (${focusedColumn.short})` : ''}
      </Button>
      <Button size="xs" variant="default" onClick={onUndo} disabled={!canUndo}>
        Hoàn tác (Ctrl+Z)
      </Button>
      {!keysBelow && <GridKeys scale={scale} />}
    </Group>
  );
}

/** The keys of the grid (under the grid at large text, where the room above it is short). */
export function GridKeys({ scale }: { scale: MonthlyScale }) {
  return (
    <Text size="xs" c="dimmed">
      Phím: mũi tên để di chuyển; mỗi phím chọn đúng một mức: {levelKeysSentence(scale.data)}; phím Delete để xóa, phím Enter để xuống dòng.
    </Text>
  );
}
