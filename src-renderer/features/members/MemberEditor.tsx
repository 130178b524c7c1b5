import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { AsyncButton } from '../../ui/AsyncButton';
import { useNavigate, useParams } from 'react-router';
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLive as useLiveQuery } from '../../services/live';
import type { Member, Unit } from '../../core/model';
import {
  duplicateMessage,
  PARTY_POSITION_LABELS,
  STATUS_KIND_LABELS,
  STATUS_KIND_ORDER,
  statusOn,
  type DuplicateMatch,
} from '../../core/members';
import { formatDate } from '../../core/text';
import { draftStatusText } from '../../services/drafts';
import { findDuplicates, getMember, memberRecordCounts, recordsSummary } from '../../services/members';
import {
  autoSplit,
  emptyMemberForm,
  formToInput,
  memberFormSchema,
  memberToForm,
  statusIssuesOf,
  type MemberFormValues,
} from './member-form';
import { DeleteMemberButton, LeaveModal } from './MemberActions';
import { useMemberDraft } from './useMemberDraft';
import { clock } from '../../platform/clock';
import { FieldRow } from '../../ui/FieldRow';
import { useLargeText } from '../../ui/text-size';

export function MemberEditor({ unit }: { unit: Unit }) {
  const { memberId } = useParams();
  const navigate = useNavigate();
  const existing = useLiveQuery(() => (memberId ? getMember(memberId) : Promise.resolve(null)), [memberId]);
  if (memberId && existing === undefined) return <Text>Đang tải…</Text>;
  if (memberId && !existing)
    return (
      <Stack>
        <Alert color="red">Không tìm thấy đảng viên này (có thể đã bị xóa).</Alert>
        <Button variant="default" onClick={() => navigate('..')} w={200}>
          Về danh sách
        </Button>
      </Stack>
    );
  return <MemberForm key={existing?.id ?? 'new'} unit={unit} member={existing ?? undefined} />;
}

/**
 * One status period: the four fields in a line at normal text (the kind wide, the dates narrow);
 * at large text they reflow as the other fields do (FieldRow) and "✕" goes under them.
 */
function PeriodRow({ large, remove, children }: { large: boolean; remove: ReactNode; children: ReactNode }) {
  if (!large)
    return (
      <Group align="flex-start" gap="xs" wrap="nowrap">
        {children}
        {remove}
      </Group>
    );
  return (
    <Stack gap="xs">
      <FieldRow perRow={2}>{children}</FieldRow>
      <Group justify="flex-end">{remove}</Group>
    </Stack>
  );
}

