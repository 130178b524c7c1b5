/**
 * Aggregator mode (cấp ủy cấp trên): subordinate units, who has reported, the consolidated
 * dashboard (totals from member-level counts), charts, drill-down into a unit's members, exports
 * (PDF in the Party layout, .xlsx, consolidated unit report) and the framework package editor.
 * Importing reports happens on the "Trao đổi dữ liệu" page (one import entry point).
 */
import { useEffect, useMemo, useState } from 'react';
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
  unitProfileOn,
  type Deadlines,
  type UnitReportPayload,
} from '../../core/exchange';
import type { RuleSet, UnitType } from '../../core/model';
import { formatInteger, formatPercentValue, parseDate, todayIso } from '../../core/text';
import { UNIT_TYPE_LABELS } from '../../core/units';
import {
  addSubordinateUnit,
  buildConsolidatedReport,
  computeDashboard,
  getStoredReport,
  latestStatisticsOfYear,
  listSubordinateUnits,
  removeSubordinateUnit,
  reportedPeriodKeys,
  reportsForPeriod,
} from '../../services/aggregator';
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
  const p = parsePeriodKey(key) ?? { year: new Date().getFullYear() };
  return { year: p.year, part: p.month ? `m${p.month}` : p.quarter ? `q${p.quarter}` : 'y' };
}

const pct = (v: number, denominator: number) => (denominator === 0 ? '—' : formatPercentValue(v));

// ------------------------------------------------------------------ dashboard

function UnitMembersModal({ row, onClose }: { row?: DashboardRow; onClose: () => void }) {
  const report = useLiveQuery(async () => (row?.reportId ? getStoredReport(row.reportId) : undefined), [row?.reportId]);
  const payload = report?.payload as UnitReportPayload | undefined;
  const rows = payload ? memberRows(payload) : [];
  return (
    <Modal opened={row !== undefined} onClose={onClose} title={row?.unitName} size="xl">
      {payload && rows.length === 0 && <Alert color="gray">Đơn vị chỉ gửi số liệu tổng hợp, không có danh sách từng đảng viên.</Alert>}
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
    </Modal>
  );
}

function DashboardTable({ d, onOpen }: { d: Dashboard; onOpen: (r: DashboardRow) => void }) {
  const line = (r: { statistics?: Dashboard['totals']; figures?: Dashboard['totalFigures'] }) => {
    const s = r.statistics!;
    const f = r.figures!;
    return (
      <>
        <Table.Td ta="right">{formatInteger(s.members)}</Table.Td>
        <Table.Td ta="right">{formatInteger(s.requiredToRegister)}</Table.Td>
        <Table.Td ta="right">
          {formatInteger(s.registered)} ({pct(f.registeredPercent, s.requiredToRegister)})
        </Table.Td>
        <Table.Td ta="right">{f.monthsReported}</Table.Td>
        <Table.Td ta="right">{s.levels.xuat_sac}</Table.Td>
        <Table.Td ta="right">{s.levels.tot}</Table.Td>
        <Table.Td ta="right">{s.levels.hoan_thanh}</Table.Td>
        <Table.Td ta="right">{s.levels.khong_hoan_thanh}</Table.Td>
        <Table.Td ta="right">{pct(f.goodOrBetterPercent, s.rated)}</Table.Td>
        <Table.Td ta="right">{pct(f.excellentPercent, s.rated)}</Table.Td>
        <Table.Td ta="right">{s.meetings}</Table.Td>
        <Table.Td>
          {Object.entries(s.meetingQuality)
            .map(([k, v]) => `${levelCodeLabel(k)} ${v}`)
            .join(', ')}
        </Table.Td>
      </>
    );
  };
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped withTableBorder data-testid="dashboard-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Đơn vị</Table.Th>
            <Table.Th>Đảng viên</Table.Th>
            <Table.Th>Phải đăng ký</Table.Th>
            <Table.Th>Đã đăng ký</Table.Th>
            <Table.Th>Số tháng báo cáo</Table.Th>
            <Table.Th>HTXS</Table.Th>
            <Table.Th>HTT</Table.Th>
            <Table.Th>HT</Table.Th>
            <Table.Th>KHT</Table.Th>
            <Table.Th>HTT trở lên</Table.Th>
            <Table.Th>Xuất sắc</Table.Th>
            <Table.Th>Buổi SH</Table.Th>
            <Table.Th>Chất lượng SH</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {d.reported.map((r) => (
            <Table.Tr key={r.unitCode}>
              <Table.Td>
                <Button variant="subtle" size="compact-sm" onClick={() => onOpen(r)} title="Xem danh sách đảng viên">
                  {r.unitName}
                </Button>
              </Table.Td>
              {line(r)}
            </Table.Tr>
          ))}
          <Table.Tr fw={700}>
            <Table.Td>Tổng cộng</Table.Td>
            {line({ statistics: d.totals, figures: d.totalFigures })}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

const LEVEL_COLORS = { xuat_sac: '#2f9e44', tot: '#1c7ed6', hoan_thanh: '#f59f00', khong_hoan_thanh: '#e03131' };

function DashboardPanel() {
  const keys = useLiveQuery(() => reportedPeriodKeys(), [], [] as string[]);
  const now = new Date();
  const [sel, setSel] = useState<{ year: number; part: string }>();
  useEffect(() => {
    if (!sel && keys.length > 0) setSel(partOf(keys[0]!));
  }, [keys, sel]);
  const current = sel ?? { year: now.getFullYear(), part: `m${now.getMonth() + 1}` };
  const key = keyOf(current.year, current.part);
  const dashboard = useLiveQuery(() => computeDashboard(key), [key]);
  const yearStats = useLiveQuery(() => latestStatisticsOfYear(current.year), [current.year], []);
  const [open, setOpen] = useState<DashboardRow>();
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
      const date = todayIso();
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
      const reports = await reportsForPeriod(key);
      const bytes = await buildConsolidatedXlsx(dashboard, reports, `Tổng hợp kết quả thực hiện trách nhiệm nêu gương ${periodText(period)}`);
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

  const chartLevels = dashboard ? levelsByUnit(dashboard) : [];
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
                <Textarea label="Kết quả nổi bật" autosize minRows={2} value={texts.results} onChange={(e) => setTexts({ ...texts, results: e.currentTarget.value })} />
                <Textarea label="Hạn chế, nguyên nhân" autosize minRows={2} value={texts.limits} onChange={(e) => setTexts({ ...texts, limits: e.currentTarget.value })} />
                <Textarea label="Kiến nghị, đề xuất" autosize minRows={2} value={texts.proposals} onChange={(e) => setTexts({ ...texts, proposals: e.currentTarget.value })} />
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
                    Xếp loại đảng viên theo đơn vị
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
      <UnitMembersModal row={open} onClose={() => setOpen(undefined)} />
    </Stack>
  );
}

