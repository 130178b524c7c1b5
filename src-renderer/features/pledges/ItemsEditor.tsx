import { useState } from 'react';
import { Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import type { FrameworkCategory, PledgeItem } from '../../core/model';
import { deadlineLabel, parseDeadline, type ItemField } from '../../core/pledges';

interface Props {
  categories: readonly FrameworkCategory[];
  items: readonly PledgeItem[];
  editable: boolean;
  onChange: (items: PledgeItem[]) => void;
}

/** The DOM id of an item's field, so a problem in the list can take the user to it. */
export function itemFieldId(itemId: string, field: ItemField): string {
  return `viec-lam-${itemId}-${field === 'category' ? 'action' : field}`;
}

/** Put the cursor in an item's field (from the list of problems). */
export function focusItemField(itemId: string, field: ItemField): void {
  const el = document.getElementById(itemFieldId(itemId, field));
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.focus();
}

/** "Thời hạn": a date (31/12/2026) or words ("Hằng tháng", "Quý IV"). */
function DeadlineField({ item, onChange }: { item: PledgeItem; onChange: (patch: Pick<PledgeItem, 'deadline' | 'deadlineText'>) => void }) {
  const [text, setText] = useState(deadlineLabel(item));
  const [error, setError] = useState<string>();
  return (
    <TextInput
      id={itemFieldId(item.id, 'deadline')}
      label="Thời hạn"
      placeholder="ngày/tháng/năm hoặc Hằng tháng"
      value={text}
      error={error}
      onChange={(e) => {
        const t = e.currentTarget.value;
        setText(t);
        setError(undefined);
        const parsed = parseDeadline(t);
        onChange({ deadline: parsed.deadline, deadlineText: parsed.deadlineText });
      }}
      onBlur={() => setError(parseDeadline(text).problem)}
    />
  );
}

/** Items (việc làm) of a form, grouped by the framework's categories. */
export function ItemsEditor({ categories, items, editable, onChange }: Props) {
  const sorted = [...categories].sort((a, b) => a.order - b.order);
  // The row just added gets the cursor, so the next key types into it (a space no longer adds rows).
  const [justAdded, setJustAdded] = useState<string>();
  const update = (id: string, patch: Partial<PledgeItem>) =>
    onChange(
      items.map((i) => {
        if (i.id !== id) return i;
        const next = { ...i, ...patch };
        for (const key of Object.keys(patch) as Array<keyof PledgeItem>) if (next[key] === undefined) delete next[key];
        return next;
      }),
    );
  const remove = (id: string) => onChange(items.filter((i) => i.id !== id));
  const add = (categoryCode: string) => {
    const id = crypto.randomUUID();
    setJustAdded(id);
    onChange([...items, { id, categoryCode, action: '' }]);
  };

  return (
    <Stack gap="sm">
      {sorted.map((category, index) => {
        const own = items.filter((i) => i.categoryCode === category.code);
        const showGroup = !!category.group && (index === 0 || sorted[index - 1]!.group !== category.group);
        return (
          <Stack key={category.code} gap={6}>
            {showGroup && (
              <Text fw={700} fs="italic" mt="xs">
                {category.group}
              </Text>
            )}
            <Paper withBorder p="sm" radius="md" aria-label={`Mục ${index + 1}: ${category.label}`}>
              <Group gap="xs" align="flex-start" wrap="nowrap">
                <Title order={4} size="h5">
                  {index + 1}. {category.label}
                </Title>
              </Group>
              {category.guidance && (
                <Text size="sm" c="dimmed" mb={4}>
                  {category.guidance}
                </Text>
              )}
              <Stack gap={8} mt={4}>
                {own.length === 0 && !editable && (
                  <Text size="sm" c="dimmed">
                    (Chưa có việc làm)
                  </Text>
                )}
                {own.map((item, j) =>
                  editable ? (
                    <Paper key={item.id} p="xs" bg="gray.0" radius="sm">
                      <Textarea
                        id={itemFieldId(item.id, 'action')}
                        label={`Việc làm cụ thể ${j + 1}`}
                        autosize
                        minRows={1}
                        autoFocus={item.id === justAdded}
                        value={item.action}
                        onChange={(e) => update(item.id, { action: e.currentTarget.value })}
                      />
                      <Group grow align="flex-end" mt={4}>
                        <TextInput
                          id={itemFieldId(item.id, 'target')}
                          label="Chỉ tiêu, kết quả"
                          value={item.target ?? ''}
                          onChange={(e) => update(item.id, { target: e.currentTarget.value })}
                        />
                        <DeadlineField item={item} onChange={(patch) => update(item.id, patch)} />
                        <Button
                          variant="subtle"
                          color="red"
                          onClick={() => remove(item.id)}
                          aria-label={`Xóa việc làm ${j + 1} của mục ${index + 1}`}
                          style={{ flexGrow: 0 }}
                        >
                          Xóa
                        </Button>
                      </Group>
                    </Paper>
                  ) : (
                    <Text key={item.id} size="sm">
                      - {item.action}
                      {(item.target || deadlineLabel(item)) && (
                        <Text span fs="italic" c="dimmed">
                          {' '}
                          (
                          {[item.target && `chỉ tiêu: ${item.target}`, deadlineLabel(item) && `thời hạn: ${deadlineLabel(item)}`]
                            .filter(Boolean)
                            .join('; ')}
                          )
                        </Text>
                      )}
                    </Text>
                  ),
                )}
                {editable && (
                  <Button
                    variant="light"
                    size="xs"
                    w="fit-content"
                    onClick={() => add(category.code)}
                    aria-label={`Thêm việc làm vào mục ${index + 1}`}
                  >
                    + Thêm việc làm
                  </Button>
                )}
              </Stack>
            </Paper>
          </Stack>
        );
      })}
    </Stack>
  );
}
