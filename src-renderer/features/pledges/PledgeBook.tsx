import { useMemo, useState } from 'react';
import { AsyncButton } from '../../ui/AsyncButton';
import { Link, useNavigate } from 'react-router';
import { useLive as useLiveQuery } from '../../services/live';
import { Alert, Anchor, Badge, Button, Group, Modal, Paper, Progress, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { ActionsHeader } from '../../ui/ActionsHeader';
import { notifications } from '@mantine/notifications';
import type { Unit } from '../../core/model';
import { PARTY_POSITION_SHORT, PLEDGE_EXEMPTION_LABELS, sortRoster } from '../../core/members';
import { registrationSummary, STATE_LABELS, type RegistrationStatus } from '../../core/pledges';
import { formatDate } from '../../core/text';
import { useSettings } from '../../services/settings';
import { copyLastYearForCell, getTemplate, listForms } from '../../services/pledges';
import { ApplyTemplateDialog, ConfirmAllDialog, templateRecipients } from './CellDialogs';
import { listMembers } from '../../services/members';
import { exportCellForms, type Output } from './export';
import { errorText, useYear, yearOptions } from './useYear';

const STATUS_BADGE: Record<RegistrationStatus, { label: string; color: string }> = {
  missing: { label: 'Chưa đăng ký', color: 'red' },
  draft: { label: 'Đang soạn', color: 'yellow' },
  submitted: { label: 'Đã nộp, chờ xác nhận', color: 'blue' },
  confirmed: { label: 'Chi bộ đã xác nhận', color: 'green' },
};

function Stat({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} c={color}>
        {value}
      </Text>
    </Paper>
  );
}

