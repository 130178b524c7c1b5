import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Unit } from '../../core/model';
import { isActiveMember } from '../../core/members';
import { formatDate, parseDate } from '../../core/text';
import { profileOn, sortHistory, termLabel, UNIT_TYPE_LABELS } from '../../core/units';
import { addUnitProfileVersion, UnitError } from '../../services/units';
import { useRoster } from './useRoster';
import { clock } from '../../platform/clock';

/**
 * Bí thư, phó bí thư and chi ủy viên over time: a change is a NEW dated version of the unit
 * profile (documents dated earlier keep printing the earlier office holders).
 */
export function CommitteePanel({ unit }: { unit: Unit }) {
  const navigate = useNavigate();
  const roster = useRoster(unit, true);
  const today = clock.today();
  const current = profileOn(unit, today);
  const [validFrom, setValidFrom] = useState(formatDate(today));
  const [secretary, setSecretary] = useState(current?.secretary ?? '');
  const [deputy, setDeputy] = useState(current?.deputySecretary ?? '');
  const [committee, setCommittee] = useState((current?.committeeMembers ?? []).join('\n'));
  const [error, setError] = useState<string>();

  const fillFromRoster = () => {
    const active = (roster ?? []).filter((m) => isActiveMember(m, parseDate(validFrom) ?? today));
    setSecretary(active.find((m) => m.partyPosition === 'bi_thu')?.fullName ?? '');
    setDeputy(active.find((m) => m.partyPosition === 'pho_bi_thu')?.fullName ?? '');
    setCommittee(
      active
        .filter((m) => m.partyPosition === 'chi_uy_vien')
        .map((m) => m.fullName)
        .join('\n'),
    );
  };

  const save = async () => {
    setError(undefined);
    const from = parseDate(validFrom);
    if (!from) {
      setError('Ngày áp dụng không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 01/07/2025.');
      return;
    }
    const base = profileOn(unit, from);
    if (!base) {
      setError('Đơn vị chưa có hồ sơ. Hãy nhập thông tin ở mục “Đơn vị” trước.');
      return;
    }
    try {
      await addUnitProfileVersion(unit.id, {
        ...base,
        validFrom: from,
        secretary,
        deputySecretary: deputy,
        committeeMembers: committee.split('\n'),
      });
      notifications.show({ color: 'green', message: `Đã ghi chi ủy áp dụng từ ngày ${formatDate(from)}.` });
    } catch (e) {
      setError(e instanceof UnitError ? e.message : String(e));
    }
  };

  const history = sortHistory(unit.history).reverse();

  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={2}>Chi ủy qua các thời kỳ</Title>
        <Button variant="default" onClick={() => navigate('..', { relative: 'path' })}>
          Về danh sách
        </Button>
      </Group>
      {current && (
        <Paper withBorder p="md">
          <Text fw={700}>{current.name}</Text>
          <Text size="sm">
            {UNIT_TYPE_LABELS[unit.type]} · Mã đơn vị {unit.code} · Cấp trên: {current.superiorName} · Địa danh: {current.placeName}
            {termLabel(current) ? ` · ${termLabel(current)}` : ''}
          </Text>
          <Text size="sm" c="dimmed">
            Tên, cấp trên, địa danh, nhiệm kỳ: sửa ở mục “Đơn vị”.
          </Text>
        </Paper>
      )}
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={4}>Ghi chi ủy mới</Title>
          <Text size="sm">
            Khi có thay đổi bí thư, phó bí thư hoặc chi ủy viên, hãy ghi thành một phiên bản mới kèm ngày áp dụng. Văn bản có ngày trước đó
            vẫn in theo chi ủy cũ.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label="Áp dụng từ ngày"
              placeholder="dd/mm/yyyy"
              value={validFrom}
              onChange={(e) => setValidFrom(e.currentTarget.value)}
            />
            <TextInput label="Bí thư" value={secretary} onChange={(e) => setSecretary(e.currentTarget.value)} />
            <TextInput label="Phó Bí thư" value={deputy} onChange={(e) => setDeputy(e.currentTarget.value)} />
          </SimpleGrid>
          <Textarea
            label="Chi ủy viên (mỗi người một dòng)"
            autosize
            minRows={2}
            value={committee}
            onChange={(e) => setCommittee(e.currentTarget.value)}
          />
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group>
            <Button onClick={save}>Lưu phiên bản mới</Button>
            <Button variant="light" onClick={fillFromRoster}>
              Lấy theo chức vụ trong danh sách đảng viên
            </Button>
          </Group>
        </Stack>
      </Paper>
      <Title order={4}>Lịch sử</Title>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Áp dụng từ</Table.Th>
            <Table.Th>Tên đơn vị</Table.Th>
            <Table.Th>Bí thư</Table.Th>
            <Table.Th>Phó Bí thư</Table.Th>
            <Table.Th>Chi ủy viên</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.map((v) => (
            <Table.Tr key={v.validFrom}>
              <Table.Td>{formatDate(v.validFrom)}</Table.Td>
              <Table.Td>{v.name}</Table.Td>
              <Table.Td>{v.secretary ?? ''}</Table.Td>
              <Table.Td>{v.deputySecretary ?? ''}</Table.Td>
              <Table.Td>{(v.committeeMembers ?? []).join(', ')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
