import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useLive as useLiveQuery } from '../../services/live';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Modal,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Timeline,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Member, PledgeForm, PledgeItem, PledgeTitleVariant, Unit } from '../../core/model';
import {
  canDo,
  formHistory,
  isLocked,
  proposedConfirmer,
  STATE_LABELS,
  TITLE_VARIANTS,
  type PledgeFrameworkRuleSet,
} from '../../core/pledges';
import { formatDate } from '../../core/text';
import { profileOn } from '../../core/units';
import {
  amend,
  confirm,
  copyLastYearForMember,
  createForm,
  deleteDraft,
  frameworksOfYear,
  getMemberForm,
  saveDraft,
  sendBack,
  submit,
} from '../../services/pledges';
import { getMember } from '../../services/members';
import { ItemsEditor } from './ItemsEditor';
import { DateField } from './DateField';
import { exportOneForm, type Output } from './export';
import { errorText, useYear } from './useYear';
import { clock } from '../../platform/clock';

const STATE_COLORS: Record<PledgeForm['state'], string> = {
  draft: 'yellow',
  submitted: 'blue',
  confirmed: 'green',
  amended: 'teal',
};

const VARIANT_OPTIONS = (Object.keys(TITLE_VARIANTS) as PledgeTitleVariant[]).map((v) => ({
  value: v,
  label: TITLE_VARIANTS[v].label,
}));

function frameworkOptions(frameworks: readonly PledgeFrameworkRuleSet[]) {
  return frameworks.map((f) => ({
    value: f.id,
    label: `${f.name}${f.version > 1 ? ` (bản ${f.version})` : ''}${f.source === 'preset' ? '' : f.source === 'superior' ? ' — của cấp trên' : ' — tự soạn'}`,
  }));
}

