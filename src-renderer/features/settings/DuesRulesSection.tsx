/**
 * Cài đặt → "Chế độ đảng phí" (domain.md §11, QĐ 01-QĐ/TW 2026): the rate or fixed amount of each
 * group, the rounding, the warning thresholds and the other settings of the rule set in force,
 * editable as the cell's own version from a month on (through core/rules; a superior's package
 * still wins). The values the rule set marks as unverified defaults carry "chưa kiểm chứng".
 */
import { useState, type ReactNode } from 'react';
import { AsyncButton } from '../../ui/AsyncButton';
import { Alert, Badge, Checkbox, Group, NumberInput, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { parseDong, parsePeriodText, periodText, type PartyDuesRules } from '../../core/dues';
import { STATUS_KIND_LABELS } from '../../core/members/labels';
import type { MemberStatusKind, RuleSet } from '../../core/model';
import { COUNT_WINDOW_LABELS, describeRuleSet } from '../../core/rules';
import { formatInteger, periodLabel } from '../../core/text';
import { clock } from '../../platform/clock';
import { errorMessage } from '../../services/errors';
import { RuleEditError, resetDuesRules, saveDuesRules, useDuesRule } from '../../services/rules';
import { FieldRow } from '../../ui/FieldRow';
import { useLargeText } from '../../ui/text-size';

/** Statuses a cell may exempt from paying here (the others always pay, or are no longer members). */
const EXEMPTABLE: MemberStatusKind[] = ['sinh_hoat_tam_thoi', 'mien_sinh_hoat', 'dinh_chi'];
const STEPS = [1, 100, 500, 1_000, 10_000].map((s) => ({
  value: String(s),
  label: s === 1 ? 'Không làm tròn' : `${formatInteger(s)} đồng`,
}));
const MODES = [
  { value: 'nearest', label: 'Gần nhất (từ nửa trở lên thì lên)' },
  { value: 'up', label: 'Luôn làm tròn lên' },
  { value: 'down', label: 'Luôn làm tròn xuống' },
];

export function Unverified({ show }: { show: boolean }) {
  return show ? (
    <Badge
      color="yellow"
      variant="light"
      size="sm"
      tt="none"
      style={{ flexShrink: 0 }}
      title="Giá trị mặc định, chưa kiểm chứng — sửa theo hướng dẫn của cấp trên"
    >
      chưa kiểm chứng
    </Badge>
  ) : null;
}

/** "Tiền lương …" → "tiền lương …" (only the first letter: "BHXH" stays). */
const lowerFirst = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);

const withMark = (label: string, unverified: boolean): ReactNode => (
  <Group gap={6} component="span" wrap="nowrap">
    <span>{label}</span>
    <Unverified show={unverified} />
  </Group>
);

export function DuesRulesSection() {
  const period = clock.thisPeriod();
  const choice = useDuesRule(period);
  if (!choice) return null;
  return <DuesRulesForm key={`${choice.own.id}-${choice.inForce.id}`} period={period} {...choice} />;
}

interface FormProps {
  period: string;
  inForce: RuleSet<PartyDuesRules>;
  own: RuleSet<PartyDuesRules>;
  localVersions: RuleSet<PartyDuesRules>[];
}

