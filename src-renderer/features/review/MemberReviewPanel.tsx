import { useMemo, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RatingLevel } from '../../core/model';
import {
  RATING_LEVELS,
  SECTION_KEYS,
  draftSections,
  levelForScore,
  memberLevelLabel,
  proposedLevelFromVotes,
  type RollupScale,
  type YearEndScheme,
} from '../../core/review';
import { formatDate, formatDecimal, parseDate } from '../../core/text';
import { deadlineLabel } from '../../core/pledges';
import { updateYearReview } from '../../services/review';
import type { MemberView } from './view-model';
import { errorMessage } from '../../services/errors';

const STATUS_COLOR = { met: 'green', not_met: 'red', pending: 'blue', no_data: 'gray' } as const;
const STATUS_LABEL = { met: 'Đạt', not_met: 'Chưa đạt', pending: 'Đang thực hiện', no_data: 'Chưa có kết quả' } as const;
const REASON_LABEL: Record<string, string> = {
  mien: 'miễn sinh hoạt',
  dinh_chi: 'đình chỉ',
  chua_vao_dang: 'chưa vào Đảng',
  chuyen_di: 'đã chuyển đi',
  vang: 'vắng',
  khac: 'không áp dụng',
  future: 'chưa đến tháng',
  not_member: 'chưa/không sinh hoạt tại chi bộ',
};

