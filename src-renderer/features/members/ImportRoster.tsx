import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Badge, Button, Checkbox, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLive as useLiveQuery } from '../../services/live';
import type { Unit } from '../../core/model';
import {
  cellText,
  columnLetter,
  detectHeader,
  parseRoster,
  PARTY_POSITION_SHORT,
  ROSTER_FIELD_LABELS,
  ROSTER_FIELDS,
  ROSTER_SAMPLE_FILE_NAME,
  summarize,
  validateMapping,
  type ColumnMapping,
  type ParsedRosterRow,
  type RosterField,
} from '../../core/members';
import { foldForSearch, formatDate } from '../../core/text';
import { importRoster, listMembers, MemberError, type ImportReport } from '../../services/members';
import { getDesktopApi } from '../../platform';
import { buildRosterSampleXlsx, readSpreadsheet, SpreadsheetError, type SheetData } from './excel';
import { clock } from '../../platform/clock';
import { errorMessage } from '../../services/errors';

const MAPPING_KEY = 'sng.members.importMapping';
const PREVIEW_LIMIT = 500;

/** Remembered mapping: field → folded header text of the column chosen last time. */
function loadSavedMapping(): Partial<Record<RosterField, string>> {
  try {
    return JSON.parse(localStorage.getItem(MAPPING_KEY) ?? '{}') as Partial<Record<RosterField, string>>;
  } catch {
    return {};
  }
}

function saveMapping(headers: string[], mapping: ColumnMapping): void {
  const out: Partial<Record<RosterField, string>> = {};
  for (const f of ROSTER_FIELDS) {
    const col = mapping[f];
    if (col !== undefined && headers[col]) out[f] = foldForSearch(headers[col]!);
  }
  localStorage.setItem(MAPPING_KEY, JSON.stringify(out));
}

function initialMapping(sheet: SheetData): { headerRow: number; mapping: ColumnMapping } {
  const detected = detectHeader(sheet.rows) ?? { headerRow: 0, mapping: {} };
  const headers = (sheet.rows[detected.headerRow] ?? []).map((c) => foldForSearch(cellText(c)));
  const mapping = { ...detected.mapping };
  const saved = loadSavedMapping();
  for (const f of ROSTER_FIELDS) {
    const wanted = saved[f];
    if (!wanted) continue;
    const col = headers.indexOf(wanted);
    if (col >= 0) {
      for (const g of ROSTER_FIELDS) if (mapping[g] === col && g !== f) delete mapping[g];
      mapping[f] = col;
    }
  }
  return { headerRow: detected.headerRow, mapping };
}

const ACTION_LABELS: Record<ParsedRosterRow['action'], { label: string; color: string }> = {
  add: { label: 'Thêm mới', color: 'green' },
  update: { label: 'Cập nhật', color: 'blue' },
  unchanged: { label: 'Không đổi', color: 'gray' },
  invalid: { label: 'Lỗi — bỏ qua', color: 'red' },
};

