/**
 * The pledge editor's state on the pledges service: the content being typed, its draft (a valid
 * edit of a draft form is stored within a second, flushed before leaving, kept in the journal
 * until stored; an invalid one makes leaving ask "Có thay đổi chưa lưu"), an amendment in
 * progress (never stored on its own: it needs a reason, so leaving asks and "Lưu" opens the
 * "Lưu điều chỉnh" dialog), and the actions of the form's life (nộp, xác nhận, trả lại, điều
 * chỉnh, xóa, xuất PDF).
 */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { notifications } from '@mantine/notifications';
import type { Member, PledgeForm, PledgeItem, PledgeTitleVariant, Unit } from '../../core/model';
import {
  contentIssues,
  frameworkSnapshot,
  issuesBySection,
  proposedConfirmer,
  validateContent,
  type PledgeFrameworkRuleSet,
} from '../../core/pledges';
import { profileOn } from '../../core/units';
import { DraftInvalidError, useDraft } from '../../services/drafts';
import type { PledgeDraftPayload } from '../../services/draft-recovery';
import { useAskFirst } from '../../services/form-drafts';
import { amend, confirm, deleteDraft, saveDraft, sendBack, submit } from '../../services/pledges';
import { clock } from '../../platform/clock';
import { exportOneForm, type Output } from './export';
import { errorText } from './useYear';

interface PledgeContent {
  frameworkId: string;
  titleVariant: PledgeTitleVariant;
  basis: string;
  measures: string;
  topicOfYear: string;
  items: PledgeItem[];
}

function contentOf(form: PledgeForm): PledgeContent {
  return {
    frameworkId: form.framework.ruleSetId,
    titleVariant: form.titleVariant,
    basis: form.basis,
    measures: form.measures,
    topicOfYear: form.topicOfYear ?? '',
    items: form.items,
  };
}

/** What saveDraft stores for this content (the framework only when it was switched). */
function draftChanges(form: PledgeForm, content: PledgeContent): PledgeDraftPayload['changes'] {
  const { frameworkId, ...rest } = content;
  return { ...rest, ...(frameworkId !== form.framework.ruleSetId ? { frameworkId } : {}) };
}

/** The form as the content being typed makes it (the chosen framework, the items). */
function formOfContent(form: PledgeForm, frameworks: readonly PledgeFrameworkRuleSet[], content: PledgeContent): PledgeForm {
  const chosen = content.frameworkId !== form.framework.ruleSetId ? frameworks.find((f) => f.id === content.frameworkId) : undefined;
  return { ...form, ...(chosen ? { framework: frameworkSnapshot(chosen) } : {}), items: content.items };
}

/** Why the content cannot be stored as a draft yet (Vietnamese; empty when it can). */
function draftProblems(form: PledgeForm, frameworks: readonly PledgeFrameworkRuleSet[], content: PledgeContent): string[] {
  return validateContent(formOfContent(form, frameworks, content));
}

type PledgeDialog = 'submit' | 'confirm' | 'amend' | 'delete' | undefined;

/** The fields of the open dialog (date, who, reason). */
interface DialogFields {
  date: string;
  by: string;
  reason: string;
}

