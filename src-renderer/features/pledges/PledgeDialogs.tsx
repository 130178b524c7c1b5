/** The dialogs of a form's life: nộp, chi bộ xác nhận, lưu điều chỉnh, xóa bản nháp. */
import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { Member, PledgeForm } from '../../core/model';
import { DateField } from './DateField';
import type { PledgeFormState } from './usePledgeForm';

export function PledgeDialogs({ form, member, s }: { form: PledgeForm; member: Member; s: PledgeFormState }) {
  const { dialog, closeDialog, fields, setFields, busy, error, actions } = s;
  const problem = error && (
    <Text c="red" size="sm" role="alert">
      {error}
    </Text>
  );
  const cancel = (
    <Button variant="default" onClick={closeDialog}>
      Hủy
    </Button>
  );
  return (
    <>
      <Modal opened={dialog === 'submit'} onClose={closeDialog} title="Nộp bản đăng ký">
        <Stack>
          <DateField label="Ngày đăng ký" value={fields.date} onChange={(iso) => setFields({ date: iso ?? '' })} />
          {problem}
          <Group justify="flex-end">
            {cancel}
            <Button loading={busy === 'submit'} disabled={!!busy} onClick={() => void actions.submit()}>
              Nộp
            </Button>
            {s.next && (
              <Button
                variant="light"
                loading={busy === 'submit-next'}
                disabled={!!busy}
                onClick={() => void actions.submitAndNext()}
                aria-label={`Nộp, sang bản của ${s.next.fullName}`}
              >
                Nộp, sang bản tiếp theo
              </Button>
            )}
          </Group>
        </Stack>
      </Modal>

      <Modal opened={dialog === 'confirm'} onClose={closeDialog} title="Chi bộ xác nhận">
        <Stack>
          <Text size="sm">Sau khi xác nhận, bản đăng ký bị khóa; mọi thay đổi sau đó phải qua “Điều chỉnh”.</Text>
          <DateField label="Ngày xác nhận" value={fields.date} onChange={(iso) => setFields({ date: iso ?? '' })} />
          <TextInput
            label="Người xác nhận (bí thư hoặc phó bí thư)"
            value={fields.by}
            onChange={(e) => setFields({ by: e.currentTarget.value })}
          />
          {problem}
          <Group justify="flex-end">
            {cancel}
            <Button color="green" loading={busy === 'confirm'} onClick={() => void actions.confirm()}>
              Xác nhận
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal opened={dialog === 'amend'} onClose={closeDialog} title="Lưu điều chỉnh">
        <Stack>
          <Textarea
            label="Lý do điều chỉnh"
            autosize
            minRows={2}
            value={fields.reason}
            onChange={(e) => setFields({ reason: e.currentTarget.value })}
          />
          <DateField label="Ngày điều chỉnh" value={fields.date} onChange={(iso) => setFields({ date: iso ?? '' })} />
          <TextInput label="Người điều chỉnh" value={fields.by} onChange={(e) => setFields({ by: e.currentTarget.value })} />
          {problem}
          <Group justify="flex-end">
            {cancel}
            <Button color="teal" loading={busy === 'amend'} onClick={() => void actions.amend()}>
              Lưu điều chỉnh
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal opened={dialog === 'delete'} onClose={closeDialog} title="Xóa bản nháp">
        <Text mb="md">
          Xóa bản nháp năm {form.year} của {member.fullName}? Việc này không hoàn tác được.
        </Text>
        <Group justify="flex-end">
          {cancel}
          <Button color="red" loading={busy === 'delete'} onClick={() => void actions.remove()}>
            Xóa
          </Button>
        </Group>
      </Modal>
    </>
  );
}
