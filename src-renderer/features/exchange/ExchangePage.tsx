/**
 * Trao đổi dữ liệu: export a file for the superior (or a roster), and THE import screen for every
 * exchange file (dialog or drag-and-drop, several at once, preview → backup → apply).
 */
import { useMemo, useState, type DragEvent } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  NumberInput,
  Paper,
  PasswordInput,
  Progress,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useLive as useLiveQuery } from '../../services/live';
import { KIND_LABELS, periodKey, periodText, TEXT_MAX, type Envelope, type Period } from '../../core/exchange';
import { formatInteger } from '../../core/text';
import { createBackupBytes } from '../../services/backup';
import {
  applyImport,
  buildRoster,
  buildUnitReport,
  COUNT_LABELS,
  describeRead,
  encodeExport,
  listImportLog,
  prepareImport,
  replanImport,
  undoReplacement,
  unitOffers,
  type ApplyResult,
  type FileInput,
  type PreparedFile,
} from '../../services/exchange';
import { saveSettings, useSettings } from '../../services/settings';
import { recordExport } from '../../services/routine';
import { getDesktopApi } from '../../platform/index';
import { clock } from '../../platform/clock';

const FILE_FILTERS = [{ name: 'Tệp trao đổi Sổ Nêu Gương', extensions: ['sng'] }];
const OPEN_FILTERS = [{ name: 'Tệp trao đổi Sổ Nêu Gương', extensions: ['sng', 'json', 'gz'] }];

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

function useMode() {
  return useSettings().mode;
}

