import { Link, useNavigate } from 'react-router';
import { AsyncButton } from '../../ui/AsyncButton';
import { useLive as useLiveQuery } from '../../services/live';
import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { ActionsHeader } from '../../ui/ActionsHeader';
import { formatDate } from '../../core/text';
import { listFrameworks } from '../../services/pledges';

const SOURCE_LABELS = { preset: 'Có sẵn', superior: 'Của cấp trên', local: 'Tự soạn' } as const;

/** The pledge frameworks (newest version of each) with a link to edit or add one. */
export function FrameworkList() {
  const navigate = useNavigate();
  const frameworks = useLiveQuery(() => listFrameworks(), []);
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/so-dang-ky">
        ← Sổ đăng ký
      </Anchor>
      <Group justify="space-between">
        <Title order={2}>Khung nội dung đăng ký</Title>
        <Button component={Link} to="moi">
          Thêm khung riêng
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        Sửa một khung sẽ tạo phiên bản mới; các bản đăng ký đã lập vẫn giữ nội dung của phiên bản cũ.
      </Text>
      <Table striped highlightOnHover withTableBorder aria-label="Danh sách khung nội dung">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Tên khung</Table.Th>
            <Table.Th>Số mục</Table.Th>
            <Table.Th>Phiên bản</Table.Th>
            <Table.Th>Áp dụng từ</Table.Th>
            <Table.Th>Nguồn</Table.Th>
            <ActionsHeader />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(frameworks ?? []).map((f) => (
            <Table.Tr key={f.id}>
              <Table.Td>
                <Text fw={500}>{f.name}</Text>
              </Table.Td>
              <Table.Td>{f.data.categories.length}</Table.Td>
              <Table.Td>{f.version}</Table.Td>
              <Table.Td>{formatDate(f.validFrom)}</Table.Td>
              <Table.Td>{SOURCE_LABELS[f.source]}</Table.Td>
              <Table.Td>
                <AsyncButton size="xs" variant="default" onClick={() => navigate(f.id)} aria-label={`Sửa khung ${f.name}`}>
                  Xem, sửa
                </AsyncButton>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