export function PledgeEditor({ unit }: { unit: Unit }) {
  const { memberId = '' } = useParams();
  const [year] = useYear();
  const member = useLiveQuery(() => getMember(memberId).then((m) => m ?? null), [memberId]);
  const form = useLiveQuery(() => getMemberForm(memberId, year).then((f) => f ?? null), [memberId, year]);
  const frameworks = useLiveQuery(() => frameworksOfYear(year), [year]);

  if (member === undefined || form === undefined || frameworks === undefined) {
    return (
      <Center h={200}>
        <Loader aria-label="Đang tải" />
      </Center>
    );
  }
  if (member === null) {
    return (
      <Alert color="red" title="Không tìm thấy đảng viên">
        <Anchor component={Link} to={`/so-dang-ky?nam=${year}`}>
          Quay lại sổ đăng ký
        </Anchor>
      </Alert>
    );
  }
  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/so-dang-ky?nam=${year}`}>
        ← Sổ đăng ký năm {year}
      </Anchor>
      <Title order={2}>
        Bản đăng ký năm {year}: {member.fullName}
      </Title>
      {form === null ? (
        <NewForm member={member} year={year} frameworks={frameworks} />
      ) : (
        <FormView key={`${form.id}:${form.updatedAt}`} form={form} member={member} unit={unit} frameworks={frameworks} />
      )}
    </Stack>
  );
}

function NewForm({ member, year, frameworks }: { member: Member; year: number; frameworks: PledgeFrameworkRuleSet[] }) {
  const [frameworkId, setFrameworkId] = useState<string | null>(frameworks[0]?.id ?? null);
  const [busy, setBusy] = useState(false);
  const chosen = frameworks.find((f) => f.id === frameworkId);
  const [variant, setVariant] = useState<PledgeTitleVariant | null>(null);

  const create = async () => {
    if (!frameworkId) return;
    setBusy(true);
    try {
      await createForm({
        memberId: member.id,
        year,
        frameworkId,
        ...(variant ? { titleVariant: variant } : {}),
      });
    } catch (e) {
      notifications.show({ color: 'red', title: 'Không lập được bản đăng ký', message: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    setBusy(true);
    try {
      const out = await copyLastYearForMember(member.id, year);
      if (out.created.length === 0) {
        notifications.show({ color: 'yellow', message: 'Đảng viên này chưa có bản đăng ký của năm trước để sao chép.' });
      } else if (out.droppedItems > 0) {
        notifications.show({ color: 'yellow', message: `Đã sao chép; ${out.droppedItems} việc làm không còn mục tương ứng trong khung mới nên không chép.` });
      }
    } catch (e) {
      notifications.show({ color: 'red', title: 'Không sao chép được', message: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Text>Đảng viên chưa có bản đăng ký năm {year}. Chọn khung nội dung để lập, hoặc sao chép từ năm trước.</Text>
        <Select
          label="Khung nội dung"
          data={frameworkOptions(frameworks)}
          value={frameworkId}
          onChange={setFrameworkId}
          allowDeselect={false}
        />
        {chosen?.data.description && (
          <Text size="sm" c="dimmed">
            {chosen.data.description}
          </Text>
        )}
        <Select
          label="Tên bản đăng ký (tiêu đề in)"
          data={VARIANT_OPTIONS}
          value={variant ?? chosen?.data.defaultTitleVariant ?? 'dang_ky_neu_guong'}
          onChange={(v) => setVariant(v as PledgeTitleVariant)}
          allowDeselect={false}
        />
        <Group>
          <Button onClick={() => void create()} loading={busy} disabled={!frameworkId}>
            Lập bản đăng ký
          </Button>
          <Button variant="light" onClick={() => void copy()} disabled={busy}>
            Sao chép từ năm trước
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

interface Draft {
  frameworkId: string;
  titleVariant: PledgeTitleVariant;
  basis: string;
  measures: string;
  topicOfYear: string;
  items: PledgeItem[];
}

function draftOf(form: PledgeForm): Draft {
  return {
    frameworkId: form.framework.ruleSetId,
    titleVariant: form.titleVariant,
    basis: form.basis,
    measures: form.measures,
    topicOfYear: form.topicOfYear ?? '',
    items: form.items,
  };
}

type Dialog = 'submit' | 'confirm' | 'amend' | 'delete' | undefined;

function FormView({
  form,
  member,
  unit,
  frameworks,
}: {
  form: PledgeForm;
  member: Member;
  unit: Unit;
  frameworks: PledgeFrameworkRuleSet[];
}) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(() => draftOf(form));
  const [amending, setAmending] = useState(false);
  const [dialog, setDialog] = useState<Dialog>();
  const [busy, setBusy] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const secretary = profileOn(unit, clock.today())?.secretary ?? '';
  // The bí thư's own form is confirmed by the phó bí thư; the role is derived when confirming.
  const confirmer = proposedConfirmer(member.partyPosition, profileOn(unit, clock.today()));
  const [dateValue, setDateValue] = useState(clock.today());
  const [byValue, setByValue] = useState(secretary);
  const [reason, setReason] = useState('');

  const editable = form.state === 'draft' || amending;
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(form));
  const framework = frameworks.find((f) => f.id === draft.frameworkId);
  const categories = form.state === 'draft' && framework ? framework.data.categories : form.framework.categories;
  const hasTopic = form.state === 'draft' && framework ? !!framework.data.hasTopicOfYear : !!form.framework.hasTopicOfYear;
  const options = frameworkOptions(
    frameworks.some((f) => f.id === form.framework.ruleSetId)
      ? frameworks
      : [...frameworks, { id: form.framework.ruleSetId, name: form.framework.name, version: form.framework.version, source: 'preset' } as PledgeFrameworkRuleSet],
  );

  const run = async (label: string, action: () => Promise<unknown>, success?: string) => {
    setBusy(label);
    setError(undefined);
    try {
      await action();
      setDialog(undefined);
      if (success) notifications.show({ color: 'green', message: success });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(undefined);
    }
  };

  const content = () => ({
    titleVariant: draft.titleVariant,
    basis: draft.basis,
    measures: draft.measures,
    topicOfYear: draft.topicOfYear,
    items: draft.items,
  });

  const saveDraftNow = () =>
    saveDraft(form.id, {
      ...content(),
      ...(draft.frameworkId !== form.framework.ruleSetId ? { frameworkId: draft.frameworkId } : {}),
    });

  const changeFramework = (id: string | null) => {
    if (!id) return;
    const next = frameworks.find((f) => f.id === id);
    if (!next) return;
    const codes = new Set(next.data.categories.map((c) => c.code));
    const kept = draft.items.filter((i) => codes.has(i.categoryCode));
    if (kept.length < draft.items.length) {
      notifications.show({
        color: 'yellow',
        message: `${draft.items.length - kept.length} việc làm thuộc mục không có trong khung mới đã được bỏ ra (chưa lưu).`,
      });
    }
    setDraft({
      ...draft,
      frameworkId: id,
      items: kept,
      titleVariant: next.data.defaultTitleVariant ?? draft.titleVariant,
      basis: next.data.basis ?? draft.basis,
    });
  };

  const exportPdf = (output: Output) =>
    run(`pdf-${output}`, async () => {
      const path = await exportOneForm(form, member, unit, output);
      if (output === 'save' && path) notifications.show({ color: 'green', message: `Đã lưu tệp ${path}.` });
    });

  const history = formHistory(form);

  return (
    <Stack gap="md">
      <Group gap="sm">
        <Badge size="lg" color={STATE_COLORS[form.state]} variant="light" aria-label="Trạng thái bản đăng ký">
          {STATE_LABELS[form.state]}
        </Badge>
        <Text size="sm" c="dimmed">
          Khung: {form.framework.name}
          {form.framework.version > 1 ? ` (bản ${form.framework.version})` : ''}
        </Text>
        {isLocked(form) && !amending && (
          <Text size="sm" c="dimmed">
            Bản đã được chi bộ xác nhận nên bị khóa; muốn thay đổi hãy bấm “Điều chỉnh”.
          </Text>
        )}
      </Group>

      {error && (
        <Alert color="red" title="Chưa lưu được" role="alert" withCloseButton onClose={() => setError(undefined)}>
          {error}
        </Alert>
      )}
      {amending && (
        <Alert color="teal" title="Đang điều chỉnh">
          Sửa nội dung bên dưới rồi bấm “Lưu điều chỉnh”. Nội dung cũ được giữ lại trong lịch sử.
        </Alert>
      )}

      <Paper withBorder p="md" radius="md">
        <Stack>
          {form.state === 'draft' && (
            <Select
              label="Khung nội dung"
              data={options}
              value={draft.frameworkId}
              onChange={changeFramework}
              allowDeselect={false}
            />
          )}
          <Select
            label="Tên bản đăng ký (tiêu đề in)"
            data={VARIANT_OPTIONS}
            value={draft.titleVariant}
            onChange={(v) => v && setDraft({ ...draft, titleVariant: v as PledgeTitleVariant })}
            allowDeselect={false}
            disabled={!editable}
          />
          <Textarea
            label="Căn cứ"
            description="Mỗi văn bản một dòng."
            autosize
            minRows={2}
            value={draft.basis}
            onChange={(e) => setDraft({ ...draft, basis: e.currentTarget.value })}
            readOnly={!editable}
          />
          {hasTopic && (
            <TextInput
              label={`Chuyên đề năm ${form.year}`}
              value={draft.topicOfYear}
              onChange={(e) => setDraft({ ...draft, topicOfYear: e.currentTarget.value })}
              readOnly={!editable}
            />
          )}
        </Stack>
      </Paper>

      <Title order={3} size="h3">
        Nội dung đăng ký
      </Title>
      <ItemsEditor
        categories={categories}
        items={draft.items}
        editable={editable}
        onChange={(items) => setDraft({ ...draft, items })}
      />

      <Textarea
        label="Biện pháp thực hiện"
        description="Mỗi biện pháp một dòng."
        autosize
        minRows={2}
        value={draft.measures}
        onChange={(e) => setDraft({ ...draft, measures: e.currentTarget.value })}
        readOnly={!editable}
      />

      <Group>
        {form.state === 'draft' && (
          <>
            <Button onClick={() => void run('save', saveDraftNow, 'Đã lưu bản nháp.')} loading={busy === 'save'} disabled={!dirty}>
              Lưu nháp
            </Button>
            <Button color="blue" onClick={() => { setDateValue(clock.today()); setDialog('submit'); }}>
              Nộp
            </Button>
            <Button color="red" variant="subtle" onClick={() => setDialog('delete')}>
              Xóa bản nháp
            </Button>
          </>
        )}
        {form.state === 'submitted' && (
          <>
            <Button color="green" onClick={() => { setDateValue(clock.today()); setByValue(confirmer); setDialog('confirm'); }}>
              Chi bộ xác nhận
            </Button>
            <Button variant="default" onClick={() => void run('return', () => sendBack(form.id), 'Đã trả lại bản đăng ký để sửa.')}>
              Trả lại để sửa
            </Button>
          </>
        )}
        {canDo(form, 'amend') && !amending && (
          <Button color="teal" onClick={() => setAmending(true)}>
            Điều chỉnh
          </Button>
        )}
        {amending && (
          <>
            <Button
              color="teal"
              disabled={!dirty}
              onClick={() => { setDateValue(clock.today()); setByValue(secretary); setReason(''); setDialog('amend'); }}
            >
              Lưu điều chỉnh
            </Button>
            <Button variant="default" onClick={() => { setDraft(draftOf(form)); setAmending(false); }}>
              Hủy điều chỉnh
            </Button>
          </>
        )}
        <Button variant="default" onClick={() => void exportPdf('save')} loading={busy === 'pdf-save'} disabled={!!busy}>
          Xuất PDF
        </Button>
        <Button variant="default" onClick={() => void exportPdf('print')} loading={busy === 'pdf-print'} disabled={!!busy}>
          In
        </Button>
      </Group>
      {dirty && editable && (
        <Text size="sm" c="orange">
          Có thay đổi chưa lưu.
        </Text>
      )}

      <Paper withBorder p="md" radius="md" aria-label="Lịch sử bản đăng ký">
        <Title order={3} size="h4" mb="sm">
          Lịch sử
        </Title>
        <Timeline bulletSize={14} lineWidth={2}>
          {history.map((h, i) => (
            <Timeline.Item key={i} title={h.text}>
              <Text size="sm" c="dimmed">
                {formatDate(h.date)}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
        {form.amendments.map((a, i) => (
          <Stack key={i} gap={2} mt="sm">
            <Text size="sm" fw={600}>
              Nội dung trước lần điều chỉnh ngày {formatDate(a.at)}:
            </Text>
            {a.previousItems.map((item) => (
              <Text key={item.id} size="sm" c="dimmed">
                - {item.action}
              </Text>
            ))}
            {a.previousMeasures !== undefined && (
              <Text size="sm" c="dimmed">
                Biện pháp: {a.previousMeasures || '(trống)'}
              </Text>
            )}
          </Stack>
        ))}
      </Paper>

      <Modal opened={dialog === 'submit'} onClose={() => setDialog(undefined)} title="Nộp bản đăng ký">
        <Stack>
          <DateField label="Ngày đăng ký" value={dateValue} onChange={(iso) => setDateValue(iso ?? '')} />
          {error && <Text c="red" size="sm" role="alert">{error}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDialog(undefined)}>Hủy</Button>
            <Button
              loading={busy === 'submit'}
              onClick={() =>
                void run('submit', async () => {
                  if (dirty) await saveDraftNow();
                  await submit(form.id, dateValue);
                }, 'Đã nộp bản đăng ký.')
              }
            >
              Nộp
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal opened={dialog === 'confirm'} onClose={() => setDialog(undefined)} title="Chi bộ xác nhận">
        <Stack>
          <Text size="sm">Sau khi xác nhận, bản đăng ký bị khóa; mọi thay đổi sau đó phải qua “Điều chỉnh”.</Text>
          <DateField label="Ngày xác nhận" value={dateValue} onChange={(iso) => setDateValue(iso ?? '')} />
          <TextInput label="Người xác nhận (bí thư hoặc phó bí thư)" value={byValue} onChange={(e) => setByValue(e.currentTarget.value)} />
          {error && <Text c="red" size="sm" role="alert">{error}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDialog(undefined)}>Hủy</Button>
            <Button
              color="green"
              loading={busy === 'confirm'}
              onClick={() => void run('confirm', () => confirm(form.id, { date: dateValue, by: byValue }), 'Chi bộ đã xác nhận bản đăng ký.')}
            >
              Xác nhận
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal opened={dialog === 'amend'} onClose={() => setDialog(undefined)} title="Lưu điều chỉnh">
        <Stack>
          <Textarea label="Lý do điều chỉnh" autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <DateField label="Ngày điều chỉnh" value={dateValue} onChange={(iso) => setDateValue(iso ?? '')} />
          <TextInput label="Người điều chỉnh" value={byValue} onChange={(e) => setByValue(e.currentTarget.value)} />
          {error && <Text c="red" size="sm" role="alert">{error}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDialog(undefined)}>Hủy</Button>
            <Button
              color="teal"
              loading={busy === 'amend'}
              onClick={() =>
                void run('amend', () => amend(form.id, { date: dateValue, reason, by: byValue, changes: content() }), 'Đã lưu điều chỉnh.')
              }
            >
              Lưu điều chỉnh
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal opened={dialog === 'delete'} onClose={() => setDialog(undefined)} title="Xóa bản nháp">
        <Text mb="md">Xóa bản nháp năm {form.year} của {member.fullName}? Việc này không hoàn tác được.</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setDialog(undefined)}>Hủy</Button>
          <Button
            color="red"
            loading={busy === 'delete'}
            onClick={() =>
              void run('delete', async () => {
                await deleteDraft(form.id);
                void navigate(`/so-dang-ky?nam=${form.year}`);
              }, 'Đã xóa bản nháp.')
            }
          >
            Xóa
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
