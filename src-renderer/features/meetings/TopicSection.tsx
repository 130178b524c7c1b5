/** 5. Sinh hoạt chuyên đề (a thematic or combined meeting, or one that already has a topic). */
import { Textarea } from '@mantine/core';
import { Section, type SectionProps } from './Section';

const LABELS = { title: 'Tên chuyên đề', presenter: 'Người trình bày', discussion: 'Thảo luận', conclusion: 'Kết luận' };

export function TopicSection({ meeting, update }: SectionProps) {
  if (!(meeting.type === 'chuyen_de' || meeting.type === 'ket_hop' || meeting.topic)) return null;
  return (
    <Section title="5. Sinh hoạt chuyên đề">
      {(['title', 'presenter', 'discussion', 'conclusion'] as const).map((k) => (
        <Textarea
          key={k}
          label={LABELS[k]}
          autosize
          minRows={1}
          value={meeting.topic?.[k] ?? ''}
          onChange={(e) =>
            update({ topic: { title: '', presenter: '', discussion: '', conclusion: '', ...meeting.topic, [k]: e.currentTarget.value } })
          }
        />
      ))}
    </Section>
  );
}
