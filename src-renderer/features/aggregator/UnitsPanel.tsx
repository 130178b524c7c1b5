/** The subordinate units tab: the list, adding one by hand, removing one (with its reports after a confirmation). */
import { Alert, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { AsyncButton } from '../../ui/AsyncButton';
import { ActionsHeader } from '../../ui/ActionsHeader';
import { SHORT_TEXT_MAX, UNIT_CODE_MAX, unitProfileOn } from '../../core/exchange';
import type { UnitType } from '../../core/model';
import { UNIT_TYPE_LABELS } from '../../core/units';
import { useSubordinateUnits } from './useSubordinateUnits';

const TYPE_OPTIONS = (Object.keys(UNIT_TYPE_LABELS) as UnitType[]).map((t) => ({ value: t, label: UNIT_TYPE_LABELS[t] }));

export function UnitsPanel() {
  const { today, units, code, setCode, name, setName, type, setType, error, confirm, setConfirm, removed, setRemoved, add, remove, undo } =
    useSubordinateUnits();
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        Đơn vị trực thuộc được thêm bằng tay ở đây, hoặc tự động khi nhập báo cáo đầu tiên của đơn vị (ứng dụng sẽ hỏi trước). Mã đơn vị: mã
        ngắn như CB-SOTUPHAP hoặc mã tổ chức đảng như 01.02.003; chữ hoa hay chữ thường đều được coi là một.
      </Text>
      <Group align="end">
        <TextInput
          label="Mã đơn vị"
          placeholder="CB-SOTUPHAP"
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          maxLength={UNIT_CODE_MAX}
          w={180}
        />
        <TextInput
          label="Tên đơn vị"
          placeholder="Chi bộ Sở Tư pháp"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          maxLength={SHORT_TEXT_MAX}
          w={300}
        />
        <Select
          label="Loại"
          data={TYPE_OPTIONS}
          value={type}
          onChange={(v) => setType((v as UnitType) ?? 'chi_bo_co_so')}
          w={220}
          allowDeselect={false}
        />
        <AsyncButton onClick={() => add()}>Thêm đơn vị</AsyncButton>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {confirm && (
        <Alert color="orange" title={`Đơn vị ${confirm.code} đã có ${confirm.reports} báo cáo được nhập`}>
          <Text size="sm">
            Xóa đơn vị sẽ xóa cả các báo cáo đó khỏi tổng hợp. Ứng dụng sao lưu dữ liệu trước khi xóa, và có thể hoàn tác ngay sau đó.
          </Text>
          <Group mt="sm">
            <AsyncButton size="xs" color="red" onClick={() => remove(confirm.id, confirm.code, true)}>
              Xóa cả đơn vị và báo cáo
            </AsyncButton>
            <Button size="xs" variant="default" onClick={() => setConfirm(undefined)}>
              Không xóa
            </Button>
          </Group>
        </Alert>
      )}
      {removed && (
        <Alert color="yellow" withCloseButton onClose={() => setRemoved(undefined)}>
          <Group justify="space-between">
            <Text size="sm">
              Đã xóa đơn vị {removed.code}
              {removed.records.reports.length > 0 ? ` và ${removed.records.reports.length} báo cáo của đơn vị` : ''}.
            </Text>
            <AsyncButton size="xs" variant="default" onClick={() => undo()}>
              Hoàn tác
            </AsyncButton>
          </Group>
        </Alert>
      )}
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Mã</Table.Th>
            <Table.Th>Tên</Table.Th>
            <Table.Th>Loại</Table.Th>
            <ActionsHeader />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((u) => (
            <Table.Tr key={u.id}>
              <Table.Td>{u.code}</Table.Td>
              <Table.Td>{unitProfileOn(u, today).name}</Table.Td>
              <Table.Td>{UNIT_TYPE_LABELS[u.type]}</Table.Td>
              <Table.Td>
                <AsyncButton size="compact-xs" variant="subtle" color="red" onClick={() => remove(u.id, u.code)}>
                  Xóa
                </AsyncButton>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {units.length === 0 && <Text c="dimmed">Chưa có đơn vị trực thuộc nào.</Text>}
    </Stack>
  );
}
