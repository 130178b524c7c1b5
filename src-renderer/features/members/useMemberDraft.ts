/**
 * The member form on the draft mechanism (services/form-drafts):
 * - an existing member: each valid change is stored within a second (updateMember), flushed
 *   before leaving and journaled until stored; an invalid one (a bad date, dates that contradict,
 *   a duplicate) makes leaving ask "Có thay đổi chưa lưu". A change made elsewhere (chuyển ra
 *   khỏi chi bộ) is taken into the form. "Hủy" puts back what the member was when opened.
 * - a new member: never stored on its own (no half records); leaving with something typed asks,
 *   "Lưu" submits the form (stored, or its errors shown and the secretary stays).
 */
import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { duplicateMessage, type DuplicateMatch } from '../../core/members';
import type { Member, Unit } from '../../core/model';
import type { MemberDraftPayload } from '../../services/draft-recovery';
import { DraftInvalidError } from '../../services/drafts';
import { useFormAutosave, useNewRecordGuard } from '../../services/form-drafts';
import { errorMessage } from '../../services/errors';
import { addMember, MemberError, updateMember } from '../../services/members';
import { formToInput, memberFormProblems, memberToForm, type MemberFormValues } from './member-form';

export function useMemberDraft({
  form,
  unit,
  member,
  duplicates,
  allowSameName,
}: {
  form: UseFormReturn<MemberFormValues>;
  unit: Unit;
  member: Member | undefined;
  duplicates: readonly DuplicateMatch<Member>[];
  allowSameName: boolean;
}) {
  const [saveError, setSaveError] = useState<string[]>();
  const ownWrites = useRef(new Set<string>());
  const opened = useRef(member ? memberToForm(member) : undefined);
  const seenAt = useRef(member?.updatedAt);

  const duplicateProblems = () => duplicates.filter((d) => d.reason === 'card' || !allowSameName).map(duplicateMessage);

  const update = async (values: MemberFormValues) => {
    if (!member) return;
    const saved = await updateMember(member.id, formToInput(values), { allowNameBirthDuplicate: allowSameName });
    ownWrites.current.add(saved.updatedAt);
  };

  const draft = useFormAutosave(form, {
    label: member ? `Hồ sơ đồng chí ${member.fullName}` : 'Hồ sơ đảng viên',
    disabled: !member,
    validate: (v) => [...memberFormProblems(v), ...duplicateProblems()],
    save: update,
    ...(member
      ? {
          journal: {
            kind: 'member' as const,
            id: member.id,
            payload: (v: MemberFormValues): MemberDraftPayload => ({
              memberId: member.id,
              input: formToInput(v),
              options: { allowNameBirthDuplicate: allowSameName },
            }),
          },
        }
      : {}),
  });

  // The duplicate check answers after the typing (and "vẫn lưu" is not a form field): check again.
  const { change, isDirty } = draft;
  useEffect(() => {
    if (member && isDirty()) change(form.getValues());
  }, [duplicates, allowSameName, member, isDirty, change, form]);

  // Changed elsewhere (chuyển ra khỏi chi bộ): the form takes the stored record.
  const updatedAt = member?.updatedAt;
  useEffect(() => {
    if (!member || !updatedAt || updatedAt === seenAt.current) return;
    seenAt.current = updatedAt;
    if (ownWrites.current.has(updatedAt)) return;
    opened.current = memberToForm(member);
    if (!isDirty()) form.reset(memberToForm(member));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the stored record changes
  }, [updatedAt]);

  const guard = useNewRecordGuard(form, {
    label: 'Đảng viên mới (chưa lưu)',
    disabled: !!member,
    store: async (values) => {
      setSaveError(undefined);
      const problems = memberFormProblems(values);
      if (problems.length > 0) {
        setSaveError(['Chưa lưu được vì các ngày hoặc giai đoạn sinh hoạt mâu thuẫn (xem thông báo ở trên).']);
        throw new DraftInvalidError(problems);
      }
      try {
        await addMember(unit.id, formToInput(values), { allowNameBirthDuplicate: allowSameName });
      } catch (err) {
        setSaveError(err instanceof MemberError ? err.problems : [errorMessage(err)]);
        throw err;
      }
    },
  });

  /** "Lưu thay đổi" / "Lưu đảng viên": true when stored. */
  const save = async (): Promise<boolean> => {
    setSaveError(undefined);
    try {
      if (member) {
        change(form.getValues());
        await draft.flush();
      } else {
        await guard.submit();
      }
      return true;
    } catch (err) {
      if (member) {
        setSaveError(err instanceof DraftInvalidError || err instanceof MemberError ? err.problems : [errorMessage(err)]);
      }
      return false;
    }
  };

  /** "Hủy": a new member is dropped; an existing one gets back what it was when the form opened. */
  const cancel = async (): Promise<void> => {
    if (!member) {
      guard.markDone();
      return;
    }
    draft.discard();
    const before = opened.current;
    if (before && JSON.stringify(before) !== JSON.stringify(form.getValues())) {
      change(before);
      await draft.flush().catch(() => undefined);
    }
  };

  /** Before another action writes the member (chuyển đi, xóa): store or forget the typing first. */
  const settle = () => draft.flush().catch(() => undefined);

  return { draft, saveError, save, cancel, settle, discard: draft.discard };
}
