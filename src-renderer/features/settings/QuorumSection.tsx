/**
 * Cài đặt → "Ngưỡng dự họp và biểu quyết" (domain.md §4.6): the quorum rule set in force, its
 * source, and the cell's own values (stored as a local version through core/rules; a superior's
 * package still wins).
 */
import { useState } from 'react';
import { AsyncButton } from '../../ui/AsyncButton';
import { Alert, Group, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { fractionText, type QuorumSettings } from '../../core/meetings';
import type { RuleSet } from '../../core/model';
import { describeRuleSet } from '../../core/rules';
import { clock } from '../../platform/clock';
import { errorMessage } from '../../services/errors';
import { RuleEditError, resetQuorumThresholds, saveQuorumThresholds, useQuorumRule } from '../../services/rules';
import { FieldRow } from '../../ui/FieldRow';

/** "2/3", "1/2" or a percentage "66,7%" → a fraction in (0, 1]; undefined when not understood. */
export function parseFraction(text: string): number | undefined {
  const t = text.trim().replace(',', '.');
  const f = /^(\d+)\s*\/\s*(\d+)$/u.exec(t);
  if (f) {
    const v = Number(f[1]) / Number(f[2]);
    return v > 0 && v <= 1 ? v : undefined;
  }
  const p = /^(\d+(?:\.\d+)?)\s*%$/u.exec(t);
  if (p) {
    const v = Number(p[1]) / 100;
    return v > 0 && v <= 1 ? v : undefined;
  }
  return undefined;
}

export function QuorumSection() {
  const rule = useQuorumRule(clock.today());
  if (!rule) return null;
  return <QuorumForm key={rule.id} rule={rule} />;
}

function QuorumForm({ rule }: { rule: RuleSet<QuorumSettings> }) {
  const d = rule.data;
  const [below, setBelow] = useState(fractionText(d.attendanceWarnBelowFraction));
  const [percent, setPercent] = useState<number | string>(d.attendanceWarnAtOrBelowPercent);
  const [majority, setMajority] = useState(fractionText(d.majorityFraction));
  const [admission, setAdmission] = useState(fractionText(d.admissionFraction));
  const [streak, setStreak] = useState<number | string>(d.maxConsecutiveExcusedAbsences);
  const [minutes, setMinutes] = useState<number | string>(d.minDurationMinutes);
  const [combined, setCombined] = useState<number | string>(d.minDurationCombinedMinutes);
  const [problems, setProblems] = useState<string[]>([]);

  const save = async () => {
    const fractions = { below: parseFraction(below), majority: parseFraction(majority), admission: parseFraction(admission) };
    const wrong = Object.entries({ below: 'Ngưỡng dự họp', majority: 'Đa số biểu quyết', admission: 'Biểu quyết kết nạp' })
      .filter(([k]) => fractions[k as keyof typeof fractions] === undefined)
      .map(([, label]) => `${label}: nhập phân số như 2/3 hoặc tỷ lệ như 66,7%.`);
    if (wrong.length) return setProblems(wrong);
    try {
      await saveQuorumThresholds({
        attendanceWarnBelowFraction: fractions.below!,
        attendanceWarnAtOrBelowPercent: Number(percent),
        majorityFraction: fractions.majority!,
        admissionFraction: fractions.admission!,
        maxConsecutiveExcusedAbsences: Number(streak),
        minDurationMinutes: Number(minutes),
        minDurationCombinedMinutes: Number(combined),
      });
      setProblems([]);
      notifications.show({ color: 'green', message: 'Đã lưu ngưỡng dự họp và biểu quyết của chi bộ.' });
    } catch (e) {
      setProblems(e instanceof RuleEditError ? e.problems : [errorMessage(e)]);
    }
  };

  return (
    <Paper withBorder p="md" id="nguong">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Ngưỡng dự họp và biểu quyết
        </Title>
        <Text size="sm" data-testid="quorum-source">
          Đang áp dụng: {describeRuleSet(rule)}.
        </Text>
        {rule.source === 'superior' && (
          <Alert color="blue">
            Cấp trên đã ban hành ngưỡng trong gói khung nội dung; ngưỡng của cấp trên được dùng. Ngưỡng chi bộ đặt ở đây chỉ dùng khi không
            có ngưỡng của cấp trên.
          </Alert>
        )}
        <Text size="xs" c="dimmed">
          Mặc định theo Điều lệ Đảng và hướng dẫn: cảnh báo khi dự họp dưới 2/3 hoặc không quá 85%; nghị quyết cần quá 1/2; kết nạp cần ít
          nhất 2/3 số đảng viên chính thức. Ngưỡng 2/3 cho buổi sinh hoạt thường kỳ chưa được đối chiếu văn bản, nên chỉ là cảnh báo.
        </Text>
        <FieldRow>
          <TextInput
            label="Cảnh báo khi số có mặt dưới"
            description="phân số của số được triệu tập"
            value={below}
            onChange={(e) => setBelow(e.currentTarget.value)}
          />
          <NumberInput label="Cảnh báo khi tỷ lệ dự không quá (%)" min={0} max={100} value={percent} onChange={setPercent} />
        </FieldRow>
        <FieldRow>
          <TextInput label="Nghị quyết thông qua khi tán thành quá" value={majority} onChange={(e) => setMajority(e.currentTarget.value)} />
          <TextInput label="Kết nạp đảng viên cần ít nhất" value={admission} onChange={(e) => setAdmission(e.currentTarget.value)} />
        </FieldRow>
        <FieldRow>
          <NumberInput label="Cảnh báo khi vắng có lý do liên tiếp quá (lần)" min={0} max={100} value={streak} onChange={setStreak} />
          <NumberInput label="Thời lượng tối thiểu (phút)" min={0} max={600} value={minutes} onChange={setMinutes} />
          <NumberInput label="Khi kết hợp chuyên đề (phút)" min={0} max={600} value={combined} onChange={setCombined} />
        </FieldRow>
        {problems.length > 0 && (
          <Alert color="red" role="alert" title="Chưa lưu được">
            {problems.map((p) => (
              <div key={p}>{p}</div>
            ))}
          </Alert>
        )}
        <Group>
          <AsyncButton onClick={() => save()}>Lưu ngưỡng của chi bộ</AsyncButton>
          {rule.source === 'local' && (
            <AsyncButton
              variant="default"
              onClick={() => resetQuorumThresholds().then(() => notifications.show({ message: 'Đã trở về ngưỡng mặc định.' }))}
            >
              Trở về mặc định
            </AsyncButton>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
