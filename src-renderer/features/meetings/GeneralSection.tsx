/** 1. Thông tin chung: type, date, times, place, chair and secretary, guests. */
import { useState } from 'react';
import { NativeSelect, TextInput, Textarea } from '@mantine/core';
import { FieldRow } from '../../ui/FieldRow';
import type { MeetingType, Member } from '../../core/model';
import { MEETING_TYPE_LABELS, endTimeProblem } from '../../core/meetings';
import { PARTY_POSITION_LABELS } from '../../core/members/labels';
import { formatDate, isValidIsoDate, parseDate, periodOf } from '../../core/text';
import { Section, type SectionProps } from './Section';
import { TimeField } from './TimeField';

export function GeneralSection({ meeting, update, members }: SectionProps & { members: Member[] }) {
  const [dateText, setDateText] = useState(() => formatDate(meeting.date));
  const memberOptions = [{ value: '', label: '— chọn —' }, ...members.map((m) => ({ value: m.id, label: m.fullName }))];
  const byId = new Map(members.map((m) => [m.id, m]));
  const chooseMember = (memberId: string): Member | undefined => byId.get(memberId);
  return (
    <Section title="1. Thông tin chung">
      <FieldRow>
        <NativeSelect
          label="Loại buổi sinh hoạt"
          value={meeting.type}
          onChange={(e) => update({ type: e.currentTarget.value as MeetingType })}
          data={Object.entries(MEETING_TYPE_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <TextInput
          label="Ngày sinh hoạt"
          value={dateText}
          onChange={(e) => setDateText(e.currentTarget.value)}
          onBlur={() => {
            const d = parseDate(dateText);
            if (d && isValidIsoDate(d)) update({ date: d, period: periodOf(d) });
            else setDateText(formatDate(meeting.date));
          }}
        />
        <TimeField label="Giờ bắt đầu" value={meeting.startTime} onCommit={(v) => v && update({ startTime: v })} />
        <TimeField
          label="Giờ kết thúc"
          value={meeting.endTime ?? ''}
          onCommit={(v) => update({ endTime: v })}
          problem={endTimeProblem(meeting.startTime, meeting.endTime)}
        />
      </FieldRow>
      <TextInput label="Địa điểm" value={meeting.place} onChange={(e) => update({ place: e.currentTarget.value })} />
      <FieldRow>
        <NativeSelect
          label="Chủ trì"
          value={meeting.chairMemberId ?? ''}
          data={memberOptions}
          onChange={(e) => {
            const m = chooseMember(e.currentTarget.value);
            update({ chairMemberId: m?.id, chairName: m?.fullName, chairTitle: m ? PARTY_POSITION_LABELS[m.partyPosition] : undefined });
          }}
        />
        <TextInput
          label="Chức vụ của chủ trì"
          value={meeting.chairTitle ?? ''}
          onChange={(e) => update({ chairTitle: e.currentTarget.value })}
        />
        <NativeSelect
          label="Thư ký"
          value={meeting.secretaryMemberId ?? ''}
          data={memberOptions}
          onChange={(e) => {
            const m = chooseMember(e.currentTarget.value);
            update({ secretaryMemberId: m?.id, secretaryName: m?.fullName });
          }}
        />
      </FieldRow>
      <Textarea
        label="Đại biểu cấp trên dự (nếu có)"
        autosize
        minRows={1}
        value={meeting.guests}
        onChange={(e) => update({ guests: e.currentTarget.value })}
      />
    </Section>
  );
}