function MonthsChart({ view, scale }: { view: MemberView; scale: RollupScale }) {
  const n = scale.levels.length;
  const data = view.rollup.months.map((m) => ({
    name: `T${m.month}`,
    rank: m.rank ?? 0,
    label: m.status === 'assessed' ? m.levelLabel : m.status === 'missing' ? 'Chưa đánh giá' : REASON_LABEL[m.reason ?? 'khac'],
    color: m.status !== 'assessed' ? '#ced4da' : m.good ? '#2f9e44' : '#e03131',
  }));
  return (
    <div style={{ width: '100%', height: 170 }} aria-label="Biểu đồ mười hai tháng">
      <ResponsiveContainer>
        <BarChart data={data} margin={{ top: 14, right: 8, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" />
          <YAxis
            domain={[0, n]}
            ticks={scale.levels.map((_, i) => n - i)}
            tickFormatter={(v: number) => scale.levels[n - v]?.label ?? ''}
            width={110}
            interval={0}
            allowDataOverflow
          />
          <Tooltip formatter={(_v, _n, item) => [(item.payload as { label?: string }).label ?? '', 'Mức']} />
          <Bar dataKey="rank" isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.name} fill={d.color} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

const num = (v: string | number): number | undefined => (v === '' || v === undefined ? undefined : Number(v));

export function MemberReviewPanel({ view, scheme, scale }: { view: MemberView; scheme: YearEndScheme; scale: RollupScale }) {
  const review = view.review!;
  const { member, rollup } = view;
  const [sections, setSections] = useState<Record<string, string>>({ ...review.sections });
  const [common, setCommon] = useState<number | string>(review.scoreCommon ?? '');
  const [tasks, setTasks] = useState<number | string>(review.scoreTasks ?? '');
  const [exceeded, setExceeded] = useState(review.exceededShare30 === true);
  const [forced, setForced] = useState<string[]>(review.forcedFailure ?? []);
  const [selfLevel, setSelfLevel] = useState<string | null>(review.selfLevel ?? null);
  const [votes, setVotes] = useState<Partial<Record<RatingLevel, number | string>>>({ ...review.votes });
  const [proposed, setProposed] = useState<string | null>(review.proposedLevel ?? null);
  const [finalLevel, setFinalLevel] = useState<string | null>(review.finalLevel ?? null);
  const [body, setBody] = useState(review.decision?.body ?? '');
  const [decisionNumber, setDecisionNumber] = useState(review.decision?.number ?? '');
  const [decisionDate, setDecisionDate] = useState(formatDate(review.decision?.date));
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  const score = useMemo(
    () =>
      levelForScore(scheme, {
        common: num(common),
        tasks: num(tasks),
        exceededShare30: exceeded,
        forcedFailure: forced,
        isLeader: member.isLeader,
      }),
    [scheme, common, tasks, exceeded, forced, member.isLeader],
  );
  const voteCounts = Object.fromEntries(RATING_LEVELS.map((l) => [l, Number(votes[l] ?? 0) || 0])) as Record<RatingLevel, number>;
  const voteOutcome = proposedLevelFromVotes(voteCounts, view.voters);
  const levelOptions = RATING_LEVELS.map((l) => ({ value: l, label: memberLevelLabel(scheme, l) }));
  const excluded = review.excluded;

  const save = async () => {
    setError(undefined);
    const date = decisionDate.trim() ? parseDate(decisionDate) : undefined;
    if (decisionDate.trim() && !date) {
      setError('Ngày quyết định không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 30/12/2026.');
      return;
    }
    setSaving(true);
    try {
      const anyVote = RATING_LEVELS.some((l) => voteCounts[l] > 0);
      await updateYearReview(
        review.id,
        excluded
          ? { sections }
          : {
              sections,
              scoreCommon: num(common),
              scoreTasks: num(tasks),
              exceededShare30: exceeded,
              forcedFailure: forced,
              selfLevel: (selfLevel as RatingLevel | null) ?? undefined,
              votes: anyVote ? voteCounts : undefined,
              proposedLevel: (proposed as RatingLevel | null) ?? undefined,
              finalLevel: (finalLevel as RatingLevel | null) ?? undefined,
              decision: body.trim() || decisionNumber.trim() || date ? { body, number: decisionNumber, date: date ?? '' } : undefined,
            },
      );
      notifications.show({ color: 'green', message: `Đã lưu kiểm điểm của đồng chí ${member.fullName}.` });
    } catch (e) {
      setError(errorMessage(e, 'Không lưu được.'));
    } finally {
      setSaving(false);
    }
  };

  const redraft = () => setSections((s) => ({ ...s, ...draftSections(rollup, scale) }));

  return (
    <Paper withBorder p="md" aria-label={`Kiểm điểm của ${member.fullName}`}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3}>
            {member.fullName} <Badge variant="light">Mẫu {review.formVariant}</Badge>
          </Title>
          {excluded && <Badge color="orange">Không đánh giá, xếp loại</Badge>}
        </Group>
        {excluded && (
          <Alert color="orange" title="Không thuộc diện đánh giá, xếp loại năm nay">
            {excluded.note}
          </Alert>
        )}

        <Title order={4}>Kết quả tự đánh giá hằng tháng</Title>
        <Text>
          Đã tự đánh giá{' '}
          <b>
            {rollup.monthsAssessed}/{rollup.monthsApplicable}
          </b>{' '}
          tháng; được biểu dương <b>{rollup.timesPraised}</b> lần; bị nhắc nhở <b>{rollup.timesReminded}</b> lần.{' '}
          {scale.levels
            .filter((l) => rollup.distribution[l.code])
            .map((l) => `${l.label}: ${rollup.distribution[l.code]} tháng`)
            .join('; ')}
        </Text>
        <MonthsChart view={view} scale={scale} />
        {rollup.monthsBelowGood.length > 0 && (
          <Alert color="red" variant="light" title="Các tháng chưa đạt mức tốt">
            {rollup.monthsBelowGood.map((m) => (
              <div key={m.period}>
                Tháng {m.month}: {m.levelLabel}
                {m.note ? ` — ${m.note}` : ''}
              </div>
            ))}
          </Alert>
        )}
        {rollup.items.length > 0 ? (
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Nội dung cam kết</Table.Th>
                <Table.Th>Thời hạn</Table.Th>
                <Table.Th>Số tháng đạt</Table.Th>
                <Table.Th>Kết quả</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rollup.items.map((i) => (
                <Table.Tr key={i.item.id}>
                  <Table.Td>{i.item.action}</Table.Td>
                  <Table.Td>{deadlineLabel(i.item)}</Table.Td>
                  <Table.Td>
                    {i.monthsGood}/{i.monthsAssessed}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[i.status]}>{STATUS_LABEL[i.status]}</Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text c="dimmed">
            {rollup.registered ? 'Bản đăng ký không có nội dung cụ thể.' : 'Chưa có bản đăng ký nêu gương được xác nhận trong năm.'}
          </Text>
        )}

        <Group justify="space-between">
          <Title order={4}>Bản tự kiểm điểm (bản nháp, sửa được)</Title>
          <Button variant="subtle" onClick={redraft}>
            Tạo lại bản nháp từ số liệu tháng
          </Button>
        </Group>
        <Textarea
          label="Trách nhiệm nêu gương"
          autosize
          minRows={3}
          value={sections[SECTION_KEYS.exampleSetting] ?? ''}
          onChange={(e) => setSections({ ...sections, [SECTION_KEYS.exampleSetting]: e.currentTarget.value })}
        />
        <Textarea
          label="Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu"
          autosize
          minRows={3}
          value={sections[SECTION_KEYS.pledge] ?? ''}
          onChange={(e) => setSections({ ...sections, [SECTION_KEYS.pledge]: e.currentTarget.value })}
        />

        {!excluded && (
          <>
            <Title order={4}>Tự đánh giá, xếp loại</Title>
            {scheme.data.scoring ? (
              <>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <NumberInput
                    label={`${scheme.data.scoring.commonLabel} (tối đa ${scheme.data.scoring.commonMax})`}
                    min={0}
                    max={scheme.data.scoring.commonMax}
                    decimalScale={2}
                    decimalSeparator=","
                    value={common}
                    onChange={setCommon}
                  />
                  <NumberInput
                    label={`Kết quả thực hiện nhiệm vụ (tối đa ${scheme.data.scoring.tasksMax})`}
                    min={0}
                    max={scheme.data.scoring.tasksMax}
                    decimalScale={2}
                    decimalSeparator=","
                    value={tasks}
                    onChange={setTasks}
                  />
                  <Paper withBorder p="xs">
                    <Text size="sm">Tổng điểm</Text>
                    <Text fw={700} aria-label="Tổng điểm và mức theo điểm">
                      {score.total !== undefined
                        ? `${formatDecimal(score.total)} điểm → ${memberLevelLabel(scheme, score.level)}`
                        : score.level
                          ? memberLevelLabel(scheme, score.level)
                          : '—'}
                    </Text>
                  </Paper>
                </SimpleGrid>
                <Checkbox
                  label="Có ít nhất 30% chỉ tiêu, nhiệm vụ hoàn thành vượt mức yêu cầu (điều kiện để xếp loại xuất sắc)"
                  checked={exceeded}
                  onChange={(e) => setExceeded(e.currentTarget.checked)}
                />
              </>
            ) : (
              <Text c="dimmed">{scheme.name}: không chấm điểm, chọn trực tiếp mức xếp loại.</Text>
            )}
            {scheme.data.forcedFailure.length > 0 && (
              <Checkbox.Group label="Trường hợp xếp loại không hoàn thành nhiệm vụ (bất kể điểm)" value={forced} onChange={setForced}>
                <Stack gap={4} mt={4}>
                  {scheme.data.forcedFailure
                    .filter((f) => !f.leadersOnly || member.isLeader)
                    .map((f) => (
                      <Checkbox key={f.code} value={f.code} label={f.label} />
                    ))}
                </Stack>
              </Checkbox.Group>
            )}
            {score.errors.length > 0 && <Alert color="red">{score.errors.join(' ')}</Alert>}
            {score.notes.length > 0 && score.ok && score.total !== undefined && (
              <Alert color="yellow" variant="light">
                {score.notes.join(' ')}
              </Alert>
            )}
            <Group align="end">
              <Select label="Đảng viên tự xếp loại" data={levelOptions} value={selfLevel} onChange={setSelfLevel} clearable w={320} />
              {score.level && score.level !== selfLevel && (
                <Button variant="light" onClick={() => setSelfLevel(score.level!)}>
                  Dùng mức theo điểm
                </Button>
              )}
            </Group>

            <Title order={4}>Chi bộ biểu quyết</Title>
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              {RATING_LEVELS.map((l) => (
                <NumberInput
                  key={l}
                  label={`Phiếu “${memberLevelLabel(scheme, l)}”`}
                  min={0}
                  allowDecimal={false}
                  value={votes[l] ?? ''}
                  onChange={(v) => setVotes({ ...votes, [l]: v })}
                />
              ))}
            </SimpleGrid>
            <Text size="sm" aria-label="Kết quả biểu quyết">
              {!voteOutcome.ok
                ? voteOutcome.errors.join(' ')
                : voteOutcome.cast > 0
                  ? voteOutcome.level
                    ? `Tổng ${voteOutcome.cast} phiếu; mức được quá nửa số đảng viên chính thức (${voteOutcome.basis}) tán thành: ${memberLevelLabel(scheme, voteOutcome.level)}.`
                    : `Tổng ${voteOutcome.cast} phiếu; chưa mức nào được quá nửa số đảng viên chính thức (${voteOutcome.basis}).`
                  : `Chưa nhập phiếu biểu quyết. Chỉ đảng viên chính thức biểu quyết: ${view.voters} đồng chí.`}
            </Text>
            <Group align="end">
              <Select label="Chi bộ đề xuất xếp loại" data={levelOptions} value={proposed} onChange={setProposed} clearable w={320} />
              {voteOutcome.level && voteOutcome.level !== proposed && (
                <Button variant="light" onClick={() => setProposed(voteOutcome.level!)}>
                  Dùng kết quả biểu quyết
                </Button>
              )}
            </Group>

            <Title order={4}>Cấp có thẩm quyền quyết định</Title>
            <SimpleGrid cols={{ base: 1, sm: 4 }}>
              <Select label="Xếp loại chính thức" data={levelOptions} value={finalLevel} onChange={setFinalLevel} clearable />
              <TextInput
                label="Cấp quyết định"
                placeholder="Đảng ủy cơ sở …"
                value={body}
                onChange={(e) => setBody(e.currentTarget.value)}
              />
              <TextInput
                label="Số quyết định"
                placeholder="12-QĐ/ĐU"
                value={decisionNumber}
                onChange={(e) => setDecisionNumber(e.currentTarget.value)}
              />
              <TextInput
                label="Ngày quyết định"
                placeholder="30/12/2026"
                value={decisionDate}
                onChange={(e) => setDecisionDate(e.currentTarget.value)}
              />
            </SimpleGrid>
          </>
        )}
        {error && (
          <Alert color="red" title="Chưa lưu được">
            {error}
          </Alert>
        )}
        <Group>
          <Button onClick={() => void save()} loading={saving}>
            Lưu kiểm điểm của đảng viên
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
