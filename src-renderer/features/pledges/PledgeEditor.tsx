/**
 * One member's pledge form for a year (container): loads the member, the form and the year's
 * frameworks, then shows the new-form chooser or the form with its sections. The state and the
 * actions are in usePledgeForm (on the pledges service); the sections are presentational.
 */
import { Link, useParams } from 'react-router';
import { Alert, Anchor, Center, Loader, Stack, Title } from '@mantine/core';
import type { Member, PledgeForm, Unit } from '../../core/model';
import type { PledgeFrameworkRuleSet } from '../../core/pledges';
import { useLive as useLiveQuery } from '../../services/live';
import { getMember } from '../../services/members';
import { frameworksOfYear, getMemberForm } from '../../services/pledges';
import { NewPledgeForm } from './NewPledgeForm';
import { PledgeDialogs } from './PledgeDialogs';
import { PledgeActions, PledgeContentSection, PledgeDraftStatus, PledgeHistory, PledgeStatusBar } from './PledgeSections';
import { usePledgeForm } from './usePledgeForm';
import { useYear } from './useYear';

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
        <NewPledgeForm member={member} year={year} frameworks={frameworks} />
      ) : (
        // A new life stage (nộp, xác nhận, điều chỉnh) starts the view afresh; an autosave does not.
        <FormView
          key={`${form.id}:${form.state}:${form.amendments.length}`}
          form={form}
          member={member}
          unit={unit}
          frameworks={frameworks}
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
}: {
  form: PledgeForm;
  member: Member;
  unit: Unit;
  frameworks: PledgeFrameworkRuleSet[];
}) {
  const s = usePledgeForm({ form, member, unit, frameworks });
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
