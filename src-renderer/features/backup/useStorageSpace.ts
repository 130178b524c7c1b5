import { useEffect, useState } from 'react';
import type { StorageSpace } from '../../platform/desktop-api';
import { getDesktopApi } from '../../platform/index';
import { onBackupsChanged } from './backup-events';

/** Free space of the profile and backup disks (main: fs.statfs); refreshed after backups and every 5 minutes. */
export function useStorageSpace(): StorageSpace | undefined {
  const [space, setSpace] = useState<StorageSpace>();
  useEffect(() => {
    let alive = true;
    const refresh = () =>
      void getDesktopApi()
        .storageSpace()
        .then(
          (s) => alive && setSpace(s),
          () => undefined,
        );
    refresh();
    const off = onBackupsChanged(refresh);
    const timer = setInterval(refresh, 5 * 60 * 1000);
    return () => {
      alive = false;
      off();
      clearInterval(timer);
    };
  }, []);
  return space;
}
