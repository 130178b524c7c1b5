/** The minutes of one meeting: the sections of the form, the warnings beside it, finalising and amendments. */
import { useState } from 'react';
import { useParams } from 'react-router';
import { Alert, Modal, Stack, Text } from '@mantine/core';
import { finaliseQuestions } from '../../core/meetings';
import { minutesView } from '../../services/meetings';
import { SaveProblem } from '../../ui/SaveProblem';
import { useLargeText } from '../../ui/text-size';
import { AmendPanel } from './AmendPanel';
import { AttendanceSection } from './AttendanceSection';
import { ContentSection } from './ContentSection';
import { FinaliseDialog } from './FinaliseDialog';
import { GeneralSection } from './GeneralSection';
import { MeetingHeader } from './MeetingHeader';
import { MinutesView } from './MinutesView';
import { ScoreSection } from './ScoreSection';
import { TopicSection } from './TopicSection';
import { useMeetingEditor, type ExportKind } from './useMeetingEditor';
import { VotesSection } from './VotesSection';
import { WarningsPanel } from './WarningsPanel';

export function MeetingForm() {
  const { id = '' } = useParams();
  const editor = useMeetingEditor(id);
  const [finaliseOpen, setFinaliseOpen] = useState(false);
  const large = useLargeText();

  if (editor.status === 'missing') return <Alert color="red">Không tìm thấy buổi sinh hoạt này.</Alert>;
  if (editor.status === 'loading') return <Text c="dimmed">Đang tải…</Text>;

  const { meeting, update, rubric, quorum, counts, errors, locked, warnings } = editor;
  const onExport = (kind: ExportKind) => void (kind === 'docx' ? editor.exportDocx() : editor.exportPdf(kind === 'print'));

  return (
    <Stack gap="sm">
      <MeetingHeader
        meeting={meeting}
        issuerCode={editor.issuerCode}
        locked={locked}
        saveStatus={editor.draft.status}
        busy={editor.busy}
        onExport={onExport}
        onFinalise={() => setFinaliseOpen(true)}
      />

      {errors.length > 0 && (
        <Alert color="red" title="Chưa lưu được — hãy sửa:" role="alert" data-testid="meeting-errors">
          {errors.map((e) => (
            <div key={e}>{e}</div>
          ))}
        </Alert>
      )}
      {editor.draft.error && editor.draft.storageFailure && editor.draft.problems.length === 0 && (
        <SaveProblem
          message={editor.draft.error}
          onRetry={() => void editor.retrySave()}
          retrying={editor.draft.status === 'saving'}
          testId="meeting-save-error"
        />
      )}
      {locked && (
        <Alert color="blue">
          Biên bản đã được thông qua nên không sửa trực tiếp được; dưới đây là nội dung như khi in. Muốn sửa, dùng phần “Đính chính” ở cuối
          trang: ghi rõ ngày, lý do và người đính chính.
        </Alert>
      )}

      {locked ? (
        <>
          <MinutesView model={minutesView(meeting, editor.context)} attendance={editor.rows} />
          {warnings.length > 0 && <WarningsPanel warnings={warnings} wide />}
        </>
      ) : (
        <>
          {large && <WarningsPanel warnings={warnings} wide />}
          <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
            <Stack gap="sm" style={{ flex: 1, minWidth: 0 }}>
              <GeneralSection meeting={meeting} update={update} members={editor.sortedMembers} />
              <AttendanceSection meeting={meeting} update={update} rows={editor.rows} counts={counts} members={editor.sortedMembers} />
              <ContentSection meeting={meeting} update={update} onPullFromMonth={editor.pullFromMonth} />
              <VotesSection meeting={meeting} update={update} counts={counts} quorum={quorum} />
              <TopicSection meeting={meeting} update={update} />
              <ScoreSection
                rubric={rubric}
                scores={meeting.quality?.scores ?? {}}
                score={editor.score}
                onScore={editor.setScore}
                onSuggest={editor.suggestFromFigures}
              />
            </Stack>
            {!large && <WarningsPanel warnings={warnings} />}
          </div>
        </>
      )}

      {locked && <AmendPanel meeting={meeting} rubric={rubric} onAmended={editor.setMeeting} />}

      <Modal opened={finaliseOpen} onClose={() => setFinaliseOpen(false)} title="Thông qua biên bản" size="lg">
        <FinaliseDialog
          problems={editor.finaliseIssues}
          warnings={warnings.map((w) => w.message)}
          questions={finaliseQuestions(meeting, rubric)}
          onConfirm={async () => {
            if (await editor.finalise()) setFinaliseOpen(false);
          }}
        />
      </Modal>
    </Stack>
  );
}
