import { useState } from 'react';
import { AsyncButton } from '../../ui/AsyncButton';
import { Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Member, PledgeTitleVariant } from '../../core/model';
import type { PledgeFrameworkRuleSet } from '../../core/pledges';
import { copyLastYearForMember, createForm } from '../../services/pledges';
import { frameworkOptions, VARIANT_OPTIONS } from './pledge-options';
import { errorText } from './useYear';

/** A member without a form for the year: start one from a framework, or copy last year's. */
export function NewPledgeForm({ member, year, frameworks }: { member: Member; year: number; frameworks: PledgeFrameworkRuleSet[] }) {
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
        notifications.show({
          color: 'yellow',
          message: `Đã sao chép; ${out.droppedItems} việc làm không còn mục tương ứng trong khung mới nên không chép.`,
        });
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
          <AsyncButton variant="light" onClick={() => copy()} disabled={busy}>
            Sao chép từ năm trước
          </AsyncButton>
        </Group>
      </Stack>
    </Paper>
  );
}
