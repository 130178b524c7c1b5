/**
 * One member's pledge form for a year (container): loads the member, the form and the year's
 * frameworks, then shows the new-form chooser or the form with its sections. The state and the
 * actions are in usePledgeForm (on the pledges service); the sections are presentational.
 */
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, Anchor, Center, Loader, Stack, Title } from '@mantine/core';
import type { Member, PledgeForm, Unit } from '../../core/model';
import { registrationSummary, type PledgeFrameworkRuleSet } from '../../core/pledges';
import { sortRoster } from '../../core/members';
import { useLive as useLiveQuery } from '../../services/live';
import { getMember, listMembers } from '../../services/members';
import { frameworksOfYear, getMemberForm, listForms } from '../../services/pledges';
import { useSettings } from '../../services/settings';
import { NewPledgeForm } from './NewPledgeForm';
import { PledgeDialogs } from './PledgeDialogs';
import { PledgeActions, PledgeContentSection, PledgeDraftStatus, PledgeHistory, PledgeStatusBar } from './PledgeSections';
import { usePledgeForm } from './usePledgeForm';
import { useYear } from './useYear';

/**
 * The next member (in roster order, after this one, then from the top) who must register this
 * year and has not handed a form in: where "Nộp, sang bản tiếp theo" goes.
 */
function useNextToRegister(unit: Unit, memberId: string, year: number): Member | undefined {
  const settings = useSettings();
  const members = useLiveQuery(() => listMembers(unit.id), [unit.id]);
  const forms = useLiveQuery(() => listForms(unit.id, year), [unit.id, year]);
  return useMemo(() => {
    if (!members || !forms) return undefined;
    const open = new Set(
      registrationSummary(members, forms, year)
        .rows.filter((r) => r.mustRegister && (r.status === 'missing' || r.status === 'draft'))
        .map((r) => r.memberId),
    );
    const roster = sortRoster(members, settings.officeHoldersFirst);
    const here = roster.findIndex((m) => m.id === memberId);
    return [...roster.slice(here + 1), ...roster.slice(0, Math.max(here, 0))].find((m) => m.id !== memberId && open.has(m.id));
  }, [members, forms, year, memberId, settings.officeHoldersFirst]);
}

export function PledgeEditor({ unit }: { unit: Unit }) {
  const { memberId = '' } = useParams();
  const [year] = useYear();
  const member = useLiveQuery(() => getMember(memberId).then((m) => m ?? null), [memberId]);
  const form = useLiveQuery(() => getMemberForm(memberId, year).then((f) => f ?? null), [memberId, year]);
  const frameworks = useLiveQuery(() => frameworksOfYear(year), [year]);
  const next = useNextToRegister(unit, memberId, year);

  if (member === undefined || form === undefined || frameworks === undefined) {
    return (
      <Center h={200}>
        <Loader role="status" aria-label="Đang tải" />
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
        <NewPledgeForm member={member} year={year} frameworks={frameworks} />
      ) : (
        // A new life stage (nộp, xác nhận, điều chỉnh) starts the view afresh; an autosave does not.
        <FormView
          key={`${form.id}:${form.state}:${form.amendments.length}`}
          form={form}
          member={member}
          unit={unit}
          frameworks={frameworks}
          next={next}
        />
      )}
    </Stack>
  );
}

function FormView({
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
  next: Member | undefined;
}) {
  const s = usePledgeForm({ form, member, unit, frameworks, next });
  return (
    <Stack gap="md">
      <PledgeStatusBar form={form} amending={s.amending} />
      {s.error && !s.dialog && (
        <Alert color="red" title="Chưa lưu được" role="alert" withCloseButton onClose={s.clearError}>
          {s.error}
        </Alert>
      )}
      {s.amending && (
        <Alert color="teal" title="Đang điều chỉnh">
          Sửa nội dung bên dưới rồi bấm “Lưu điều chỉnh”. Nội dung cũ được giữ lại trong lịch sử.
        </Alert>
      )}
      <PledgeContentSection form={form} frameworks={frameworks} s={s} />
      <PledgeActions form={form} s={s} />
      <PledgeDraftStatus form={form} s={s} />
      <PledgeHistory form={form} />
      <PledgeDialogs form={form} member={member} s={s} />
    </Stack>
  );
}
