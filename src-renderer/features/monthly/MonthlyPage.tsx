import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Alert, Badge, Button, Checkbox, Group, NativeSelect, NumberInput, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import type { Member, MonthlyAssessment, NotApplicableReason, PledgeForm } from '../../core/model';
import {
  NOT_APPLICABLE_LABELS,
  OVERALL_COLUMN,
  UndoStack,
  cellEditable,
  cellValue,
  copyCellFromPrevious,
  copyRowFromPrevious,
  emptyAssessment,
  gridColumns,
  gridMembers,
  hasAnyLevel,
  levelByCode,
  levelForKey,
  levelKeysSentence,
  markNotApplicable,
  monthSummary,
  nextPeriod,
  notReported,
  previousPeriod,
  setCell,
  suggestedNotApplicable,
  type GridColumn,
  type MonthlyScale,
} from '../../core/monthly';
import { periodLabel, sortMembers } from '../../core/text';
import { parsePeriodParam, useUrlParam } from '../../ui/url-state';
import { clock } from '../../platform/clock';
import { useDraft } from '../../services/drafts';
import { errorMessage } from '../../services/errors';
import { loadMonthData, saveMonthGrid, useMonthScale, type MonthData } from '../../services/monthly';
import { useOwnUnit, useSettings } from '../../services/settings';

export default function MonthlyPage() {
  const unit = useOwnUnit();
  const settings = useSettings();
  const [period, setPeriod] = useUrlParam('thang', parsePeriodParam, clock.thisPeriod);
  const scale = useMonthScale(period);
  const [year, month] = period.split('-').map(Number) as [number, number];

  return (
    <Stack gap="sm">
      <Title order={2}>Tự đánh giá việc thực hiện nêu gương hằng tháng</Title>
      <Group align="end" gap="xs">
        <Button variant="default" onClick={() => setPeriod(previousPeriod(period))} aria-label="Tháng trước">
          ‹ Tháng trước
        </Button>
        <NativeSelect
          label="Tháng"
          value={String(month)}
          onChange={(e) => setPeriod(`${year}-${String(Number(e.currentTarget.value)).padStart(2, '0')}`)}
          data={Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `Tháng ${i + 1}` }))}
          w={130}
        />
        <NumberInput
          label="Năm"
          value={year}
          min={2000}
          max={2100}
          onChange={(v) => {
            const y = Number(v);
            if (Number.isInteger(y) && y >= 2000 && y <= 2100) setPeriod(`${y}-${String(month).padStart(2, '0')}`);
          }}
          w={100}
        />
        <Button variant="default" onClick={() => setPeriod(nextPeriod(period))} aria-label="Tháng sau">
          Tháng sau ›
        </Button>
        <Text size="sm" c="dimmed" ml="md">
          Thang đánh giá: <b>{scale?.name ?? '…'}</b>
        </Text>
      </Group>
      {!scale ? (
        <Text c="dimmed">Đang tải…</Text>
      ) : !unit ? (
        <Alert color="yellow">Chưa thiết lập chi bộ. Hãy hoàn thành phần thiết lập ban đầu.</Alert>
      ) : (
        <MonthGrid key={`${unit.id}-${period}`} unitId={unit.id} period={period} scale={scale} officeHoldersFirst={settings.officeHoldersFirst} />
      )}
    </Stack>
  );
}

interface GridProps {
  unitId: string;
  period: string;
  scale: MonthlyScale;
  officeHoldersFirst: boolean;
}