export function ImportRoster({ unit }: { unit: Unit }) {
  const navigate = useNavigate();
  const existing = useLiveQuery(() => listMembers(unit.id), [unit.id]);
  const [fileName, setFileName] = useState<string>();
  const [sheets, setSheets] = useState<SheetData[]>([]);
  const [sheetIndex, setSheetIndex] = useState(0);
  const [headerRow, setHeaderRow] = useState(0);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [fileError, setFileError] = useState<string>();
  const [importError, setImportError] = useState<string[]>();
  const [report, setReport] = useState<ImportReport>();
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [busy, setBusy] = useState(false);

  const sheet = sheets[sheetIndex];
  const headers = useMemo(() => (sheet?.rows[headerRow] ?? []).map((c) => cellText(c)), [sheet, headerRow]);
  const columnCount = useMemo(() => Math.max(0, ...(sheet?.rows.slice(0, 50).map((r) => r.length) ?? [0])), [sheet]);
  const mappingErrors = sheet ? validateMapping(mapping) : [];
  const parsed = useMemo(
    () =>
      sheet && existing && mappingErrors.length === 0
        ? parseRoster(sheet.rows, headerRow, mapping, existing, { today: clock.today() })
        : [],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- mappingErrors derives from mapping
    [sheet, headerRow, mapping, existing],
  );
  const summary = summarize(parsed);
  const shown = (onlyProblems ? parsed.filter((r) => r.errors.length > 0 || r.warnings.length > 0) : parsed).slice(0, PREVIEW_LIMIT);

  const chooseSheet = (index: number, list = sheets) => {
    const s = list[index];
    if (!s) return;
    setSheetIndex(index);
    const init = initialMapping(s);
    setHeaderRow(init.headerRow);
    setMapping(init.mapping);
  };

  const pickFile = async () => {
    setFileError(undefined);
    setImportError(undefined);
    setReport(undefined);
    const files = await getDesktopApi().openFiles({
      filters: [{ name: 'Bảng tính Excel hoặc CSV', extensions: ['xlsx', 'csv'] }],
      multiple: false,
    });
    const file = files[0];
    if (!file) return;
    setBusy(true);
    try {
      const read = await readSpreadsheet(file.name, file.bytes);
      setFileName(file.name);
      setSheets(read);
      // Prefer the first sheet that has a recognisable header.
      const withHeader = read.findIndex((s) => detectHeader(s.rows) !== undefined);
      chooseSheet(withHeader >= 0 ? withHeader : 0, read);
    } catch (e) {
      setSheets([]);
      setFileName(undefined);
      setFileError(e instanceof SpreadsheetError ? e.message : `Không đọc được tệp: ${errorMessage(e, '')}`);
    } finally {
      setBusy(false);
    }
  };

  const [sampleBusy, setSampleBusy] = useState(false);
  /** A ready-made file to fill in: the recognised columns, three example rows and a help sheet. */
  const saveSample = async () => {
    setSampleBusy(true);
    try {
      const bytes = await buildRosterSampleXlsx();
      const saved = await getDesktopApi().saveFile({
        suggestedName: ROSTER_SAMPLE_FILE_NAME,
        bytes,
        filters: [{ name: 'Bảng tính Excel', extensions: ['xlsx'] }],
      });
      if (saved)
        notifications.show({
          color: 'green',
          message: `Đã lưu tệp mẫu ${saved.path}. Mở tệp bằng Excel, ghi danh sách của chi bộ rồi chọn lại tệp ở đây.`,
        });
    } catch (e) {
      notifications.show({ color: 'red', message: `Không lưu được tệp mẫu: ${errorMessage(e, '')}` });
    } finally {
      setSampleBusy(false);
    }
  };

  const setColumn = (field: RosterField, value: string | null) => {
    setMapping((m) => {
      const next = { ...m };
      if (value === null || value === '') delete next[field];
      else next[field] = Number(value);
      return next;
    });
  };

  const runImport = async () => {
    setImportError(undefined);
    setBusy(true);
    try {
      const result = await importRoster(unit.id, parsed);
      saveMapping(headers, mapping);
      setReport(result);
      notifications.show({
        color: 'green',
        message: `Đã nhập: thêm ${result.added}, cập nhật ${result.updated}, bỏ qua ${result.skipped} dòng.`,
      });
    } catch (e) {
      setImportError(e instanceof MemberError ? e.problems : [errorMessage(e)]);
    } finally {
      setBusy(false);
    }
  };

  const columnOptions = [
    { value: '', label: '— Không dùng —' },
    ...Array.from({ length: columnCount }, (_, c) => ({
      value: String(c),
      label: `Cột ${columnLetter(c)}${headers[c] ? ` — ${headers[c]}` : ''}`,
    })),
  ];

  return (
    <Stack maw={1200}>
      <Group justify="space-between">
        <Title order={2}>Nhập danh sách đảng viên từ Excel</Title>
        <Button variant="default" onClick={() => navigate('..', { relative: 'path' })}>
          Về danh sách
        </Button>
      </Group>
      <Text size="sm">
        Chọn tệp Excel (.xlsx) hoặc CSV có dòng tiêu đề như “Họ và tên”, “Ngày sinh”, “Ngày vào Đảng”, “Ngày chính thức”, “Số thẻ”, “Chức
        vụ”, “Giới tính” (bấm “Tải tệp Excel mẫu” để có sẵn một tệp đúng mẫu). Ứng dụng cho xem trước từng dòng; chỉ những dòng hợp lệ được
        nhập, và nhập cùng một lần (lỗi giữa chừng thì không có gì thay đổi).
      </Text>
      <Group>
        <Button onClick={pickFile} loading={busy}>
          Chọn tệp…
        </Button>
        <Button variant="default" onClick={() => void saveSample()} loading={sampleBusy}>
          Tải tệp Excel mẫu
        </Button>
        {fileName && <Text>Tệp: {fileName}</Text>}
      </Group>
      {fileError && (
        <Alert color="red" title="Không đọc được tệp" role="alert">
          {fileError} Không có gì thay đổi trong danh sách.
        </Alert>
      )}

      {sheet && !report && (
        <>
          <Paper withBorder p="md">
            <Stack gap="xs">
              <Group align="flex-end">
                <Select
                  label="Trang tính"
                  data={sheets.map((s, i) => ({ value: String(i), label: s.name }))}
                  value={String(sheetIndex)}
                  onChange={(v) => v !== null && chooseSheet(Number(v))}
                  allowDeselect={false}
                  w={260}
                />
                <NumberInput
                  label="Dòng tiêu đề (số dòng trong Excel)"
                  value={headerRow + 1}
                  min={1}
                  max={Math.max(1, sheet.rows.length)}
                  onChange={(v) => typeof v === 'number' && v >= 1 && setHeaderRow(v - 1)}
                  w={240}
                />
              </Group>
              <Text fw={600}>Ghép cột</Text>
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
                {ROSTER_FIELDS.map((f) => (
                  <Select
                    key={f}
                    label={ROSTER_FIELD_LABELS[f]}
                    data={columnOptions}
                    value={mapping[f] === undefined ? '' : String(mapping[f])}
                    onChange={(v) => setColumn(f, v)}
                    allowDeselect={false}
                  />
                ))}
              </SimpleGrid>
              {mappingErrors.length > 0 && (
                <Alert color="red">
                  {mappingErrors.map((m) => (
                    <Text key={m} size="sm">
                      {m}
                    </Text>
                  ))}
                </Alert>
              )}
            </Stack>
          </Paper>

          {mappingErrors.length === 0 && (
            <Paper withBorder p="md" data-testid="import-preview">
              <Stack gap="xs">
                <Group justify="space-between">
                  <Group gap="xs">
                    <Text fw={600}>Xem trước:</Text>
                    <Badge color="green">Thêm mới: {summary.add}</Badge>
                    <Badge color="blue">Cập nhật: {summary.update}</Badge>
                    <Badge color="gray">Không đổi: {summary.unchanged}</Badge>
                    <Badge color="red">Lỗi: {summary.invalid}</Badge>
                  </Group>
                  <Checkbox
                    label="Chỉ hiện dòng có lỗi hoặc lưu ý"
                    checked={onlyProblems}
                    onChange={(e) => setOnlyProblems(e.currentTarget.checked)}
                  />
                </Group>
                <div style={{ maxHeight: 420, overflow: 'auto' }}>
                  <Table striped withTableBorder stickyHeader>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Dòng</Table.Th>
                        <Table.Th>Họ và tên</Table.Th>
                        <Table.Th>Ngày sinh</Table.Th>
                        <Table.Th>Ngày vào Đảng</Table.Th>
                        <Table.Th>Ngày chính thức</Table.Th>
                        <Table.Th>Chức vụ</Table.Th>
                        <Table.Th>Kết quả</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {shown.map((r) => {
                        const raw = sheet.rows[r.rowNumber - 1] ?? [];
                        const name = r.data?.fullName ?? cellText(mapping.fullName !== undefined ? raw[mapping.fullName] : undefined);
                        return (
                          <Table.Tr key={r.rowNumber} data-testid="preview-row">
                            <Table.Td>{r.rowNumber}</Table.Td>
                            <Table.Td>{name || <i>(trống)</i>}</Table.Td>
                            <Table.Td>{formatDate(r.data?.birthDate)}</Table.Td>
                            <Table.Td>{formatDate(r.data?.admissionDate)}</Table.Td>
                            <Table.Td>{formatDate(r.data?.fullMembershipDate)}</Table.Td>
                            <Table.Td>
                              {[
                                r.data?.partyPosition && r.data.partyPosition !== 'dang_vien'
                                  ? PARTY_POSITION_SHORT[r.data.partyPosition]
                                  : '',
                                r.data?.govPosition ?? '',
                              ]
                                .filter(Boolean)
                                .join('; ')}
                            </Table.Td>
                            <Table.Td>
                              <Badge color={ACTION_LABELS[r.action].color} variant="light">
                                {ACTION_LABELS[r.action].label}
                              </Badge>
                              {r.errors.map((m) => (
                                <Text key={m} size="xs" c="red.8">
                                  {m}
                                </Text>
                              ))}
                              {r.warnings.map((m) => (
                                <Text key={m} size="xs" c="yellow.9">
                                  {m}
                                </Text>
                              ))}
                            </Table.Td>
                          </Table.Tr>
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                </div>
                {parsed.length > PREVIEW_LIMIT && (
                  <Text size="sm" c="dimmed">
                    Chỉ hiện {PREVIEW_LIMIT} dòng đầu trong {parsed.length} dòng.
                  </Text>
                )}
                {parsed.length === 0 && <Text>Không có dòng dữ liệu nào dưới dòng tiêu đề.</Text>}
                {importError && (
                  <Alert color="red" role="alert" title="Chưa nhập được — không có gì thay đổi">
                    {importError.map((m) => (
                      <Text key={m} size="sm">
                        {m}
                      </Text>
                    ))}
                  </Alert>
                )}
                <Group>
                  <Button onClick={runImport} loading={busy} disabled={summary.add + summary.update === 0}>
                    Nhập {summary.add + summary.update} dòng hợp lệ
                  </Button>
                  <Text size="sm" c="dimmed">
                    Dòng lỗi sẽ bị bỏ qua; sửa trong Excel rồi nhập lại được (dòng đã có sẽ không bị nhân đôi).
                  </Text>
                </Group>
              </Stack>
            </Paper>
          )}
        </>
      )}

      {report && (
        <Alert color="green" title="Đã nhập xong" data-testid="import-report">
          <Text>
            Thêm mới {report.added} đảng viên, cập nhật {report.updated}, bỏ qua {report.skipped} dòng.
          </Text>
          <Group mt="sm">
            <Button onClick={() => navigate('..', { relative: 'path' })}>Xem danh sách</Button>
            <Button
              variant="default"
              onClick={() => {
                setReport(undefined);
                setSheets([]);
                setFileName(undefined);
              }}
            >
              Nhập tệp khác
            </Button>
          </Group>
        </Alert>
      )}
    </Stack>
  );
}
