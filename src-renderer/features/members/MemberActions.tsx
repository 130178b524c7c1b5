import { useState } from 'react';
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Member } from '../../core/model';
import { STATUS_KIND_LABELS } from '../../core/members';
import { formatDate, parseDate } from '../../core/text';
import { deleteMember, MemberError, recordLeaving, type LeaveKind } from '../../services/members';
import { clock } from '../../platform/clock';

const LEAVE_KINDS: LeaveKind[] = ['chuyen_di', 'tu_tran', 'xoa_ten', 'khai_tru'];

/** Record a "chuyển đi" (or từ trần / xóa tên / khai trừ) from a date: the member stays in the history. */
export function LeaveModal({ member, onDone }: { member: Member; onDone: () => void }) {
  const [kind, setKind] = useState<LeaveKind>('chuyen_di');
  const [date, setDate] = useState(formatDate(clock.today()));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const save = async () => {
    const iso = parseDate(date);
    if (!iso) {
      setError('Ngày không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 30/06/2026.');
      return;
    }
    try {
      await recordLeaving(member.id, kind, iso, reason);
      notifications.show({
        color: 'green',
        message: `Đã ghi: đồng chí ${member.fullName} — ${STATUS_KIND_LABELS[kind].toLowerCase()} từ ngày ${formatDate(iso)}.`,
      });
      onDone();
    } catch (e) {
      setError(e instanceof MemberError ? e.problems.join(' ') : String(e));
    }
  };
  return (
    <Stack>
      <Text size="sm">
        Đồng chí {member.fullName} sẽ không còn trong danh sách đang sinh hoạt kể từ ngày này; mọi sổ sách trước đó được giữ nguyên.
      </Text>
      <Select
        label="Lý do ra khỏi chi bộ"
        data={LEAVE_KINDS.map((k) => ({ value: k, label: STATUS_KIND_LABELS[k] }))}
        value={kind}
        onChange={(v) => v && setKind(v as LeaveKind)}
        allowDeselect={false}
      />
      <TextInput label="Từ ngày" placeholder="dd/mm/yyyy" value={date} onChange={(e) => setDate(e.currentTarget.value)} />
      <TextInput label="Ghi chú (nơi chuyển đến, số quyết định…)" value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Group>
        <Button color="orange" onClick={save}>
          Ghi nhận
        </Button>
        <Button variant="default" onClick={onDone}>
          Hủy
        </Button>
      </Group>
    </Stack>
  );
}

/** True delete (a member entered by mistake, with no records), after confirmation. */
export function DeleteMemberButton({ member, onDeleted }: { member: Member; onDeleted: () => void }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const remove = async () => {
    try {
      await deleteMember(member.id);
      notifications.show({ color: 'green', message: `Đã xóa đồng chí ${member.fullName} khỏi danh sách.` });
      setOpen(false);
      onDeleted();
    } catch (e) {
      setError(e instanceof MemberError ? e.problems.join(' ') : String(e));
    }
  };
  return (
    <>
      <Button color="red" variant="outline" onClick={() => setOpen(true)}>
        Xóa (nhập nhầm)
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="Xóa đảng viên?">
        <Stack>
          <Text>
            Xóa hẳn đồng chí <b>{member.fullName}</b> khỏi danh sách? Chỉ nên xóa khi nhập nhầm. Việc này không hoàn tác được.
          </Text>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group>
            <Button color="red" onClick={remove}>
              Xóa hẳn
            </Button>
            <Button variant="default" onClick={() => setOpen(false)}>
              Không xóa
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
