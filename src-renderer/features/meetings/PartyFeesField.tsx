/** "Tình hình thu nộp đảng phí": typed, or taken from the month's dues sheet (asks before replacing a typed text). */
import { useState } from 'react';
import { AsyncButton } from '../../ui/AsyncButton';
import { Alert, Button, Group, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Meeting } from '../../core/model';
import { errorMessage } from '../../services/errors';
import { partyFeesLineFor } from '../../services/meetings';

export function PartyFeesField({ meeting, update }: { meeting: Meeting; update: (patch: Partial<Meeting>) => void }) {
  const [offer, setOffer] = useState<string>();
  const locked = meeting.state === 'finalised';
  const pull = async () => {
    try {
      const line = await partyFeesLineFor(meeting);
      if (!line) notifications.show({ color: 'yellow', message: 'Chưa có bảng thu đảng phí của tháng này (mục Đảng phí).' });
      else if (meeting.partyFees.trim() && meeting.partyFees.trim() !== line) setOffer(line);
      else update({ partyFees: line });
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e) });
    }
  };
  return (
    <>
      <Group justify="space-between" align="end">
        <Text fw={600} size="sm">
          Tình hình thu nộp đảng phí
        </Text>
        {!locked && (
          <AsyncButton size="xs" variant="light" onClick={() => pull()}>
            Lấy từ bảng thu đảng phí
          </AsyncButton>
        )}
      </Group>
      <Textarea
        aria-label="Tình hình thu nộp đảng phí"
        autosize
        minRows={1}
        value={meeting.partyFees}
        onChange={(e) => update({ partyFees: e.currentTarget.value })}
      />
      {offer && (
        <Alert color="blue" title="Thay nội dung đã ghi bằng số liệu của bảng thu?">
          <Text size="sm">{offer}</Text>
          <Group gap="xs" mt="xs">
            <Button
              size="xs"
              onClick={() => {
                update({ partyFees: offer });
                setOffer(undefined);
              }}
            >
              Thay thế
            </Button>
            <Button size="xs" variant="default" onClick={() => setOffer(undefined)}>
              Giữ nguyên
            </Button>
          </Group>
        </Alert>
      )}
    </>
  );
}
