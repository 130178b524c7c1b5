/**
 * One unit's report: its members (detailed reports) or, for a consolidated report, the units
 * below it with their figures (and below those, level by level).
 */
import { useEffect, useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { memberRows, type DashboardRow } from '../../core/aggregation';
import { drillDown, getReportPayload } from '../../services/aggregator';
import { useLive as useLiveQuery } from '../../services/live';
import { DashboardTable } from './DashboardTable';

export function UnitReportModal({
  row,
  onClose,
  onRemove,
}: {
  row?: DashboardRow;
  onClose: () => void;
  onRemove: (r: DashboardRow) => void;
}) {
  const [path, setPath] = useState<Array<{ code: string; name: string }>>([]);
  useEffect(() => setPath([]), [row?.reportId]);
  const payload = useLiveQuery(async () => (row?.reportId ? getReportPayload(row.reportId) : undefined), [row?.reportId]);
  const level = path[path.length - 1];
  const below = useLiveQuery(
    async () => (row?.reportId && payload?.detail === 'consolidated' ? drillDown(row.reportId, level?.code) : undefined),
    [row?.reportId, payload?.detail, level?.code],
  );
  const rows = payload ? memberRows(payload) : [];
  return (
    <Modal opened={row !== undefined} onClose={onClose} title={row?.unitName} size="xl">
      <Stack>
        {payload?.detail === 'aggregate' && <Alert color="gray">Đơn vị chỉ gửi số liệu tổng hợp, không có danh sách từng đảng viên.</Alert>}
        {payload?.detail === 'consolidated' && below && (
          <>
            <Group gap="xs">
              <Button size="compact-sm" variant={path.length === 0 ? 'light' : 'subtle'} onClick={() => setPath([])}>
                {row?.unitName}
              </Button>
              {path.map((p, i) => (
                <Button
                  key={p.code}
                  size="compact-sm"
                  variant={i === path.length - 1 ? 'light' : 'subtle'}
                  onClick={() => setPath(path.slice(0, i + 1))}
                >
                  › {p.name}
                </Button>
              ))}
            </Group>
            <Text size="sm" c="dimmed">
              Các đơn vị trong báo cáo tổng hợp (số liệu như cấp ủy này đã nhận). Bấm tên một đơn vị có báo cáo tổng hợp để xem các đơn vị
              bên dưới.
            </Text>
            {below.rows.length === 0 ? (
              <Alert color="gray">Báo cáo này không ghi số liệu của từng đơn vị (tệp của phiên bản cũ).</Alert>
            ) : (
              <DashboardTable
                d={below}
                onOpen={(r) => r.detail === 'consolidated' && setPath([...path, { code: r.unitCode, name: r.unitName }])}
                openTitle="Xem các đơn vị bên dưới"
                testId="drill-down-units"
              />
            )}
          </>
        )}
        {rows.length > 0 && (
          <Table striped data-testid="drill-down">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>TT</Table.Th>
                <Table.Th>Họ và tên</Table.Th>
                <Table.Th>Chức vụ</Table.Th>
                <Table.Th>Đăng ký</Table.Th>
                <Table.Th>Tháng báo cáo</Table.Th>
                <Table.Th>Mức tự đánh giá</Table.Th>
                <Table.Th>Biểu dương / nhắc nhở</Table.Th>
                <Table.Th>Xếp loại</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((m, i) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>{m.fullName}</Table.Td>
                  <Table.Td>{m.position}</Table.Td>
                  <Table.Td>{m.registered}</Table.Td>
                  <Table.Td ta="right">{m.monthsReported}</Table.Td>
                  <Table.Td>{m.monthlyLevels}</Table.Td>
                  <Table.Td>
                    {m.praised} / {m.reminded}
                  </Table.Td>
                  <Table.Td>{m.level}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {row?.reportId && (
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {row.exportedAt ? `Báo cáo xuất lúc ${new Date(row.exportedAt).toLocaleString('vi-VN')}.` : ''} Nếu báo cáo này sai (ví dụ
              mang ngày sai do máy của đơn vị đặt sai đồng hồ), có thể xóa để nhập báo cáo đúng.
            </Text>
            <Button color="red" variant="light" onClick={() => onRemove(row)}>
              Xóa báo cáo này
            </Button>
          </Group>
        )}
      </Stack>
    </Modal>
  );
}
