/** One file in the import preview: what it holds, what it changes, or why it cannot be imported and what to do. */
import { Alert, Badge, Button, Card, Group, List, Stack, Text } from '@mantine/core';
import { describeRead, type PreparedFile } from '../../services/exchange';

function statusBadge(p: PreparedFile) {
  if (p.status === 'error') return <Badge color="red">Không nhập được</Badge>;
  if (p.plan.action === 'unchanged') return <Badge color="gray">Không có gì thay đổi</Badge>;
  return <Badge color="green">Sẵn sàng nhập</Badge>;
}

interface Props {
  file: PreparedFile;
  /** The report key a choice is about (replace, keep one of two overlapping reports). */
  choiceKey: string | undefined;
  onAcceptUnit: (code: string) => void;
  onReplace: (key: string) => void;
  onKeep: (key: string) => void;
}

export function ImportFileCard({ file: p, choiceKey: key, onAcceptUnit, onReplace, onKeep }: Props) {
  return (
    <Card withBorder data-testid="import-file">
      <Group justify="space-between">
        <Text fw={700}>{p.fileName}</Text>
        {statusBadge(p)}
      </Group>
      {p.read && (
        <Stack gap={0} mt="xs">
          {describeRead(p.read).map((line) => (
            <Text size="sm" key={line}>
              {line}
            </Text>
          ))}
        </Stack>
      )}
      {p.status === 'ready' && (
        <List size="sm" mt="xs">
          {p.plan.changes.map((c) => (
            <List.Item key={c}>{c}</List.Item>
          ))}
        </List>
      )}
      {p.status === 'error' && (
        <Alert color="red" mt="xs" title="Lý do">
          {p.problem.message}
          {p.problem.code === 'unknown_unit' && typeof (p.problem.details.offer as { code?: string } | undefined)?.code === 'string' && (
            <Group mt="sm">
              <Button size="xs" onClick={() => onAcceptUnit((p.problem.details.offer as { code: string }).code)}>
                Thêm đơn vị này vào danh sách trực thuộc
              </Button>
            </Group>
          )}
          {(p.problem.code === 'older_report' || p.problem.code === 'conflicting_report') && key && (
            <Group mt="sm">
              <Button size="xs" color="orange" onClick={() => onReplace(key)}>
                Thay báo cáo đã nhập bằng tệp này
              </Button>
            </Group>
          )}
          {p.problem.code === 'overlap' && key && Array.isArray(p.problem.details.overlaps) && (
            <Group mt="sm">
              <Button size="xs" color="orange" onClick={() => onKeep(key)}>
                Giữ tệp này, gỡ báo cáo trùng
              </Button>
              <Text size="xs">Hoặc không làm gì: tệp này sẽ không được nhập, các báo cáo đã nhập giữ nguyên.</Text>
            </Group>
          )}
        </Alert>
      )}
    </Card>
  );
}
