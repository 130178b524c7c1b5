/** Presentational sections of the pledge editor (state and actions come from usePledgeForm). */
import { Alert, Badge, Button, Group, Paper, Select, Stack, Text, Textarea, TextInput, Timeline, Title } from '@mantine/core';
import { AsyncButton } from '../../ui/AsyncButton';
import type { PledgeForm, PledgeTitleVariant } from '../../core/model';
import { canDo, formHistory, isLocked, STATE_LABELS, type PledgeFrameworkRuleSet } from '../../core/pledges';
import { formatDate } from '../../core/text';
import { draftStatusText } from '../../services/drafts';
import { IssueList } from './IssueList';
import { ItemsEditor } from './ItemsEditor';
import { frameworkOptions, STATE_COLORS, VARIANT_OPTIONS } from './pledge-options';
import type { PledgeFormState } from './usePledgeForm';

export function PledgeStatusBar({ form, amending }: { form: PledgeForm; amending: boolean }) {
  return (
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
  );
}

export function PledgeContentSection({
  form,
  frameworks,
  s,
}: {
  form: PledgeForm;
  frameworks: PledgeFrameworkRuleSet[];
  s: PledgeFormState;
}) {
  const { content, editable, patch } = s;
  const framework = frameworks.find((f) => f.id === content.frameworkId);
  const categories = form.state === 'draft' && framework ? framework.data.categories : form.framework.categories;
  const hasTopic = form.state === 'draft' && framework ? !!framework.data.hasTopicOfYear : !!form.framework.hasTopicOfYear;
  const options = frameworkOptions(
    frameworks.some((f) => f.id === form.framework.ruleSetId)
      ? frameworks
      : [
          ...frameworks,
          {
            id: form.framework.ruleSetId,
            name: form.framework.name,
            version: form.framework.version,
            source: 'preset',
          } as PledgeFrameworkRuleSet,
        ],
  );
  return (
    <>
      <Paper withBorder p="md" radius="md">
        <Stack>
          {form.state === 'draft' && (
            <Select label="Khung nội dung" data={options} value={content.frameworkId} onChange={s.changeFramework} allowDeselect={false} />
          )}
          <Select
            label="Tên bản đăng ký (tiêu đề in)"
            data={VARIANT_OPTIONS}
            value={content.titleVariant}
            onChange={(v) => v && patch({ titleVariant: v as PledgeTitleVariant })}
            allowDeselect={false}
            readOnly={!editable}
          />
          <Textarea
            label="Căn cứ"
            description="Mỗi văn bản một dòng."
            autosize
            minRows={2}
            value={content.basis}
            onChange={(e) => patch({ basis: e.currentTarget.value })}
            readOnly={!editable}
          />
          {hasTopic && (
            <TextInput
              label={`Chuyên đề năm ${form.year}`}
              value={content.topicOfYear}
              onChange={(e) => patch({ topicOfYear: e.currentTarget.value })}
              readOnly={!editable}
            />
          )}
        </Stack>
      </Paper>

      <Title order={3} size="h3">
        Nội dung đăng ký
      </Title>
      <ItemsEditor categories={categories} items={content.items} editable={editable} onChange={(items) => patch({ items })} />

      <Textarea
        label="Biện pháp thực hiện"
        description="Mỗi biện pháp một dòng."
        autosize
        minRows={2}
        value={content.measures}
        onChange={(e) => patch({ measures: e.currentTarget.value })}
        readOnly={!editable}
      />
    </>
  );
}

export function PledgeActions({ form, s }: { form: PledgeForm; s: PledgeFormState }) {
  const { actions, busy, amending } = s;
  return (
    <Group>
      {form.state === 'draft' && (
        <>
          <Button onClick={() => void actions.saveNow()} loading={busy === 'save'}>
            Lưu nháp
          </Button>
          <Button color="blue" onClick={() => s.openDialog('submit')}>
            Nộp
          </Button>
          <Button color="red" variant="subtle" onClick={() => s.openDialog('delete')}>
            Xóa bản nháp
          </Button>
        </>
      )}
      {form.state === 'submitted' && (
        <>
          <Button color="green" onClick={() => s.openDialog('confirm')}>
            Chi bộ xác nhận
          </Button>
          <AsyncButton variant="default" onClick={() => actions.sendBack()}>
            Trả lại để sửa
          </AsyncButton>
        </>
      )}
      {canDo(form, 'amend') && !amending && (
        <Button color="teal" onClick={actions.startAmend}>
          Điều chỉnh
        </Button>
      )}
      {amending && (
        <>
          <Button color="teal" disabled={!s.changed} onClick={() => s.openDialog('amend')}>
            Lưu điều chỉnh
          </Button>
          <Button variant="default" onClick={actions.cancelAmend}>
            Hủy điều chỉnh
          </Button>
        </>
      )}
      <Button variant="default" onClick={() => void actions.exportPdf('save')} loading={busy === 'pdf-save'} disabled={!!busy}>
        Xuất PDF
      </Button>
      <Button variant="default" onClick={() => void actions.exportPdf('print')} loading={busy === 'pdf-print'} disabled={!!busy}>
        In
      </Button>
    </Group>
  );
}

/** Where the typing stands: stored, being stored, or what stops it from being stored. */
export function PledgeDraftStatus({ form, s }: { form: PledgeForm; s: PledgeFormState }) {
  if (s.amending) {
    return s.changed ? (
      <Text size="sm" c="orange">
        Có thay đổi chưa lưu — bấm “Lưu điều chỉnh” và ghi lý do.
      </Text>
    ) : null;
  }
  if (form.state !== 'draft') return null;
  const { status, problems, error } = s.draft;
  return (
    <Stack gap={4}>
      <Text size="sm" c={status === 'saved' ? 'dimmed' : 'orange'} data-testid="save-status">
        {draftStatusText(status)}
      </Text>
      {status === 'invalid' && problems.length > 0 && <IssueList groups={s.sectionIssues()} />}
      {status === 'error' && error && (
        <Alert color="red" role="alert" title="Chưa lưu được — sẽ tự thử lại">
          {error}
        </Alert>
      )}
    </Stack>
  );
}

export function PledgeHistory({ form }: { form: PledgeForm }) {
  const history = formHistory(form);
  return (
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
  );
}