function MonthGrid({ unitId, period, scale, officeHoldersFirst }: GridProps) {
  const [data, setData] = useState<MonthData>();
  const [loadError, setLoadError] = useState<string>();
  const [records, setRecords] = useState<Map<string, MonthlyAssessment>>(new Map());
  const [focus, setFocus] = useState({ row: 0, col: 0 });
  const [undoSize, setUndoSize] = useState(0);
  const undo = useRef(new UndoStack());
  const dirty = useRef(new Map<string, MonthlyAssessment>());
  const gridRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let alive = true;
    loadMonthData(unitId, period).then(
      (d) => {
        if (!alive) return;
        setData(d);
        setRecords(new Map(d.records.map((r) => [r.memberId, r])));
      },
      (e: unknown) => alive && setLoadError(errorMessage(e, 'Không đọc được dữ liệu tháng.')),
    );
    return () => {
      alive = false;
    };
  }, [unitId, period]);

  const draft = useDraft<Map<string, MonthlyAssessment>>({
    label: `Bảng tự đánh giá ${periodLabel(period).toLowerCase()}`,
    save: async (burst) => {
      const stored = await saveMonthGrid([...burst.values()]);
      // Stored: forget these edits unless a newer one of the same member came in meanwhile.
      for (const r of burst.values()) if (dirty.current.get(r.memberId) === r) dirty.current.delete(r.memberId);
      setRecords((prev) => {
        const next = new Map(prev);
        for (const r of stored) if (next.get(r.memberId)?.id !== r.id) next.set(r.memberId, { ...next.get(r.memberId)!, id: r.id });
        return next;
      });
    },
  });

  const members = useMemo(() => (data ? sortMembers(gridMembers(data.members, period), officeHoldersFirst) : []), [data, period, officeHoldersFirst]);
  const formOf = useMemo(() => new Map<string, PledgeForm>((data?.forms ?? []).map((f) => [f.memberId, f])), [data]);
  const prevFormOf = useMemo(() => new Map<string, PledgeForm>((data?.previousForms ?? []).map((f) => [f.memberId, f])), [data]);
  const prevOf = useMemo(() => new Map((data?.previous ?? []).map((r) => [r.memberId, r])), [data]);
  const columns = useMemo(() => gridColumns(data?.forms ?? []), [data]);
  const recordList = useMemo(() => [...records.values()], [records]);
  const missing = useMemo(() => notReported(members, recordList, period), [members, recordList, period]);
  const summary = useMemo(() => monthSummary(scale.data, members, recordList, period), [scale, members, recordList, period]);

  const recordFor = useCallback(
    (memberId: string): MonthlyAssessment =>
      records.get(memberId) ??
      emptyAssessment(memberId, unitId, period, { newId: () => crypto.randomUUID(), now: clock.nowIso(), scaleCode: scale.code }),
    [records, unitId, period, scale.code],
  );

  /** Apply a burst of changed records: state, undo step, autosave. */
  const apply = useCallback(
    (changed: MonthlyAssessment[], recordUndo = true) => {
      const real = changed.filter(
        (r) => r !== records.get(r.memberId) && (records.has(r.memberId) || hasAnyLevel(r) || r.praised || r.reminded || r.notApplicable),
      );
      if (real.length === 0) return;
      if (recordUndo) {
        undo.current.push(real.map((r) => records.get(r.memberId) ?? { ...r, results: [], overallLevel: undefined, praised: false, reminded: false, notApplicable: undefined }));
        setUndoSize(undo.current.size);
      }
      setRecords((prev) => {
        const next = new Map(prev);
        for (const r of real) next.set(r.memberId, r);
        return next;
      });
      for (const r of real) dirty.current.set(r.memberId, r);
      draft.change(new Map(dirty.current));
    },
    [records, draft],
  );

  const now = () => clock.nowIso();
  const setLevel = (row: number, col: number, level: string | undefined) => {
    const m = members[row];
    const c = columns[col];
    if (!m || !c || !cellEditable(formOf.get(m.id), c.key)) return;
    apply([setCell(recordFor(m.id), formOf.get(m.id), c.key, level, now())]);
  };

  const copyRow = () => {
    const m = members[focus.row];
    if (!m) return;
    apply([copyRowFromPrevious(scale.data, recordFor(m.id), prevOf.get(m.id), formOf.get(m.id), prevFormOf.get(m.id), columns, now())]);
  };
  const copyColumn = () => {
    const c = columns[focus.col];
    if (!c) return;
    apply(members.map((m) => copyCellFromPrevious(scale.data, recordFor(m.id), prevOf.get(m.id), formOf.get(m.id), prevFormOf.get(m.id), c.key, now())));
  };
  const undoLast = () => {
    const step = undo.current.pop();
    setUndoSize(undo.current.size);
    if (step) apply(step.before.map((r) => ({ ...r, updatedAt: now() })), false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const { row, col } = focus;
    const move = (r: number, c: number) => {
      e.preventDefault();
      setFocus({ row: Math.max(0, Math.min(members.length - 1, r)), col: Math.max(0, Math.min(columns.length - 1, c)) });
    };
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      undoLast();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    switch (e.key) {
      case 'ArrowUp':
        return move(row - 1, col);
      case 'ArrowDown':
        return move(row + 1, col);
      case 'ArrowLeft':
        return move(row, col - 1);
      case 'ArrowRight':
        return move(row, col + 1);
      case 'Enter':
        return move(e.shiftKey ? row - 1 : row + 1, col);
      case 'Home':
        return move(row, 0);
      case 'End':
        return move(row, columns.length - 1);
      case 'Delete':
      case 'Backspace':
        e.preventDefault();
        setLevel(row, col, undefined);
        return;
    }
    if (e.key.length === 1) {
      const m = members[row];
      const c = columns[col];
      if (!m || !c) return;
      const level = levelForKey(scale.data, e.key);
      if (level) {
        e.preventDefault();
        setLevel(row, col, level);
      }
    }
  };

  if (loadError) return <Alert color="red">{loadError}</Alert>;
  if (!data) return <Text c="dimmed">Đang tải…</Text>;
  if (members.length === 0)
    return <Alert color="yellow">Chưa có đảng viên nào trong danh sách chi bộ ở {periodLabel(period)}. Hãy nhập danh sách đảng viên trước.</Alert>;

  const focusedMember = members[focus.row];
  const focusedColumn = columns[focus.col];

  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Badge variant="light" size="lg">
          Đã báo cáo: {summary.reported}/{summary.expected}
        </Badge>
        {scale.data.levels.map((l) => (
          <Badge key={l.code} variant="outline" color={l.good ? 'green' : 'orange'}>
            {l.label}: {summary.byLevel[l.code] ?? 0}
          </Badge>
        ))}
        <Badge variant="outline" color="blue">
          Biểu dương: {summary.praised}
        </Badge>
        <Badge variant="outline" color="grape">
          Nhắc nhở: {summary.reminded}
        </Badge>
        <Text size="sm" c={draft.status === 'error' ? 'red' : 'dimmed'} role="status" data-testid="save-status">
          {draft.status === 'saved' ? 'Đã lưu' : draft.status === 'error' ? `Chưa lưu được: ${draft.error ?? ''} — sẽ thử lại` : 'Đang lưu…'}
        </Text>
      </Group>
      <Group gap="xs">
        <Button size="xs" variant="default" onClick={copyRow} disabled={!focusedMember}>
          Chép dòng tháng trước{focusedMember ? ` (${focusedMember.fullName})` : ''}
        </Button>
        <Button size="xs" variant="default" onClick={copyColumn} disabled={!focusedColumn}>
          Chép cột tháng trước{focusedColumn ? ` (${focusedColumn.short})` : ''}
        </Button>
        <Button size="xs" variant="default" onClick={undoLast} disabled={undoSize === 0}>
          Hoàn tác (Ctrl+Z)
        </Button>
        <Text size="xs" c="dimmed">
          Phím: mũi tên để di chuyển; mỗi phím chọn đúng một mức: {levelKeysSentence(scale.data)}; phím Delete để xóa, phím Enter để xuống dòng.
        </Text>
      </Group>
      <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
        <div
          ref={gridRef}
          role="grid"
          aria-label={`Bảng tự đánh giá ${periodLabel(period)}`}
          aria-rowcount={members.length + 1}
          aria-colcount={columns.length + 4}
          aria-activedescendant={`cell-${focus.row}-${focus.col}`}
          tabIndex={0}
          onKeyDown={onKeyDown}
          style={{ overflow: 'auto', maxHeight: '68vh', flex: 1, border: '1px solid var(--mantine-color-gray-4)', outlineOffset: 2 }}
        >
          <table role="presentation" style={{ borderCollapse: 'collapse', width: '100%', fontSize: '0.875rem' }}>
            <thead role="rowgroup" style={{ position: 'sticky', top: 0, background: 'var(--mantine-color-gray-1)', zIndex: 1 }}>
              <tr role="row">
                <th style={th} role="columnheader">TT</th>
                <th style={{ ...th, textAlign: 'left', minWidth: 190 }} role="columnheader">Họ và tên</th>
                {columns.map((c, i) => (
                  <th key={c.key} style={{ ...th, minWidth: 74 }} title={c.label} role="columnheader">
                    <Tooltip label={c.label} multiline w={260}>
                      <span style={{ cursor: 'help', fontWeight: i === focus.col ? 700 : 600 }}>{c.key === OVERALL_COLUMN ? 'Chung' : `ND ${c.short}`}</span>
                    </Tooltip>
                  </th>
                ))}
                <th style={th} role="columnheader">Biểu dương</th>
                <th style={th} role="columnheader">Nhắc nhở</th>
                <th style={{ ...th, minWidth: 150 }} role="columnheader">Không đánh giá</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {members.map((m, r) => (
                <GridRow
                  key={m.id}
                  index={r}
                  member={m}
                  record={records.get(m.id)}
                  form={formOf.get(m.id)}
                  columns={columns}
                  scale={scale}
                  period={period}
                  focusCol={focus.row === r ? focus.col : -1}
                  onCellClick={(col) => {
                    setFocus({ row: r, col });
                    gridRef.current?.focus();
                  }}
                  onFlag={(flag, value) => apply([{ ...recordFor(m.id), [flag]: value, updatedAt: now() }])}
                  onNotApplicable={(reason) => apply([markNotApplicable(recordFor(m.id), reason, undefined, now())])}
                />
              ))}
            </tbody>
          </table>
        </div>
        <Paper withBorder p="sm" w={250} aria-label="Chưa báo cáo">
          <Text fw={600} mb={4}>
            Chưa báo cáo ({missing.length})
          </Text>
          {missing.length === 0 ? (
            <Text size="sm" c="green">
              Tất cả đảng viên đã tự đánh giá {periodLabel(period)}.
            </Text>
          ) : (
            <Stack gap={2} data-testid="not-reported">
              {missing.map((m) => (
                <Text
                  key={m.id}
                  size="sm"
                  style={{ cursor: 'pointer' }}
                  onClick={() => {
                    setFocus({ row: members.indexOf(m), col: columns.length - 1 });
                    gridRef.current?.focus();
                  }}
                >
                  {m.fullName}
                </Text>
              ))}
            </Stack>
          )}
        </Paper>
      </div>
      {columns.length > 1 && (
        <Paper withBorder p="xs">
          <Text size="sm" fw={600}>
            Nội dung đăng ký (cột)
          </Text>
          {columns.map((c) => (
            <Text size="xs" key={c.key}>
              <b>{c.key === OVERALL_COLUMN ? 'Chung' : `ND ${c.short}`}</b>: {c.label}
            </Text>
          ))}
          <Text size="xs" c="dimmed">
            Đảng viên chưa có bản đăng ký chỉ đánh giá ở cột “Chung”. Ô “Chung” chữ nghiêng là mức suy ra từ các nội dung.
          </Text>
        </Paper>
      )}
    </Stack>
  );
}

