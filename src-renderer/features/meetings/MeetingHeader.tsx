/** The top of the meeting form: back to the list, title, number, state, save status, files, finalise. */
import { Badge, Button, Group, Text, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { Meeting } from '../../core/model';
import { documentNumberText, minutesSubject } from '../../core/meetings';
import { formatDate } from '../../core/text';
import { draftStatusText, type DraftStatus } from '../../services/drafts';
import type { ExportKind } from './useMeetingEditor';

interface Props {
  meeting: Meeting;
  issuerCode: string;
  locked: boolean;
  saveStatus: DraftStatus;
  busy: ExportKind | undefined;
  onExport: (kind: ExportKind) => void;
  onFinalise: () => void;
}

export function MeetingHeader({ meeting, issuerCode, locked, saveStatus, busy, onExport, onFinalise }: Props) {
  const navigate = useNavigate();
  return (
    <Group justify="space-between" align="start">
      <div>
        <Button variant="subtle" size="xs" onClick={() => navigate('..')} px={0}>
          ‹ Danh sách buổi sinh hoạt
        </Button>
        <Title order={2}>{minutesSubject(meeting)}</Title>
        <Group gap="xs">
          <Text size="sm">{documentNumberText(meeting.documentNumber, 'BB', issuerCode)}</Text>
          {locked ? <Badge color="green">Đã thông qua ngày {formatDate(meeting.finalisedAt)}</Badge> : <Badge color="gray">Bản nháp</Badge>}
          {!locked && (
            <Text
              size="sm"
              c={saveStatus === 'error' || saveStatus === 'invalid' ? 'red' : 'dimmed'}
              role="status"
              data-testid="meeting-save-status"
            >
              {draftStatusText(saveStatus)}
            </Text>
          )}
        </Group>
      </div>
      <Group gap="xs">
        <Button variant="default" loading={busy === 'pdf'} onClick={() => onExport('pdf')}>
          Xuất PDF
        </Button>
        <Button variant="default" loading={busy === 'docx'} onClick={() => onExport('docx')}>
          Xuất Word (.docx)
        </Button>
        <Button variant="default" loading={busy === 'print'} onClick={() => onExport('print')}>
          In biên bản
        </Button>
        {!locked && <Button onClick={onFinalise}>Thông qua biên bản</Button>}
      </Group>
    </Group>
  );
}