export function usePledgeForm({
  form,
  member,
  unit,
  frameworks,
  next,
}: {
  form: PledgeForm;
  member: Member;
  unit: Unit;
  frameworks: PledgeFrameworkRuleSet[];
  /** The next member still to hand a form in ("Nộp, sang bản tiếp theo"). */
  next?: Member;
}) {
  const navigate = useNavigate();
  const [content, setContentState] = useState<PledgeContent>(() => contentOf(form));
  const [amending, setAmending] = useState(false);
  const [dialog, setDialog] = useState<PledgeDialog>();
  const [fields, setFields] = useState<DialogFields>({ date: clock.today(), by: '', reason: '' });
  const [busy, setBusy] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const secretary = profileOn(unit, clock.today())?.secretary ?? '';
  // The bí thư's own form is confirmed by the phó bí thư; the role is derived when confirming.
  const confirmer = proposedConfirmer(member.partyPosition, profileOn(unit, clock.today()));
  const label = `Bản đăng ký năm ${form.year} của ${member.fullName}`;

  const editable = form.state === 'draft' || amending;
  const changed = JSON.stringify(content) !== JSON.stringify(contentOf(form));

  const draft = useDraft<PledgeContent>({
    label,
    save: (c) => saveDraft(form.id, draftChanges(form, c)),
    validate: (c) => draftProblems(form, frameworks, c),
    disabled: form.state !== 'draft',
    delayMs: 500,
    journal: { kind: 'pledge', id: form.id, payload: (c): PledgeDraftPayload => ({ formId: form.id, changes: draftChanges(form, c) }) },
  });

  const openDialog = (which: Exclude<PledgeDialog, undefined>) => {
    setError(undefined);
    setFields({ date: clock.today(), by: which === 'confirm' ? confirmer : secretary, reason: '' });
    setDialog(which);
  };

  // An amendment needs a reason and a date: never stored on its own; leaving asks, "Lưu" opens its dialog.
  useAskFirst({
    label: `${label} (điều chỉnh)`,
    isDirty: () => amending && changed,
    save: async () => {
      openDialog('amend');
      throw new DraftInvalidError(['Hãy ghi lý do điều chỉnh rồi bấm “Lưu điều chỉnh”.']);
    },
    discard: () => {
      setContentState(contentOf(form));
      setAmending(false);
    },
  });

  const setContent = (next: PledgeContent) => {
    setContentState(next);
    if (form.state === 'draft') draft.change(next);
  };
  const patch = (p: Partial<PledgeContent>) => setContent({ ...content, ...p });

  const changeFramework = (id: string | null) => {
    if (!id) return;
    const next = frameworks.find((f) => f.id === id);
    if (!next) return;
    const codes = new Set(next.data.categories.map((c) => c.code));
    const kept = content.items.filter((i) => codes.has(i.categoryCode));
    if (kept.length < content.items.length) {
      notifications.show({
        color: 'yellow',
        message: `${content.items.length - kept.length} việc làm thuộc mục không có trong khung mới đã được bỏ ra.`,
      });
    }
    setContent({
      ...content,
      frameworkId: id,
      items: kept,
      titleVariant: next.data.defaultTitleVariant ?? content.titleVariant,
      basis: next.data.basis ?? content.basis,
    });
  };

  const run = async (key: string, action: () => Promise<unknown>, success?: string) => {
    setBusy(key);
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

  const { titleVariant, basis, measures, topicOfYear, items } = content;
  const actions = {
    saveNow: () => run('save', () => draft.flush(), 'Đã lưu bản nháp.'),
    submit: () =>
      run(
        'submit',
        async () => {
          await draft.flush();
          await submit(form.id, fields.date);
        },
        'Đã nộp bản đăng ký.',
      ),
    submitAndNext: () =>
      run('submit-next', async () => {
        await draft.flush();
        await submit(form.id, fields.date);
        // One notice that follows the secretary down the list, not one more per member.
        notifications.hide('nop-tiep');
        notifications.show({
          id: 'nop-tiep',
          color: 'green',
          autoClose: 3000,
          message: `Đã nộp bản của ${member.fullName}.${next ? ` Đang mở bản của ${next.fullName}.` : ''}`,
        });
        if (next) void navigate(`/so-dang-ky/dang-vien/${next.id}?nam=${form.year}`);
      }),
    confirm: () => run('confirm', () => confirm(form.id, { date: fields.date, by: fields.by }), 'Chi bộ đã xác nhận bản đăng ký.'),
    sendBack: () => run('return', () => sendBack(form.id), 'Đã trả lại bản đăng ký để sửa.'),
    startAmend: () => setAmending(true),
    cancelAmend: () => {
      setContentState(contentOf(form));
      setAmending(false);
    },
    amend: () =>
      run(
        'amend',
        () =>
          amend(form.id, {
            date: fields.date,
            reason: fields.reason,
            by: fields.by,
            changes: { titleVariant, basis, measures, topicOfYear, items },
          }),
        'Đã lưu điều chỉnh.',
      ),
    remove: () =>
      run(
        'delete',
        async () => {
          draft.discard();
          await deleteDraft(form.id);
          void navigate(`/so-dang-ky?nam=${form.year}`);
        },
        'Đã xóa bản nháp.',
      ),
    exportPdf: (output: Output) =>
      run(`pdf-${output}`, async () => {
        const path = await exportOneForm(form, member, unit, output);
        if (output === 'save' && path) notifications.show({ color: 'green', message: `Đã lưu tệp ${path}.` });
      }),
  };

  /** The problems of what is typed, per section (shown when it cannot be stored). */
  const sectionIssues = () => {
    const f = formOfContent(form, frameworks, content);
    return issuesBySection(f, contentIssues(f));
  };

  return {
    content,
    next,
    sectionIssues,
    patch,
    changeFramework,
    editable,
    amending,
    changed,
    draft,
    dialog,
    openDialog,
    closeDialog: () => setDialog(undefined),
    fields,
    setFields: (p: Partial<DialogFields>) => setFields((f) => ({ ...f, ...p })),
    busy,
    error,
    clearError: () => setError(undefined),
    actions,
  };
}

export type PledgeFormState = ReturnType<typeof usePledgeForm>;
