/**
 * The month grid's state on the monthly service: the month's data, the records as edited, the
 * autosave draft, undo, the focused cell and the keyboard.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { MonthlyAssessment, NotApplicableReason, PledgeForm } from '../../core/model';
import {
  UndoStack,
  cellEditable,
  copyCellFromPrevious,
  copyRowFromPrevious,
  emptyAssessment,
  gridColumns,
  gridMembers,
  hasAnyLevel,
  levelForKey,
  markNotApplicable,
  monthSummary,
  notReported,
  setCell,
  type MonthlyScale,
} from '../../core/monthly';
import { periodLabel, sortMembers } from '../../core/text';
import { clock } from '../../platform/clock';
import { useDraft } from '../../services/drafts';
import { saveMonthGrid, type MonthData } from '../../services/monthly';

export interface MonthGridInput {
  unitId: string;
  period: string;
  scale: MonthlyScale;
  officeHoldersFirst: boolean;
  /** The month's data, read once when the page opened the month (services/monthly loadMonthView). */
  data: MonthData;
}

export function useMonthGrid({ unitId, period, scale, officeHoldersFirst, data }: MonthGridInput) {
  const [records, setRecords] = useState(() => new Map(data.records.map((r) => [r.memberId, r])));
  const [focus, setFocus] = useState({ row: 0, col: 0 });
  const [undoSize, setUndoSize] = useState(0);
  const undo = useRef(new UndoStack());
  const dirty = useRef(new Map<string, MonthlyAssessment>());
  const gridRef = useRef<HTMLDivElement>(null);

  const draft = useDraft<Map<string, MonthlyAssessment>>({
    label: `Bảng tự đánh giá ${periodLabel(period).toLowerCase()}`,
    journal: { kind: 'monthly-grid', id: `${unitId}:${period}`, payload: (burst) => [...burst.values()] },
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

  const members = useMemo(() => sortMembers(gridMembers(data.members, period), officeHoldersFirst), [data, period, officeHoldersFirst]);
  const formOf = useMemo(() => new Map<string, PledgeForm>(data.forms.map((f) => [f.memberId, f])), [data]);
  const prevFormOf = useMemo(() => new Map<string, PledgeForm>(data.previousForms.map((f) => [f.memberId, f])), [data]);
  const prevOf = useMemo(() => new Map(data.previous.map((r) => [r.memberId, r])), [data]);
  const columns = useMemo(() => gridColumns(data.forms), [data]);
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
        undo.current.push(
          real.map(
            (r) =>
              records.get(r.memberId) ?? {
                ...r,
                results: [],
                overallLevel: undefined,
                praised: false,
                reminded: false,
                notApplicable: undefined,
              },
          ),
        );
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
    apply(
      members.map((m) =>
        copyCellFromPrevious(scale.data, recordFor(m.id), prevOf.get(m.id), formOf.get(m.id), prevFormOf.get(m.id), c.key, now()),
      ),
    );
  };
  const undoLast = () => {
    const step = undo.current.pop();
    setUndoSize(undo.current.size);
    if (step)
      apply(
        step.before.map((r) => ({ ...r, updatedAt: now() })),
        false,
      );
  };
  const setFlag = (memberId: string, flag: 'praised' | 'reminded', value: boolean) =>
    apply([{ ...recordFor(memberId), [flag]: value, updatedAt: now() }]);
  const setNotApplicable = (memberId: string, reason: NotApplicableReason | undefined) =>
    apply([markNotApplicable(recordFor(memberId), reason, undefined, now())]);

  /** Show a column (of another group at large text) without taking the keyboard from where it is. */
  const showColumn = (col: number) => setFocus((f) => ({ row: f.row, col: Math.max(0, Math.min(columns.length - 1, col)) }));

  /** Focus a cell and give the keyboard to the grid. */
  const focusCell = (row: number, col: number) => {
    setFocus({ row, col });
    gridRef.current?.focus();
  };

  // The rows are memoised: they get handlers that never change and call the latest ones.
  const latest = useRef({ focusCell, setFlag, setNotApplicable });
  useLayoutEffect(() => {
    latest.current = { focusCell, setFlag, setNotApplicable };
  });
  const onCellClick = useCallback((row: number, col: number) => latest.current.focusCell(row, col), []);
  const onFlag = useCallback(
    (memberId: string, flag: 'praised' | 'reminded', value: boolean) => latest.current.setFlag(memberId, flag, value),
    [],
  );
  const onNotApplicable = useCallback(
    (memberId: string, reason: NotApplicableReason | undefined) => latest.current.setNotApplicable(memberId, reason),
    [],
  );

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

  return {
    records,
    members,
    formOf,
    columns,
    missing,
    summary,
    focus,
    undoSize,
    draft,
    gridRef,

    showColumn,
    copyRow,
    copyColumn,
    undoLast,
    onCellClick,
    onFlag,
    onNotApplicable,
    onKeyDown,
  };
}
