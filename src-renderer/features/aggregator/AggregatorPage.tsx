/**
 * Aggregator mode (cấp ủy cấp trên): subordinate units, who has reported, the consolidated
 * dashboard (totals from member-level counts), charts, drill-down into a unit's members, exports
 * (PDF in the Party layout, .xlsx, consolidated unit report) and the framework package editor.
 * Importing reports happens on the "Trao đổi dữ liệu" page (one import entry point).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Link } from 'react-router';
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useLive as useLiveQuery } from '../../services/live';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { levelsByUnit, memberRows, monthlyReporting, type Dashboard, type DashboardRow } from '../../core/aggregation';
import { documentHeader } from '../../core/documents/header';
import { documentStyleOn } from '../../core/rules';
import {
  levelCodeLabel,
  parsePeriodKey,
  periodKey as toPeriodKey,
  periodText,
  SHORT_TEXT_MAX,
  TEXT_MAX,
  UNIT_CODE_MAX,
  unitProfileOn,
  type Deadlines,
} from '../../core/exchange';
import type { RuleSet, UnitType } from '../../core/model';
import { formatInteger, formatPercentValue, parseDate } from '../../core/text';
import { clock } from '../../platform/clock';
import { UNIT_TYPE_LABELS } from '../../core/units';
import {
  addSubordinateUnit,
  buildConsolidatedReport,
  computeDashboard,
  drillDown,
  getReportPayload,
  latestStatisticsOfYear,
  listSubordinateUnits,
  removeStoredReport,
  removeSubordinateUnit,
  reportedPeriodKeys,
  reportPayloadsFor,
  restoreRemoved,
  type RemovedRecords,
} from '../../services/aggregator';
import { createBackupBytes } from '../../services/backup';
import { buildFrameworkPackage, encodeExport, findOwnUnit } from '../../services/exchange';
import { getDesktopApi } from '../../platform/index';
import { loadRuleSets } from '../../services/rules';
import { readSettings, useStoredSettings } from '../../services/settings';
import { buildConsolidatedXlsx } from './xlsx';

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
const SNG_FILTER = [{ name: 'Tệp trao đổi Sổ Nêu Gương', extensions: ['sng'] }];

const PARTS = [
  ...Array.from({ length: 12 }, (_, i) => ({ value: `m${i + 1}`, label: `Tháng ${i + 1}` })),
  ...['I', 'II', 'III', 'IV'].map((r, i) => ({ value: `q${i + 1}`, label: `Quý ${r}` })),
  { value: 'y', label: 'Cả năm' },
];

function keyOf(year: number, part: string): string {
  if (part.startsWith('m')) return toPeriodKey({ year, month: Number(part.slice(1)) });
  if (part.startsWith('q')) return toPeriodKey({ year, quarter: Number(part.slice(1)) });
  return String(year);
}

function partOf(key: string): { year: number; part: string } {
  const p = parsePeriodKey(key) ?? { year: clock.thisYear() };
  return { year: p.year, part: p.month ? `m${p.month}` : p.quarter ? `q${p.quarter}` : 'y' };
}

const pct = (v: number, denominator: number) => (denominator === 0 ? '—' : formatPercentValue(v));

// ------------------------------------------------------------------ dashboard

/** Backup before removing anything (same as before an import). */
async function backupFirst(): Promise<void> {
  const bytes = await createBackupBytes();
  await getDesktopApi().writeBackup({ bytes, reason: 'manual' });
}

/**
 * One unit's report: its members (detailed reports) or, for a consolidated report, the units
 * below it with their figures (and below those, level by level).
 */
