/** 4. Biểu quyết: each vote with its tally and outcome (official members only). */
import { ActionIcon, Button, Checkbox, Group, NumberInput, Paper, Text, TextInput } from '@mantine/core';
import { voteOutcome, type AttendanceCounts, type QuorumSettings } from '../../core/meetings';
import { Section, type SectionProps } from './Section';

export function VotesSection({ meeting, update, counts, quorum }: SectionProps & { counts: AttendanceCounts; quorum: QuorumSettings }) {
  return (
    <Section title="4. Biểu quyết">
      <Text size="sm" c="dimmed" data-testid="vote-official-note">
        Chỉ đảng viên chính thức biểu quyết (đảng viên dự bị không có quyền biểu quyết — Điều lệ Đảng, Điều 3 khoản 4). Nhập số phiếu của{' '}
        {counts.presentOfficial} đảng viên chính thức có mặt; tỷ lệ tính trên {counts.countedOfficial} đảng viên chính thức được triệu tập.
      </Text>
      {meeting.votes.map((v, i) => {
        const o = voteOutcome(v, counts, quorum);
        const set = (patch: Partial<typeof v>) => update({ votes: meeting.votes.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
        return (
          <Paper key={i} withBorder p="xs">
            <Group align="end" wrap="wrap">
              <TextInput
                label="Nội dung biểu quyết"
                value={v.subject}
                onChange={(e) => set({ subject: e.currentTarget.value })}
                style={{ flex: 1, minWidth: 260 }}
              />
              <NumberInput label="Tán thành" min={0} w={100} value={v.inFavour} onChange={(x) => set({ inFavour: Number(x) || 0 })} />
              <NumberInput label="Không tán thành" min={0} w={120} value={v.against} onChange={(x) => set({ against: Number(x) || 0 })} />
              <NumberInput label="Ý kiến khác" min={0} w={100} value={v.other} onChange={(x) => set({ other: Number(x) || 0 })} />
              <Checkbox
                label="Công tác xây dựng Đảng (kết nạp, chuyển chính thức, kỷ luật)"
                checked={v.partyBuilding}
                onChange={(e) => set({ partyBuilding: e.currentTarget.checked })}
              />
              <Checkbox
                label="Kết nạp (cần 2/3)"
                checked={v.kind === 'admission'}
                onChange={(e) =>
                  set({
                    kind: e.currentTarget.checked ? 'admission' : undefined,
                    partyBuilding: e.currentTarget.checked || v.partyBuilding,
                  })
                }
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`Xóa biểu quyết ${i + 1}`}
                onClick={() => update({ votes: meeting.votes.filter((_, j) => j !== i) })}
              >
                ×
              </ActionIcon>
            </Group>
            <Text size="sm" mt={4} c={o.passed ? 'green.8' : 'red.8'} data-testid={`vote-result-${i}`}>
              Tán thành {o.inFavourText} · không tán thành {o.againstText} · ý kiến khác {o.otherText} —{' '}
              {o.passed ? 'được thông qua' : 'chưa được thông qua'} (cần {o.requirement}).
            </Text>
          </Paper>
        );
      })}
      <Button
        size="xs"
        variant="default"
        w="fit-content"
        onClick={() =>
          update({
            votes: [
              ...meeting.votes,
              {
                subject: `thông qua nghị quyết tháng ${Number(meeting.period.slice(5))}/${meeting.period.slice(0, 4)}`,
                partyBuilding: false,
                inFavour: counts.presentOfficial,
                against: 0,
                other: 0,
              },
            ],
          })
        }
      >
        Thêm biểu quyết
      </Button>
    </Section>
  );
}
