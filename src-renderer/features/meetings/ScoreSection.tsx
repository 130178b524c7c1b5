/** 6. Tự chấm điểm chất lượng buổi sinh hoạt: the rubric's criteria, suggestions from the figures, the total. */
import { Button, Group, NumberInput, Table, Text } from '@mantine/core';
import { NOT_SCORED_LABEL, scoreText, type MeetingRubric, type RubricGroup, type RubricScore } from '../../core/meetings';
import { Section } from './Section';

interface Props {
  rubric: MeetingRubric;
  scores: Record<string, number>;
  score: RubricScore | undefined;
  onScore: (code: string, value: number | undefined) => void;
  onSuggest: () => void;
}

export function ScoreSection({ rubric, scores, score, onScore, onSuggest }: Props) {
  return (
    <Section title="6. Tự chấm điểm chất lượng buổi sinh hoạt">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {rubric.name}
        </Text>
        <Button size="xs" variant="light" onClick={onSuggest}>
          Gợi ý điểm từ số liệu
        </Button>
      </Group>
      <Table verticalSpacing={2} aria-label="Chấm điểm">
        <Table.Tbody>
          {rubric.data.groups.map((g) => (
            <RubricGroupRows key={g.code} group={g} scores={scores} subtotal={score?.byGroup[g.code] ?? 0} onScore={onScore} />
          ))}
        </Table.Tbody>
      </Table>
      <Text fw={700} data-testid="quality-total">
        Tổng điểm: {score ? scoreText(rubric.data, score) : `${NOT_SCORED_LABEL}`}
      </Text>
      {score && !score.complete && (
        <Text size="sm" c="dimmed">
          Khi chưa chấm đủ mọi tiêu chí, biên bản ghi “chưa chấm” và không gửi xếp loại chất lượng lên cấp trên.
        </Text>
      )}
    </Section>
  );
}

function RubricGroupRows({
  group,
  scores,
  subtotal,
  onScore,
}: {
  group: RubricGroup;
  scores: Record<string, number>;
  subtotal: number;
  onScore: (code: string, value: number | undefined) => void;
}) {
  return (
    <>
      <Table.Tr style={{ background: 'var(--mantine-color-gray-1)' }}>
        <Table.Td fw={600}>{group.label}</Table.Td>
        <Table.Td fw={600} ta="right">
          {subtotal}/{group.max}
        </Table.Td>
      </Table.Tr>
      {group.criteria.map((c) => (
        <Table.Tr key={c.code}>
          <Table.Td>
            <Text size="sm">{c.label}</Text>
            {c.guidance && (
              <Text size="xs" c="dimmed">
                {c.guidance}
              </Text>
            )}
          </Table.Td>
          <Table.Td w={130}>
            <NumberInput
              size="xs"
              aria-label={`Điểm: ${c.label}`}
              min={0}
              max={c.max}
              step={0.5}
              suffix={` / ${c.max}`}
              value={scores[c.code] ?? ''}
              onChange={(v) => onScore(c.code, v === '' ? undefined : Number(v))}
            />
          </Table.Td>
        </Table.Tr>
      ))}
    </>
  );
}
