/**
 * "Sổ biên bản năm" (issue 16): every finalised minutes of the year, with its amendments, as one
 * paginated PDF with a cover and a table of contents — saved through the DesktopApi like the
 * single minutes (MeetingForm). Kept apart from the meetings list.
 */
import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Meeting, Unit } from '../../core/model';
import { buildMinutesBook } from '../../services/minutes-book';
import { getDesktopApi } from '../../platform';

export function MinutesBookButton({ unit, year, meetings }: { unit: Unit; year: number; meetings: readonly Meeting[] }) {
  const [busy, setBusy] = useState(false);
  const finalised = meetings.filter((m) => m.state === 'finalised' && m.date.startsWith(`${year}-`)).length;
  const exportBook = async () => {
    setBusy(true);
    try {
      const { bytes, count } = await buildMinutesBook(unit, year);
      const saved = await getDesktopApi().saveFile({
        suggestedName: `so-bien-ban-${year}.pdf`,
        bytes,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (saved) notifications.show({ color: 'green', message: `Đã lưu sổ biên bản năm ${year} (${count} biên bản): ${saved.path}` });
    } catch (e) {
      notifications.show({ color: 'red', message: `Không tạo được sổ biên bản: ${e instanceof Error ? e.message : ''}` });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Group>
      <Button
        variant="default"
        loading={busy}
        disabled={finalised === 0}
        onClick={() => void exportBook()}
        title={finalised === 0 ? `Chưa có biên bản nào đã thông qua trong năm ${year}.` : undefined}
      >
        {`Sổ biên bản năm ${year} (PDF, ${finalised} biên bản)`}
      </Button>
    </Group>
  );
}
