import { Alert, Stack, Title } from '@mantine/core';
import { BackupFolderCard } from './BackupFolderCard';
import { BackupStatusCard } from './BackupStatusCard';
import { RestoreDialog } from './RestoreDialog';
import { RestoreFromFileCard } from './RestoreFromFileCard';
import { StorageCard } from './StorageCard';
import { UndoRestoreAlert } from './UndoRestoreAlert';
import { useBackupPage } from './useBackupPage';

export default function BackupPage() {
  const p = useBackupPage();
  const { busy } = p;
  return (
    <Stack gap="lg" maw={1100}>
      <Title order={2}>Sao lưu và khôi phục</Title>

      <BackupStatusCard
        status={p.status}
        autoError={p.autoError}
        appInfo={p.appInfo}
        isElectron={p.isElectron}
        busy={busy}
        onBackupNow={() => void p.backupNow()}
        onChooseFolder={() => void p.chooseFolder()}
        onReveal={(folder) => void p.api.revealInFolder(folder)}
      />

      {p.pageError && (
        <Alert color="red" title="Có lỗi" role="alert" withCloseButton onClose={p.clearPageError}>
          {p.pageError}
        </Alert>
      )}

      {p.undo && (
        <UndoRestoreAlert undo={p.undo} busy={busy === 'undo'} onUndo={() => void p.undoRestore()} onDismiss={() => void p.dismissUndo()} />
      )}

      <RestoreFromFileCard busy={busy === 'open'} onOpen={() => void p.openFile()} />

      {p.isElectron && (
        <BackupFolderCard
          backups={p.backups}
          summaries={p.summaries}
          disabled={busy !== undefined}
          onRestore={(name) => void p.restoreFromList(name)}
        />
      )}

      <StorageCard health={p.health} space={p.space} />

      <RestoreDialog pending={p.pending} busy={busy === 'restore'} onCancel={p.cancelRestore} onConfirm={() => void p.confirmRestore()} />
    </Stack>
  );
}