function DuesRulesForm({ period, inForce, own, localVersions }: FormProps) {
  const large = useLargeText();
  const d = own.data;
  const [groups, setGroups] = useState(() =>
    d.groups.map((g) => ({
      code: g.code,
      value: g.method === 'percent' ? String(g.ratePercent).replace('.', ',') : formatInteger(g.amount),
    })),
  );
  const [step, setStep] = useState(String(d.rounding.step));
  const [mode, setMode] = useState<string>(d.rounding.mode);
  const [reminder, setReminder] = useState<number | string>(d.reminderUnpaidMonths);
  const [removal, setRemoval] = useState<number | string>(d.removalUnpaidMonths);
  const [countWindow, setCountWindow] = useState<string>(d.countWindow);
  const [graceDays, setGraceDays] = useState<number | string>(d.graceDays);
  const [notOwed, setNotOwed] = useState<string[]>(d.notOwedStatuses);
  const [from, setFrom] = useState(periodText(period));
  const [problems, setProblems] = useState<string[]>([]);
  const unverified = new Set(d.unverifiedSettings);
  const groupUnverified = (code: string) =>
    d.groups.find((g) => g.code === code)?.unverified === true ||
    unverified.has(`groups.${code}.amount`) ||
    unverified.has(`groups.${code}.ratePercent`);

  const save = async () => {
    const wrong: string[] = [];
    const fromPeriod = parsePeriodText(from);
    if (!fromPeriod) wrong.push('Áp dụng từ tháng: nhập tháng/năm, ví dụ 11/2026.');
    const nextGroups = d.groups.map((g, i) => {
      const text = groups[i]!.value.trim();
      if (g.method === 'percent') {
        const rate = Number(text.replace(',', '.'));
        if (!text || !Number.isFinite(rate) || rate < 0 || rate > 100)
          wrong.push(`${g.label}: tỷ lệ phải là số phần trăm từ 0 đến 100, ví dụ 1 hoặc 0,5.`);
        return { ...g, ratePercent: rate };
      }
      const amount = parseDong(text);
      if (amount === undefined) wrong.push(`${g.label}: mức cố định "${text}" không hợp lệ (ví dụ: 10.000).`);
      return { ...g, amount: amount ?? Number.NaN };
    });
    if (wrong.length) return setProblems(wrong);
    try {
      const saved = await saveDuesRules(fromPeriod!, {
        ...d,
        groups: nextGroups,
        rounding: { step: Number(step), mode: mode as PartyDuesRules['rounding']['mode'] },
        reminderUnpaidMonths: Number(reminder),
        removalUnpaidMonths: Number(removal),
        countWindow: countWindow as PartyDuesRules['countWindow'],
        graceDays: Number(graceDays),
        notOwedStatuses: notOwed as MemberStatusKind[],
      });
      setProblems([]);
      notifications.show({
        color: 'green',
        message: `Đã lưu chế độ đảng phí của chi bộ, áp dụng từ ${periodLabel(saved.validFrom.slice(0, 7))}.`,
      });
    } catch (e) {
      setProblems(e instanceof RuleEditError ? e.problems : [errorMessage(e)]);
    }
  };

  return (
    <Paper withBorder p="md" id="dang-phi" aria-labelledby="dues-rules-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="dues-rules-title">
          Chế độ đảng phí
        </Title>
        <Text size="sm" data-testid="dues-rules-source">
          Đang áp dụng {periodLabel(period)}: {describeRuleSet(inForce)}.
        </Text>
        {inForce.source === 'superior' && (
          <Alert color="blue">
            Cấp trên đã ban hành chế độ đảng phí trong gói khung nội dung; giá trị của cấp trên được dùng. Giá trị chi bộ sửa ở đây chỉ dùng
            khi không có quy định của cấp trên.
          </Alert>
        )}
        <Text size="xs" c="dimmed">
          Theo Quy định 01-QĐ/TW ngày 03/02/2026: đảng viên có lương đóng BHXH nộp 1% tiền lương, đảng viên hưởng lương hưu nộp 0,5%, các
          nhóm khác nộp mức cố định. Giá trị có dấu “chưa kiểm chứng” là giá trị mặc định chưa được kiểm chứng với văn bản — sửa theo hướng
          dẫn của cấp trên. Sửa ở đây chỉ áp dụng từ tháng ghi dưới; bảng thu các tháng trước giữ nguyên số tiền.
        </Text>
        <Table withTableBorder aria-label="Mức đóng đảng phí theo nhóm đối tượng">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Nhóm đối tượng</Table.Th>
              <Table.Th>Cách tính</Table.Th>
              <Table.Th>Tỷ lệ (%) hoặc mức (đồng/tháng)</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.groups.map((g, i) => (
              <Table.Tr key={g.code}>
                <Table.Td>
                  <Group gap={6}>
                    <span>{g.label}</span>
                    <Unverified show={groupUnverified(g.code)} />
                  </Group>
                </Table.Td>
                <Table.Td>{g.method === 'percent' ? `Phần trăm ${lowerFirst(g.baseLabel)}` : 'Mức cố định hằng tháng'}</Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`${g.method === 'percent' ? 'Tỷ lệ' : 'Mức cố định'} của nhóm ${g.label}`}
                    value={groups[i]!.value}
                    rightSection={<Text size="xs">{g.method === 'percent' ? '%' : 'đ'}</Text>}
                    onChange={(e) => {
                      const value = e.currentTarget.value;
                      setGroups((list) => list.map((x, j) => (j === i ? { ...x, value } : x)));
                    }}
                    w={large ? 240 : 160}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <FieldRow>
          <Select
            label={withMark('Làm tròn đến', unverified.has('rounding'))}
            data={STEPS}
            value={step}
            onChange={(v) => v && setStep(v)}
            allowDeselect={false}
          />
          <Select
            label={withMark('Cách làm tròn', unverified.has('rounding'))}
            data={MODES}
            value={mode}
            onChange={(v) => v && setMode(v)}
            allowDeselect={false}
          />
        </FieldRow>
        <FieldRow>
          <NumberInput
            label={withMark('Nhắc nhở khi không nộp (tháng)', unverified.has('reminderUnpaidMonths'))}
            min={1}
            max={12}
            value={reminder}
            onChange={setReminder}
          />
          <NumberInput
            label={withMark('Xem xét xóa tên khi không nộp (tháng)', unverified.has('removalUnpaidMonths'))}
            min={1}
            max={12}
            value={removal}
            onChange={setRemoval}
          />
        </FieldRow>
        <FieldRow>
          <Select
            label={withMark('Đếm số tháng không nộp', unverified.has('countWindow'))}
            data={Object.entries(COUNT_WINDOW_LABELS).map(([value, label]) => ({ value, label }))}
            value={countWindow}
            onChange={(v) => v && setCountWindow(v)}
            allowDeselect={false}
          />
          <NumberInput
            label={withMark('Nộp muộn sau cuối tháng (ngày)', unverified.has('graceDays'))}
            min={0}
            max={120}
            value={graceDays}
            onChange={setGraceDays}
          />
        </FieldRow>
        <Checkbox.Group
          label={withMark('Không nộp đảng phí tại chi bộ khi đang', unverified.has('notOwedStatuses'))}
          value={notOwed}
          onChange={setNotOwed}
        >
          <Group mt={4}>
            {EXEMPTABLE.map((s) => (
              <Checkbox key={s} value={s} label={STATUS_KIND_LABELS[s]} />
            ))}
          </Group>
        </Checkbox.Group>
        <TextInput
          label="Áp dụng từ tháng"
          description="tháng/năm; các tháng trước giữ chế độ cũ"
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
          w={220}
        />
        {problems.length > 0 && (
          <Alert color="red" role="alert" title="Chưa lưu được">
            {problems.map((p) => (
              <div key={p}>{p}</div>
            ))}
          </Alert>
        )}
        <Group>
          <AsyncButton onClick={() => save()}>Lưu chế độ đảng phí của chi bộ</AsyncButton>
          {localVersions.length > 0 && (
            <AsyncButton
              variant="default"
              onClick={() => resetDuesRules().then(() => notifications.show({ message: 'Đã trở về chế độ đảng phí mặc định.' }))}
            >
              Trở về mặc định
            </AsyncButton>
          )}
        </Group>
        {localVersions.length > 0 && (
          <Text size="xs" c="dimmed" data-testid="dues-rules-versions">
            Chi bộ đã sửa: {localVersions.map((r) => `phiên bản ${r.version} từ ${periodLabel(r.validFrom.slice(0, 7))}`).join('; ')}.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
