import { useCallback, useEffect, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  Loader,
  Modal,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { restoreBackup, summarizeBackup, type BackupSummary } from '../../services/backup';
import { countsText, describeName, formatDateTime } from './format';
import type { AppInfo, BackupInfo } from '../../platform/desktop-api';
import { getDesktopApi } from '../../platform/index';
import { BACKUP_WARN_DAYS, BackupIndicator, describeBackupAge } from '../../ui/BackupIndicator';
import { notifyBackupsChanged, requestBackup } from './scheduler';
import { formatBytes, storageHealth, type StorageHealth } from './storage';
import { useBackupStatus } from './useBackupStatus';
import { useStorageSpace } from './useStorageSpace';

interface PendingRestore {
  bytes: Uint8Array;
  summary: BackupSummary;
  source: string;
}

interface UndoState {
  undoBytes: Uint8Array<ArrayBuffer>;
  beforeRestoreName: string;
  restoredFrom: string;
}

/** Kept outside the component so that leaving the page and coming back still offers the undo. */
let undoState: UndoState | undefined;

type SummaryState = BackupSummary | { error: string } | 'loading';

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export default function BackupPage() {
  const api = getDesktopApi();
  const { status, error: autoError, refresh } = useBackupStatus();
  const space = useStorageSpace();
  const [appInfo, setAppInfo] = useState<AppInfo>();
  const [backups, setBackups] = useState<BackupInfo[]>();
  const [summaries, setSummaries] = useState<Record<string, SummaryState>>({});
  const [health, setHealth] = useState<StorageHealth>();
  const [busy, setBusy] = useState<'backup' | 'restore' | 'undo' | 'open' | 'folder' | undefined>();
  const [pageError, setPageError] = useState<string>();
  const [pending, setPending] = useState<PendingRestore>();
  const [undo, setUndo] = useState<UndoState | undefined>(undoState);

  const isElectron = appInfo?.platform === 'electron';

  const loadList = useCallback(async () => {
    try {
      const list = await api.listBackups();
      setBackups(list);
      for (const b of list) {
        setSummaries((s) => ({ ...s, [b.name]: s[b.name] ?? 'loading' }));
      }
      for (const b of list) {
        try {
          const summary = await summarizeBackup(await api.readBackup(b.name));
          setSummaries((s) => ({ ...s, [b.name]: summary }));
        } catch (e) {
          setSummaries((s) => ({ ...s, [b.name]: { error: messageOf(e) } }));
        }
      }
    } catch (e) {
      setBackups([]);
      setPageError(messageOf(e));
    }
  }, [api]);

  useEffect(() => {
    void api.appInfo().then(setAppInfo);
    void storageHealth().then(setHealth);
    void loadList();
  }, [api, loadList]);

  const afterChange = () => {
    refresh();
    notifyBackupsChanged();
    void loadList();
  };

  const backupNow = async () => {
    setBusy('backup');
    setPageError(undefined);
    try {
      const info = await requestBackup('manual');
      notifications.show({
        color: 'green',
        title: 'Đã sao lưu',
        message: isElectron ? `Đã ghi tệp ${info?.name ?? ''}.` : `Đã tải về tệp ${info?.name ?? ''} (thư mục Tải về).`,
      });
      afterChange();
    } catch (e) {
      setPageError(`Chưa sao lưu được: ${messageOf(e)}`);
    } finally {
      setBusy(undefined);
    }
  };

  const prepareRestore = async (bytes: Uint8Array, source: string) => {
    setPageError(undefined);
    try {
      const summary = await summarizeBackup(bytes);
      setPending({ bytes, summary, source });
    } catch (e) {
      setPageError(messageOf(e));
    }
  };

  const openFile = async () => {
    setBusy('open');
    try {
      const files = await api.openFiles({
        filters: [{ name: 'Tệp sao lưu Sổ Nêu Gương', extensions: ['gz', 'sng', 'json'] }],
        multiple: false,
      });
      const file = files[0];
      if (file) await prepareRestore(file.bytes, file.name);
    } catch (e) {
      setPageError(messageOf(e));
    } finally {
      setBusy(undefined);
    }
  };

  const restoreFromList = async (name: string) => {
    setBusy('open');
    try {
      await prepareRestore(await api.readBackup(name), name);
    } catch (e) {
      setPageError(messageOf(e));
    } finally {
      setBusy(undefined);
    }
  };

  const confirmRestore = async () => {
    if (!pending) return;
    setBusy('restore');
    setPageError(undefined);
    try {
      // Refused before it starts when it needs more than a third of the free space (main, fs.statfs).
      const room = await api.checkSpaceFor(pending.summary.bytesInDatabase ?? pending.bytes.byteLength * 10);
      if (!room.ok) {
        setPending(undefined);
        setPageError(room.message);
        return;
      }
      const result = await restoreBackup(pending.bytes, (bytes) =>
        api.writeBackup({ bytes, reason: 'before-restore' }),
      );
      undoState = { undoBytes: result.undoBytes, beforeRestoreName: result.beforeRestore.name, restoredFrom: pending.source };
      setUndo(undoState);
      setPending(undefined);
      notifications.show({
        color: 'green',
        title: 'Đã khôi phục',
        message: `Dữ liệu đã được thay bằng bản sao lưu ${formatDateTime(result.restored.exportedAt)}.`,
      });
      afterChange();
    } catch (e) {
      setPending(undefined);
      setPageError(messageOf(e));
    } finally {
      setBusy(undefined);
    }
  };

  const undoRestore = async () => {
    if (!undo) return;
    setBusy('undo');
    setPageError(undefined);
    try {
      await restoreBackup(undo.undoBytes, (bytes) => api.writeBackup({ bytes, reason: 'before-restore' }));
      undoState = undefined;
      setUndo(undefined);
      notifications.show({ color: 'green', title: 'Đã hoàn tác', message: 'Dữ liệu đã trở lại như trước khi khôi phục.' });
      afterChange();
    } catch (e) {
      setPageError(messageOf(e));
    } finally {
      setBusy(undefined);
    }
  };

  const chooseFolder = async () => {
    setBusy('folder');
    try {
      const next = await api.chooseBackupFolder();
      if (next) afterChange();
    } catch (e) {
      setPageError(messageOf(e));
    } finally {
      setBusy(undefined);
    }
  };

  const age = describeBackupAge(status?.lastBackupAt);

  return (
    <Stack gap="lg" maw={1100}>
      <Title order={2}>Sao lưu và khôi phục</Title>

      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap">
            <Stack gap={4}>
              <Text size="sm" c="dimmed">
                Lần sao lưu gần nhất
              </Text>
              <Text fw={700} size="xl" data-testid="last-backup">
                {status?.lastBackupAt ? formatDateTime(status.lastBackupAt) : 'Chưa có bản sao lưu nào'}
              </Text>
              {status && (
                <BackupIndicator
                  {...(status.lastBackupAt ? { lastBackupAt: status.lastBackupAt } : {})}
                  {...(status.problem ? { problem: status.problem } : {})}
                />
              )}
            </Stack>
            <Button size="lg" onClick={() => void backupNow()} loading={busy === 'backup'} disabled={busy !== undefined && busy !== 'backup'}>
              Sao lưu ngay
            </Button>
          </Group>
          {status && (
            <Text size="sm">
              {isElectron ? 'Thư mục sao lưu: ' : 'Nơi lưu: '}
              <Text span fw={600}>
                {status.folder}
              </Text>
            </Text>
          )}
          {isElectron && (
            <Group gap="sm">
              <Button variant="default" onClick={() => void chooseFolder()} loading={busy === 'folder'}>
                Chọn thư mục
              </Button>
              {status?.folder && (
                <Button variant="subtle" onClick={() => void api.revealInFolder(status.folder)}>
                  Mở thư mục
                </Button>
              )}
            </Group>
          )}
          {status && !status.writable && (
            <Alert color="red" title="Không ghi được vào thư mục sao lưu" role="alert">
              {status.problem ?? 'Hãy bấm "Chọn thư mục" để chọn một thư mục khác.'}
            </Alert>
          )}
          {status?.writable && age.level === 'danger' && (
            <Alert color="red" title={age.days === undefined ? 'Chưa có bản sao lưu' : `Đã hơn ${BACKUP_WARN_DAYS} ngày chưa sao lưu`} role="alert">
              Nếu máy hỏng hoặc dữ liệu của trình duyệt bị xóa, mọi thay đổi từ lần sao lưu trước sẽ mất. Hãy bấm "Sao lưu ngay"
              {isElectron ? '.' : ', rồi chép tệp vừa tải về sang USB hoặc thư mục an toàn.'}
            </Alert>
          )}
          {autoError && (
            <Alert color="orange" title="Lần sao lưu tự động gần nhất không thành công">
              {autoError}
            </Alert>
          )}
          {appInfo && !isElectron && (
            <Text size="sm" c="dimmed">
              Trong trình duyệt, mỗi lần sao lưu là một tệp được tải về (thư mục Tải về). Ứng dụng không tự sao lưu trong
              trình duyệt; hãy sao lưu ngay sau mỗi buổi làm việc quan trọng.
            </Text>
          )}
        </Stack>
      </Card>

      {pageError && (
        <Alert color="red" title="Có lỗi" role="alert" withCloseButton onClose={() => setPageError(undefined)}>
          {pageError}
        </Alert>
      )}

      {undo && (
        <Alert color="blue" title="Đã khôi phục dữ liệu" data-testid="undo-panel">
          <Stack gap="xs">
            <Text>
              Dữ liệu hiện tại lấy từ «{undo.restoredFrom}». Dữ liệu trước khi khôi phục đã được lưu thành bản «
              {undo.beforeRestoreName}».
            </Text>
            <Group>
              <Button color="blue" onClick={() => void undoRestore()} loading={busy === 'undo'}>
                Hoàn tác khôi phục
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}

      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Title order={3}>Khôi phục từ tệp sao lưu</Title>
          <Text>
            Chọn một tệp sao lưu (so-neu-guong-….sng.json.gz) ở bất kỳ đâu: USB, thư mục Tải về, thư mục sao lưu của máy
            khác. Ứng dụng kiểm tra tệp và cho xem nội dung trước khi khôi phục.
          </Text>
          <Group>
            <Button variant="default" onClick={() => void openFile()} loading={busy === 'open'}>
              Mở tệp sao lưu…
            </Button>
          </Group>
        </Stack>
      </Card>

      {isElectron && (
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Title order={3}>Các bản sao lưu trong thư mục</Title>
            <Text size="sm" c="dimmed">
              Ứng dụng giữ 3 bản mới nhất của hôm nay, mỗi ngày một bản trong 30 ngày gần nhất có sao lưu, mỗi tháng một bản
              trong 13 tháng gần nhất có sao lưu, và mọi bản «Trước khi khôi phục» trong 30 ngày.
            </Text>
            {backups === undefined ? (
              <Loader aria-label="Đang đọc danh sách sao lưu" />
            ) : backups.length === 0 ? (
              <Text>Chưa có bản sao lưu nào trong thư mục.</Text>
            ) : (
              <Table striped highlightOnHover verticalSpacing="xs" aria-label="Danh sách bản sao lưu">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Thời điểm</Table.Th>
                    <Table.Th>Lý do</Table.Th>
                    <Table.Th>Dung lượng</Table.Th>
                    <Table.Th>Nội dung</Table.Th>
                    <Table.Th>
                <VisuallyHidden>Thao tác</VisuallyHidden>
              </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {backups.map((b) => {
                    const d = describeName(b.name);
                    const s = summaries[b.name];
                    const broken = typeof s === 'object' && 'error' in s;
                    return (
                      <Table.Tr key={b.name}>
                        <Table.Td>{formatDateTime(d.takenAt ?? b.modifiedAt)}</Table.Td>
                        <Table.Td>{d.reason}</Table.Td>
                        <Table.Td>{formatBytes(b.sizeBytes)}</Table.Td>
                        <Table.Td>
                          {s === undefined || s === 'loading' ? (
                            <Text size="sm" c="dimmed">
                              Đang đọc…
                            </Text>
                          ) : broken ? (
                            <Badge color="red" title={s.error}>
                              Tệp hỏng, không dùng được
                            </Badge>
                          ) : (
                            <Text size="sm">{countsText(s.counts)}</Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Button
                            size="xs"
                            variant="light"
                            disabled={broken || busy !== undefined}
                            onClick={() => void restoreFromList(b.name)}
                            aria-label={`Khôi phục bản ${formatDateTime(d.takenAt ?? b.modifiedAt)}`}
                          >
                            Khôi phục
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        </Card>
      )}

      <Card withBorder padding="lg">
        <Stack gap="xs">
          <Title order={3}>Bộ nhớ của ứng dụng</Title>
          {health ? (
            <>
              <Text data-testid="persist-result">
                {health.persist === 'granted'
                  ? 'Lưu trữ bền vững: đã được cấp — máy sẽ không tự xóa dữ liệu của ứng dụng khi thiếu chỗ.'
                  : health.persist === 'denied'
                    ? 'Lưu trữ bền vững: chưa được cấp — khi ổ đĩa gần đầy, trình duyệt có thể xóa dữ liệu. Hãy sao lưu thường xuyên.'
                    : 'Lưu trữ bền vững: trình duyệt này không hỗ trợ — hãy sao lưu thường xuyên.'}
              </Text>
              {health.usageBytes !== undefined && <Text>Dữ liệu đang dùng {formatBytes(health.usageBytes)}.</Text>}
              {space?.profile && (
                <Text data-testid="profile-free">
                  Ổ đĩa chứa dữ liệu còn trống {formatBytes(space.profile.freeBytes)} (trên tổng {formatBytes(space.profile.totalBytes)}).
                </Text>
              )}
              {space?.backups && (
                <Text>
                  Ổ đĩa chứa thư mục sao lưu còn trống {formatBytes(space.backups.freeBytes)} (trên tổng{' '}
                  {formatBytes(space.backups.totalBytes)}).
                </Text>
              )}
              {space?.low && (
                <Alert color="red" title="Ổ đĩa sắp đầy" role="alert">
                  {space.message}
                </Alert>
              )}
            </>
          ) : (
            <Loader size="sm" aria-label="Đang kiểm tra bộ nhớ" />
          )}
        </Stack>
      </Card>

      <Modal
        opened={pending !== undefined}
        onClose={() => busy !== 'restore' && setPending(undefined)}
        title="Khôi phục dữ liệu từ bản sao lưu?"
        size="lg"
      >
        {pending && (
          <Stack>
            <Text>
              Tệp: <b>{pending.source}</b>
            </Text>
            <List spacing={4}>
              <List.Item>Sao lưu lúc: {formatDateTime(pending.summary.exportedAt)}</List.Item>
              {pending.summary.unitName && <List.Item>Đơn vị: {pending.summary.unitName}</List.Item>}
              <List.Item>Nội dung: {countsText(pending.summary.counts)}</List.Item>
              <List.Item>Phiên bản ứng dụng đã tạo: {pending.summary.appVersion}</List.Item>
            </List>
            <Alert color="orange">
              Toàn bộ dữ liệu hiện tại sẽ được thay bằng dữ liệu trong bản sao lưu này. Trước khi thay, ứng dụng tự lưu một bản
              «Trước khi khôi phục» của dữ liệu hiện tại, nên có thể hoàn tác.
            </Alert>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPending(undefined)} disabled={busy === 'restore'}>
                Hủy
              </Button>
              <Button color="red" onClick={() => void confirmRestore()} loading={busy === 'restore'}>
                Khôi phục
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
