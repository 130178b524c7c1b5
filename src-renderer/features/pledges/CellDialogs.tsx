/**
 * The cell-wide steps of the pledge book, each showing its list before anything is stored:
 * "Dùng bản này cho các đảng viên chưa đăng ký" (a draft from the cell's template for every member
 * who must register and has no form) and "Xác nhận tất cả" (every submitted form in one step).
 */
import { useMemo, useState } from 'react';
import { Alert, Button, Group, List, Modal, ScrollArea, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Member, PledgeForm, Unit } from '../../core/model';
import { sortRoster } from '../../core/members';
import { batchConfirmer, confirmationBatch, registrationSummary } from '../../core/pledges';
import { profileOn } from '../../core/units';
import { formatDate, isValidIsoDate } from '../../core/text';
import { applyTemplateToCell, confirmAllSubmitted } from '../../services/pledges';
import { clock } from '../../platform/clock';
import { DateField } from './DateField';
import { errorText } from './useYear';

/** Members who must register in `year` and have no form (in roster order): who a template gives a draft. */
export function templateRecipients(members: readonly Member[], forms: readonly PledgeForm[], year: number, officeHoldersFirst: boolean) {
  const missing = new Set(
    registrationSummary(members, forms, year)
      .rows.filter((r) => r.mustRegister && r.status === 'missing')
      .map((r) => r.memberId),
  );
  return sortRoster(
    members.filter((m) => missing.has(m.id)),
    officeHoldersFirst,
  );
}

export function ApplyTemplateDialog({
  opened,
  onClose,
  onDone,
  unit,
  year,
  recipients,
}: {
  opened: boolean;
  onClose: () => void;
  onDone?: () => void;
  unit: Unit;
  year: number;
  recipients: readonly Member[];
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const apply = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const out = await applyTemplateToCell(
        unit.id,
        year,
        recipients.map((m) => m.id),
      );
      notifications.show({
        color: 'green',
        title: 'Đã dùng bản mẫu',
        message:
          `Đã tạo ${out.created.length} bản nháp năm ${year} từ bản mẫu. Từng đảng viên mở bản của mình để điều chỉnh rồi nộp.` +
          (out.alreadyHaveForm.length ? ` ${out.alreadyHaveForm.length} đảng viên đã có bản đăng ký nên giữ nguyên.` : ''),
      });
      onClose();
      onDone?.();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Dùng bản mẫu cho các đảng viên chưa đăng ký" size="lg">
      <Stack>
        {recipients.length === 0 ? (
          <Text>Mọi đảng viên phải đăng ký năm {year} đều đã có bản đăng ký. Không có bản nháp nào để tạo.</Text>
        ) : (
          <>
            <Text>
              Sẽ tạo bản nháp năm {year} từ bản mẫu cho {recipients.length} đảng viên chưa có bản đăng ký. Bản đã có (kể cả bản đang soạn)
              được giữ nguyên. Sau đó từng đảng viên điều chỉnh bản của mình.
            </Text>
            <ScrollArea.Autosize mah={300}>
              <List type="ordered" aria-label="Đảng viên sẽ nhận bản nháp">
                {recipients.map((m) => (
                  <List.Item key={m.id}>{m.fullName}</List.Item>
                ))}
              </List>
            </ScrollArea.Autosize>
          </>
        )}
        {error && (
          <Alert color="red" role="alert" title="Chưa tạo được">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Hủy
          </Button>
          {recipients.length > 0 && (
            <Button loading={busy} onClick={() => void apply()}>
              Tạo {recipients.length} bản nháp
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

export function ConfirmAllDialog({
  opened,
  onClose,
  unit,
  year,
  members,
  forms,
}: {
  opened: boolean;
  onClose: () => void;
  unit: Unit;
  year: number;
  members: readonly Member[];
  forms: readonly PledgeForm[];
}) {
  const [date, setDate] = useState(clock.today());
  const [by, setBy] = useState(() => profileOn(unit, clock.today())?.secretary ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const names = useMemo(() => new Map(members.map((m) => [m.id, m.fullName])), [members]);
  const order = useMemo(() => new Map(sortRoster(members).map((m, i) => [m.id, i])), [members]);
  const batch = confirmationBatch(forms, year, date, (id) => names.get(id) ?? id);
  const profile = isValidIsoDate(date) ? profileOn(unit, date) : undefined;
  const confirmerOf = batchConfirmer(by, profile, members);
  const ready = [...batch.ready].sort((a, b) => (order.get(a.memberId) ?? 0) - (order.get(b.memberId) ?? 0));
  const problems = [...batch.problems, ...(by.trim() ? [] : ['Chưa có tên người xác nhận. Hãy nhập họ tên bí thư (hoặc phó bí thư).'])];

  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const done = await confirmAllSubmitted(unit.id, year, { date, by });
      notifications.show({ color: 'green', message: `Chi bộ đã xác nhận ${done.length} bản đăng ký năm ${year}.` });
      onClose();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Chi bộ xác nhận tất cả bản đã nộp" size="xl">
      <Stack>
        <Text size="sm">
          Các bản đã nộp dưới đây được xác nhận cùng một lúc và bị khóa; mọi thay đổi sau đó phải qua “Điều chỉnh”. Bản đang soạn không bị
          ảnh hưởng.
        </Text>
        <Group grow align="flex-start">
          <DateField label="Ngày xác nhận" value={date} onChange={(iso) => setDate(iso ?? '')} />
          <TextInput label="Người xác nhận (bí thư hoặc phó bí thư)" value={by} onChange={(e) => setBy(e.currentTarget.value)} />
        </Group>
        {ready.length > 0 && (
          <ScrollArea.Autosize mah={320}>
            <Table withTableBorder striped aria-label="Bản đăng ký sẽ được xác nhận">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={50}>STT</Table.Th>
                  <Table.Th>Họ và tên</Table.Th>
                  <Table.Th>Ngày nộp</Table.Th>
                  <Table.Th>Người xác nhận</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ready.map((f, i) => {
                  const who = confirmerOf(f);
                  return (
                    <Table.Tr key={f.id}>
                      <Table.Td>{i + 1}</Table.Td>
                      <Table.Td>{names.get(f.memberId)}</Table.Td>
                      <Table.Td>{formatDate(f.registeredAt)}</Table.Td>
                      <Table.Td>
                        {who.by}
                        {who.by !== by ? ' (bản của chính người xác nhận)' : ''}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        )}
        {problems.length > 0 && (
          <Alert color="red" title="Chưa xác nhận được" role="alert">
            <List size="sm">
              {problems.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {error && (
          <Alert color="red" role="alert" title="Chưa xác nhận được">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Hủy
          </Button>
          <Button color="green" loading={busy} disabled={problems.length > 0} onClick={() => void run()}>
            Xác nhận {ready.length} bản
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
