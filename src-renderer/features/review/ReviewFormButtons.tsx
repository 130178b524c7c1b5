/**
 * Buttons of the review forms (issue 16), kept apart from the review page: the selected member's
 * self-review (Mẫu 2A/2B/2C, chosen from the member record, changeable) and the whole cell's, as
 * PDF or Word; the chi bộ's Mẫu 01 on the unit tab.
 */
import { useState } from 'react';
import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Unit } from '../../core/model';
import { SELF_REVIEW_VARIANTS, chooseSelfReviewVariant, type SelfReviewVariant } from '../../core/review';
import { meetingsOfYear } from '../../services/meetings';
import type { ReviewData } from '../../services/review';
import { exportCellSelfReviews, exportSelfReview, exportUnitReviewForm, reviewedMembers, type FormFormat } from './review-forms';
import type { ReviewView } from './view-model';

interface Props {
  unit: Unit;
  data: ReviewData;
  view: ReviewView;
  documentStyleCode: string;
}

function useExport() {
  const [busy, setBusy] = useState<string>();
  const run = async (key: string, job: () => Promise<string | undefined>) => {
    setBusy(key);
    try {
      const msg = await job();
      if (msg) notifications.show({ color: 'green', message: msg });
    } catch (e) {
      console.error('Xuất văn bản kiểm điểm thất bại', e);
      notifications.show({
        color: 'red',
        autoClose: false,
        title: 'Không xuất được tệp',
        message: e instanceof Error ? e.message : String(e),
      });
    } finally {
      setBusy(undefined);
    }
  };
  return { busy, run };
}

/** The selected member's self-review and the whole cell's (members tab). */
export function SelfReviewButtons({ selectedMemberId, ...ctx }: Props & { selectedMemberId?: string }) {
  const { busy, run } = useExport();
  const reviewed = reviewedMembers(ctx.view);
  const selected = reviewed.find((v) => v.member.id === selectedMemberId);
  const [override, setOverride] = useState<{ memberId: string; variant: SelfReviewVariant }>();
  if (reviewed.length === 0) return null;
  const own = selected ? chooseSelfReviewVariant(selected.member, undefined, selected.review?.formVariant) : undefined;
  const variant = selected && override?.memberId === selected.member.id ? override.variant : own?.variant;
  const label = (f: FormFormat) => (f === 'pdf' ? 'PDF' : 'Word (.docx)');
  return (
    <Paper withBorder p="md" aria-label="Bản tự kiểm điểm">
      <Stack gap="xs">
        <Title order={4}>Bản tự kiểm điểm (HD 43, Mẫu 2A/2B/2C)</Title>
        <Text size="sm" c="dimmed">
          Soạn sẵn từ sổ đăng ký nêu gương và kết quả tự đánh giá hằng tháng; đảng viên hoàn thiện trong Word rồi ký.
        </Text>
        {selected && own && variant && (
          <Group align="end">
            <Select
              label={`Mẫu của đồng chí ${selected.member.fullName}`}
              description={own.reason}
              data={SELF_REVIEW_VARIANTS.map((v) => ({ value: v, label: `Mẫu ${v}` }))}
              value={variant}
              onChange={(v) => v && setOverride({ memberId: selected.member.id, variant: v as SelfReviewVariant })}
              allowDeselect={false}
              w={340}
            />
            {(['pdf', 'docx'] as const).map((f) => (
              <Button
                key={f}
                variant="light"
                loading={busy === `one-${f}`}
                disabled={busy !== undefined}
                onClick={() =>
                  void run(`one-${f}`, () => exportSelfReview(ctx, selected, f, variant === own.variant ? undefined : variant))
                }
              >
                {`Bản tự kiểm điểm (Mẫu ${variant}) — ${label(f)}`}
              </Button>
            ))}
          </Group>
        )}
        <Group>
          {(['pdf', 'docx'] as const).map((f) => (
            <Button
              key={f}
              variant="default"
              loading={busy === `all-${f}`}
              disabled={busy !== undefined}
              onClick={() => void run(`all-${f}`, () => exportCellSelfReviews(ctx, f))}
            >
              {`Bản tự kiểm điểm cả chi bộ (${reviewed.length} đồng chí) — ${label(f)}`}
            </Button>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}

/** The chi bộ's collective self-review, Mẫu 01 (unit tab). */
export function UnitReviewFormButtons(ctx: Props) {
  const { busy, run } = useExport();
  const job = (f: FormFormat) => async () => exportUnitReviewForm(ctx, await meetingsOfYear(ctx.unit.id, ctx.view.year), f);
  return (
    <Paper withBorder p="md" aria-label="Báo cáo kiểm điểm tập thể">
      <Group justify="space-between" align="center">
        <Text size="sm">Báo cáo kiểm điểm tập thể chi bộ (Mẫu 01), soạn sẵn từ các buổi sinh hoạt và số liệu năm {ctx.view.year}.</Text>
        <Group>
          <Button variant="light" loading={busy === 'pdf'} disabled={busy !== undefined} onClick={() => void run('pdf', job('pdf'))}>
            Mẫu 01 — PDF
          </Button>
          <Button variant="light" loading={busy === 'docx'} disabled={busy !== undefined} onClick={() => void run('docx', job('docx'))}>
            Mẫu 01 — Word (.docx)
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