function MemberForm({ unit, member }: { unit: Unit; member?: Member }) {
  const navigate = useNavigate();
  const large = useLargeText();
  const form = useForm<MemberFormValues>({
    resolver: zodResolver(memberFormSchema),
    defaultValues: member ? memberToForm(member) : emptyMemberForm(),
    // An existing member is stored as it is typed: show what stops it at once.
    mode: member ? 'onChange' : 'onSubmit',
  });
  const { register, control, formState, setValue } = form;
  const e = formState.errors;
  const periods = useFieldArray({ control, name: 'statusPeriods' });
  const values = useWatch({ control }) as MemberFormValues;
  const [duplicates, setDuplicates] = useState<DuplicateMatch<Member>[]>([]);
  const [allowSameName, setAllowSameName] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const counts = useLiveQuery(() => (member ? memberRecordCounts(member) : Promise.resolve(undefined)), [member?.id]);

  // Duplicate warning while typing (same số thẻ, or same name + birth date).
  const dupKey = `${values.fullName}|${values.birthDate}|${values.cardNumber}`;
  useEffect(() => {
    const handle = setTimeout(() => {
      const input = formToInput({ ...emptyMemberForm(), ...values, statusPeriods: [] });
      if (!input.fullName.trim()) {
        setDuplicates([]);
        return;
      }
      void findDuplicates(unit.id, input, member?.id).then(setDuplicates);
    }, 250);
    return () => clearTimeout(handle);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-run only when the identifying fields change
  }, [dupKey, unit.id, member?.id]);

  const issues = statusIssuesOf({
    birthDate: values.birthDate ?? '',
    admissionDate: values.admissionDate ?? '',
    fullMembershipDate: values.fullMembershipDate ?? '',
    statusPeriods: values.statusPeriods ?? [],
  });
  const blocking = issues.filter((i) => i.severity === 'error');
  const split = autoSplit(values.fullName ?? '');
  const sameNameDup = duplicates.some((d) => d.reason === 'name_birth');
  const { draft, saveError, save, cancel, settle, discard } = useMemberDraft({ form, unit, member, duplicates, allowSameName });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save().then((stored) => {
      if (!stored) return;
      const name = form.getValues('fullName').trim();
      notifications.show({ color: 'green', message: member ? `Đã lưu thay đổi của đồng chí ${name}.` : `Đã thêm đồng chí ${name}.` });
      void navigate('..', { relative: 'path' });
    });
  };

  const startSplitOverride = (on: boolean) => {
    setValue('overrideSplit', on);
    if (on) {
      setValue('familyName', split.familyName);
      setValue('middleName', split.middleName);
      setValue('givenName', split.givenName);
    }
  };

  return (
    <Stack maw={1000}>
      <Group justify="space-between">
        <Title order={2}>{member ? `Đồng chí ${member.fullName}` : 'Thêm đảng viên'}</Title>
        <Button variant="default" onClick={() => navigate('..', { relative: 'path' })}>
          Về danh sách
        </Button>
      </Group>
      {member && (
        <Text c="dimmed">
          Tình trạng hôm nay: <b>{statusOn(member, clock.today())}</b>
        </Text>
      )}
      <form onSubmit={submit} noValidate>
        <Stack>
          <Paper withBorder p="md">
            <Stack gap="xs">
              <TextInput
                label="Họ và tên"
                withAsterisk
                placeholder="Nguyễn Thị Ngọc Yến"
                error={e.fullName?.message}
                {...register('fullName')}
              />
              <Group gap="md">
                {!values.overrideSplit && (
                  <Text size="sm" c="dimmed" data-testid="name-split">
                    Họ: <b>{split.familyName || '—'}</b> · Tên đệm: <b>{split.middleName || '—'}</b> · Tên: <b>{split.givenName || '—'}</b>
                  </Text>
                )}
                <Switch
                  label="Sửa cách tách họ, tên đệm, tên (họ kép: Tôn Nữ, Âu Dương…)"
                  checked={values.overrideSplit ?? false}
                  onChange={(ev) => startSplitOverride(ev.currentTarget.checked)}
                />
              </Group>
              {values.overrideSplit && (
                <FieldRow>
                  <TextInput label="Họ" {...register('familyName')} />
                  <TextInput label="Tên đệm" {...register('middleName')} />
                  <TextInput label="Tên" withAsterisk error={e.givenName?.message} {...register('givenName')} />
                </FieldRow>
              )}
              <FieldRow perRow={3}>
                <Controller
                  control={control}
                  name="gender"
                  render={({ field }) => (
                    <Select
                      label="Giới tính"
                      data={[
                        { value: '', label: '—' },
                        { value: 'nam', label: 'Nam' },
                        { value: 'nu', label: 'Nữ' },
                      ]}
                      value={field.value}
                      onChange={(v) => field.onChange(v ?? '')}
                      allowDeselect={false}
                    />
                  )}
                />
                <TextInput label="Ngày sinh" placeholder="dd/mm/yyyy" error={e.birthDate?.message} {...register('birthDate')} />
                <TextInput label="Số thẻ đảng viên" error={e.cardNumber?.message} {...register('cardNumber')} />
                <TextInput label="Ngày vào Đảng" placeholder="dd/mm/yyyy" error={e.admissionDate?.message} {...register('admissionDate')} />
                <TextInput
                  label="Ngày chính thức"
                  placeholder="dd/mm/yyyy"
                  error={e.fullMembershipDate?.message}
                  {...register('fullMembershipDate')}
                />
                <Controller
                  control={control}
                  name="partyPosition"
                  render={({ field }) => (
                    <Select
                      label="Chức vụ Đảng"
                      data={(Object.keys(PARTY_POSITION_LABELS) as Array<keyof typeof PARTY_POSITION_LABELS>).map((k) => ({
                        value: k,
                        label: PARTY_POSITION_LABELS[k],
                      }))}
                      value={field.value}
                      onChange={(v) => v && field.onChange(v)}
                      allowDeselect={false}
                    />
                  )}
                />
                <TextInput label="Chức vụ chính quyền" placeholder="Phó Giám đốc Sở" {...register('govPosition')} />
                <TextInput label="Chức vụ đoàn thể" {...register('massOrgPosition')} />
                <TextInput label="Đơn vị công tác" {...register('workplace')} />
              </FieldRow>
              <TextInput label="Nơi cư trú" {...register('residence')} />
              <Group>
                <Checkbox label="Giữ chức vụ lãnh đạo, quản lý (kiểm điểm theo Mẫu 2A)" {...register('isLeader')} />
                <Checkbox label="Công tác trong hệ thống chính trị" {...register('inPoliticalSystem')} />
              </Group>
              <Textarea label="Ghi chú" autosize minRows={2} {...register('note')} />
            </Stack>
          </Paper>

          <Paper withBorder p="md">
            <Stack gap="xs">
              <Group justify="space-between">
                <Title order={4}>Các giai đoạn sinh hoạt</Title>
                <Button variant="light" size="xs" onClick={() => periods.append({ kind: 'mien_sinh_hoat', from: '', to: '', reason: '' })}>
                  Thêm giai đoạn
                </Button>
              </Group>
              <Text size="sm" c="dimmed">
                Ví dụ: miễn công tác và sinh hoạt, đình chỉ sinh hoạt, sinh hoạt tạm thời nơi khác, chuyển đến, chuyển đi. Để trống “đến
                ngày” nếu chưa kết thúc.
              </Text>
              {periods.fields.length === 0 && <Text size="sm">Chưa có giai đoạn nào.</Text>}
              {periods.fields.map((f, i) => {
                const rowIssues = issues.filter((x) => x.index === i);
                return (
                  <Paper key={f.id} withBorder p="xs" bg={rowIssues.some((x) => x.severity === 'error') ? 'red.0' : undefined}>
                    <PeriodRow
                      large={large}
                      remove={
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          mt={large ? 0 : 26}
                          aria-label={`Xóa giai đoạn ${i + 1}`}
                          onClick={() => periods.remove(i)}
                        >
                          ✕
                        </ActionIcon>
                      }
                    >
                      <Controller
                        control={control}
                        name={`statusPeriods.${i}.kind`}
                        render={({ field }) => (
                          <Select
                            label="Loại"
                            data={STATUS_KIND_ORDER.map((k) => ({ value: k, label: STATUS_KIND_LABELS[k] }))}
                            value={field.value}
                            onChange={(v) => v && field.onChange(v)}
                            allowDeselect={false}
                            w={large ? undefined : 280}
                          />
                        )}
                      />
                      <TextInput
                        label="Từ ngày"
                        placeholder="dd/mm/yyyy"
                        w={large ? undefined : 130}
                        error={e.statusPeriods?.[i]?.from?.message}
                        {...register(`statusPeriods.${i}.from`)}
                      />
                      <TextInput
                        label="Đến ngày"
                        placeholder="dd/mm/yyyy"
                        w={large ? undefined : 130}
                        error={e.statusPeriods?.[i]?.to?.message}
                        {...register(`statusPeriods.${i}.to`)}
                      />
                      <TextInput label="Lý do" style={large ? undefined : { flex: 1 }} {...register(`statusPeriods.${i}.reason`)} />
                    </PeriodRow>
                  </Paper>
                );
              })}
            </Stack>
          </Paper>

          {issues.length > 0 && (
            <Alert color={blocking.length > 0 ? 'red' : 'yellow'} title={blocking.length > 0 ? 'Ngày tháng mâu thuẫn' : 'Cần kiểm tra lại'}>
              <Stack gap={2}>
                {issues.map((x, i) => (
                  <Text key={i} size="sm">
                    {x.severity === 'error' ? '• ' : '• (Lưu ý) '}
                    {x.message}
                  </Text>
                ))}
              </Stack>
            </Alert>
          )}
          {duplicates.length > 0 && (
            <Alert
              color={duplicates.some((d) => d.reason === 'card') ? 'red' : 'yellow'}
              title="Có thể bị trùng"
              data-testid="duplicate-warning"
            >
              <Stack gap={4}>
                {duplicates.map((d) => (
                  <Text key={d.member.id} size="sm">
                    {duplicateMessage(d)} (ngày sinh {formatDate(d.member.birthDate) || 'chưa rõ'})
                  </Text>
                ))}
                {sameNameDup && !duplicates.some((d) => d.reason === 'card') && (
                  <Checkbox
                    label="Đây là hai người khác nhau, vẫn lưu"
                    checked={allowSameName}
                    onChange={(ev) => setAllowSameName(ev.currentTarget.checked)}
                  />
                )}
              </Stack>
            </Alert>
          )}
          {saveError && (
            <Alert color="red" role="alert">
              {saveError.map((s, i) => (
                <Text key={i} size="sm">
                  {s}
                </Text>
              ))}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={formState.isSubmitting}>
              {member ? 'Lưu thay đổi' : 'Lưu đảng viên'}
            </Button>
            <AsyncButton variant="default" onClick={() => cancel().then(() => navigate('..', { relative: 'path' }))}>
              Hủy
            </AsyncButton>
            {member && (
              <Text size="sm" c={draft.status === 'saved' ? 'dimmed' : 'orange'} data-testid="save-status">
                {draftStatusText(draft.status)}
              </Text>
            )}
          </Group>
        </Stack>
      </form>

      {member && (
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Title order={4}>Ra khỏi danh sách</Title>
            {counts && counts.total > 0 ? (
              <Text size="sm">
                Đồng chí đã có {recordsSummary(counts)}, nên không xóa được (để giữ lịch sử). Khi đồng chí chuyển sinh hoạt đi nơi khác, từ
                trần hoặc bị xóa tên, hãy ghi lại bằng nút dưới đây.
              </Text>
            ) : (
              <Text size="sm">Nếu đồng chí chuyển đi, hãy ghi “Chuyển ra khỏi chi bộ”. Chỉ xóa hẳn khi nhập nhầm.</Text>
            )}
            <Group>
              <AsyncButton color="orange" variant="light" onClick={() => settle().then(() => setLeaving(true))}>
                Chuyển ra khỏi chi bộ
              </AsyncButton>
              {counts && counts.total === 0 && (
                <DeleteMemberButton
                  member={member}
                  onDeleted={() => {
                    discard();
                    void navigate('..', { relative: 'path' });
                  }}
                />
              )}
            </Group>
          </Stack>
        </Paper>
      )}
      {member && (
        <Modal opened={leaving} onClose={() => setLeaving(false)} title="Chuyển ra khỏi chi bộ" size="lg">
          <LeaveModal member={member} onDone={() => setLeaving(false)} />
        </Modal>
      )}
    </Stack>
  );
}