function UnitReportModal({ row, onClose, onRemove }: { row?: DashboardRow; onClose: () => void; onRemove: (r: DashboardRow) => void }) {
  const [path, setPath] = useState<Array<{ code: string; name: string }>>([]);
  useEffect(() => setPath([]), [row?.reportId]);
  const payload = useLiveQuery(async () => (row?.reportId ? getReportPayload(row.reportId) : undefined), [row?.reportId]);
  const level = path[path.length - 1];
  const below = useLiveQuery(
    async () => (row?.reportId && payload?.detail === 'consolidated' ? drillDown(row.reportId, level?.code) : undefined),
    [row?.reportId, payload?.detail, level?.code],
  );
  const rows = payload ? memberRows(payload) : [];
  return (
    <Modal opened={row !== undefined} onClose={onClose} title={row?.unitName} size="xl">
      <Stack>
        {payload?.detail === 'aggregate' && <Alert color="gray">Đơn vị chỉ gửi số liệu tổng hợp, không có danh sách từng đảng viên.</Alert>}
        {payload?.detail === 'consolidated' && below && (
          <>
            <Group gap="xs">
              <Button size="compact-sm" variant={path.length === 0 ? 'light' : 'subtle'} onClick={() => setPath([])}>
                {row?.unitName}
              </Button>
              {path.map((p, i) => (
                <Button key={p.code} size="compact-sm" variant={i === path.length - 1 ? 'light' : 'subtle'} onClick={() => setPath(path.slice(0, i + 1))}>
                  › {p.name}
                </Button>
              ))}
            </Group>
            <Text size="sm" c="dimmed">
              Các đơn vị trong báo cáo tổng hợp (số liệu như cấp ủy này đã nhận). Bấm tên một đơn vị có báo cáo tổng hợp để xem các đơn vị bên dưới.
            </Text>
            {below.rows.length === 0 ? (
              <Alert color="gray">Báo cáo này không ghi số liệu của từng đơn vị (tệp của phiên bản cũ).</Alert>
            ) : (
              <DashboardTable
                d={below}
                onOpen={(r) => r.detail === 'consolidated' && setPath([...path, { code: r.unitCode, name: r.unitName }])}
                openTitle="Xem các đơn vị bên dưới"
                testId="drill-down-units"
              />
            )}
          </>
        )}
        {rows.length > 0 && (
          <Table striped data-testid="drill-down">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>TT</Table.Th>
                <Table.Th>Họ và tên</Table.Th>
                <Table.Th>Chức vụ</Table.Th>
                <Table.Th>Đăng ký</Table.Th>
                <Table.Th>Tháng báo cáo</Table.Th>
                <Table.Th>Mức tự đánh giá</Table.Th>
                <Table.Th>Biểu dương / nhắc nhở</Table.Th>
                <Table.Th>Xếp loại</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((m, i) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>{m.fullName}</Table.Td>
                  <Table.Td>{m.position}</Table.Td>
                  <Table.Td>{m.registered}</Table.Td>
                  <Table.Td ta="right">{m.monthsReported}</Table.Td>
                  <Table.Td>{m.monthlyLevels}</Table.Td>
                  <Table.Td>
                    {m.praised} / {m.reminded}
                  </Table.Td>
                  <Table.Td>{m.level}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {row?.reportId && (
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {row.exportedAt ? `Báo cáo xuất lúc ${new Date(row.exportedAt).toLocaleString('vi-VN')}.` : ''} Nếu báo cáo này sai (ví dụ mang ngày sai do máy của đơn vị đặt sai đồng hồ), có thể xóa để nhập báo cáo đúng.
            </Text>
            <Button color="red" variant="light" onClick={() => onRemove(row)}>
              Xóa báo cáo này
            </Button>
          </Group>
        )}
      </Stack>
    </Modal>
  );
}

const COLUMNS = ['Đơn vị', 'Đảng viên', 'Phải đăng ký', 'Đã đăng ký', 'Số tháng báo cáo', 'Đã xếp loại', 'HTXS', 'HTT', 'HT', 'KHT', 'HTT trở lên', 'Xuất sắc', 'Buổi SH', 'Chất lượng SH'];
/** Above this many units the table renders only the rows on screen. */
const VIRTUAL_FROM = 60;
const ROW_HEIGHT = 38;

function FigureCells({ s, f }: { s: Dashboard['totals']; f: Dashboard['totalFigures'] }) {
  const n = formatInteger;
  return (
    <>
      <Table.Td ta="right">{n(s.members)}</Table.Td>
      <Table.Td ta="right">{n(s.requiredToRegister)}</Table.Td>
      <Table.Td ta="right">
        {n(s.registered)} ({pct(f.registeredPercent, s.requiredToRegister)})
      </Table.Td>
      <Table.Td ta="right">{f.monthsReported}</Table.Td>
      <Table.Td ta="right">{n(s.rated)}</Table.Td>
      <Table.Td ta="right">{n(s.levels.xuat_sac)}</Table.Td>
      <Table.Td ta="right">{n(s.levels.tot)}</Table.Td>
      <Table.Td ta="right">{n(s.levels.hoan_thanh)}</Table.Td>
      <Table.Td ta="right">{n(s.levels.khong_hoan_thanh)}</Table.Td>
      <Table.Td ta="right">{pct(f.goodOrBetterPercent, s.rated)}</Table.Td>
      <Table.Td ta="right">{pct(f.excellentPercent, s.rated)}</Table.Td>
      <Table.Td ta="right">{n(s.meetings)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {Object.entries(s.meetingQuality)
          .map(([k, v]) => `${levelCodeLabel(k)} ${n(v)}`)
          .join(', ')}
      </Table.Td>
    </>
  );
}

function DashboardTable({ d, onOpen, openTitle = 'Xem chi tiết báo cáo', testId = 'dashboard-table' }: { d: Dashboard; onOpen: (r: DashboardRow) => void; openTitle?: string; testId?: string }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = d.reported;
  const virtual = rows.length > VIRTUAL_FROM;
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns functions React Compiler cannot memoise.
  const virtualizer = useVirtualizer({ count: virtual ? rows.length : 0, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const items = virtual ? virtualizer.getVirtualItems() : rows.map((_, index) => ({ index, start: index * ROW_HEIGHT, end: (index + 1) * ROW_HEIGHT }));
  const padTop = virtual && items.length > 0 ? items[0]!.start : 0;
  const padBottom = virtual && items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  return (
    <div ref={scrollRef} style={virtual ? { maxHeight: 560, overflow: 'auto' } : { overflowX: 'auto' }} data-testid={`${testId}-scroll`}>
      <Table striped withTableBorder data-testid={testId} data-rows={rows.length} miw={1100} stickyHeader={virtual}>
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((c) => (
              <Table.Th key={c}>{c}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {padTop > 0 && (
            <tr aria-hidden>
              <td colSpan={COLUMNS.length} style={{ height: padTop, padding: 0 }} />
            </tr>
          )}
          {items.map(({ index }) => {
            const r = rows[index]!;
            const note = r.sourcePeriodKey && r.sourcePeriodKey !== d.periodKey ? ` (theo báo cáo ${periodText(parsePeriodKey(r.sourcePeriodKey)!)})` : '';
            return (
              <Table.Tr key={r.unitCode} h={ROW_HEIGHT}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Button variant="subtle" size="compact-sm" onClick={() => onOpen(r)} title={openTitle}>
                    {r.unitName}
                  </Button>
                  {note && (
                    <Text span size="xs" c="dimmed">
                      {note}
                    </Text>
                  )}
                </Table.Td>
                <FigureCells s={r.statistics!} f={r.figures!} />
              </Table.Tr>
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden>
              <td colSpan={COLUMNS.length} style={{ height: padBottom, padding: 0 }} />
            </tr>
          )}
          <Table.Tr fw={700}>
            <Table.Td>Tổng cộng ({formatInteger(d.reported.length)} đơn vị)</Table.Td>
            <FigureCells s={d.totals} f={d.totalFigures} />
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </div>
  );
}

const CHART_UNITS = 40;
const total = (l: { xuat_sac: number; tot: number; hoan_thanh: number; khong_hoan_thanh: number }) => l.xuat_sac + l.tot + l.hoan_thanh + l.khong_hoan_thanh;

const LEVEL_COLORS = { xuat_sac: '#2f9e44', tot: '#1c7ed6', hoan_thanh: '#f59f00', khong_hoan_thanh: '#e03131' };

function DashboardPanel() {
  const keys = useLiveQuery(() => reportedPeriodKeys(), [], [] as string[]);
  const now = clock.now();
  const [sel, setSel] = useState<{ year: number; part: string }>();
  useEffect(() => {
    if (!sel && keys.length > 0) setSel(partOf(keys[0]!));
  }, [keys, sel]);
  const current = sel ?? { year: now.getFullYear(), part: `m${now.getMonth() + 1}` };
  const key = keyOf(current.year, current.part);
  const dashboard = useLiveQuery(() => computeDashboard(key), [key]);
  const yearStats = useLiveQuery(() => latestStatisticsOfYear(current.year), [current.year], []);
  const [open, setOpen] = useState<DashboardRow>();
  const [removed, setRemoved] = useState<{ name: string; records: RemovedRecords }>();
  const [busy, setBusy] = useState<string>();
  const [message, setMessage] = useState<{ color: string; text: string }>();
  const [texts, setTexts] = useState({ results: '', limits: '', proposals: '' });
  const period = parsePeriodKey(key)!;

  const run = async (label: string, f: () => Promise<string | undefined>) => {
    setBusy(label);
    setMessage(undefined);
    try {
      const saved = await f();
      if (saved) setMessage({ color: 'green', text: saved });
    } catch (e) {
      setMessage({ color: 'red', text: messageOf(e) });
    } finally {
      setBusy(undefined);
    }
  };

  const exportPdf = () =>
    run('pdf', async () => {
      const own = await findOwnUnit();
      if (!own || !dashboard) throw new Error('Chưa thiết lập đơn vị của mình.');
      const date = clock.today();
      const header = documentHeader(own, date);
      const style = documentStyleOn(date, await loadRuleSets(), await readSettings()).data;
      const { buildConsolidatedReport: buildPdf } = await import('../../documents/consolidated-report');
      const { renderPdf } = await import('../../documents/render-pdf');
      const bytes = await renderPdf(
        buildPdf({
          dashboard,
          periodLabel: periodText(period),
          superiorName: header.superiorName,
          unitName: header.unitName,
          placeName: header.placeName,
          issuerCode: header.issuerCode,
          superiorCommittee: header.superiorCommittee,
          reportDate: date,
          authority: own.type.startsWith('chi_bo') ? 'T/M Chi bộ' : 'T/M Đảng ủy',
          signerName: header.secretaryName,
          texts,
          style,
        }),
      );
      const r = await getDesktopApi().saveFile({ suggestedName: `bao-cao-tong-hop_${key}.pdf`, bytes, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
      return r ? `Đã lưu ${r.path}.` : undefined;
    });

  const exportXlsx = () =>
    run('xlsx', async () => {
      if (!dashboard) return undefined;
      const payloads = await reportPayloadsFor(dashboard.reported.map((r) => r.reportId!).filter(Boolean));
      const bytes = await buildConsolidatedXlsx(dashboard, payloads, `Tổng hợp kết quả thực hiện trách nhiệm nêu gương ${periodText(period)}`);
      const r = await getDesktopApi().saveFile({ suggestedName: `tong-hop_${key}.xlsx`, bytes, filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
      return r ? `Đã lưu ${r.path}.` : undefined;
    });

  const exportUpward = () =>
    run('sng', async () => {
      const env = await buildConsolidatedReport(key, { texts });
      const out = await encodeExport(env);
      const r = await getDesktopApi().saveFile({ suggestedName: out.fileName, bytes: out.bytes, filters: SNG_FILTER });
      return r ? `Đã lưu ${r.path} (báo cáo tổng hợp của ${env.payload.statistics.units} đơn vị).` : undefined;
    });

  const removeReport = (row: DashboardRow) =>
    run('remove', async () => {
      if (!row.reportId) return undefined;
      const records = await removeStoredReport(row.reportId, { beforeChange: backupFirst });
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

  // With hundreds of units a bar per unit is unreadable (and slow to draw): the largest 40.
  const chartLevels = dashboard ? levelsByUnit(dashboard).sort((a, b) => total(b) - total(a)).slice(0, CHART_UNITS) : [];
  const chartMonths = monthlyReporting(yearStats);
  return (
    <Stack>
      <Group align="end">
        <NumberInput label="Năm" value={current.year} onChange={(v) => setSel({ ...current, year: Number(v) || now.getFullYear() })} w={110} />
        <Select label="Kỳ" data={PARTS} value={current.part} onChange={(v) => setSel({ ...current, part: v ?? 'y' })} w={150} allowDeselect={false} />
        {keys.length > 0 && (
          <Select
            label="Các kỳ đã có báo cáo"
            data={keys.map((k) => ({ value: k, label: periodText(parsePeriodKey(k)!) }))}
            value={keys.includes(key) ? key : null}
            onChange={(v) => v && setSel(partOf(v))}
            w={200}
          />
        )}
      </Group>
      {removed && (
        <Alert color="yellow" title="Đã xóa báo cáo" withCloseButton onClose={() => setRemoved(undefined)}>
          <Group justify="space-between">
            <Text size="sm">
              Đã xóa báo cáo của {removed.name} (đã sao lưu dữ liệu trước khi xóa). Bây giờ có thể nhập báo cáo đúng ở mục Trao đổi dữ liệu.
            </Text>
            <Button size="xs" variant="default" onClick={() => void undoRemove()} loading={busy === 'undo'}>
              Hoàn tác
            </Button>
          </Group>
        </Alert>
      )}
      {dashboard && (
        <>
          <Card withBorder>
            <Text size="sm" c="dimmed">
              Tổng hợp {periodText(period)} (cộng số lượng đảng viên của các đơn vị rồi mới tính tỷ lệ)
            </Text>
            <Title order={3} data-testid="totals-line">
              {dashboard.totalsLine}
            </Title>
            <Group mt="xs">
              <Badge color="green" size="lg">
                Đã báo cáo: {dashboard.reported.length}/{dashboard.rows.length}
              </Badge>
              {dashboard.missing.length > 0 && (
                <Text size="sm" data-testid="missing-units">
                  Chưa báo cáo: {dashboard.missing.map((m) => m.unitName).join(', ')}
                </Text>
              )}
            </Group>
          </Card>
          {dashboard.reported.length === 0 ? (
            <Alert color="gray">
              Chưa có báo cáo nào cho kỳ này. Nhập tệp báo cáo của các đơn vị ở mục <Link to="/trao-doi">Trao đổi dữ liệu</Link>.
            </Alert>
          ) : (
            <>
              <DashboardTable d={dashboard} onOpen={setOpen} />
              <SimpleGrid cols={{ base: 1, md: 3 }}>
                <Textarea label="Kết quả nổi bật" autosize minRows={2} maxLength={TEXT_MAX} value={texts.results} onChange={(e) => setTexts({ ...texts, results: e.currentTarget.value })} />
                <Textarea label="Hạn chế, nguyên nhân" autosize minRows={2} maxLength={TEXT_MAX} value={texts.limits} onChange={(e) => setTexts({ ...texts, limits: e.currentTarget.value })} />
                <Textarea label="Kiến nghị, đề xuất" autosize minRows={2} maxLength={TEXT_MAX} value={texts.proposals} onChange={(e) => setTexts({ ...texts, proposals: e.currentTarget.value })} />
              </SimpleGrid>
              <Group>
                <Button onClick={() => void exportPdf()} loading={busy === 'pdf'}>
                  Lưu PDF báo cáo tổng hợp
                </Button>
                <Button variant="default" onClick={() => void exportXlsx()} loading={busy === 'xlsx'}>
                  Xuất Excel (.xlsx)
                </Button>
                <Button variant="default" onClick={() => void exportUpward()} loading={busy === 'sng'}>
                  Xuất báo cáo tổng hợp gửi cấp trên (.sng)
                </Button>
              </Group>
              {message && <Alert color={message.color}>{message.text}</Alert>}
              <SimpleGrid cols={{ base: 1, lg: 2 }}>
                <Card withBorder>
                  <Text fw={700} mb="xs">
                    Xếp loại đảng viên theo đơn vị{dashboard.reported.length > CHART_UNITS ? ` (${CHART_UNITS} đơn vị đông đảng viên nhất)` : ''}
                  </Text>
                  <ResponsiveContainer width="100%" height={280}>
                    <BarChart data={chartLevels}>
                      <CartesianGrid strokeDasharray="3 3" />
                      <XAxis dataKey="unit" tick={{ fontSize: 11 }} />
                      <YAxis allowDecimals={false} />
                      <Tooltip />
                      <Legend />
                      <Bar dataKey="xuat_sac" name="Hoàn thành xuất sắc" stackId="a" fill={LEVEL_COLORS.xuat_sac} isAnimationActive={false} />
                      <Bar dataKey="tot" name="Hoàn thành tốt" stackId="a" fill={LEVEL_COLORS.tot} isAnimationActive={false} />
                      <Bar dataKey="hoan_thanh" name="Hoàn thành" stackId="a" fill={LEVEL_COLORS.hoan_thanh} isAnimationActive={false} />
                      <Bar dataKey="khong_hoan_thanh" name="Không hoàn thành" stackId="a" fill={LEVEL_COLORS.khong_hoan_thanh} isAnimationActive={false} />
                    </BarChart>
                  </ResponsiveContainer>
                </Card>
                <Card withBorder>
                  <Text fw={700} mb="xs">
                    Số đơn vị có báo cáo nêu gương theo tháng, năm {current.year}
                  </Text>
                  <ResponsiveContainer width="100%" height={280}>
                    <BarChart data={chartMonths}>
                      <CartesianGrid strokeDasharray="3 3" />
                      <XAxis dataKey="month" />
                      <YAxis allowDecimals={false} />
                      <Tooltip />
                      <Bar dataKey="units" name="Số đơn vị" fill="#1c7ed6" isAnimationActive={false} />
                    </BarChart>
                  </ResponsiveContainer>
                </Card>
              </SimpleGrid>
            </>
          )}
        </>
      )}
      <UnitReportModal row={open} onClose={() => setOpen(undefined)} onRemove={(r) => void removeReport(r)} />
    </Stack>
  );
}

// ------------------------------------------------------------------ units

const TYPE_OPTIONS = (Object.keys(UNIT_TYPE_LABELS) as UnitType[]).map((t) => ({ value: t, label: UNIT_TYPE_LABELS[t] }));

function UnitsPanel() {
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
      setError(messageOf(e));
    }
  };
  const remove = async (id: string, unitCode: string, withReports = false) => {
    setError(undefined);
    setConfirm(undefined);
    try {
      const records = await removeSubordinateUnit(id, { withReports, beforeChange: withReports ? backupFirst : undefined });
      setRemoved({ code: unitCode, records });
    } catch (e) {
      const reports = (e as { details?: { reports?: unknown } }).details?.reports;
      if (typeof reports === 'number') setConfirm({ id, code: unitCode, reports });
      else setError(messageOf(e));
    }
  };
  const undo = async () => {
    if (!removed) return;
    try {
      await restoreRemoved(removed.records);
      setRemoved(undefined);
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        Đơn vị trực thuộc được thêm bằng tay ở đây, hoặc tự động khi nhập báo cáo đầu tiên của đơn vị (ứng dụng sẽ hỏi trước). Mã đơn vị: mã ngắn như CB-SOTUPHAP hoặc mã tổ chức đảng như 01.02.003; chữ hoa hay chữ thường đều được coi là một.
      </Text>
      <Group align="end">
        <TextInput label="Mã đơn vị" placeholder="CB-SOTUPHAP" value={code} onChange={(e) => setCode(e.currentTarget.value)} maxLength={UNIT_CODE_MAX} w={180} />
        <TextInput label="Tên đơn vị" placeholder="Chi bộ Sở Tư pháp" value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={SHORT_TEXT_MAX} w={300} />
        <Select label="Loại" data={TYPE_OPTIONS} value={type} onChange={(v) => setType((v as UnitType) ?? 'chi_bo_co_so')} w={220} allowDeselect={false} />
        <Button onClick={() => void add()}>Thêm đơn vị</Button>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {confirm && (
        <Alert color="orange" title={`Đơn vị ${confirm.code} đã có ${confirm.reports} báo cáo được nhập`}>
          <Text size="sm">Xóa đơn vị sẽ xóa cả các báo cáo đó khỏi tổng hợp. Ứng dụng sao lưu dữ liệu trước khi xóa, và có thể hoàn tác ngay sau đó.</Text>
          <Group mt="sm">
            <Button size="xs" color="red" onClick={() => void remove(confirm.id, confirm.code, true)}>
              Xóa cả đơn vị và báo cáo
            </Button>
            <Button size="xs" variant="default" onClick={() => setConfirm(undefined)}>
              Không xóa
            </Button>
          </Group>
        </Alert>
      )}
      {removed && (
        <Alert color="yellow" withCloseButton onClose={() => setRemoved(undefined)}>
          <Group justify="space-between">
            <Text size="sm">
              Đã xóa đơn vị {removed.code}
              {removed.records.reports.length > 0 ? ` và ${removed.records.reports.length} báo cáo của đơn vị` : ''}.
            </Text>
            <Button size="xs" variant="default" onClick={() => void undo()}>
              Hoàn tác
            </Button>
          </Group>
        </Alert>
      )}
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Mã</Table.Th>
            <Table.Th>Tên</Table.Th>
            <Table.Th>Loại</Table.Th>
            <Table.Th>
                <VisuallyHidden>Thao tác</VisuallyHidden>
              </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((u) => (
            <Table.Tr key={u.id}>
              <Table.Td>{u.code}</Table.Td>
              <Table.Td>{unitProfileOn(u, today).name}</Table.Td>
              <Table.Td>{UNIT_TYPE_LABELS[u.type]}</Table.Td>
              <Table.Td>
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => void remove(u.id, u.code)}>
                  Xóa
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {units.length === 0 && <Text c="dimmed">Chưa có đơn vị trực thuộc nào.</Text>}
    </Stack>
  );
}

// ------------------------------------------------------------------ framework package editor

const RULE_KIND_LABELS: Record<string, string> = {
  pledge_framework: 'Khung nội dung đăng ký',
  monthly_scale: 'Thang tự đánh giá tháng',
  meeting_rubric: 'Tiêu chí chất lượng sinh hoạt',
  year_end_scheme: 'Cách xếp loại cuối năm',
};

function FrameworkPanel() {
  const ruleSets = useLiveQuery(() => loadRuleSets(), [], [] as RuleSet[]);
  const choices = useMemo(() => ruleSets.filter((r) => r.kind in RULE_KIND_LABELS), [ruleSets]);
  const [year, setYear] = useState(clock.thisYear() + 1);
  const [picked, setPicked] = useState<string[]>([]);
  const [deadlines, setDeadlines] = useState({ pledge: '', day: '', review: '', report: '', notes: '' });
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ color: string; text: string }>();

  const save = async () => {
    setMessage(undefined);
    const dates: Array<[string, string]> = [
      [deadlines.pledge, 'hạn đăng ký'],
      [deadlines.review, 'hạn kiểm điểm'],
      [deadlines.report, 'hạn gửi báo cáo năm'],
    ];
    for (const [v, label] of dates) {
      if (v.trim() && !parseDate(v)) return setMessage({ color: 'red', text: `Ngày ${label} không hợp lệ; hãy nhập dạng ngày/tháng/năm, ví dụ 31/01/${year}.` });
    }
    const day = deadlines.day.trim() ? Number(deadlines.day) : undefined;
    if (day !== undefined && (!Number.isInteger(day) || day < 1 || day > 31)) return setMessage({ color: 'red', text: 'Ngày báo cáo hằng tháng phải từ 1 đến 31.' });
    const d: Deadlines = JSON.parse(
      JSON.stringify({
        pledgeRegistrationBy: parseDate(deadlines.pledge),
        monthlyReportDay: day,
        yearReviewBy: parseDate(deadlines.review),
        yearReportBy: parseDate(deadlines.report),
        notes: deadlines.notes.trim() || undefined,
      }),
    ) as Deadlines;
    try {
      const env = await buildFrameworkPackage({ year, ruleSetIds: picked, deadlines: d, note: note.trim() || undefined });
      const out = await encodeExport(env);
      const r = await getDesktopApi().saveFile({ suggestedName: out.fileName, bytes: out.bytes, filters: SNG_FILTER });
      if (r) setMessage({ color: 'green', text: `Đã lưu ${r.path}: ${env.payload.ruleSets.length} khung/thang/tiêu chí cho năm ${year}. Gửi tệp này cho các chi bộ để nhập.` });
    } catch (e) {
      setMessage({ color: 'red', text: messageOf(e) });
    }
  };

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        Chọn các khung nội dung, thang đánh giá và tiêu chí áp dụng cho năm, đặt các mốc thời hạn, rồi lưu thành tệp gửi các chi bộ.
      </Text>
      <NumberInput label="Áp dụng cho năm" value={year} onChange={(v) => setYear(Number(v) || year)} w={160} />
      {Object.entries(RULE_KIND_LABELS).map(([kind, label]) => {
        const list = choices.filter((r) => r.kind === kind);
        return (
          <Stack key={kind} gap={4}>
            <Text fw={700}>{label}</Text>
            {list.length === 0 && <Text size="sm" c="dimmed">Chưa có.</Text>}
            {list.map((r) => (
              <Checkbox
                key={r.id}
                label={`${r.name} (${r.code}, phiên bản ${r.version})`}
                checked={picked.includes(r.id)}
                onChange={(e) => setPicked(e.currentTarget.checked ? [...picked, r.id] : picked.filter((x) => x !== r.id))}
              />
            ))}
          </Stack>
        );
      })}
      <Group align="start">
        <TextInput label="Hạn đăng ký nêu gương" placeholder={`31/01/${year}`} value={deadlines.pledge} onChange={(e) => setDeadlines({ ...deadlines, pledge: e.currentTarget.value })} />
        <TextInput label="Ngày gửi báo cáo hằng tháng" placeholder="5" value={deadlines.day} onChange={(e) => setDeadlines({ ...deadlines, day: e.currentTarget.value })} />
        <TextInput label="Hạn kiểm điểm cuối năm" placeholder={`15/12/${year}`} value={deadlines.review} onChange={(e) => setDeadlines({ ...deadlines, review: e.currentTarget.value })} />
        <TextInput label="Hạn gửi báo cáo năm" placeholder={`20/12/${year}`} value={deadlines.report} onChange={(e) => setDeadlines({ ...deadlines, report: e.currentTarget.value })} />
      </Group>
      <Textarea label="Ghi chú về thời hạn" autosize minRows={2} maxLength={TEXT_MAX} value={deadlines.notes} onChange={(e) => setDeadlines({ ...deadlines, notes: e.currentTarget.value })} />
      <Textarea label="Lời nhắn gửi các chi bộ" autosize minRows={2} maxLength={TEXT_MAX} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
      <Group>
        <Button onClick={() => void save()} disabled={picked.length === 0}>
          Lưu gói khung nội dung (.sng)…
        </Button>
      </Group>
      {message && <Alert color={message.color}>{message.text}</Alert>}
    </Stack>
  );
}

export default function AggregatorPage() {
  const mode = useStoredSettings()?.mode;
  return (
    <Stack>
      <Title order={2}>Tổng hợp các đơn vị trực thuộc</Title>
      {mode === 'cell' && (
        <Alert color="yellow">
          Máy này đang ở chế độ chi bộ. Phần tổng hợp dành cho cấp ủy cấp trên; đổi chế độ ở mục <Link to="/cai-dat">Cài đặt</Link> nếu cần.
        </Alert>
      )}
      <Tabs defaultValue="dashboard" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="dashboard">Tổng hợp</Tabs.Tab>
          <Tabs.Tab value="units">Đơn vị trực thuộc</Tabs.Tab>
          <Tabs.Tab value="framework">Gói khung nội dung</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="dashboard" pt="md">
          <DashboardPanel />
        </Tabs.Panel>
        <Tabs.Panel value="units" pt="md">
          <UnitsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="framework" pt="md">
          <FrameworkPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
