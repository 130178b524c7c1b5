/**
 * Cài đặt → "Giá trị chưa kiểm chứng": every value of the rule sets in force that the app ships as
 * a default not verified in an official text, in one list (core/rules unverifiedValuesOn), each with
 * where it is edited; and the deadlines' offsets, editable here as the cell's own version (the
 * holidays table is edited on Lịch việc).
 */
import { useState } from 'react';
import { AsyncButton } from '../../ui/AsyncButton';
import { Link } from 'react-router';
import { Alert, Anchor, Group, List, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { DeadlineRules } from '../../core/calendar';
import type { RuleSet, RuleSetKind } from '../../core/model';
import { DEADLINE_SETTING_LABELS } from '../../core/rules';
import { clock } from '../../platform/clock';
import { saveLocalDeadlines, useDeadlineRules } from '../../services/calendar';
import { errorMessage } from '../../services/errors';
import { RuleEditError, useUnverifiedValues } from '../../services/rules';
import { Unverified } from './DuesRulesSection';

/** Where a kind is edited on this page (the id of its section; the routes use the hash, so no #links). */
const WHERE: Partial<Record<RuleSetKind, { label: string; id: string }>> = {
  party_dues: { label: 'sửa ở mục Chế độ đảng phí', id: 'dang-phi' },
  quorum: { label: 'sửa ở mục Ngưỡng dự họp và biểu quyết', id: 'nguong' },
};

export function UnverifiedSection() {
  const groups = useUnverifiedValues(clock.today());
  if (!groups) return null;
  const count = groups.reduce((n, g) => n + g.values.length, 0);
  return (
    <Paper withBorder p="md" aria-labelledby="unverified-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="unverified-title">
          Giá trị mặc định chưa kiểm chứng ({count})
        </Title>
        <Text size="sm">
          Các giá trị dưới đây là giá trị mặc định của ứng dụng, chưa được kiểm chứng với văn bản chính thức. Hãy sửa theo hướng dẫn của cấp
          trên; giá trị chi bộ đã sửa không còn nằm trong danh sách này.
        </Text>
        {count === 0 ? (
          <Text size="sm" c="#237032">
            Không còn giá trị nào chưa kiểm chứng.
          </Text>
        ) : (
          <Stack gap="xs" data-testid="unverified-list">
            {groups.map((g) => (
              <div key={`${g.kind}-${g.ruleSet}`}>
                <Text size="sm" fw={600}>
                  {g.ruleSet.charAt(0).toUpperCase() + g.ruleSet.slice(1)}
                  {WHERE[g.kind] && (
                    <>
                      {' — '}
                      <Anchor
                        component="button"
                        type="button"
                        size="sm"
                        onClick={() => document.getElementById(WHERE[g.kind]!.id)?.scrollIntoView({ block: 'start' })}
                      >
                        {WHERE[g.kind]!.label}
                      </Anchor>
                    </>
                  )}
                  {g.kind === 'deadlines' && (
                    <>
                      {' — sửa ở mục Thời hạn dưới đây; ngày nghỉ lễ sửa ở '}
                      <Anchor component={Link} to="/lich-viec" size="sm">
                        Lịch việc
                      </Anchor>
                    </>
                  )}
                </Text>
                <List size="sm" spacing={2}>
                  {g.values.map((v) => (
                    <List.Item key={v.key}>
                      {v.label}: <strong>{v.value}</strong> <Unverified show />
                    </List.Item>
                  ))}
                </List>
              </div>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

const OFFSETS = [
  ['officialMeetingWithinWorkingDays', 120],
  ['officialPaperworkWorkingDaysBefore', 60],
  ['badgeProposalDaysBefore', 365],
  ['excusedAbsenceMeetingsInARow', 12],
  ['noticeDays', 365],
] as const satisfies ReadonlyArray<readonly [keyof DeadlineRules, number]>;
type OffsetKey = (typeof OFFSETS)[number][0];

/** The deadlines' offsets of this year (dự bị, Huy hiệu Đảng, absences, notice) as the cell's own version. */
export function DeadlinesSection() {
  const year = Number(clock.today().slice(0, 4));
  const rule = useDeadlineRules(year);
  if (!rule) return null;
  return <DeadlinesForm key={`${rule.id}-${rule.version}`} year={year} rule={rule} />;
}

function DeadlinesForm({ year, rule }: { year: number; rule: RuleSet<DeadlineRules> }) {
  const [values, setValues] = useState<Record<OffsetKey, number | string>>(
    () => Object.fromEntries(OFFSETS.map(([k]) => [k, rule.data[k]])) as Record<OffsetKey, number | string>,
  );
  const [problems, setProblems] = useState<string[]>([]);
  const unverified = new Set(rule.data.unverifiedSettings);
  const save = async () => {
    try {
      await saveLocalDeadlines(year, Object.fromEntries(OFFSETS.map(([k]) => [k, Number(values[k])])) as Partial<DeadlineRules>);
      setProblems([]);
      notifications.show({ color: 'green', message: `Đã lưu thời hạn của chi bộ (năm ${year}).` });
    } catch (e) {
      setProblems(e instanceof RuleEditError ? e.problems : [errorMessage(e)]);
    }
  };
  return (
    <Paper withBorder p="md" aria-labelledby="deadlines-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="deadlines-title">
          Thời hạn trong Lịch việc
        </Title>
        <Text size="xs" c="dimmed">
          Dự bị 12 tháng, ngày trao Huy hiệu Đảng và dự thảo kiểm điểm gửi trước 03 ngày làm việc theo văn bản; các khoảng thời gian dưới
          đây là giá trị mặc định của ứng dụng.
        </Text>
        {OFFSETS.map(([k, max]) => (
          <NumberInput
            key={k}
            label={
              <Group gap={6} component="span">
                <span>{DEADLINE_SETTING_LABELS[k]}</span>
                <Unverified show={unverified.has(k)} />
              </Group>
            }
            min={0}
            max={max}
            value={values[k]}
            onChange={(v) => setValues((x) => ({ ...x, [k]: v }))}
            maw={420}
          />
        ))}
        {problems.length > 0 && (
          <Alert color="red" role="alert" title="Chưa lưu được">
            {problems.map((p) => (
              <div key={p}>{p}</div>
            ))}
          </Alert>
        )}
        <Group>
          <AsyncButton onClick={() => save()}>Lưu thời hạn của chi bộ</AsyncButton>
        </Group>
      </Stack>
    </Paper>
  );
}
