import { useNavigate } from 'react-router';
import { BackupIndicator } from '../../ui/BackupIndicator';
import { useBackupStatus } from './useBackupStatus';

/** The header's backup indicator, wired to the backup status; a click opens the backup page. */
export function BackupStatusIndicator() {
  const { status, error } = useBackupStatus();
  const navigate = useNavigate();
  if (!status) return null;
  return (
    <BackupIndicator
      {...(status.lastBackupAt ? { lastBackupAt: status.lastBackupAt } : {})}
      {...(status.problem ? { problem: status.problem } : {})}
      {...(error ? { error } : {})}
      onClick={() => void navigate('/sao-luu')}
    />
  );
}
