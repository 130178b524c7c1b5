/** The framework package editor: which frameworks, scales and rubrics, for which year, with which deadlines. */
import { Alert, Button, Checkbox, Group, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { TEXT_MAX } from '../../core/exchange';
import { RULE_KIND_LABELS, useFrameworkPackage } from './useFrameworkPackage';

export function FrameworkPanel() {
  const { choices, year, setYear, picked, setPicked, deadlines, setDeadlines, note, setNote, message, save, saving } =
    useFrameworkPackage();
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        Chọn các khung nội dung, thang đánh giá và tiêu chí áp dụng cho năm, đặt các mốc thời hạn, rồi lưu thành tệp gửi các chi bộ.
      </Text>
      <NumberInput label="Áp dụng cho năm" value={year} onChange={(v) => setYear(Number(v) || year)} w={160} />
      {Object.entries(RULE_KIND_LABELS).map(([kind, label]) => {
        const list = choices.filter((r) => r.kind === kind);
        return (
          <Stack key={kind} gap={4}>
            <Text fw={700}>{label}</Text>
            {list.length === 0 && (
              <Text size="sm" c="dimmed">
                Chưa có.
              </Text>
            )}
            {list.map((r) => (
              <Checkbox
                key={r.id}
                label={`${r.name} (${r.code}, phiên bản ${r.version})`}
                checked={picked.includes(r.id)}
                onChange={(e) => setPicked(e.currentTarget.checked ? [...picked, r.id] : picked.filter((x) => x !== r.id))}
              />
            ))}
          </Stack>
        );
      })}
      <Group align="start">
        <TextInput
          label="Hạn đăng ký nêu gương"
          placeholder={`31/01/${year}`}
          value={deadlines.pledge}
          onChange={(e) => setDeadlines({ ...deadlines, pledge: e.currentTarget.value })}
        />
        <TextInput
          label="Ngày gửi báo cáo hằng tháng"
          placeholder="5"
          value={deadlines.day}
          onChange={(e) => setDeadlines({ ...deadlines, day: e.currentTarget.value })}
        />
        <TextInput
          label="Hạn kiểm điểm cuối năm"
          placeholder={`15/12/${year}`}
          value={deadlines.review}
          onChange={(e) => setDeadlines({ ...deadlines, review: e.currentTarget.value })}
        />
        <TextInput
          label="Hạn gửi báo cáo năm"
          placeholder={`20/12/${year}`}
          value={deadlines.report}
          onChange={(e) => setDeadlines({ ...deadlines, report: e.currentTarget.value })}
        />
      </Group>
      <Textarea
        label="Ghi chú về thời hạn"
        autosize
        minRows={2}
        maxLength={TEXT_MAX}
        value={deadlines.notes}
        onChange={(e) => setDeadlines({ ...deadlines, notes: e.currentTarget.value })}
      />
      <Textarea
        label="Lời nhắn gửi các chi bộ"
        autosize
        minRows={2}
        maxLength={TEXT_MAX}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      <Group>
        <Button onClick={() => void save()} disabled={picked.length === 0} loading={saving}>
          Lưu gói khung nội dung (.sng)…
        </Button>
      </Group>
      {message && <Alert color={message.color}>{message.text}</Alert>}
    </Stack>
  );
}
