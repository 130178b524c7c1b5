/**
 * A month's dues sheet as a keyboard-first grid: one row per member who owes the month, editable
 * cells Số tiền · Ngày nộp · Hình thức · Số tháng · Ghi chú. Arrows and Enter move between cells;
 * "=" fills the expected amount; C / T choose the channel; "Đã thu đủ" fills every unpaid row in
 * one step; "Hoàn tác" (Ctrl+Z) puts back the rows as they were before the last step (a cell typed
 * in is one step). Edits are stored through services/drafts useDraft (one transaction per burst).
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Alert, Badge, Button, Group, Paper, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import {
  CHANNEL_LABELS,
  EXPECTED_ISSUE_LABELS,
  MONTH_STATUS_LABELS,
  advanceAmount,
  createAccount,
  dong,
  arrearsOwedText,
  expectedFor,
  markPaidInFull,
  parseDong,
  sheetFromAccounts,
  type DuesAccount,
  type DuesChannel,
  type DuesPayment,
  type DuesSheet,
  type DuesSheetRow,
  type DuesWarning,
} from '../../core/dues';
import { UndoStack } from '../../core/monthly';
import { formatDate, formatInteger, parseDate, periodLabel } from '../../core/text';
import { useDraft } from '../../services/drafts';
import { accountWarnings, firstSheetPeriod, saveDuesEdits, type DuesSheetView } from '../../services/dues';
import { EMPTY_ROW, inputOf, parseMonths, rowEdit, type RowEdit, type RowInput } from './row-input';

const COLS = ['amount', 'paidOn', 'channel', 'months', 'note'] as const;
type Col = (typeof COLS)[number];
const COL_LABEL: Record<Col, string> = {
  amount: 'Số tiền nộp',
  paidOn: 'Ngày nộp',
  channel: 'Hình thức nộp',
  months: 'Số tháng nộp',
  note: 'Ghi chú',
};

export interface SheetDefaults {
  paidOn: string;
  channel: DuesChannel;
}

interface Props {
  view: DuesSheetView;
  defaults: SheetDefaults;
  onDefaults: (d: SheetDefaults) => void;
  /** The grid's latest sheet and warnings (documents, minutes line, warnings panel). */
  onSheet: (sheet: DuesSheet, warnings: DuesWarning[]) => void;
  /** Gives the page a way to store pending edits before it reloads or exports. */
  registerFlush: (flush: () => Promise<void>) => void;
}

function groupByMember(payments: readonly DuesPayment[]): Map<string, DuesPayment[]> {
  const map = new Map<string, DuesPayment[]>();
  for (const p of payments) map.set(p.memberId, [...(map.get(p.memberId) ?? []), p]);
  return map;
}

