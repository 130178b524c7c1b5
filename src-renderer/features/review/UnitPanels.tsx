import { useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Id, RatingLevel } from '../../core/model';
import { RATING_LEVELS, unitLevelForScore, unitLevelLabel, type QuotaGroup, type UnitReviewRecord } from '../../core/review';
import { formatDate, formatDecimal, formatInteger, parseDate } from '../../core/text';
import { REPORT_TEXT_LABELS, REPORT_TEXT_MAX, reportTextsError } from '../../core/text/report-texts';
import { saveUnitReview } from '../../services/review';
import type { ReviewView } from './view-model';
import { errorMessage } from '../../services/errors';

function useSaver(unitId: Id, year: number) {
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const save = async (patch: Partial<UnitReviewRecord>, message: string) => {
    setError(undefined);
    setSaving(true);
    try {
      await saveUnitReview(unitId, year, patch);
      notifications.show({ color: 'green', message });
      return true;
    } catch (e) {
      setError(errorMessage(e, 'Không lưu được.'));
      return false;
    } finally {
      setSaving(false);
    }
  };
  return { error, saving, save };
}

export function QuotaPanel({ view, unitId, unitReview }: { view: ReviewView; unitId: Id; unitReview?: UnitReviewRecord }) {
  const [groups, setGroups] = useState<QuotaGroup[]>(unitReview?.quotaGroups ?? []);
  const { error, saving, save } = useSaver(unitId, view.year);
  const quota = view.scheme.data.quota;
  const memberOptions = view.inRound.filter((v) => !v.review?.excluded).map((v) => ({ value: v.member.id, label: v.member.fullName }));
  if (!quota) return <Text c="dimmed">{view.scheme.name} không quy định tỷ lệ xuất sắc.</Text>;
  return (
    <Stack>
      <Text>
        Số đảng viên xếp loại “Hoàn thành xuất sắc nhiệm vụ” không vượt quá {quota.percent}% số được xếp loại “Hoàn thành tốt nhiệm vụ”
        {quota.outstandingPercent !== quota.percent ? ` (${quota.outstandingPercent}% với đơn vị tiêu biểu)` : ''} trong nhóm đảng viên có
        vị trí, vai trò tương đồng.{' '}
        {quota.base === 'tot_only'
          ? 'Ứng dụng lấy số “hoàn thành tốt” không tính những người đề xuất xuất sắc.'
          : 'Ứng dụng lấy số “hoàn thành tốt” gồm cả những người đề xuất xuất sắc.'}{' '}
        Đây chỉ là cảnh báo: cấp có thẩm quyền xem xét, quyết định.
      </Text>
      {view.quota.warnings.map((w) => (
        <Alert key={w} color="yellow" title="Vượt tỷ lệ xuất sắc" role="alert">
          {w}
        </Alert>
      ))}
      <Table withTableBorder striped aria-label="Kiểm tra tỷ lệ xuất sắc">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Nhóm so sánh</Table.Th>
            <Table.Th>Đã có mức</Table.Th>
            <Table.Th>Hoàn thành tốt</Table.Th>
            <Table.Th>Tối đa xuất sắc</Table.Th>
            <Table.Th>Đang đề xuất xuất sắc</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {view.quota.groups.map((g) => (
            <Table.Tr key={g.name} style={g.over ? { background: 'var(--mantine-color-yellow-1)' } : undefined}>
              <Table.Td>{g.name}</Table.Td>
              <Table.Td>{g.rated}</Table.Td>
              <Table.Td>{g.countTot}</Table.Td>
              <Table.Td>
                {g.max} ({g.percent}%)
              </Table.Td>
              <Table.Td>{g.countXuatSac}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Checkbox
        label={`Chi bộ được công nhận tiêu biểu (tỷ lệ ${quota.outstandingPercent}%)`}
        checked={unitReview?.outstanding === true}
        onChange={(e) => void save({ outstanding: e.currentTarget.checked }, 'Đã lưu.')}
      />
      <Title order={4}>Nhóm so sánh (không chia nhóm: cả chi bộ là một nhóm)</Title>
      {groups.map((g, i) => (
        <Group key={i} align="end">
          <TextInput
            label="Tên nhóm"
            value={g.name}
            onChange={(e) => setGroups(groups.map((x, j) => (j === i ? { ...x, name: e.currentTarget.value } : x)))}
          />
          <MultiSelect
            label="Đảng viên trong nhóm"
            data={memberOptions}
            value={g.memberIds}
            onChange={(ids) => setGroups(groups.map((x, j) => (j === i ? { ...x, memberIds: ids } : x)))}
            searchable
            w={480}
          />
          <Button variant="subtle" color="red" onClick={() => setGroups(groups.filter((_, j) => j !== i))}>
            Bỏ nhóm
          </Button>
        </Group>
      ))}
      {error && <Alert color="red">{error}</Alert>}
      <Group>
        <Button variant="light" onClick={() => setGroups([...groups, { name: `Nhóm ${groups.length + 1}`, memberIds: [] }])}>
          Thêm nhóm so sánh
        </Button>
        <Button loading={saving} onClick={() => void save({ quotaGroups: groups }, 'Đã lưu nhóm so sánh.')}>
          Lưu nhóm so sánh
        </Button>
      </Group>
    </Stack>
  );
}

export function StatisticsTable({ view }: { view: ReviewView }) {
  const s = view.stats;
  const labels = view.scheme.data.memberLabels;
  const rows: Array<[string, number | string, string]> = [
    ['Tổng số đảng viên', s.membersTotal, ''],
    ['Phải đăng ký nêu gương', s.requiredToRegister, ''],
    ['Đã đăng ký', s.registered.count, s.registered.text],
    ['Được biểu dương trong sinh hoạt (người)', s.membersPraised.count, s.membersPraised.text],
    ['Bị nhắc nhở, phê bình (người)', s.membersReminded.count, s.membersReminded.text],
    ['Phải kiểm điểm, xếp loại', s.requiredToReview, ''],
    [
      `Không xếp loại (miễn ${s.excluded.mien}, đình chỉ ${s.excluded.dinh_chi}, mới kết nạp ${s.excluded.moi_ket_nap})`,
      s.excluded.total,
      '',
    ],
    ['Đã kiểm điểm, xếp loại', s.reviewed.count, s.reviewed.text],
    ...RATING_LEVELS.map((l): [string, number, string] => [labels[l], s.levels[l].count, s.levels[l].text]),
    ['Hoàn thành tốt nhiệm vụ trở lên', s.totOrAbove.count, s.totOrAbove.text],
    ['Xuất sắc so với tổng số đã xếp loại', s.xuatSacOfReviewed.count, s.xuatSacOfReviewed.text],
    ['Xuất sắc so với số hoàn thành tốt', s.xuatSacOfTot.count, s.xuatSacOfTot.text],
    ['Khen thưởng trong năm', s.commendations.total, ''],
  ];
  return (
    <Table withTableBorder striped aria-label="Số liệu năm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Nội dung</Table.Th>
          <Table.Th ta="right">Số lượng</Table.Th>
          <Table.Th ta="right">Tỷ lệ</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(([label, count, pct]) => (
          <Table.Tr key={label}>
            <Table.Td>{label}</Table.Td>
            <Table.Td ta="right">{typeof count === 'number' ? formatInteger(count) : count}</Table.Td>
            <Table.Td ta="right">{pct}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function UnitReviewPanel({ view, unitId, unitReview }: { view: ReviewView; unitId: Id; unitReview?: UnitReviewRecord }) {
  const scheme = view.scheme;
  const [score, setScore] = useState<number | string>(unitReview?.score ?? '');
  const [exceeded, setExceeded] = useState(unitReview?.exceededShare30 === true);
  const [noDiscipline, setNoDiscipline] = useState(unitReview?.noDiscipline === true);
  const [forced, setForced] = useState<string[]>(unitReview?.forcedFailure ?? []);
  const [selfLevel, setSelfLevel] = useState<string | null>(unitReview?.selfLevel ?? null);
  const [finalLevel, setFinalLevel] = useState<string | null>(unitReview?.finalLevel ?? null);
  const { error, saving, save } = useSaver(unitId, view.year);
  const computed = unitLevelForScore(scheme, {
    score: score === '' ? undefined : Number(score),
    exceededShare30: exceeded,
    noDiscipline,
    forcedFailure: forced,
  });
  const options = RATING_LEVELS.map((l) => ({ value: l, label: unitLevelLabel(scheme, l) }));
  const memberKhong = view.stats.levels.khong_hoan_thanh.count;
  return (
    <Stack>
      <Title order={4}>Chi bộ tự kiểm điểm, xếp loại (Mẫu 01)</Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput
          label="Tổng điểm của chi bộ (tối đa 100)"
          min={0}
          max={100}
          decimalScale={2}
          decimalSeparator=","
          value={score}
          onChange={setScore}
        />
        <Paper withBorder p="xs">
          <Text size="sm">Mức theo điểm</Text>
          <Text fw={700} aria-label="Mức của chi bộ theo điểm">
            {computed.total !== undefined ? `${formatDecimal(computed.total)} điểm → ${unitLevelLabel(scheme, computed.level)}` : '—'}
          </Text>
        </Paper>
      </SimpleGrid>
      <Checkbox
        label="Có ít nhất 30% chỉ tiêu, nhiệm vụ vượt mức yêu cầu"
        checked={exceeded}
        onChange={(e) => setExceeded(e.currentTarget.checked)}
      />
      <Checkbox
        label="Không có tổ chức trực thuộc, cấp ủy viên hay đảng viên bị xử lý kỷ luật trong năm"
        checked={noDiscipline}
        onChange={(e) => setNoDiscipline(e.currentTarget.checked)}
      />
      {scheme.data.unitForcedFailure.length > 0 && (
        <Checkbox.Group label="Trường hợp xếp loại không hoàn thành nhiệm vụ" value={forced} onChange={setForced}>
          <Stack gap={4} mt={4}>
            {scheme.data.unitForcedFailure.map((f) => (
              <Checkbox key={f.code} value={f.code} label={f.label} />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      {computed.notes.length > 0 && computed.total !== undefined && <Alert color="yellow">{computed.notes.join(' ')}</Alert>}
      {memberKhong > 0 && (
        <Alert color="orange" variant="light">
          Có {memberKhong} đảng viên xếp loại không hoàn thành nhiệm vụ: cân nhắc khi đề xuất mức của chi bộ (kết quả của tập thể căn cứ cả
          kết quả của đảng viên).
        </Alert>
      )}
      <Group align="end">
        <Select label="Chi bộ tự xếp loại" data={options} value={selfLevel} onChange={setSelfLevel} clearable w={300} />
        {computed.level && computed.level !== selfLevel && (
          <Button variant="light" onClick={() => setSelfLevel(computed.level!)}>
            Dùng mức theo điểm
          </Button>
        )}
        <Select label="Cấp trên quyết định" data={options} value={finalLevel} onChange={setFinalLevel} clearable w={300} />
      </Group>
      {(error || computed.errors.length > 0) && <Alert color="red">{error ?? computed.errors.join(' ')}</Alert>}
      <Group>
        <Button
          loading={saving}
          onClick={() =>
            void save(
              {
                score: score === '' ? undefined : Number(score),
                exceededShare30: exceeded,
                noDiscipline,
                forcedFailure: forced,
                selfLevel: (selfLevel as RatingLevel | null) ?? undefined,
                finalLevel: (finalLevel as RatingLevel | null) ?? undefined,
              },
              'Đã lưu kết quả xếp loại của chi bộ.',
            )
          }
        >
          Lưu xếp loại chi bộ
        </Button>
      </Group>
    </Stack>
  );
}

export function CellChart({ view }: { view: ReviewView }) {
  const data = view.cell.perMonth.map((m) => ({
    name: `T${m.month}`,
    'Đã tự đánh giá': m.assessed,
    'Đạt mức tốt': m.good,
    'Phải đánh giá': m.applicable,
  }));
  return (
    <div style={{ width: '100%', height: 220 }} aria-label="Biểu đồ tự đánh giá của chi bộ theo tháng">
      <ResponsiveContainer>
        <BarChart data={data}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Bar dataKey="Phải đánh giá" fill="#868e96" isAnimationActive={false} />
          <Bar dataKey="Đã tự đánh giá" fill="#4dabf7" isAnimationActive={false} />
          <Bar dataKey="Đạt mức tốt" fill="#2f9e44" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function ReportPanel({
  view,
  unitId,
  unitReview,
  onExport,
  busy,
}: {
  view: ReviewView;
  unitId: Id;
  unitReview?: UnitReviewRecord;
  onExport: (what: 'report' | 'listPdf' | 'listXlsx') => void;
  busy: boolean;
}) {
  const [number, setNumber] = useState(unitReview?.reportNumber ?? '');
  const [date, setDate] = useState(formatDate(unitReview?.reportDate));
  const [results, setResults] = useState(unitReview?.report.results ?? '');
  const [typical, setTypical] = useState(unitReview?.typical ?? '');
  const [limits, setLimits] = useState(unitReview?.report.limits ?? '');
  const [proposals, setProposals] = useState(unitReview?.report.proposals ?? '');
  const [dateError, setDateError] = useState<string>();
  const [textError, setTextError] = useState<string>();
  const { error, saving, save } = useSaver(unitId, view.year);
  const submit = async () => {
    const iso = date.trim() ? parseDate(date) : undefined;
    if (date.trim() && !iso) {
      setDateError('Ngày báo cáo không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 28/12/2026.');
      return;
    }
    setDateError(undefined);
    const tooLong = reportTextsError({ results, typical, limits, proposals });
    if (tooLong) {
      setTextError(tooLong);
      return;
    }
    setTextError(undefined);
    await save(
      { reportNumber: number.trim() || undefined, reportDate: iso, typical, report: { results, limits, proposals } },
      'Đã lưu nội dung báo cáo.',
    );
  };
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label="Số báo cáo (…-BC/CB)" placeholder="05" value={number} onChange={(e) => setNumber(e.currentTarget.value)} />
        <TextInput
          label="Ngày báo cáo"
          placeholder="28/12/2026"
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          error={dateError}
        />
      </SimpleGrid>
      <Textarea
        label={REPORT_TEXT_LABELS.results}
        autosize
        minRows={3}
        maxLength={REPORT_TEXT_MAX}
        value={results}
        onChange={(e) => setResults(e.currentTarget.value)}
      />
      <Textarea
        label={REPORT_TEXT_LABELS.typical}
        autosize
        minRows={2}
        maxLength={REPORT_TEXT_MAX}
        value={typical}
        onChange={(e) => setTypical(e.currentTarget.value)}
      />
      <Textarea
        label={REPORT_TEXT_LABELS.limits}
        autosize
        minRows={3}
        maxLength={REPORT_TEXT_MAX}
        value={limits}
        onChange={(e) => setLimits(e.currentTarget.value)}
      />
      <Textarea
        label={REPORT_TEXT_LABELS.proposals}
        autosize
        minRows={2}
        maxLength={REPORT_TEXT_MAX}
        value={proposals}
        onChange={(e) => setProposals(e.currentTarget.value)}
      />
      {textError && (
        <Alert color="red" role="alert">
          {textError}
        </Alert>
      )}
      {error && <Alert color="red">{error}</Alert>}
      <Group>
        <Button loading={saving} onClick={() => void submit()}>
          Lưu nội dung báo cáo
        </Button>
      </Group>
      <Title order={4}>Xuất tệp</Title>
      <Group>
        <Button loading={busy} onClick={() => onExport('report')}>
          Xuất báo cáo PDF
        </Button>
        <Button loading={busy} variant="light" onClick={() => onExport('listPdf')}>
          Xuất danh sách xếp loại PDF
        </Button>
        <Button loading={busy} variant="light" onClick={() => onExport('listXlsx')}>
          Xuất danh sách Excel (.xlsx)
        </Button>
      </Group>
    </Stack>
  );
}
