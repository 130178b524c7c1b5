/** Under the grid: what each column ("ND 1", "Chung") stands for. */
import { Paper, Text } from '@mantine/core';
import { OVERALL_COLUMN, type GridColumn } from '../../core/monthly';

export function ColumnLegend({ columns }: { columns: GridColumn[] }) {
  return (
    <Paper withBorder p="xs">
      <Text size="sm" fw={600}>
        Nội dung đăng ký (cột)
      </Text>
      {columns.map((c) => (
        <Text size="xs" key={c.key}>
          <b>{c.key === OVERALL_COLUMN ? 'Chung' : `ND ${c.short}`}</b>: {c.label}
        </Text>
      ))}
      <Text size="xs" c="dimmed">
        Đảng viên chưa có bản đăng ký chỉ đánh giá ở cột “Chung”. Ô “Chung” chữ nghiêng là mức suy ra từ các nội dung.
      </Text>
    </Paper>
  );
}
