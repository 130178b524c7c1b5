/**
 * The dashboard tab on the aggregator service: the period shown (the latest reported one at
 * first), its consolidated figures, the report texts, the exports and removing a wrong report.
 */
import { useEffect, useState } from 'react';
import { levelsByUnit, monthlyReporting, type DashboardRow } from '../../core/aggregation';
import { documentHeader } from '../../core/documents/header';
import { documentStyleOn } from '../../core/rules';
import { SAVE_FILE_FILTERS, parsePeriodKey, partOfPeriod, periodKey, periodOfPart, periodText } from '../../core/exchange';
import { reportTextsError } from '../../core/text/report-texts';
import { clock } from '../../platform/clock';
import { getDesktopApi } from '../../platform/index';
import {
  buildConsolidatedReport,
  computeDashboard,
  latestStatisticsOfYear,
  removeStoredReport,
  reportedPeriodKeys,
  reportPayloadsFor,
  restoreRemoved,
  type RemovedRecords,
} from '../../services/aggregator';
import { backupBeforeChange } from '../../services/backup';
import { errorMessage } from '../../services/errors';
import { encodeExport, findOwnUnit } from '../../services/exchange';
import { useLive as useLiveQuery } from '../../services/live';
import { loadRuleSets } from '../../services/rules';
import { readSettings } from '../../services/settings';
import { buildConsolidatedXlsx } from './xlsx';

export interface ReportTexts {
  results: string;
  limits: string;
  proposals: string;
}

export type DashboardAction = 'pdf' | 'xlsx' | 'sng' | 'remove' | 'undo';

/** With hundreds of units a bar per unit is unreadable (and slow to draw): the largest 40. */
export const CHART_UNITS = 40;
const total = (l: { xuat_sac: number; tot: number; hoan_thanh: number; khong_hoan_thanh: number }) =>
  l.xuat_sac + l.tot + l.hoan_thanh + l.khong_hoan_thanh;

function selectionOf(key: string): { year: number; part: string } {
  const p = parsePeriodKey(key) ?? { year: clock.thisYear() };
  return { year: p.year, part: partOfPeriod(p) };
}

export function useDashboard() {
  const keys = useLiveQuery(() => reportedPeriodKeys(), [], [] as string[]);
  const now = clock.now();
  const [sel, setSel] = useState<{ year: number; part: string }>();
  useEffect(() => {
    if (!sel && keys.length > 0) setSel(selectionOf(keys[0]!));
  }, [keys, sel]);
  const current = sel ?? { year: now.getFullYear(), part: `m${now.getMonth() + 1}` };
  const key = periodKey(periodOfPart(current.year, current.part));
  const dashboard = useLiveQuery(() => computeDashboard(key), [key]);
  const yearStats = useLiveQuery(() => latestStatisticsOfYear(current.year), [current.year], []);
  const [open, setOpen] = useState<DashboardRow>();
  const [removed, setRemoved] = useState<{ name: string; records: RemovedRecords }>();
  const [busy, setBusy] = useState<DashboardAction>();
  const [message, setMessage] = useState<{ color: string; text: string }>();
  const [texts, setTexts] = useState<ReportTexts>({ results: '', limits: '', proposals: '' });
  const period = parsePeriodKey(key)!;

  const run = async (label: DashboardAction, f: () => Promise<string | undefined>) => {
    setBusy(label);
    setMessage(undefined);
    try {
      const saved = await f();
      if (saved) setMessage({ color: 'green', text: saved });
    } catch (e) {
      setMessage({ color: 'red', text: errorMessage(e) });
    } finally {
      setBusy(undefined);
    }
  };

  /** The texts refused before anything is built (the same limit the repository checks). */
  const checkTexts = () => {
    const tooLong = reportTextsError(texts);
    if (tooLong) throw new Error(tooLong);
  };

  const exportPdf = () =>
    run('pdf', async () => {
      checkTexts();
      const own = await findOwnUnit();
      if (!own || !dashboard) throw new Error('Chưa thiết lập đơn vị của mình.');
      const date = clock.today();
      const { secretaryName, ...header } = documentHeader(own, date);
      const style = documentStyleOn(date, await loadRuleSets(), await readSettings()).data;
      const { buildConsolidatedReport: buildPdf } = await import('../../documents/consolidated-report');
      const { renderPdf } = await import('../../documents/render-pdf');
      const bytes = await renderPdf(
        buildPdf({
          dashboard,
          periodLabel: periodText(period),
          ...header,
          reportDate: date,
          authority: own.type.startsWith('chi_bo') ? 'T/M Chi bộ' : 'T/M Đảng ủy',
          signerName: secretaryName,
          texts,
          style,
        }),
      );
      const r = await getDesktopApi().saveFile({
        suggestedName: `bao-cao-tong-hop_${key}.pdf`,
        bytes,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      return r ? `Đã lưu ${r.path}.` : undefined;
    });

  const exportXlsx = () =>
    run('xlsx', async () => {
      if (!dashboard) return undefined;
      const payloads = await reportPayloadsFor(dashboard.reported.map((r) => r.reportId!).filter(Boolean));
      const bytes = await buildConsolidatedXlsx(
        dashboard,
        payloads,
        `Tổng hợp kết quả thực hiện trách nhiệm nêu gương ${periodText(period)}`,
      );
      const r = await getDesktopApi().saveFile({
        suggestedName: `tong-hop_${key}.xlsx`,
        bytes,
        filters: [{ name: 'Excel', extensions: ['xlsx'] }],
      });
      return r ? `Đã lưu ${r.path}.` : undefined;
    });

  const exportUpward = () =>
    run('sng', async () => {
      checkTexts();
      const env = await buildConsolidatedReport(key, { texts });
      const out = await encodeExport(env);
      const r = await getDesktopApi().saveFile({ suggestedName: out.fileName, bytes: out.bytes, filters: SAVE_FILE_FILTERS });
      return r ? `Đã lưu ${r.path} (báo cáo tổng hợp của ${env.payload.statistics.units} đơn vị).` : undefined;
    });

  const removeReport = (row: DashboardRow) =>
    run('remove', async () => {
      if (!row.reportId) return undefined;
      const records = await removeStoredReport(row.reportId, { beforeChange: backupBeforeChange });
      setOpen(undefined);
      setRemoved({ name: row.unitName, records });
      return undefined;
    });

  const undoRemove = () =>
    run('undo', async () => {
      if (!removed) return undefined;
      await restoreRemoved(removed.records);
      setRemoved(undefined);
      return `Đã khôi phục báo cáo của ${removed.name}.`;
    });

  const chartLevels = dashboard
    ? levelsByUnit(dashboard)
        .sort((a, b) => total(b) - total(a))
        .slice(0, CHART_UNITS)
    : [];
  const chartMonths = monthlyReporting(yearStats);

  return {
    keys,
    key,
    current,
    fallbackYear: now.getFullYear(),
    select: (year: number, part: string) => setSel({ year, part }),
    selectKey: (k: string) => setSel(selectionOf(k)),
    period,
    dashboard,
    chartLevels,
    chartMonths,
    open,
    setOpen,
    removed,
    dismissRemoved: () => setRemoved(undefined),
    busy,
    message,
    texts,
    setTexts,
    exportPdf,
    exportXlsx,
    exportUpward,
    removeReport,
    undoRemove,
  };
}
