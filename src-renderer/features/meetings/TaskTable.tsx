import { ActionIcon, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import type { TaskRow } from '../../core/model';
import { formatDate, parseDate } from '../../core/text';
import { useLargeText } from '../../ui/text-size';

const TASK_STATUS = [
  { value: '', label: '—' },
  { value: 'xong', label: 'Hoàn thành' },
  { value: 'dang_lam', label: 'Đang thực hiện' },
  { value: 'chua_xong', label: 'Chưa hoàn thành' },
];

/** Tasks of a resolution: last month's with their outcome ("review"), next month's with a deadline ("next"). */
export function TaskTable({
  title,
  rows,
  mode,
  onChange,
}: {
  title: string;
  rows: TaskRow[];
  mode: 'review' | 'next';
  onChange: (rows: TaskRow[]) => void;
}) {
  // Large text: the task takes a whole line, the other fields wrap under it.
  const large = useLargeText();
  const set = (i: number, patch: Partial<TaskRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {title}
      </Text>
      {rows.map((r, i) => (
        <Group
          key={i}
          wrap={large ? 'wrap' : 'nowrap'}
          align="start"
          // Large text: a row takes two lines; a rule between rows keeps them apart.
          style={large && i > 0 ? { borderTop: '1px solid var(--mantine-color-gray-3)', paddingTop: 8 } : undefined}
        >
          <TextInput
            aria-label={`${title}: nhiệm vụ ${i + 1}`}
            placeholder="Nhiệm vụ"
            value={r.task}
            style={{ flex: 1, minWidth: large ? '100%' : undefined }}
            onChange={(e) => set(i, { task: e.currentTarget.value })}
          />
          <TextInput
            aria-label={`${title}: người thực hiện ${i + 1}`}
            placeholder="Người thực hiện"
            value={r.assignee ?? ''}
            w={170}
            onChange={(e) => set(i, { assignee: e.currentTarget.value })}
          />
          {mode === 'review' ? (
            <>
              <NativeSelect
                aria-label={`${title}: tình trạng ${i + 1}`}
                value={r.status ?? ''}
                data={TASK_STATUS}
                w={150}
                onChange={(e) => set(i, { status: (e.currentTarget.value || undefined) as TaskRow['status'] })}
              />
              <TextInput
                aria-label={`${title}: kết quả ${i + 1}`}
                placeholder="Kết quả"
                value={r.result ?? ''}
                w={170}
                onChange={(e) => set(i, { result: e.currentTarget.value })}
              />
            </>
          ) : (
            <TextInput
              aria-label={`${title}: thời hạn ${i + 1}`}
              placeholder="Thời hạn (dd/mm/yyyy)"
              defaultValue={formatDate(r.deadline)}
              w={150}
              onBlur={(e) => set(i, { deadline: parseDate(e.currentTarget.value) })}
            />
          )}
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Xóa dòng ${i + 1}`}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Button size="xs" variant="default" w="fit-content" onClick={() => onChange([...rows, { task: '' }])}>
        Thêm dòng
      </Button>
    </Stack>
  );
}
