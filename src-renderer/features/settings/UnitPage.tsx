import { useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useOwnUnit, useSettings } from '../../services/settings';
import { formatDate } from '../../core/text';
import type { Unit, UnitProfileVersion } from '../../core/model';
import { currentProfile, sortHistory, termLabel, UNIT_TYPE_LABELS } from '../../core/units';
import { useNewRecordGuard } from '../../services/form-drafts';
import { completeSetup } from '../../services/settings';
import { errorMessage } from '../../services/errors';
import { UnitFields } from './UnitFields';
import { toSetupInput, unitFormSchema, type UnitFormValues } from './unit-form';
import { clock } from '../../platform/clock';

/**
 * The unit's dated profile. A change (new name, new superior after the 2025 reorganisation, new
 * bí thư) is saved as a NEW version from a date, so documents dated earlier keep their old header.
 */
export default function UnitPage() {
  const unit = useOwnUnit();
  const settings = useSettings();
  const [editing, setEditing] = useState(false);
  const latest = unit ? currentProfile(unit) : undefined;

  if (!unit || !latest) return <Text>Chưa có thông tin đơn vị.</Text>;

  return (
    <Stack>
      <Title order={2}>Đơn vị</Title>
      <Paper withBorder p="md">
        <Stack gap={4}>
          <Text size="xl" fw={700}>
            {latest.name}
          </Text>
          <Text>Loại tổ chức: {UNIT_TYPE_LABELS[unit.type]}</Text>
          <Text>Cấp trên trực tiếp: {latest.superiorName}</Text>
          <Text>Địa danh: {latest.placeName}</Text>
          <Text>
            Mã đơn vị: {unit.code} · Ký hiệu văn bản: {latest.issuerCode}
          </Text>
          {latest.secretary && <Text>Bí thư: {latest.secretary}</Text>}
          {termLabel(latest) && <Text>Nhiệm kỳ: {termLabel(latest).replace('nhiệm kỳ ', '')}</Text>}
        </Stack>
        {!editing && (
          <Button mt="md" onClick={() => setEditing(true)}>
            Ghi thay đổi thông tin đơn vị
          </Button>
        )}
      </Paper>
      {editing && <UnitVersionForm unit={unit} latest={latest} mode={settings.mode} onClose={() => setEditing(false)} />}
      <Title order={3}>Lịch sử thay đổi</Title>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Áp dụng từ</Table.Th>
            <Table.Th>Tên</Table.Th>
            <Table.Th>Cấp trên trực tiếp</Table.Th>
            <Table.Th>Địa danh</Table.Th>
            <Table.Th>Bí thư</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sortHistory(unit.history)
            .reverse()
            .map((v) => (
              <Table.Tr key={v.validFrom}>
                <Table.Td>{formatDate(v.validFrom)}</Table.Td>
                <Table.Td>{v.name}</Table.Td>
                <Table.Td>{v.superiorName}</Table.Td>
                <Table.Td>{v.placeName}</Table.Td>
                <Table.Td>{v.secretary ?? ''}</Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function versionDefaults(unit: Unit, latest: UnitProfileVersion, mode: UnitFormValues['mode']): UnitFormValues {
  return {
    mode,
    unitName: latest.name,
    unitType: unit.type,
    unitCode: unit.code,
    superiorName: latest.superiorName,
    superiorCommittee: latest.superiorCommittee,
    placeName: latest.placeName,
    issuerCode: latest.issuerCode,
    secretaryName: latest.secretary ?? '',
    validFrom: formatDate(clock.today()),
    termStart: formatDate(latest.termStart),
    termEnd: formatDate(latest.termEnd),
  };
}

/**
 * A new dated version of the profile. Not autosaved (each save is a version: a half-typed date
 * would create a stray one); leaving with changes asks "Có thay đổi chưa lưu", and "Lưu" saves it.
 */
function UnitVersionForm({
  unit,
  latest,
  mode,
  onClose,
}: {
  unit: Unit;
  latest: UnitProfileVersion;
  mode: UnitFormValues['mode'];
  onClose: () => void;
}) {
  const [error, setError] = useState<string>();
  const form = useForm<UnitFormValues>({ resolver: zodResolver(unitFormSchema), defaultValues: versionDefaults(unit, latest, mode) });
  const guard = useNewRecordGuard(form, {
    label: 'Thông tin đơn vị (phiên bản mới)',
    store: async (values) => {
      setError(undefined);
      try {
        await completeSetup(toSetupInput(values));
      } catch (e) {
        setError(errorMessage(e, 'Không lưu được.'));
        throw e;
      }
      notifications.show({ color: 'green', message: 'Đã lưu thông tin đơn vị (phiên bản mới theo ngày áp dụng).' });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    guard.submit().then(onClose, () => undefined);
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text>Nhập thông tin mới và ngày bắt đầu áp dụng. Văn bản có ngày trước ngày này vẫn in theo thông tin cũ.</Text>
          <UnitFields form={form} />
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group>
            <Button type="submit">Lưu phiên bản mới</Button>
            <Button
              variant="default"
              onClick={() => {
                guard.markDone();
                onClose();
              }}
            >
              Hủy
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