export function PledgeBook({ unit }: { unit: Unit }) {
  const navigate = useNavigate();
  const settings = useSettings();
  const [year, setYear] = useYear();
  const members = useLiveQuery(() => listMembers(unit.id), [unit.id]);
  const forms = useLiveQuery(() => listForms(unit.id, year), [unit.id, year]);
  const [busy, setBusy] = useState<string | undefined>();
  const [progress, setProgress] = useState<number | undefined>();
  const [confirmCopy, setConfirmCopy] = useState(false);
  const [dialog, setDialog] = useState<'apply' | 'confirm-all' | undefined>();
  const template = useLiveQuery(() => getTemplate(unit.id, year).then((t) => t ?? null), [unit.id, year]);
  const recipients = useMemo(
    () => (members && forms ? templateRecipients(members, forms, year, settings.officeHoldersFirst) : []),
    [members, forms, year, settings.officeHoldersFirst],
  );

  const summary = useMemo(() => (members && forms ? registrationSummary(members, forms, year) : undefined), [members, forms, year]);
  const formsById = useMemo(() => new Map((forms ?? []).map((f) => [f.id, f])), [forms]);
  const rows = useMemo(() => {
    if (!summary || !members) return [];
    const byId = new Map(summary.rows.map((r) => [r.memberId, r]));
    return sortRoster(
      members.filter((m) => byId.has(m.id)),
      settings.officeHoldersFirst,
    ).map((m) => ({ member: m, reg: byId.get(m.id)! }));
  }, [summary, members, settings.officeHoldersFirst]);

  const copyAll = async () => {
    setConfirmCopy(false);
    setBusy('copy');
    try {
      const out = await copyLastYearForCell(unit.id, year);
      notifications.show({
        color: out.created.length ? 'green' : 'gray',
        title: 'Sao chép từ năm trước',
        message:
          `Đã tạo ${out.created.length} bản nháp năm ${year}. ` +
          (out.alreadyHave.length ? `${out.alreadyHave.length} đảng viên đã có bản đăng ký nên giữ nguyên. ` : '') +
          (out.nothingToCopy.length ? `${out.nothingToCopy.length} đảng viên chưa có bản đăng ký năm trước. ` : '') +
          (out.droppedItems ? `${out.droppedItems} việc làm không còn mục tương ứng trong khung mới nên không chép.` : ''),
      });
    } catch (e) {
      notifications.show({ color: 'red', title: 'Không sao chép được', message: errorText(e) });
    } finally {
      setBusy(undefined);
    }
  };

  const exportAll = async (output: Output) => {
    if (!forms || !members) return;
    const printable = forms.filter((f) => f.state !== 'draft');
    if (printable.length === 0) {
      notifications.show({ color: 'yellow', message: `Năm ${year} chưa có bản đăng ký nào đã nộp để in.` });
      return;
    }
    setBusy(output);
    setProgress(0);
    try {
      const out = await exportCellForms(printable, members, unit, year, output, setProgress, settings.officeHoldersFirst);
      if (output === 'save' && out.path) {
        notifications.show({ color: 'green', message: `Đã lưu ${out.count} bản đăng ký vào tệp ${out.path}.` });
      }
    } catch (e) {
      notifications.show({ color: 'red', title: 'Không tạo được tệp PDF', message: errorText(e) });
    } finally {
      setBusy(undefined);
      setProgress(undefined);
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={2}>Sổ đăng ký nêu gương</Title>
        <Group>
          <Select
            label="Năm đăng ký"
            data={yearOptions(year)}
            value={String(year)}
            onChange={(v) => v && setYear(Number(v))}
            allowDeselect={false}
            w={160}
          />
          <Button variant="default" component={Link} to="khung">
            Khung nội dung
          </Button>
        </Group>
      </Group>

      {summary && (
        <Paper withBorder p="md" radius="md" aria-label="Tình hình đăng ký">
          <Title order={3} size="h4" mb="sm">
            Tình hình đăng ký năm {year}
          </Title>
          <SimpleGrid cols={{ base: 2, md: 5 }}>
            <Stat label="Phải đăng ký" value={summary.mustRegister} />
            <Stat label="Còn phải đăng ký" value={summary.outstanding} color={summary.outstanding ? 'red' : 'green'} />
            <Stat label="Đã nộp, chờ xác nhận" value={summary.submitted} color="blue" />
            <Stat label="Chi bộ đã xác nhận" value={summary.confirmed} color="green" />
            <Stat label="Không phải đăng ký" value={summary.exempt.mien + summary.exempt.dinh_chi} color="gray" />
          </SimpleGrid>
          {summary.outstanding > 0 && (
            <Text mt="sm" size="sm">
              Còn {summary.missing} đảng viên chưa lập bản đăng ký và {summary.draft} bản đang soạn chưa nộp.
            </Text>
          )}
        </Paper>
      )}

      <Group>
        <Button component={Link} to={`mau?nam=${year}`} variant={template ? 'default' : 'filled'}>
          {template ? 'Bản mẫu của chi bộ' : 'Soạn bản mẫu của chi bộ'}
        </Button>
        {template && recipients.length > 0 && (
          <Button color="green" variant="light" onClick={() => setDialog('apply')} disabled={!!busy}>
            Dùng bản mẫu cho {recipients.length} đảng viên chưa đăng ký
          </Button>
        )}
        {summary && summary.submitted > 0 && (
          <Button color="green" onClick={() => setDialog('confirm-all')} disabled={!!busy}>
            Xác nhận tất cả ({summary.submitted} bản đã nộp)
          </Button>
        )}
        <Button onClick={() => setConfirmCopy(true)} loading={busy === 'copy'} disabled={!!busy} variant="light">
          Sao chép từ năm trước cho cả chi bộ
        </Button>
        <Button onClick={() => void exportAll('save')} loading={busy === 'save'} disabled={!!busy}>
          Xuất PDF cả chi bộ
        </Button>
        <Button onClick={() => void exportAll('print')} loading={busy === 'print'} disabled={!!busy} variant="default">
          In cả chi bộ
        </Button>
      </Group>
      {progress !== undefined && (
        <Stack gap={4}>
          <Text size="sm">Đang tạo tệp PDF… {Math.round(progress * 100)}%</Text>
          <Progress value={progress * 100} aria-label="Tiến độ tạo PDF" />
        </Stack>
      )}

      {members && members.length === 0 && (
        <Alert color="blue" title="Chưa có đảng viên">
          Hãy nhập danh sách đảng viên ở mục{' '}
          <Anchor component={Link} to="/dang-vien">
            Đảng viên
          </Anchor>{' '}
          trước.
        </Alert>
      )}

      {rows.length > 0 && (
        <Table striped highlightOnHover withTableBorder aria-label={`Danh sách đăng ký năm ${year}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={50}>STT</Table.Th>
              <Table.Th>Họ và tên</Table.Th>
              <Table.Th>Chức vụ</Table.Th>
              <Table.Th>Tình trạng đăng ký</Table.Th>
              <Table.Th>Ngày đăng ký</Table.Th>
              <ActionsHeader />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ member, reg }, i) => {
              const form = reg.formId ? formsById.get(reg.formId) : undefined;
              const badge = STATUS_BADGE[reg.status];
              return (
                <Table.Tr key={member.id}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>
                    <Text fw={500}>{member.fullName}</Text>
                  </Table.Td>
                  <Table.Td>{[PARTY_POSITION_SHORT[member.partyPosition], member.govPosition].filter(Boolean).join('; ')}</Table.Td>
                  <Table.Td>
                    {reg.mustRegister ? (
                      <Badge color={badge.color} variant="light">
                        {form?.state === 'amended' ? STATE_LABELS.amended : badge.label}
                      </Badge>
                    ) : (
                      <Badge color="gray" variant="light">
                        {reg.exemption ? PLEDGE_EXEMPTION_LABELS[reg.exemption] : 'Không phải đăng ký'}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{formatDate(form?.registeredAt)}</Table.Td>
                  <Table.Td>
                    <AsyncButton
                      size="xs"
                      variant={form ? 'default' : 'filled'}
                      onClick={() => navigate(`dang-vien/${member.id}?nam=${year}`)}
                      aria-label={`${form ? 'Mở bản đăng ký' : 'Lập bản đăng ký'} của ${member.fullName}`}
                    >
                      {form ? 'Mở' : 'Lập bản đăng ký'}
                    </AsyncButton>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}

      <ApplyTemplateDialog
        opened={dialog === 'apply'}
        onClose={() => setDialog(undefined)}
        unit={unit}
        year={year}
        recipients={recipients}
      />
      {dialog === 'confirm-all' && members && forms && (
        <ConfirmAllDialog opened onClose={() => setDialog(undefined)} unit={unit} year={year} members={members} forms={forms} />
      )}

      <Modal opened={confirmCopy} onClose={() => setConfirmCopy(false)} title="Sao chép từ năm trước">
        <Text mb="md">
          Mọi đảng viên phải đăng ký năm {year} mà chưa có bản đăng ký sẽ được tạo bản nháp từ bản đăng ký gần nhất của họ (nội dung, biện
          pháp; thời hạn lùi sang năm {year}). Bản đã có được giữ nguyên.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirmCopy(false)}>
            Hủy
          </Button>
          <AsyncButton onClick={() => copyAll()}>Sao chép</AsyncButton>
        </Group>
      </Modal>
    </Stack>
  );
}
