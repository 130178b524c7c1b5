/**
 * The cell's pledge template of a year (issue 19): the items most members share, edited once by
 * the secretary, then "Dùng bản này cho các đảng viên chưa đăng ký" gives every member who must
 * register and has no form a draft of it; each member then adjusts their own.
 */
import { useMemo, useState } from 'react';
import { AsyncButton } from '../../ui/AsyncButton';
import { Link, useNavigate } from 'react-router';
import { Alert, Anchor, Button, Center, Group, Loader, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { PledgeForm, PledgeItem, PledgeTitleVariant, Unit } from '../../core/model';
import {
  contentIssues,
  frameworkSnapshot,
  issuesBySection,
  type PledgeFrameworkRuleSet,
  type PledgeTemplate,
  type SectionIssues,
} from '../../core/pledges';
import { formatDate, localDateOf } from '../../core/text';
import { useLive as useLiveQuery } from '../../services/live';
import { listMembers } from '../../services/members';
import { frameworksOfYear, getTemplate, listForms, saveTemplate } from '../../services/pledges';
import { useSettings } from '../../services/settings';
import { draftStatusText, useDraft } from '../../services/drafts';
import type { PledgeTemplateDraftPayload } from '../../services/draft-recovery';
import { ApplyTemplateDialog, templateRecipients } from './CellDialogs';
import { IssueList } from './IssueList';
import { ItemsEditor } from './ItemsEditor';
import { frameworkOptions, VARIANT_OPTIONS } from './pledge-options';
import { errorText, useYear } from './useYear';

interface TemplateContent {
  frameworkId: string;
  titleVariant: PledgeTitleVariant;
  basis: string;
  measures: string;
  topicOfYear: string;
  /** Items with ids while editing (the template stores them without). */
  items: PledgeItem[];
}

function contentOf(template: PledgeTemplate | null, frameworks: readonly PledgeFrameworkRuleSet[]): TemplateContent {
  const framework = frameworks.find((f) => f.id === template?.frameworkId) ?? frameworks[0];
  if (!template || !framework) {
    return {
      frameworkId: framework?.id ?? '',
      titleVariant: framework?.data.defaultTitleVariant ?? 'dang_ky_neu_guong',
      basis: framework?.data.basis ?? '',
      measures: '',
      topicOfYear: '',
      items: [],
    };
  }
  return {
    frameworkId: template.frameworkId,
    titleVariant: template.titleVariant ?? framework.data.defaultTitleVariant ?? 'dang_ky_neu_guong',
    basis: template.basis,
    measures: template.measures,
    topicOfYear: template.topicOfYear ?? '',
    items: template.items.map((i) => ({ ...i, id: crypto.randomUUID() })),
  };
}

/** What the store keeps of the content (the items without their editing ids). */
function templateInput(c: TemplateContent): PledgeTemplateDraftPayload['input'] {
  return {
    frameworkId: c.frameworkId,
    titleVariant: c.titleVariant,
    basis: c.basis,
    measures: c.measures,
    topicOfYear: c.topicOfYear,
    items: c.items.map(({ id: _id, ...rest }) => rest),
  };
}

/** What stops the template from being stored and used, per section (empty when usable). */
function templateProblems(c: TemplateContent, frameworks: readonly PledgeFrameworkRuleSet[], year: number): SectionIssues[] {
  const framework = frameworks.find((f) => f.id === c.frameworkId);
  if (!framework) return [{ lines: [{ text: `Hãy chọn khung nội dung cho bản mẫu năm ${year}.` }] }];
  const asForm = { framework: frameworkSnapshot(framework), items: c.items, basis: c.basis, measures: c.measures };
  return issuesBySection(asForm, contentIssues({ ...(asForm as PledgeForm), topicOfYear: c.topicOfYear }, true));
}

export function TemplateEditor({ unit }: { unit: Unit }) {
  const [year] = useYear();
  const template = useLiveQuery(() => getTemplate(unit.id, year).then((t) => t ?? null), [unit.id, year]);
  const frameworks = useLiveQuery(() => frameworksOfYear(year), [year]);
  if (template === undefined || frameworks === undefined) {
    return (
      <Center h={200}>
        <Loader role="status" aria-label="Đang tải" />
      </Center>
    );
  }
  // One editor per year: its own save (which gives the template its id) does not start it afresh.
  return <TemplateForm key={year} unit={unit} year={year} template={template} frameworks={frameworks} />;
}

function TemplateForm({
  unit,
  year,
  template,
  frameworks,
}: {
  unit: Unit;
  year: number;
  template: PledgeTemplate | null;
  frameworks: PledgeFrameworkRuleSet[];
}) {
  const navigate = useNavigate();
  const settings = useSettings();
  const members = useLiveQuery(() => listMembers(unit.id), [unit.id]);
  const forms = useLiveQuery(() => listForms(unit.id, year), [unit.id, year]);
  const [saved, setSaved] = useState(() => contentOf(template, frameworks));
  const [content, setContentState] = useState(saved);
  const [issues, setIssues] = useState<SectionIssues[]>([]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [applying, setApplying] = useState(false);
  const framework = frameworks.find((f) => f.id === content.frameworkId);
  const changed = JSON.stringify(content) !== JSON.stringify(saved);
  const recipients = useMemo(
    () => (members && forms ? templateRecipients(members, forms, year, settings.officeHoldersFirst) : []),
    [members, forms, year, settings.officeHoldersFirst],
  );
  const label = `Bản mẫu của chi bộ năm ${year}`;

  // Like the other editors (services/drafts): a usable edit is stored within a second and kept in
  // the journal until then (a reload loses nothing); one that cannot be stored yet makes leaving
  // ask "Lưu / Bỏ / Ở lại".
  const draft = useDraft<TemplateContent>({
    label,
    save: async (c) => {
      await saveTemplate(unit.id, year, templateInput(c));
      setSaved(c);
    },
    validate: (c) => templateProblems(c, frameworks, year).flatMap((g) => g.lines.map((l) => l.text)),
    journal: {
      kind: 'pledge-template',
      id: `${unit.id}:${year}`,
      payload: (c): PledgeTemplateDraftPayload => ({ unitId: unit.id, year, input: templateInput(c) }),
    },
  });
  const setContent = (next: TemplateContent) => {
    setContentState(next);
    draft.change(next);
  };
  const patch = (p: Partial<TemplateContent>) => setContent({ ...content, ...p });
  // Once asked for (a save, or an edit that cannot be stored), the problems follow the typing.
  const shownIssues = issues.length > 0 || draft.status === 'invalid' ? templateProblems(content, frameworks, year) : [];

  const changeFramework = (id: string | null) => {
    const next = frameworks.find((f) => f.id === id);
    if (!next) return;
    const codes = new Set(next.data.categories.map((c) => c.code));
    patch({
      frameworkId: next.id,
      items: content.items.filter((i) => codes.has(i.categoryCode)),
      titleVariant: next.data.defaultTitleVariant ?? content.titleVariant,
      basis: next.data.basis ?? content.basis,
    });
  };

  /** Store the template now; false (and the problems shown, per section) when it is not usable yet. */
  const save = async (): Promise<boolean> => {
    setError(undefined);
    if (!framework) {
      setError('Hãy chọn khung nội dung cho bản mẫu.');
      return false;
    }
    const found = templateProblems(content, frameworks, year);
    setIssues(found);
    if (found.length > 0) return false;
    setBusy(true);
    try {
      draft.change(content);
      await draft.flush();
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/so-dang-ky?nam=${year}`}>
        ← Sổ đăng ký năm {year}
      </Anchor>
      <Title order={2}>Bản mẫu của chi bộ năm {year}</Title>
      <Text size="sm">
        Ghi các việc làm chung của chi bộ một lần. Bấm “Dùng bản này cho các đảng viên chưa đăng ký” để mỗi đảng viên chưa có bản đăng ký
        nhận một bản nháp giống bản mẫu; sau đó từng đảng viên điều chỉnh bản của mình. Bản đã có không bị thay đổi.
      </Text>
      {template && (
        <Text size="sm" c="dimmed">
          Đã lưu ngày {formatDate(localDateOf(template.updatedAt))}.
        </Text>
      )}
      <Paper withBorder p="md" radius="md">
        <Stack>
          <Select
            label="Khung nội dung"
            data={frameworkOptions(frameworks)}
            value={content.frameworkId}
            onChange={changeFramework}
            allowDeselect={false}
          />
          <Select
            label="Tên bản đăng ký (tiêu đề in)"
            data={VARIANT_OPTIONS}
            value={content.titleVariant}
            onChange={(v) => v && patch({ titleVariant: v as PledgeTitleVariant })}
            allowDeselect={false}
          />
          <Textarea
            label="Căn cứ"
            description="Mỗi văn bản một dòng."
            autosize
            minRows={2}
            value={content.basis}
            onChange={(e) => patch({ basis: e.currentTarget.value })}
          />
          {framework?.data.hasTopicOfYear && (
            <TextInput
              label={`Chuyên đề năm ${year}`}
              value={content.topicOfYear}
              onChange={(e) => patch({ topicOfYear: e.currentTarget.value })}
            />
          )}
        </Stack>
      </Paper>
      <Title order={3} size="h3">
        Việc làm chung của chi bộ
      </Title>
      <ItemsEditor categories={framework?.data.categories ?? []} items={content.items} editable onChange={(items) => patch({ items })} />
      <Textarea
        label="Biện pháp thực hiện"
        description="Mỗi biện pháp một dòng."
        autosize
        minRows={2}
        value={content.measures}
        onChange={(e) => patch({ measures: e.currentTarget.value })}
      />
      <IssueList groups={shownIssues} label="Bản mẫu cần sửa" />
      {error && (
        <Alert color="red" role="alert" title="Chưa lưu được bản mẫu">
          {error}
        </Alert>
      )}
      <Group>
        <Button
          loading={busy}
          disabled={!changed && !!template}
          onClick={() => void save().then((ok) => ok && notifications.show({ color: 'green', message: `Đã lưu bản mẫu năm ${year}.` }))}
        >
          Lưu bản mẫu
        </Button>
        <AsyncButton
          color="green"
          disabled={busy}
          onClick={() => (changed || !template ? save() : Promise.resolve(true)).then((ok) => ok && setApplying(true))}
        >
          Dùng bản này cho các đảng viên chưa đăng ký
        </AsyncButton>
        {(changed || draft.status !== 'saved') && (
          <Text
            size="sm"
            fw={600}
            c={draft.status === 'error' || draft.status === 'invalid' ? 'red.8' : undefined}
            data-testid="save-status"
          >
            {draftStatusText(draft.status)}
          </Text>
        )}
      </Group>
      <ApplyTemplateDialog
        opened={applying}
        onClose={() => setApplying(false)}
        onDone={() => void navigate(`/so-dang-ky?nam=${year}`)}
        unit={unit}
        year={year}
        recipients={recipients}
      />
    </Stack>
  );
}