const th = { padding: '4px 6px', borderBottom: '1px solid var(--mantine-color-gray-4)', fontWeight: 600, fontSize: '0.8125rem', textAlign: 'center' as const };

interface RowProps {
  index: number;
  member: Member;
  record: MonthlyAssessment | undefined;
  form: PledgeForm | undefined;
  columns: GridColumn[];
  scale: MonthlyScale;
  period: string;
  focusCol: number;
  onCellClick: (col: number) => void;
  onFlag: (flag: 'praised' | 'reminded', value: boolean) => void;
  onNotApplicable: (reason: NotApplicableReason | undefined) => void;
}

function GridRow({ index, member, record, form, columns, scale, period, focusCol, onCellClick, onFlag, onNotApplicable }: RowProps) {
  const suggested = suggestedNotApplicable(member, period);
  const na = record?.notApplicable?.reason;
  const reasons = Object.entries(NOT_APPLICABLE_LABELS) as Array<[NotApplicableReason, string]>;
  return (
    <tr role="row" aria-rowindex={index + 2} style={{ background: index % 2 ? 'var(--mantine-color-gray-0)' : undefined }}>
      <td style={{ ...td, textAlign: 'center' }} role="gridcell">{index + 1}</td>
      <td style={{ ...td, whiteSpace: 'nowrap' }} role="rowheader">
        {member.fullName}
      </td>
      {columns.map((c, col) => {
        const editable = cellEditable(form, c.key);
        const v = cellValue(scale.data, record, form, c.key);
        const level = levelByCode(scale.data, v.level);
        const focused = focusCol === col;
        return (
          <td
            key={c.key}
            id={`cell-${index}-${col}`}
            role="gridcell"
            aria-selected={focused}
            aria-readonly={!editable}
            aria-label={`${member.fullName}, ${c.key === OVERALL_COLUMN ? 'đánh giá chung' : `nội dung ${c.short}`}: ${level?.label ?? (editable ? 'chưa đánh giá' : 'không có nội dung')}`}
            onClick={() => onCellClick(col)}
            style={{
              ...td,
              textAlign: 'center',
              cursor: editable ? 'pointer' : 'default',
              outline: focused ? '2px solid var(--mantine-color-blue-6)' : undefined,
              outlineOffset: -2,
              background: !editable
                ? 'repeating-linear-gradient(45deg, transparent, transparent 4px, var(--mantine-color-gray-2) 4px, var(--mantine-color-gray-2) 5px)'
                : level
                  ? level.good
                    ? 'var(--mantine-color-green-0)'
                    : 'var(--mantine-color-orange-1)'
                  : undefined,
              fontStyle: v.derived ? 'italic' : undefined,
              color: v.derived ? 'var(--mantine-color-gray-7)' : undefined,
            }}
          >
            {na && c.key === OVERALL_COLUMN ? '—' : (level?.label ?? '')}
            {v.mixed ? '*' : ''}
          </td>
        );
      })}
      <td style={{ ...td, textAlign: 'center' }} role="gridcell">
        <Checkbox
          aria-label={`Biểu dương ${member.fullName}`}
          checked={record?.praised ?? false}
          onChange={(e) => onFlag('praised', e.currentTarget.checked)}
          styles={{ body: { justifyContent: 'center' } }}
        />
      </td>
      <td style={{ ...td, textAlign: 'center' }} role="gridcell">
        <Checkbox
          aria-label={`Nhắc nhở ${member.fullName}`}
          checked={record?.reminded ?? false}
          onChange={(e) => onFlag('reminded', e.currentTarget.checked)}
          styles={{ body: { justifyContent: 'center' } }}
        />
      </td>
      <td style={td} role="gridcell">
        <NativeSelect
          size="xs"
          aria-label={`Lý do không đánh giá của ${member.fullName}`}
          value={na ?? ''}
          onChange={(e) => onNotApplicable((e.currentTarget.value || undefined) as NotApplicableReason | undefined)}
          data={[
            { value: '', label: suggested ? `(${NOT_APPLICABLE_LABELS[suggested]})` : '' },
            ...reasons.map(([value, label]) => ({ value, label })),
          ]}
        />
      </td>
    </tr>
  );
}

const td = { padding: '3px 6px', borderBottom: '1px solid var(--mantine-color-gray-3)', fontSize: '0.8125rem' };
