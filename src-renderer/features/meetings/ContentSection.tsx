/** 3. Nội dung sinh hoạt: news, ideology, last month's tasks, the members' reports, speeches, conclusion. */
import { ActionIcon, Button, Group, Text, TextInput, Textarea } from '@mantine/core';
import { AsyncButton } from '../../ui/AsyncButton';
import { FieldRow } from '../../ui/FieldRow';
import { useLargeText } from '../../ui/text-size';
import { Section, type SectionProps } from './Section';
import { TaskTable } from './TaskTable';

export function ContentSection({ meeting, update, onPullFromMonth }: SectionProps & { onPullFromMonth: () => Promise<void> }) {
  const large = useLargeText();
  return (
    <Section title="3. Nội dung sinh hoạt">
      <Textarea
        label="Thông tin thời sự, quán triệt văn bản cấp trên"
        autosize
        minRows={2}
        value={meeting.news}
        onChange={(e) => update({ news: e.currentTarget.value })}
      />
      <Textarea
        label="Tình hình tư tưởng của đảng viên"
        autosize
        minRows={2}
        value={meeting.ideology}
        onChange={(e) => update({ ideology: e.currentTarget.value })}
      />
      <TaskTable
        title="Đánh giá kết quả thực hiện nghị quyết tháng trước"
        rows={meeting.lastMonthReview}
        mode="review"
        onChange={(lastMonthReview) => update({ lastMonthReview })}
      />
      <Group justify="space-between" align="end">
        <Text fw={600} size="sm">
          Đảng viên báo cáo việc thực hiện nêu gương
        </Text>
        <AsyncButton size="xs" variant="light" onClick={() => onPullFromMonth()}>
          Lấy từ bảng tự đánh giá tháng
        </AsyncButton>
      </Group>
      <Textarea
        aria-label="Đảng viên báo cáo việc thực hiện nêu gương"
        autosize
        minRows={3}
        value={meeting.exampleReports}
        onChange={(e) => update({ exampleReports: e.currentTarget.value })}
      />
      <FieldRow>
        <Textarea
          label="Biểu dương đảng viên"
          autosize
          minRows={1}
          value={meeting.praise}
          onChange={(e) => update({ praise: e.currentTarget.value })}
        />
        <Textarea
          label="Nhắc nhở đảng viên"
          autosize
          minRows={1}
          value={meeting.reminders}
          onChange={(e) => update({ reminders: e.currentTarget.value })}
        />
      </FieldRow>
      <TaskTable
        title="Phương hướng, nhiệm vụ tháng tới"
        rows={meeting.nextTasks}
        mode="next"
        onChange={(nextTasks) => update({ nextTasks })}
      />
      <Text fw={600} size="sm">
        Ý kiến thảo luận
      </Text>
      {meeting.speeches.map((s, i) => (
        <Group key={i} align="start" wrap={large ? 'wrap' : 'nowrap'}>
          <TextInput
            aria-label={`Người phát biểu ${i + 1}`}
            placeholder="Người phát biểu"
            value={s.speaker}
            w={220}
            onChange={(e) => update({ speeches: meeting.speeches.map((x, j) => (j === i ? { ...x, speaker: e.currentTarget.value } : x)) })}
          />
          <Textarea
            aria-label={`Tóm tắt ý kiến ${i + 1}`}
            placeholder="Tóm tắt ý kiến"
            autosize
            minRows={1}
            style={{ flex: 1, minWidth: large ? '16rem' : undefined }}
            value={s.summary}
            onChange={(e) => update({ speeches: meeting.speeches.map((x, j) => (j === i ? { ...x, summary: e.currentTarget.value } : x)) })}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Xóa ý kiến ${i + 1}`}
            onClick={() => update({ speeches: meeting.speeches.filter((_, j) => j !== i) })}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Button
        size="xs"
        variant="default"
        w="fit-content"
        onClick={() => update({ speeches: [...meeting.speeches, { speaker: '', summary: '' }] })}
      >
        Thêm ý kiến
      </Button>
      <Textarea
        label="Kết luận của chủ trì"
        autosize
        minRows={2}
        value={meeting.conclusion}
        onChange={(e) => update({ conclusion: e.currentTarget.value })}
      />
    </Section>
  );
}