export function DuesGrid({ view, defaults, onDefaults, onSheet, registerFlush }: Props) {
  const { period, members, rules, today } = view;
  const memberOf = useMemo(() => new Map(members.map((m) => [m.id, m])), [members]);
  const names = useMemo(() => new Map(members.map((m) => [m.id, m.fullName])), [members]);
  /** The sheet's own payment of each member as loaded (its id is kept for every later edit of the row). */
  const original = useMemo(() => new Map(view.sheet.rows.filter((r) => r.entry).map((r) => [r.memberId, r.entry!])), [view]);
  const ids = useRef(new Map<string, string>());
  const entryId = (memberId: string) => {
    const known = original.get(memberId)?.id ?? ids.current.get(memberId);
    if (known) return known;
    const id = crypto.randomUUID();
    ids.current.set(memberId, id);
    return id;
  };

  const [inputs, setInputs] = useState<Map<string, RowInput>>(
    () => new Map(view.sheet.rows.map((r) => [r.memberId, inputOf(r.entry, period)])),
  );
  const [payments, setPayments] = useState<Map<string, DuesPayment[]>>(() => groupByMember(view.payments));
  const [accounts, setAccounts] = useState<Map<string, DuesAccount>>(() => new Map(view.accounts.map((a) => [a.input.member.id, a])));
  const [problems, setProblems] = useState<Map<string, string>>(new Map());
  const dirty = useRef(new Map<string, RowEdit>());
  const cells = useRef(new Map<string, HTMLInputElement>());
  const [focus, setFocus] = useState<{ row: number; col: number }>({ row: 0, col: 0 });
  /** Each step: the typed rows as they were before it (undo types them back). */
  const undo = useRef(new UndoStack<{ memberId: string; input: RowInput }>());
  const [undoSize, setUndoSize] = useState(0);

  const draft = useDraft<Map<string, RowEdit>>({
    label: `Bảng thu đảng phí ${periodLabel(period).toLowerCase()}`,
    validate: (value) =>
      [...value.entries()].flatMap(([id, e]) => (e.kind === 'problem' ? [`Đồng chí ${names.get(id) ?? ''}: ${e.message}`] : [])),
    save: async (burst) => {
      const put: DuesPayment[] = [];
      const deleteIds: string[] = [];
      for (const e of burst.values()) {
        if (e.kind === 'put') put.push(e.payment);
        else if (e.kind === 'delete') deleteIds.push(e.id);
      }
      await saveDuesEdits({ unitId: view.unitId, put, deleteIds, names });
      for (const [id, e] of burst) if (dirty.current.get(id) === e) dirty.current.delete(id);
    },
  });
  useEffect(() => registerFlush(() => draft.flush()), [registerFlush, draft]);

  const sheet = useMemo(
    () => sheetFromAccounts(period, members.map((m) => accounts.get(m.id)!).filter(Boolean)),
    [period, members, accounts],
  );
  const warnings = useMemo(() => {
    const since = firstSheetPeriod([...payments.values()].flat());
    return accountWarnings([...accounts.values()], rules.data, view.warningsPeriod, today, since).sort(
      (a, b) =>
        Number(b.level === 'consider_removal') - Number(a.level === 'consider_removal') ||
        members.findIndex((m) => m.id === a.memberId) - members.findIndex((m) => m.id === b.memberId),
    );
  }, [payments, accounts, rules, view.warningsPeriod, today, members]);
  useEffect(() => onSheet(sheet, warnings), [sheet, warnings, onSheet]);

  /**
   * Apply typed rows: undo step, local sheet, problems, autosave. `undoKey`: the typing session the
   * change belongs to (same key → same undo step); `record: false` for the undo itself.
   */
  const apply = useCallback(
    (changes: ReadonlyArray<{ memberId: string; input: RowInput }>, options: { undoKey?: string; record?: boolean } = {}) => {
      if (changes.length === 0) return;
      if (options.record !== false) {
        undo.current.push(
          changes.map((c) => ({ memberId: c.memberId, input: inputs.get(c.memberId) ?? EMPTY_ROW })),
          options.undoKey,
        );
        setUndoSize(undo.current.size);
      }
      const nextInputs = new Map(inputs);
      const nextPayments = new Map(payments);
      const nextAccounts = new Map(accounts);
      const nextProblems = new Map(problems);
      for (const { memberId, input } of changes) {
        nextInputs.set(memberId, input);
        const id = entryId(memberId);
        const entry: DuesPayment = original.get(memberId) ?? { id, memberId, period, coversFrom: period, coversThrough: period, amount: 0 };
        const edit = rowEdit({ input, period, memberId, entry, id });
        dirty.current.set(memberId, edit);
        if (edit.kind === 'problem') {
          nextProblems.set(memberId, edit.message);
          continue;
        }
        nextProblems.delete(memberId);
        const list = (nextPayments.get(memberId) ?? []).filter((p) => p.id !== id);
        if (edit.kind === 'put') list.push(edit.payment);
        nextPayments.set(memberId, list);
        const member = memberOf.get(memberId);
        if (member)
          nextAccounts.set(
            memberId,
            createAccount({ member, history: member.duesBasis, payments: list, rules: rules.data, today, arrears: member.duesArrears }),
          );
      }
      setInputs(nextInputs);
      setPayments(nextPayments);
      setAccounts(nextAccounts);
      setProblems(nextProblems);
      draft.change(new Map(dirty.current));
    },
    // entryId reads refs only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [inputs, payments, accounts, problems, original, period, memberOf, rules, today, draft],
  );

  const autoAmount = (memberId: string, months: number): number | undefined => {
    const member = memberOf.get(memberId);
    if (!member) return undefined;
    return advanceAmount(period, months, (p) => {
      const e = expectedFor({ member, history: member.duesBasis, rules: rules.data }, p);
      return e.owed ? e.expected : undefined;
    });
  };

  const withDefaults = (input: RowInput): RowInput => {
    const amount = parseDong(input.amount);
    if (amount === undefined || amount === 0) return input;
    return {
      ...input,
      paidOn: input.paidOn.trim() ? input.paidOn : formatDate(defaults.paidOn),
      channel: input.channel ?? defaults.channel,
    };
  };

  const change = (memberId: string, patch: Partial<RowInput>) => {
    const prev = inputs.get(memberId) ?? EMPTY_ROW;
    let next: RowInput = { ...prev, ...patch };
    if (patch.months !== undefined) {
      const before = parseMonths(prev.months) ?? 1;
      const after = parseMonths(patch.months);
      const prevAuto = autoAmount(memberId, before);
      const amount = parseDong(prev.amount);
      if (after !== undefined && (amount === undefined || amount === prevAuto)) {
        const auto = autoAmount(memberId, after);
        if (auto !== undefined) next.amount = formatInteger(auto);
      }
    }
    if (patch.amount !== undefined && !patch.amount.trim() && !next.note.trim()) next = { ...EMPTY_ROW };
    else if (patch.amount !== undefined || patch.months !== undefined) next = withDefaults(next);
    // Typing into a cell is one undo step; a channel chosen by a key or a click is a step of its own.
    const typed = Object.keys(patch).filter((k) => k !== 'channel');
    apply([{ memberId, input: next }], typed.length ? { undoKey: `${memberId}:${typed.join(',')}` } : {});
  };

  const undoLast = () => {
    const step = undo.current.pop();
    setUndoSize(undo.current.size);
    if (step) apply(step.before, { record: false });
  };

  const fillExpected = (memberId: string) => {
    const prev = inputs.get(memberId) ?? EMPTY_ROW;
    const auto = autoAmount(memberId, parseMonths(prev.months) ?? 1);
    if (auto === undefined) return;
    apply([{ memberId, input: withDefaults({ ...prev, amount: formatInteger(auto) }) }]);
  };

  const markAll = () => {
    const rows = markPaidInFull(sheet, { paidOn: defaults.paidOn, channel: defaults.channel, newId: () => '' });
    apply(rows.map((p) => ({ memberId: p.memberId, input: inputOf(p, period) })));
  };

  const rows = sheet.rows;
  const setCellRef = useCallback((key: string, el: HTMLInputElement | null) => {
    if (el) cells.current.set(key, el);
    else cells.current.delete(key);
  }, []);
  const focusCell = (row: number, col: number) => {
    const r = Math.max(0, Math.min(rows.length - 1, row));
    const c = Math.max(0, Math.min(COLS.length - 1, col));
    setFocus({ row: r, col: c });
    const el = cells.current.get(`${r}:${c}`);
    if (el) {
      el.focus();
      if (el.type === 'text' && !el.readOnly) el.select();
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, row: number, col: number, r: DuesSheetRow) => {
    const el = e.currentTarget;
    // A whole selected cell (just entered) moves on either side, like a spreadsheet.
    const atStart = el.selectionStart === 0;
    const atEnd = el.selectionEnd === el.value.length;
    const readOnly = COLS[col] === 'channel';
    if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      undoLast();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        return focusCell(row + 1, col);
      case 'ArrowUp':
        e.preventDefault();
        return focusCell(row - 1, col);
      case 'Enter':
        e.preventDefault();
        return focusCell(e.shiftKey ? row - 1 : row + 1, col);
      case 'ArrowLeft':
        if (readOnly || atStart) {
          e.preventDefault();
          focusCell(row, col - 1);
        }
        return;
      case 'ArrowRight':
        if (readOnly || atEnd) {
          e.preventDefault();
          focusCell(row, col + 1);
        }
        return;
    }
    if (COLS[col] === 'amount' && e.key === '=') {
      e.preventDefault();
      fillExpected(r.memberId);
      return;
    }
    if (readOnly) {
      const k = e.key.toLowerCase();
      if (k === 'c' || k === 'd') {
        e.preventDefault();
        change(r.memberId, { channel: 'cong_dvc' });
      } else if (k === 't') {
        e.preventDefault();
        change(r.memberId, { channel: 'tien_mat' });
      } else if (k === ' ') {
        e.preventDefault();
        const cur = (inputs.get(r.memberId) ?? EMPTY_ROW).channel;
        change(r.memberId, { channel: cur === 'cong_dvc' ? 'tien_mat' : 'cong_dvc' });
      } else if (e.key === 'Delete' || e.key === 'Backspace') {
        e.preventDefault();
        change(r.memberId, { channel: undefined });
      }
    }
  };

  const t = sheet.totals;
  const markable = rows.filter((r) => r.canMarkPaid && !inputs.get(r.memberId)?.amount.trim()).length;
  const defaultDateOk = parseDate(formatDate(defaults.paidOn)) !== undefined;

  return (
    <Stack gap="sm">
      <Group gap="xs" wrap="wrap" data-testid="dues-totals">
        <Badge variant="light" size="lg">
          Đã nộp đủ: {t.paidMembers}/{t.owedMembers}
        </Badge>
        {t.partialMembers > 0 && <Badge color="orange">Nộp thiếu: {t.partialMembers}</Badge>}
        {t.deferredMembers > 0 && <Badge color="gray">Chậm đóng có lý do: {t.deferredMembers}</Badge>}
        <Badge variant="outline">Phải thu: {dong(t.expected)}</Badge>
        <Badge variant="outline" color="green">
          Đã thu trong tháng: {dong(t.collected)}
        </Badge>
        {t.unknownExpectedMembers > 0 && <Badge color="red">Chưa có mức đóng: {t.unknownExpectedMembers}</Badge>}
        <Text
          size="sm"
          c={draft.status === 'error' || draft.status === 'invalid' ? 'red' : 'dimmed'}
          role="status"
          data-testid="dues-save-status"
        >
          {draft.status === 'saved'
            ? 'Đã lưu'
            : draft.status === 'invalid'
              ? 'Chưa lưu — còn lỗi cần sửa'
              : draft.status === 'error'
                ? `Chưa lưu được: ${draft.error ?? ''} — sẽ thử lại`
                : 'Đang lưu…'}
        </Text>
      </Group>
      <Group gap="sm" align="end" wrap="wrap">
        <TextInput
          label="Ngày nộp mặc định"
          placeholder="ngày/tháng/năm"
          w={150}
          defaultValue={formatDate(defaults.paidOn)}
          onChange={(e) => {
            const iso = parseDate(e.currentTarget.value);
            if (iso) onDefaults({ ...defaults, paidOn: iso });
          }}
          error={defaultDateOk ? undefined : 'Ngày không hợp lệ'}
        />
        <div>
          <Text size="sm" fw={500} mb={2}>
            Hình thức mặc định
          </Text>
          <SegmentedControl
            aria-label="Hình thức nộp mặc định"
            value={defaults.channel}
            onChange={(v) => onDefaults({ ...defaults, channel: v as DuesChannel })}
            data={[
              { value: 'cong_dvc', label: CHANNEL_LABELS.cong_dvc },
              { value: 'tien_mat', label: CHANNEL_LABELS.tien_mat },
            ]}
          />
        </div>
        <Button onClick={markAll} disabled={markable === 0}>
          Đã thu đủ{markable > 0 ? ` (${markable} đồng chí chưa nộp)` : ''}
        </Button>
        <Button variant="default" onClick={undoLast} disabled={undoSize === 0}>
          Hoàn tác (Ctrl+Z)
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        Phím: mũi tên hoặc Enter để di chuyển; ở cột Số tiền, phím “=” điền đúng mức phải nộp; ở cột Hình thức, phím C = Cổng Dịch vụ công,
        T = Tiền mặt. Số tháng lớn hơn 1 là nộp trước cho các tháng sau. Chậm đóng có lý do: nhập số tiền 0 và ghi lý do. Ctrl+Z hoàn tác
        bước vừa làm.
      </Text>
      {problems.size > 0 && (
        <Alert color="red" title="Còn lỗi cần sửa (chưa lưu)">
          {[...problems.entries()].map(([id, msg]) => (
            <Text size="sm" key={id}>
              {names.get(id)}: {msg}
            </Text>
          ))}
        </Alert>
      )}
      {rows.length === 0 ? (
        <Alert color="yellow">Không có đảng viên nào phải nộp đảng phí {periodLabel(period)}.</Alert>
      ) : (
        <div style={{ overflow: 'auto', maxHeight: '66vh', border: '1px solid var(--mantine-color-gray-4)' }}>
          <table
            role="grid"
            aria-label={`Bảng thu đảng phí ${periodLabel(period)}`}
            aria-rowcount={rows.length + 1}
            style={{ borderCollapse: 'collapse', width: '100%', fontSize: '0.875rem' }}
          >
            <thead style={{ position: 'sticky', top: 0, background: 'var(--mantine-color-gray-1)', zIndex: 1 }}>
              <tr role="row">
                <th style={th}>TT</th>
                <th style={{ ...th, textAlign: 'left', minWidth: 180 }}>Họ và tên</th>
                <th style={th}>Đối tượng</th>
                <th style={th}>Mức phải nộp</th>
                {COLS.map((c) => (
                  <th key={c} style={th} role="columnheader">
                    {COL_LABEL[c]}
                  </th>
                ))}
                <th style={{ ...th, minWidth: 150 }}>Trạng thái</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <DuesRow
                  key={r.memberId}
                  index={i}
                  row={r}
                  input={inputs.get(r.memberId) ?? EMPTY_ROW}
                  problem={problems.get(r.memberId)}
                  focusCol={focus.row === i ? focus.col : -1}
                  onChange={change}
                  onKeyDown={onKeyDown}
                  onFocus={(col) => {
                    if (focus.row !== i || focus.col !== col) undo.current.closeSession();
                    setFocus({ row: i, col });
                  }}
                  setCellRef={setCellRef}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {sheet.rows.some((r) => r.otherEntries.length > 0) && (
        <Paper withBorder p="xs">
          <Text size="sm" fw={600}>
            Các lần nộp khác ghi trong bảng tháng này
          </Text>
          {sheet.rows
            .filter((r) => r.otherEntries.length > 0)
            .map((r) => (
              <Text size="xs" key={r.memberId}>
                {r.name}:{' '}
                {r.otherEntries
                  .map(
                    (p) =>
                      `${dong(p.amount)} cho ${p.coversFrom === p.coversThrough ? periodLabel(p.coversFrom) : `${periodLabel(p.coversFrom)} – ${periodLabel(p.coversThrough)}`}`,
                  )
                  .join('; ')}
              </Text>
            ))}
        </Paper>
      )}
    </Stack>
  );
}

interface RowProps {
  index: number;
  row: DuesSheetRow;
  input: RowInput;
  problem: string | undefined;
  focusCol: number;
  onChange: (memberId: string, patch: Partial<RowInput>) => void;
  onKeyDown: (e: KeyboardEvent<HTMLInputElement>, row: number, col: number, r: DuesSheetRow) => void;
  onFocus: (col: number) => void;
  setCellRef: (key: string, el: HTMLInputElement | null) => void;
}

function DuesRow({ index: i, row: r, input, problem, focusCol, onChange, onKeyDown, onFocus, setCellRef }: RowProps) {
  const expected =
    r.month.expected !== undefined ? formatInteger(r.month.expected) : r.month.issue ? EXPECTED_ISSUE_LABELS[r.month.issue] : '';
  const status = problem ? 'Chưa lưu: còn lỗi' : statusText(r);
  const cell = (col: number, width: number, extra: Record<string, unknown> = {}) => ({
    ref: (el: HTMLInputElement | null) => setCellRef(`${i}:${col}`, el),
    onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => onKeyDown(e, i, col, r),
    onFocus: () => onFocus(col),
    style: { ...inputStyle, width, outline: focusCol === col ? '2px solid var(--mantine-color-blue-6)' : undefined, ...extra },
  });
  return (
    <tr
      role="row"
      data-member={r.memberId}
      style={{ background: problem ? 'var(--mantine-color-red-0)' : i % 2 ? 'var(--mantine-color-gray-0)' : undefined }}
    >
      <td style={{ ...td, textAlign: 'center' }}>{i + 1}</td>
      <td style={{ ...td, whiteSpace: 'nowrap' }} role="rowheader">
        {r.name}
      </td>
      <td style={{ ...td, whiteSpace: 'nowrap' }} title={r.month.group?.label}>
        {groupShort(r)}
      </td>
      <td
        style={{
          ...td,
          textAlign: 'right',
          whiteSpace: 'nowrap',
          color: r.month.expected === undefined ? '#c92a2a' : undefined,
        }}
      >
        {expected}
      </td>
      <td style={td} role="gridcell">
        <input
          type="text"
          inputMode="numeric"
          aria-label={`Số tiền nộp của ${r.name}`}
          value={input.amount}
          onChange={(e) => onChange(r.memberId, { amount: e.currentTarget.value })}
          {...cell(0, 100, { textAlign: 'right' })}
        />
      </td>
      <td style={td} role="gridcell">
        <input
          type="text"
          aria-label={`Ngày nộp của ${r.name}`}
          placeholder="ngày/tháng/năm"
          value={input.paidOn}
          onChange={(e) => onChange(r.memberId, { paidOn: e.currentTarget.value })}
          {...cell(1, 100)}
        />
      </td>
      <td style={td} role="gridcell">
        <input
          type="text"
          readOnly
          aria-label={`Hình thức nộp của ${r.name}`}
          value={input.channel ? CHANNEL_LABELS[input.channel] : ''}
          onClick={() => onChange(r.memberId, { channel: input.channel === 'cong_dvc' ? 'tien_mat' : 'cong_dvc' })}
          {...cell(2, 140, { cursor: 'pointer' })}
        />
      </td>
      <td style={td} role="gridcell">
        <input
          type="text"
          inputMode="numeric"
          aria-label={`Số tháng nộp của ${r.name}`}
          value={input.months}
          onChange={(e) => onChange(r.memberId, { months: e.currentTarget.value })}
          {...cell(3, 48, { textAlign: 'center' })}
        />
      </td>
      <td style={td} role="gridcell">
        <input
          type="text"
          aria-label={`Ghi chú của ${r.name}`}
          value={input.note}
          onChange={(e) => onChange(r.memberId, { note: e.currentTarget.value })}
          {...cell(4, 180)}
        />
      </td>
      <td style={{ ...td, color: statusColor(r, problem) }} data-testid="dues-status">
        {status}
      </td>
    </tr>
  );
}

/** "1%", "0,5%", "Cố định", "Mức riêng": the group in a few characters (the full label in the cell's title). */
function groupShort(r: DuesSheetRow): string {
  const g = r.month.group;
  if (!g) return '—';
  return g.method === 'percent' ? `${String(g.ratePercent).replace('.', ',')}%` : 'Cố định';
}

function statusText(r: DuesSheetRow): string {
  const own = monthStatusText(r);
  return r.arrearsOwed.length ? `${own}; ${arrearsOwedText(r.arrearsOwed).toLowerCase()}` : own;
}

function monthStatusText(r: DuesSheetRow): string {
  const base = MONTH_STATUS_LABELS[r.month.status];
  if (r.prepaidIn) return `Đã nộp trước (${periodLabel(r.prepaidIn).toLowerCase()})`;
  if (r.advanceThrough) return `${base}, nộp trước đến ${periodLabel(r.advanceThrough).toLowerCase()}`;
  if (r.month.status === 'deferred' && r.month.deferredReason) return `${base}: ${r.month.deferredReason}`;
  return base;
}

function statusColor(r: DuesSheetRow, problem: string | undefined): string | undefined {
  if (problem) return '#c92a2a';
  if (r.month.status === 'unpaid' || r.month.status === 'partial') return '#c92a2a';
  if (r.arrearsOwed.length) return '#a34100';
  if (r.month.status === 'paid') return '#237032';
  return undefined;
}

const th = {
  padding: '4px 6px',
  borderBottom: '1px solid var(--mantine-color-gray-4)',
  fontWeight: 600,
  fontSize: '0.8125rem',
  textAlign: 'center' as const,
};
const td = { padding: '2px 6px', borderBottom: '1px solid var(--mantine-color-gray-3)', fontSize: '0.8125rem' };
const inputStyle = {
  font: 'inherit',
  padding: '2px 4px',
  border: '1px solid var(--mantine-color-gray-4)',
  borderRadius: 3,
  outlineOffset: -1,
};