// ------------------------------------------------------------------ units

const TYPE_OPTIONS = (Object.keys(UNIT_TYPE_LABELS) as UnitType[]).map((t) => ({ value: t, label: UNIT_TYPE_LABELS[t] }));

function UnitsPanel() {
  const units = useLiveQuery(() => listSubordinateUnits(), [], []);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [type, setType] = useState<UnitType>('chi_bo_co_so');
  const [error, setError] = useState<string>();
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
  const today = todayIso();
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        Đơn vị trực thuộc được thêm bằng tay ở đây, hoặc tự động khi nhập báo cáo đầu tiên của đơn vị (ứng dụng sẽ hỏi trước).
      </Text>
      <Group align="end">
        <TextInput label="Mã đơn vị" placeholder="CB-SOTUPHAP" value={code} onChange={(e) => setCode(e.currentTarget.value)} w={180} />
        <TextInput label="Tên đơn vị" placeholder="Chi bộ Sở Tư pháp" value={name} onChange={(e) => setName(e.currentTarget.value)} w={300} />
        <Select label="Loại" data={TYPE_OPTIONS} value={type} onChange={(v) => setType((v as UnitType) ?? 'chi_bo_co_so')} w={220} allowDeselect={false} />
        <Button onClick={() => void add()}>Thêm đơn vị</Button>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Mã</Table.Th>
            <Table.Th>Tên</Table.Th>
            <Table.Th>Loại</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((u) => (
            <Table.Tr key={u.id}>
              <Table.Td>{u.code}</Table.Td>
              <Table.Td>{unitProfileOn(u, today).name}</Table.Td>
              <Table.Td>{UNIT_TYPE_LABELS[u.type]}</Table.Td>
              <Table.Td>
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => void removeSubordinateUnit(u.id).catch((e: unknown) => setError(messageOf(e)))}>
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
  const [year, setYear] = useState(new Date().getFullYear() + 1);
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
      <Textarea label="Ghi chú về thời hạn" autosize minRows={2} value={deadlines.notes} onChange={(e) => setDeadlines({ ...deadlines, notes: e.currentTarget.value })} />
      <Textarea label="Lời nhắn gửi các chi bộ" autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
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
