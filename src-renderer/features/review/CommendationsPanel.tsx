import { useState } from 'react';
import { AsyncButton } from '../../ui/AsyncButton';
import { Alert, Badge, Button, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { ActionsHeader } from '../../ui/ActionsHeader';
import { notifications } from '@mantine/notifications';
import type { CommendationForm, Id, RatingLevel } from '../../core/model';
import {
  COMMENDATION_FORMS,
  COMMENDATION_REASONS,
  RATING_LEVELS,
  SHORT_LABELS,
  type CommendationCandidate,
  type CommendationReasonCode,
  type CommendationRecord,
} from '../../core/review';
import { formatDate, parseDate } from '../../core/text';
import { addCommendation, deleteCommendation, setHistoricalRating, type ReviewData } from '../../services/review';
import type { ReviewView } from './view-model';
import { errorMessage } from '../../services/errors';

interface Draft {
  recipient: string; // member id or 'unit'
  form: CommendationForm;
  reasonCode: CommendationReasonCode;
  reason: string;
  issuer: string;
  decisionNumber: string;
  decisionDate: string;
}

const emptyDraft = (): Draft => ({
  recipient: '',
  form: 'giay_khen',
  reasonCode: 'htxs_nam',
  reason: '',
  issuer: '',
  decisionNumber: '',
  decisionDate: '',
});

export function CommendationsPanel({ view, data, unitId }: { view: ReviewView; data: ReviewData; unitId: Id }) {
  const [draft, setDraft] = useState<Draft>(emptyDraft());
  const [error, setError] = useState<string>();
  const names = new Map(data.members.map((m) => [m.id, m.fullName]));
  const ofYear = data.commendations.filter((c) => c.year === view.year);
  const recipientOptions = [
    { value: 'unit', label: 'Chi bộ (tập thể)' },
    ...view.inRound.map((v) => ({ value: v.member.id, label: v.member.fullName })),
  ];

  const applyCandidate = (c: CommendationCandidate) =>
    setDraft({ ...emptyDraft(), recipient: c.memberId, form: c.form, reasonCode: c.reasonCode, reason: c.reason, issuer: c.issuerHint });

  const submit = async () => {
    setError(undefined);
    const date = draft.decisionDate.trim() ? parseDate(draft.decisionDate) : undefined;
    if (!draft.recipient) return setError('Hãy chọn người (hoặc chi bộ) được khen thưởng.');
    if (draft.decisionDate.trim() && !date) return setError('Ngày quyết định không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm.');
    try {
      await addCommendation({
        recipient: draft.recipient === 'unit' ? { kind: 'unit', unitId } : { kind: 'member', memberId: draft.recipient },
        year: view.year,
        form: draft.form,
        reasonCode: draft.reasonCode,
        reason: draft.reason || COMMENDATION_REASONS[draft.reasonCode],
        issuer: draft.issuer,
        decisionNumber: draft.decisionNumber,
        decisionDate: date,
      });
      setDraft(emptyDraft());
      notifications.show({ color: 'green', message: 'Đã ghi nhận khen thưởng.' });
    } catch (e) {
      setError(errorMessage(e, 'Không lưu được.'));
    }
  };

  const recipientName = (c: CommendationRecord) => (c.recipient.kind === 'unit' ? 'Chi bộ' : (names.get(c.recipient.memberId) ?? '—'));
  const years = [4, 3, 2, 1].map((d) => view.year - d);
  const historyLevel = (memberId: Id, year: number) => data.history.get(memberId)?.find((h) => h.year === year)?.level ?? null;

  return (
    <Stack>
      <Title order={4}>Đề xuất khen thưởng từ kết quả xếp loại</Title>
      {view.candidates.length === 0 ? (
        <Text c="dimmed">Chưa có đảng viên được quyết định xếp loại hoàn thành xuất sắc nhiệm vụ năm {view.year}.</Text>
      ) : (
        <Table withTableBorder aria-label="Đề xuất khen thưởng">
          <Table.Tbody>
            {view.candidates.map((c) => (
              <Table.Tr key={`${c.memberId}-${c.kind}`}>
                <Table.Td>{names.get(c.memberId)}</Table.Td>
                <Table.Td>
                  {c.reason}
                  {c.kind === 'streak5' && (
                    <Badge ml="xs" color="grape">
                      {c.streak} năm liền
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{c.issuerHint}</Table.Td>
                <Table.Td>
                  {c.alreadyRecorded ? (
                    <Badge color="green">Đã ghi nhận</Badge>
                  ) : (
                    <Button size="xs" variant="light" onClick={() => applyCandidate(c)}>
                      Lập khen thưởng
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <Title order={4}>Ghi nhận khen thưởng năm {view.year}</Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label="Người / tập thể được khen"
          data={recipientOptions}
          value={draft.recipient || null}
          onChange={(v) => setDraft({ ...draft, recipient: v ?? '' })}
          searchable
        />
        <Select
          label="Hình thức"
          data={Object.entries(COMMENDATION_FORMS).map(([value, label]) => ({ value, label }))}
          value={draft.form}
          onChange={(v) => setDraft({ ...draft, form: (v ?? 'giay_khen') as CommendationForm })}
        />
        <Select
          label="Lý do"
          data={Object.entries(COMMENDATION_REASONS).map(([value, label]) => ({ value, label }))}
          value={draft.reasonCode}
          onChange={(v) => {
            const code = (v ?? 'khac') as CommendationReasonCode;
            setDraft({ ...draft, reasonCode: code, reason: code === 'khac' ? '' : COMMENDATION_REASONS[code] });
          }}
        />
        <TextInput label="Nội dung lý do" value={draft.reason} onChange={(e) => setDraft({ ...draft, reason: e.currentTarget.value })} />
        <TextInput label="Cấp khen thưởng" value={draft.issuer} onChange={(e) => setDraft({ ...draft, issuer: e.currentTarget.value })} />
        <Group grow>
          <TextInput
            label="Số quyết định"
            value={draft.decisionNumber}
            onChange={(e) => setDraft({ ...draft, decisionNumber: e.currentTarget.value })}
          />
          <TextInput
            label="Ngày quyết định"
            placeholder="dd/mm/yyyy"
            value={draft.decisionDate}
            onChange={(e) => setDraft({ ...draft, decisionDate: e.currentTarget.value })}
          />
        </Group>
      </SimpleGrid>
      {error && <Alert color="red">{error}</Alert>}
      <Group>
        <AsyncButton onClick={() => submit()}>Ghi nhận khen thưởng</AsyncButton>
      </Group>
      {ofYear.length > 0 && (
        <Table withTableBorder striped aria-label="Khen thưởng trong năm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Người / tập thể</Table.Th>
              <Table.Th>Hình thức</Table.Th>
              <Table.Th>Lý do</Table.Th>
              <Table.Th>Cấp khen</Table.Th>
              <Table.Th>Quyết định</Table.Th>
              <ActionsHeader />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ofYear.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{recipientName(c)}</Table.Td>
                <Table.Td>{COMMENDATION_FORMS[c.form]}</Table.Td>
                <Table.Td>{c.reason}</Table.Td>
                <Table.Td>{c.issuer}</Table.Td>
                <Table.Td>{[c.decisionNumber, formatDate(c.decisionDate)].filter(Boolean).join(', ')}</Table.Td>
                <Table.Td>
                  <AsyncButton size="xs" color="red" variant="subtle" onClick={() => deleteCommendation(c.id)}>
                    Xóa
                  </AsyncButton>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <Title order={4}>Kết quả xếp loại các năm trước (để tính “5 năm liền”)</Title>
      <Text size="sm" c="dimmed">
        Nhập mức xếp loại chính thức của những năm chưa dùng ứng dụng. Năm thiếu kết quả làm gián đoạn chuỗi năm liền.
      </Text>
      <Table withTableBorder aria-label="Xếp loại các năm trước">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Đảng viên</Table.Th>
            {years.map((y) => (
              <Table.Th key={y}>{y}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {view.inRound
            .filter((v) => !v.review?.excluded)
            .map((v) => (
              <Table.Tr key={v.member.id}>
                <Table.Td>{v.member.fullName}</Table.Td>
                {years.map((y) => (
                  <Table.Td key={y}>
                    <Select
                      aria-label={`Xếp loại năm ${y} của ${v.member.fullName}`}
                      size="xs"
                      w={110}
                      data={RATING_LEVELS.map((l) => ({ value: l, label: SHORT_LABELS[l] }))}
                      value={historyLevel(v.member.id, y)}
                      clearable
                      onChange={(lv) =>
                        void setHistoricalRating({
                          unitId,
                          memberId: v.member.id,
                          year: y,
                          level: (lv as RatingLevel | null) ?? undefined,
                        }).catch((e: unknown) => notifications.show({ color: 'red', message: errorMessage(e, 'Không lưu được.') }))
                      }
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
