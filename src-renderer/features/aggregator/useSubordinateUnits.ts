/** The subordinate units tab on the aggregator service: add, remove (with its reports, after a backup), undo. */
import { useState } from 'react';
import type { UnitType } from '../../core/model';
import { clock } from '../../platform/clock';
import {
  addSubordinateUnit,
  listSubordinateUnits,
  removeSubordinateUnit,
  restoreRemoved,
  type RemovedRecords,
} from '../../services/aggregator';
import { backupBeforeChange } from '../../services/backup';
import { errorMessage } from '../../services/errors';
import { useLive as useLiveQuery } from '../../services/live';

export function useSubordinateUnits() {
  const today = clock.today();
  const units = useLiveQuery(() => listSubordinateUnits(today), [today], []);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [type, setType] = useState<UnitType>('chi_bo_co_so');
  const [error, setError] = useState<string>();
  const [confirm, setConfirm] = useState<{ id: string; code: string; reports: number }>();
  const [removed, setRemoved] = useState<{ code: string; records: RemovedRecords }>();
  const add = async () => {
    setError(undefined);
    try {
      await addSubordinateUnit({ code, name, type });
      setCode('');
      setName('');
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const remove = async (id: string, unitCode: string, withReports = false) => {
    setError(undefined);
    setConfirm(undefined);
    try {
      const records = await removeSubordinateUnit(id, { withReports, beforeChange: withReports ? backupBeforeChange : undefined });
      setRemoved({ code: unitCode, records });
    } catch (e) {
      const reports = (e as { details?: { reports?: unknown } }).details?.reports;
      if (typeof reports === 'number') setConfirm({ id, code: unitCode, reports });
      else setError(errorMessage(e));
    }
  };
  const undo = async () => {
    if (!removed) return;
    try {
      await restoreRemoved(removed.records);
      setRemoved(undefined);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return { today, units, code, setCode, name, setName, type, setType, error, confirm, setConfirm, removed, setRemoved, add, remove, undo };
}
