import { useState } from 'react';
import { AsyncButton } from '../../ui/AsyncButton';
import { Alert, Button, Container, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { describeStorageError, restoreBackup, restoreIntoNewDatabase, summarizeBackup, type BackupSummary } from '../../services/backup';
import { getDesktopApi } from '../../platform/index';
import { errorMessage } from '../../services/errors';
import { BackupListTable } from './BackupListTable';
import { BACKUP_FILE_FILTERS, countsText, describeName, formatDateTime } from './format';
import { usable, useBackupList } from './useBackupList';

export type RecoveryProblem =
  /** The database could not be opened at all (e.g. "Internal error opening backing store"). */
  | { kind: 'open_failed'; error: unknown; databaseName: string }
  /** It opened, but empty, while the backup folder has backups (IndexedDB was wiped). */
  | { kind: 'empty' };

interface Props {
  problem: RecoveryProblem;
  /** "Bắt đầu như máy mới": go on to the first-run wizard (only when the database opened). */
  onStartFresh?: () => void;
  /** After a successful restore; the app reloads by default. */
  onRestored?: () => void;
}

interface Chosen {
  bytes: Uint8Array;
  source: string;
  summary: BackupSummary;
}

/**
 * Shown at start, before anything else, when the database cannot be opened or opened empty while
 * backups exist: "Khôi phục từ bản sao lưu gần nhất" with the backups newest first and what each
 * holds. Restoring checks the free space first; into a database that opened it keeps a
 * "before-restore" copy as usual; into one that cannot be opened it replaces the broken store.
 */
export function RecoveryScreen({ problem, onStartFresh, onRestored = () => window.location.reload() }: Props) {
  const api = getDesktopApi();
  const [chosen, setChosen] = useState<Chosen>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const { backups, summaries } = useBackupList(setError);

  const choose = async (bytes: Uint8Array, source: string) => {
    setError(undefined);
    try {
      setChosen({ bytes, source, summary: await summarizeBackup(bytes) });
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const chooseFromList = async (name: string) => {
    try {
      await choose(await api.readBackup(name), name);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const openFile = async () => {
    try {
      const [file] = await api.openFiles({ filters: BACKUP_FILE_FILTERS, multiple: false });
      if (file) await choose(file.bytes, file.name);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const restore = async () => {
    if (!chosen) return;
    setBusy(true);
    setError(undefined);
    try {
      const room = await api.checkSpaceFor(chosen.summary.bytesInDatabase ?? chosen.bytes.byteLength * 10);
      if (!room.ok) {
        setError(room.message);
        return;
      }
      if (problem.kind === 'open_failed') await restoreIntoNewDatabase(problem.databaseName, chosen.bytes);
      else await restoreBackup(chosen.bytes, (bytes) => api.writeBackup({ bytes, reason: 'before-restore' }));
      setChosen(undefined);
      onRestored();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const newestUsable = backups?.find((b) => usable(summaries[b.name]));

  return (
    <Container size="lg" py="xl">
      <Stack gap="lg">
        <Title order={1}>Khôi phục từ bản sao lưu gần nhất</Title>
        {problem.kind === 'open_failed' ? (
          <Alert color="red" role="alert" title="Không mở được dữ liệu trên máy này">
            <Text>{describeStorageError(problem.error)}</Text>
            <Text mt="xs">
              Nếu vừa giải phóng chỗ trống, hãy bấm «Thử mở lại» trước. Nếu vẫn không mở được, hãy khôi phục bản sao lưu gần nhất bên dưới:
              dữ liệu không mở được sẽ được thay bằng bản sao lưu.
            </Text>
          </Alert>
        ) : (
          <Alert color="orange" role="alert" title="Dữ liệu trên máy này đang trống">
            <Text>
              Nhưng thư mục sao lưu có {backups?.length ?? 0} bản sao lưu. Có thể dữ liệu đã bị mất (ví dụ khi ổ đĩa đầy). Hãy khôi phục bản
              gần nhất. Chỉ bấm «Bắt đầu như máy mới» nếu đây thật sự là lần đầu dùng ứng dụng trên máy này.
            </Text>
          </Alert>
        )}
        {error && (
          <Alert color="red" role="alert" title="Có lỗi" withCloseButton onClose={() => setError(undefined)}>
            {error}
          </Alert>
        )}
        <Group>
          {newestUsable && (
            <AsyncButton size="lg" onClick={() => chooseFromList(newestUsable.name)}>
              Khôi phục bản gần nhất ({formatDateTime(describeName(newestUsable.name).takenAt ?? newestUsable.modifiedAt)})
            </AsyncButton>
          )}
          <AsyncButton variant="default" onClick={() => openFile()}>
            Mở tệp sao lưu…
          </AsyncButton>
          {problem.kind === 'open_failed' && (
            <Button variant="light" onClick={() => window.location.reload()}>
              Thử mở lại
            </Button>
          )}
          {onStartFresh && (
            <Button variant="subtle" color="gray" onClick={onStartFresh}>
              Bắt đầu như máy mới
            </Button>
          )}
        </Group>
        {backups === undefined ? (
          <Loader aria-label="Đang đọc danh sách sao lưu" />
        ) : backups.length === 0 ? (
          <Text>Không tìm thấy bản sao lưu nào trong thư mục sao lưu. Nếu có tệp sao lưu trên USB, hãy bấm «Mở tệp sao lưu…».</Text>
        ) : (
          <BackupListTable
            backups={backups}
            summaries={summaries}
            label="Các bản sao lưu, mới nhất trước"
            disabled={busy}
            onRestore={(name) => void chooseFromList(name)}
            rowTestId="recovery-row"
          />
        )}
      </Stack>
      <Modal
        opened={chosen !== undefined}
        onClose={() => !busy && setChosen(undefined)}
        title="Khôi phục dữ liệu từ bản sao lưu này?"
        size="lg"
      >
        {chosen && (
          <Stack>
            <Text>
              Tệp: <b>{chosen.source}</b>
            </Text>
            <Text>Sao lưu lúc: {formatDateTime(chosen.summary.exportedAt)}</Text>
            {chosen.summary.unitName && <Text>Đơn vị: {chosen.summary.unitName}</Text>}
            <Text>Nội dung: {countsText(chosen.summary.counts)}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setChosen(undefined)} disabled={busy}>
                Hủy
              </Button>
              <Button color="red" onClick={() => void restore()} loading={busy}>
                Khôi phục
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Container>
  );
}
