import { Badge, Group, Tooltip, UnstyledButton } from '@mantine/core';
import { useNavigate } from 'react-router';
import { BackupIndicator } from '../../ui/BackupIndicator';
import { useBackupStatus } from './useBackupStatus';
import { useStorageSpace } from './useStorageSpace';

/**
 * The header's backup indicator, wired to the backup status, plus a red "Ổ đĩa sắp đầy" when the
 * profile or backup disk is below the free-space threshold (fs.statfs in main, not the browser
 * quota); a click opens the backup page.
 */
export function BackupStatusIndicator() {
  const { status, error } = useBackupStatus();
  const space = useStorageSpace();
  const navigate = useNavigate();
  const open = () => void navigate('/sao-luu');
  return (
    <Group gap="xs" wrap="nowrap">
      {space?.low && (
        <Tooltip label={space.message} multiline maw={380} withArrow>
          <UnstyledButton onClick={open} aria-label={`Ổ đĩa sắp đầy. ${space.message ?? ''}`} data-testid="low-disk">
            <Badge color="red" variant="filled" size="lg" radius="sm" tt="none">
              Ổ đĩa sắp đầy
            </Badge>
          </UnstyledButton>
        </Tooltip>
      )}
      {status && (
        <BackupIndicator
          {...(status.lastBackupAt ? { lastBackupAt: status.lastBackupAt } : {})}
          {...(status.problem ? { problem: status.problem } : {})}
          {...(error ? { error } : {})}
          onClick={open}
        />
      )}
    </Group>
  );
}