const pad = (n: number) => String(n).padStart(2, '0');
export function dateTime(iso: string): string {
  const d = new Date(iso);
  return `${pad(d.getHours())}:${pad(d.getMinutes())} ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

// ------------------------------------------------------------------ period picker

const PERIOD_OPTIONS = [
  ...Array.from({ length: 12 }, (_, i) => ({ value: `m${i + 1}`, label: `Tháng ${i + 1}` })),
  ...['I', 'II', 'III', 'IV'].map((r, i) => ({ value: `q${i + 1}`, label: `Quý ${r}` })),
  { value: 'y', label: 'Cả năm' },
];

function toPeriod(year: number, part: string): Period {
  if (part.startsWith('m')) return { year, month: Number(part.slice(1)) };
  if (part.startsWith('q')) return { year, quarter: Number(part.slice(1)) };
  return { year };
}

// ------------------------------------------------------------------ export

function ExportPanel() {
  const mode = useMode();
  const now = clock.now();
  const [kind, setKind] = useState<'unit_report' | 'roster'>('unit_report');
  const [year, setYear] = useState<number>(now.getFullYear());
  const [part, setPart] = useState<string>(`m${now.getMonth() + 1}`);
  const storedAggregateOnly = useSettings().reportAggregateOnly ?? false;
  const [aggregateOnlyChoice, setAggregateOnly] = useState<boolean>();
  const aggregateOnly = aggregateOnlyChoice ?? storedAggregateOnly;
  const [compress, setCompress] = useState(true);
  const [encrypt, setEncrypt] = useState(false);
  const [pass, setPass] = useState('');
  const [pass2, setPass2] = useState('');
  const [texts, setTexts] = useState({ results: '', limits: '', proposals: '' });
  const [preview, setPreview] = useState<Envelope>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string>();

  const passProblem = encrypt ? (pass.length < 8 ? 'Mật khẩu cần ít nhất 8 ký tự.' : pass !== pass2 ? 'Hai lần nhập mật khẩu không giống nhau.' : undefined) : undefined;

  const build = async (): Promise<Envelope> => {
    if (kind === 'roster') return buildRoster();
    const hasTexts = texts.results || texts.limits || texts.proposals;
    return buildUnitReport({ period: toPeriod(year, part), aggregateOnly, texts: hasTexts ? texts : undefined });
  };

  const doPreview = async () => {
    setError(undefined);
    setSaved(undefined);
    setBusy(true);
    try {
      setPreview(await build());
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    if (passProblem) return;
    setBusy(true);
    setError(undefined);
    try {
      const env = preview ?? (await build());
      const out = await encodeExport(env, { compress, passphrase: encrypt ? pass : undefined });
      const result = await getDesktopApi().saveFile({ suggestedName: out.fileName, bytes: out.bytes, filters: FILE_FILTERS });
      if (result) {
        // Recorded so "Tháng này" knows the report left (db/routine).
        await recordExport({ kind: env.kind, periodKey: periodKey(env.period), unitCode: env.unit.code, sha256: env.sha256, fileName: out.fileName, savedTo: result.path });
        setSaved(`Đã lưu ${result.path} (${formatInteger(Math.ceil(out.bytes.length / 1024))} KB).`);
      }
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const stats = preview?.kind === 'unit_report' ? preview.payload.statistics : undefined;
  return (
    <Stack>
      <SegmentedControl
        value={kind}
        onChange={(v) => {
          setKind(v as typeof kind);
          setPreview(undefined);
        }}
        data={[
          { value: 'unit_report', label: mode === 'aggregator' ? 'Báo cáo của đơn vị mình' : 'Báo cáo gửi cấp trên' },
          { value: 'roster', label: 'Danh sách đảng viên' },
        ]}
      />
      {kind === 'unit_report' && (
        <>
          <Group align="end">
            <NumberInput label="Năm" value={year} onChange={(v) => { setYear(Number(v) || now.getFullYear()); setPreview(undefined); }} min={2000} max={2100} w={120} />
            <Select label="Kỳ báo cáo" data={PERIOD_OPTIONS} value={part} onChange={(v) => { setPart(v ?? 'y'); setPreview(undefined); }} w={160} allowDeselect={false} />
          </Group>
          <Text size="sm" c="dimmed">
            Báo cáo gồm số liệu từ tháng 1 đến hết kỳ đã chọn ({periodText(toPeriod(year, part))}).
          </Text>
          <Checkbox
            label="Chỉ gửi số liệu tổng hợp (không gửi danh sách và kết quả từng đảng viên)"
            checked={aggregateOnly}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              setAggregateOnly(checked);
              setPreview(undefined);
              // Remembered as a setting of this installation (the next report starts the same way).
              void saveSettings({ reportAggregateOnly: checked });
            }}
          />
          <Textarea label="Kết quả nổi bật (không bắt buộc)" autosize minRows={2} maxLength={TEXT_MAX} value={texts.results} onChange={(e) => setTexts({ ...texts, results: e.currentTarget.value })} />
          <Textarea label="Hạn chế, nguyên nhân (không bắt buộc)" autosize minRows={2} maxLength={TEXT_MAX} value={texts.limits} onChange={(e) => setTexts({ ...texts, limits: e.currentTarget.value })} />
          <Textarea label="Kiến nghị (không bắt buộc)" autosize minRows={2} maxLength={TEXT_MAX} value={texts.proposals} onChange={(e) => setTexts({ ...texts, proposals: e.currentTarget.value })} />
        </>
      )}
      <Checkbox label="Nén tệp (nhỏ hơn, nên dùng)" checked={compress} onChange={(e) => setCompress(e.currentTarget.checked)} />
      <Checkbox label="Đặt mật khẩu cho tệp (không có mật khẩu thì không mở được tệp)" checked={encrypt} onChange={(e) => setEncrypt(e.currentTarget.checked)} />
      {encrypt && (
        <Group align="start">
          <PasswordInput label="Mật khẩu" value={pass} onChange={(e) => setPass(e.currentTarget.value)} w={240} />
          <PasswordInput label="Nhập lại mật khẩu" value={pass2} onChange={(e) => setPass2(e.currentTarget.value)} w={240} error={pass2 ? passProblem : undefined} />
        </Group>
      )}
      {encrypt && <Text size="sm" c="dimmed">Báo mật khẩu cho nơi nhận bằng cách khác (gọi điện, gặp trực tiếp), không gửi kèm tệp.</Text>}
      <Group>
        <Button variant="default" onClick={doPreview} loading={busy}>
          Xem trước nội dung gửi
        </Button>
        <Button onClick={save} loading={busy} disabled={Boolean(passProblem)}>
          Lưu tệp…
        </Button>
      </Group>
      {error && <Alert color="red" title="Chưa xuất được">{error}</Alert>}
      {saved && <Alert color="green" title="Đã xuất tệp">{saved}</Alert>}
      {preview && (
        <Card withBorder data-testid="export-preview">
          <Stack gap="xs">
            <Text fw={700}>
              {KIND_LABELS[preview.kind]} — {preview.unit.name} ({periodText(preview.period)})
            </Text>
            <Table withTableBorder>
              <Table.Tbody>
                {Object.entries(preview.counts).map(([k, v]) => (
                  <Table.Tr key={k}>
                    <Table.Td>Số {COUNT_LABELS[k] ?? k}</Table.Td>
                    <Table.Td ta="right">{formatInteger(v)}</Table.Td>
                  </Table.Tr>
                ))}
                {stats && (
                  <>
                    <Table.Tr>
                      <Table.Td>Đảng viên cuối kỳ / phải đăng ký / đã đăng ký</Table.Td>
                      <Table.Td ta="right">
                        {stats.members} / {stats.requiredToRegister} / {stats.registered}
                      </Table.Td>
                    </Table.Tr>
                    <Table.Tr>
                      <Table.Td>Số tháng có báo cáo nêu gương</Table.Td>
                      <Table.Td ta="right">{stats.reportedMonths.length}</Table.Td>
                    </Table.Tr>
                  </>
                )}
              </Table.Tbody>
            </Table>
          </Stack>
        </Card>
      )}
    </Stack>
  );
}

// ------------------------------------------------------------------ import

function statusBadge(p: PreparedFile) {
  if (p.status === 'error') return <Badge color="red">Không nhập được</Badge>;
  if (p.plan.action === 'unchanged') return <Badge color="gray">Không có gì thay đổi</Badge>;
  return <Badge color="green">Sẵn sàng nhập</Badge>;
}

const OUTCOME: Record<ApplyResult['outcome'], { color: string; label: string }> = {
  applied: { color: 'green', label: 'Đã nhập' },
  unchanged: { color: 'gray', label: 'Không thay đổi' },
  refused: { color: 'red', label: 'Không nhập' },
};

async function backupBeforeImport(): Promise<void> {
  const bytes = await createBackupBytes();
  await getDesktopApi().writeBackup({ bytes, reason: 'manual' });
}

/** A progress callback that updates the screen at most every 100 ms (and always at the end). */
function throttled(update: (done: number, total: number) => void): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = performance.now();
    if (done === total || now - last >= 100) {
      last = now;
      update(done, total);
    }
  };
}

function ImportPanel() {
  const [files, setFiles] = useState<FileInput[]>([]);
  const [pass, setPass] = useState('');
  const [addUnits, setAddUnits] = useState<Set<string>>(new Set());
  const [replaceReports, setReplaceReports] = useState<Set<string>>(new Set());
  const [dropOverlapping, setDropOverlapping] = useState<Set<string>>(new Set());
  const [prepared, setPrepared] = useState<PreparedFile[]>();
  const [results, setResults] = useState<ApplyResult[]>();
  const [progress, setProgress] = useState<{ label: string; done: number; total: number }>();
  const [dragging, setDragging] = useState(false);
  const [error, setError] = useState<string>();

  const prepare = async (list: FileInput[], passphrase = pass) => {
    setResults(undefined);
    setError(undefined);
    setProgress({ label: 'Đang đọc và kiểm tra tệp', done: 0, total: list.length });
    try {
      const out = await prepareImport(list, {
        passphrase: passphrase || undefined,
        addUnits,
        replaceReports,
        dropOverlapping,
        onProgress: throttled((done, total) => setProgress({ label: 'Đang đọc và kiểm tra tệp', done, total })),
      });
      setPrepared(out);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setProgress(undefined);
    }
  };

  /** After a choice (add units, replace, keep one of two overlapping reports): plan again, read nothing again. */
  const replan = async (choices: { addUnits?: Set<string>; replaceReports?: Set<string>; dropOverlapping?: Set<string> }) => {
    if (!prepared) return;
    const next = { addUnits, replaceReports, dropOverlapping, ...choices };
    setAddUnits(next.addUnits);
    setReplaceReports(next.replaceReports);
    setDropOverlapping(next.dropOverlapping);
    try {
      setPrepared(await replanImport(prepared, next));
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const choose = async () => {
    const opened = await getDesktopApi().openFiles({ filters: OPEN_FILTERS, multiple: true });
    if (opened.length === 0) return;
    setFiles(opened);
    await prepare(opened);
  };

  const onDrop = async (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const dropped = await Promise.all([...e.dataTransfer.files].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    if (dropped.length === 0) return;
    setFiles(dropped);
    await prepare(dropped);
  };

  const acceptUnit = (code: string) => replan({ addUnits: new Set(addUnits).add(code) });
  const offers = prepared ? unitOffers(prepared) : [];
  const acceptAllUnits = () => replan({ addUnits: new Set([...addUnits, ...offers.map((o) => o.code)]) });
  const choiceKey = (p: PreparedFile) => (p.status === 'error' && typeof p.problem.details.reportKey === 'string' ? p.problem.details.reportKey : undefined);

  const ready = prepared?.filter((p) => p.status === 'ready' && p.plan.action === 'apply') ?? [];
  const apply = async () => {
    if (!prepared) return;
    const list = prepared;
    // The preview cards go while the files are written: re-rendering dozens of cards at every
    // progress step cost more than the import itself (56 files: seconds).
    setPrepared(undefined);
    setProgress({ label: 'Đang nhập', done: 0, total: list.length });
    try {
      const out = await applyImport(list, {
        addUnits,
        replaceReports,
        dropOverlapping,
        beforeApply: backupBeforeImport,
        onProgress: throttled((done, total) => setProgress({ label: 'Đang nhập', done, total })),
      });
      setResults(out);
    } catch (e) {
      setPrepared(list);
      setError(messageOf(e));
    } finally {
      setProgress(undefined);
    }
  };

  return (
    <Stack>
      <Paper
        withBorder
        p="xl"
        data-testid="drop-zone"
        bg={dragging ? 'blue.0' : undefined}
        style={{ borderStyle: 'dashed', textAlign: 'center' }}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => void onDrop(e)}
      >
        <Stack align="center" gap="xs">
          <Text>Kéo thả các tệp .sng vào đây, hoặc</Text>
          <Button onClick={() => void choose()}>Chọn tệp để nhập…</Button>
          <Text size="sm" c="dimmed">
            Có thể chọn nhiều tệp một lúc. Trước khi nhập, ứng dụng tự sao lưu dữ liệu hiện có.
          </Text>
        </Stack>
      </Paper>
      <Group align="end">
        <PasswordInput label="Mật khẩu (nếu tệp được mã hóa)" value={pass} onChange={(e) => setPass(e.currentTarget.value)} w={280} />
        {files.length > 0 && (
          <Button variant="default" onClick={() => void prepare(files)}>
            Kiểm tra lại với mật khẩu này
          </Button>
        )}
      </Group>
      {progress && (
        <Stack gap={4}>
          <Text size="sm">
            {progress.label}: {progress.done}/{progress.total}
          </Text>
          <Progress value={progress.total ? (progress.done * 100) / progress.total : 0} aria-label={progress.label} />
        </Stack>
      )}
      {error && <Alert color="red">{error}</Alert>}
      {prepared && (
        <Stack data-testid="import-preview">
          <Title order={4}>Xem trước ({prepared.length} tệp)</Title>
          {offers.length > 0 && (
            <Alert color="blue" title={`${offers.length} đơn vị chưa có trong danh sách trực thuộc`} data-testid="new-units">
              <Text size="sm">
                {offers
                  .slice(0, 12)
                  .map((o) => `${o.name} (${o.code})`)
                  .join(', ')}
                {offers.length > 12 ? ` và ${offers.length - 12} đơn vị khác` : ''}.
              </Text>
              <Group mt="sm">
                <Button onClick={() => void acceptAllUnits()}>{offers.length === 1 ? 'Thêm đơn vị mới này' : `Thêm tất cả ${offers.length} đơn vị mới`}</Button>
              </Group>
            </Alert>
          )}
          {prepared.map((p, i) => (
            <Card withBorder key={`${p.fileName}-${i}`} data-testid="import-file">
              <Group justify="space-between">
                <Text fw={700}>{p.fileName}</Text>
                {statusBadge(p)}
              </Group>
              {p.read && (
                <Stack gap={0} mt="xs">
                  {describeRead(p.read).map((line) => (
                    <Text size="sm" key={line}>
                      {line}
                    </Text>
                  ))}
                </Stack>
              )}
              {p.status === 'ready' && (
                <List size="sm" mt="xs">
                  {p.plan.changes.map((c) => (
                    <List.Item key={c}>{c}</List.Item>
                  ))}
                </List>
              )}
              {p.status === 'error' && (
                <Alert color="red" mt="xs" title="Lý do">
                  {p.problem.message}
                  {p.problem.code === 'unknown_unit' && typeof (p.problem.details.offer as { code?: string } | undefined)?.code === 'string' && (
                    <Group mt="sm">
                      <Button size="xs" onClick={() => void acceptUnit((p.problem.details.offer as { code: string }).code)}>
                        Thêm đơn vị này vào danh sách trực thuộc
                      </Button>
                    </Group>
                  )}
                  {(p.problem.code === 'older_report' || p.problem.code === 'conflicting_report') && choiceKey(p) && (
                    <Group mt="sm">
                      <Button size="xs" color="orange" onClick={() => void replan({ replaceReports: new Set(replaceReports).add(choiceKey(p)!) })}>
                        Thay báo cáo đã nhập bằng tệp này
                      </Button>
                    </Group>
                  )}
                  {p.problem.code === 'overlap' && choiceKey(p) && Array.isArray(p.problem.details.overlaps) && (
                    <Group mt="sm">
                      <Button size="xs" color="orange" onClick={() => void replan({ dropOverlapping: new Set(dropOverlapping).add(choiceKey(p)!) })}>
                        Giữ tệp này, gỡ báo cáo trùng
                      </Button>
                      <Text size="xs">Hoặc không làm gì: tệp này sẽ không được nhập, các báo cáo đã nhập giữ nguyên.</Text>
                    </Group>
                  )}
                </Alert>
              )}
            </Card>
          ))}
          <Group>
            <Button onClick={() => void apply()} disabled={ready.length === 0}>
              {ready.length > 0 ? `Nhập ${ready.length} tệp` : 'Không có tệp nào cần nhập'}
            </Button>
            <Button variant="default" onClick={() => setPrepared(undefined)}>
              Hủy
            </Button>
          </Group>
        </Stack>
      )}
      {results && (
        <Card withBorder data-testid="import-results">
          <Title order={4} mb="xs">
            Kết quả nhập
          </Title>
          <Table>
            <Table.Tbody>
              {results.map((r, i) => (
                <Table.Tr key={`${r.fileName}-${i}`}>
                  <Table.Td>{r.fileName}</Table.Td>
                  <Table.Td>
                    <Badge color={OUTCOME[r.outcome].color}>{OUTCOME[r.outcome].label}</Badge>
                  </Table.Td>
                  <Table.Td>
                    {r.message}
                    {r.changes.length > 0 && (
                      <Text size="xs" c="dimmed">
                        {r.changes.join(' ')}
                      </Text>
                    )}
                    {r.replaced && (
                      <Button
                        size="compact-xs"
                        variant="default"
                        mt={4}
                        onClick={() =>
                          void undoReplacement(r.replaced!)
                            .then(() => setResults(results.map((x, j) => (j === i ? { ...x, replaced: undefined, message: `${x.message} Đã hoàn tác: báo cáo cũ được khôi phục.` } : x))))
                            .catch((e: unknown) => setError(messageOf(e)))
                        }
                      >
                        Hoàn tác (khôi phục báo cáo đã thay)
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </Stack>
  );
}

function ImportLogPanel() {
  const log = useLiveQuery(() => listImportLog(), []);
  const rows = useMemo(() => log ?? [], [log]);
  if (rows.length === 0) return <Text c="dimmed">Chưa nhập hay xuất tệp nào.</Text>;
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Thời gian</Table.Th>
          <Table.Th>Tệp</Table.Th>
          <Table.Th>Loại</Table.Th>
          <Table.Th>Đơn vị</Table.Th>
          <Table.Th>Nội dung</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>{dateTime(r.at)}</Table.Td>
            <Table.Td>{r.fileName}</Table.Td>
            <Table.Td>{KIND_LABELS[r.kind as keyof typeof KIND_LABELS] ?? r.kind}</Table.Td>
            <Table.Td>{r.unitCode}</Table.Td>
            <Table.Td>{r.message}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export default function ExchangePage() {
  // A cell mostly sends its report; the superior committee mostly receives them.
  const { mode } = useSettings();
  return (
    <Stack>
      <Title order={2}>Trao đổi dữ liệu</Title>
      <Tabs key={mode} defaultValue={mode === 'cell' ? 'export' : 'import'} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="import">Nhập tệp</Tabs.Tab>
          <Tabs.Tab value="export">Xuất tệp</Tabs.Tab>
          <Tabs.Tab value="log">Nhật ký trao đổi</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="import" pt="md">
          <ImportPanel />
        </Tabs.Panel>
        <Tabs.Panel value="export" pt="md">
          <ExportPanel />
        </Tabs.Panel>
        <Tabs.Panel value="log" pt="md">
          <ImportLogPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
