/** What stops a pledge form (or the cell's template) from being stored, grouped per section, each line with a way to the field. */
import { Anchor, List, Stack, Text } from '@mantine/core';
import type { SectionIssues } from '../../core/pledges';
import { focusItemField } from './ItemsEditor';

export function IssueList({ groups, label = 'Cần sửa trước khi lưu' }: { groups: readonly SectionIssues[]; label?: string }) {
  if (groups.length === 0) return null;
  return (
    <Stack gap={6} aria-label={label} role="group">
      {groups.map((g) => (
        <Stack key={g.section?.code ?? 'chung'} gap={2}>
          <Text size="sm" fw={700} c="red.9">
            {g.section ? `Mục ${g.section.index}. ${g.section.label}` : 'Chung'}
          </Text>
          <List size="sm" c="red.9" withPadding>
            {g.lines.map((line) => (
              <List.Item key={`${line.itemId ?? ''}:${line.field ?? ''}:${line.text}`}>
                {line.text}{' '}
                {line.itemId && line.field && (
                  <Anchor component="button" type="button" size="sm" onClick={() => focusItemField(line.itemId!, line.field!)}>
                    Đến ô cần sửa
                  </Anchor>
                )}
              </List.Item>
            ))}
          </List>
        </Stack>
      ))}
    </Stack>
  );
}
