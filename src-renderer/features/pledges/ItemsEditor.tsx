import { Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import type { FrameworkCategory, PledgeItem } from '../../core/model';
import { formatDate } from '../../core/text';
import { DateField } from './DateField';

interface Props {
  categories: readonly FrameworkCategory[];
  items: readonly PledgeItem[];
  editable: boolean;
  onChange: (items: PledgeItem[]) => void;
}

/** Items (việc làm) of a form, grouped by the framework's categories. */
export function ItemsEditor({ categories, items, editable, onChange }: Props) {
  const sorted = [...categories].sort((a, b) => a.order - b.order);
  const update = (id: string, patch: Partial<PledgeItem>) => onChange(items.map((i) => (i.id === id ? { ...i, ...patch } : i)));
  const remove = (id: string) => onChange(items.filter((i) => i.id !== id));
  const add = (categoryCode: string) => onChange([...items, { id: crypto.randomUUID(), categoryCode, action: '' }]);

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
                        label={`Việc làm cụ thể ${j + 1}`}
                        autosize
                        minRows={1}
                        value={item.action}
                        onChange={(e) => update(item.id, { action: e.currentTarget.value })}
                      />
                      <Group grow align="flex-end" mt={4}>
                        <TextInput
                          label="Chỉ tiêu, kết quả"
                          value={item.target ?? ''}
                          onChange={(e) => update(item.id, { target: e.currentTarget.value })}
                        />
                        <DateField label="Thời hạn" value={item.deadline} onChange={(iso) => update(item.id, { deadline: iso })} />
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
                      {(item.target || item.deadline) && (
                        <Text span fs="italic" c="dimmed">
                          {' '}
                          (
                          {[item.target && `chỉ tiêu: ${item.target}`, item.deadline && `thời hạn: ${formatDate(item.deadline)}`]
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
