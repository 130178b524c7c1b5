/** The month's self-assessments: members × pledge categories, edited by keyboard, saved as typed. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Group, SegmentedControl, Stack, Text, Tooltip } from '@mantine/core';
import type { Member } from '../../core/model';
import { OVERALL_COLUMN, columnGroups, groupOfColumn } from '../../core/monthly';
import { periodLabel } from '../../core/text';
import { SaveProblem } from '../../ui/SaveProblem';
import { useLargeText } from '../../ui/text-size';
import { ColumnLegend } from './ColumnLegend';
import { GridActions, GridKeys } from './GridActions';
import { GridRow } from './GridRow';
import { PINNED_LEFT_REM, PINNED_REM, gridVariables, tableMinWidth } from './grid-styles';
import { useHeightToWindowBottom, useLevelColumnsThatFit } from './grid-size';
import css from './grid.module.css';
import { MonthSummaryBar } from './MonthSummaryBar';
import { NotReportedPanel } from './NotReportedPanel';
import { useMonthGrid, type MonthGridInput } from './useMonthGrid';

export function MonthGrid(props: MonthGridInput) {
  const { period, scale } = props;
  const {
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
  } = useMonthGrid(props);
  const large = useLargeText();
  // Large text: the scale, the keys and what each column stands for fold behind "Chú giải", so
  // the first rows of the grid are on the first screen.
  const [legendOpen, setLegendOpen] = useState(false);
  // Measured once the grid is on the page, and again when the text size changes.
  const shownKey = `${large}-${members.length}`;
  const perGroup = useLevelColumnsThatFit(gridRef, large, shownKey);
  const groups = useMemo(() => (large ? columnGroups(columns, perGroup) : []), [large, columns, perGroup]);
  const groupIndex = groupOfColumn(groups, focus.col);
  const shown = groups[groupIndex] ?? { start: 0, end: columns.length };
  // Normal text: the box's height is set on it directly (no render of the rows for it).
  useHeightToWindowBottom(gridRef, !large, shownKey);
  const headerTop = large ? 'var(--app-shell-header-height, 60px)' : '0px';
  const variables = useMemo(() => gridVariables(headerTop), [headerTop]);
  // The focused cell is kept in view once the user moves it (scroll padding keeps it clear of the
  // pinned columns); not on opening, where the page stays at its top.
  const opened = useRef(false);
  useEffect(() => {
    if (!opened.current) {
      opened.current = true;
      return;
    }
    document.getElementById(`cell-${focus.row}-${focus.col}`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [focus.row, focus.col, shown.start]);
  const pick = useCallback((m: Member) => onCellClick(members.indexOf(m), columns.length - 1), [onCellClick, members, columns.length]);
  const actions = (
    <GridActions
      scale={scale}
      focusedMember={members[focus.row]}
      focusedColumn={columns[focus.col]}
      canUndo={undoSize > 0}
      onCopyRow={copyRow}
      onCopyColumn={copyColumn}
      onUndo={undoLast}
      keysBelow={large}
    />
  );

  if (members.length === 0)
    return (
      <Alert color="yellow">
        Chưa có đảng viên nào trong danh sách chi bộ ở {periodLabel(period)}. Hãy nhập danh sách đảng viên trước.
      </Alert>
    );

  return (
    <Stack gap="sm">
      <MonthSummaryBar scale={scale} summary={summary} status={draft.status}>
        {large && actions}
      </MonthSummaryBar>
      {draft.error && (
        <SaveProblem
          message={draft.error}
          onRetry={() => void draft.flush().catch(() => undefined)}
          retrying={draft.status === 'saving'}
          testId="save-error"
        />
      )}
      {!large && actions}
      {large && (
        <Group align="center" gap="sm">
          {groups.length > 1 && (
            <Group gap="xs" align="center">
              <Text size="sm" fw={600} id="grid-groups-label">
                Cột đang xem:
              </Text>
              <SegmentedControl
                aria-labelledby="grid-groups-label"
                value={String(groupIndex)}
                onChange={(v) => showColumn(groups[Number(v)]?.start ?? 0)}
                data={groups.map((g, i) => ({ value: String(i), label: g.label }))}
              />
            </Group>
          )}
          <NotReportedPanel missing={missing} period={period} onPick={pick} wide />
          <Button
            variant="subtle"
            onClick={() => setLegendOpen((v) => !v)}
            aria-expanded={legendOpen}
            aria-controls="grid-legend"
            data-testid="legend-toggle"
          >
            {legendOpen ? '▾' : '▸'} Chú giải
          </Button>
        </Group>
      )}
      {large && legendOpen && (
        <Stack gap="xs" id="grid-legend">
          <Text size="sm">
            Thang đánh giá: <b>{scale.name}</b>
          </Text>
          <GridKeys scale={scale} />
          {columns.length > 1 && <ColumnLegend columns={columns} />}
        </Stack>
      )}
      <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
        <div
          ref={gridRef}
          role="grid"
          aria-label={`Bảng tự đánh giá ${periodLabel(period)}`}
          aria-rowcount={members.length + 1}
          aria-colcount={columns.length + 5}
          aria-activedescendant={`cell-${focus.row}-${focus.col}`}
          tabIndex={0}
          onKeyDown={onKeyDown}
          data-testid="month-grid"
          style={{
            ...variables,
            // Large text: all shown columns fit, so the page scrolls (not the box) and the column
            // headers stay under the app's header; normal text: the box scrolls both ways.
            overflow: large ? 'clip' : 'auto',
            scrollPaddingLeft: `${PINNED_LEFT_REM}rem`,
            scrollPaddingRight: `${PINNED_REM - PINNED_LEFT_REM}rem`,
            scrollPaddingTop: '3rem',
            flex: 1,
            minWidth: 0,
            border: '1px solid var(--mantine-color-gray-4)',
            outlineOffset: 2,
          }}
        >
          <div style={{ minWidth: tableMinWidth(shown.end - shown.start) }}>
            <table role="presentation" className={css.table}>
              <thead role="rowgroup">
                <tr role="row">
                  <th className={`${css.th} ${css.pin} ${css.tt}`} role="columnheader" aria-colindex={1}>
                    TT
                  </th>
                  <th className={`${css.th} ${css.pin} ${css.name}`} role="columnheader" aria-colindex={2}>
                    Họ và tên
                  </th>
                  {columns.map((c, i) =>
                    i < shown.start || i >= shown.end ? null : (
                      <th key={c.key} className={css.th} title={c.label} role="columnheader" aria-colindex={i + 3}>
                        <Tooltip label={c.label} multiline w={260}>
                          <span style={{ cursor: 'help', fontWeight: i === focus.col ? 700 : 600 }}>
                            {c.key === OVERALL_COLUMN ? 'Chung' : `ND ${c.short}`}
                          </span>
                        </Tooltip>
                      </th>
                    ),
                  )}
                  <th className={`${css.th} ${css.pin} ${css.praised}`} role="columnheader" aria-colindex={columns.length + 3}>
                    Biểu dương
                  </th>
                  <th className={`${css.th} ${css.pin} ${css.reminded}`} role="columnheader" aria-colindex={columns.length + 4}>
                    Nhắc nhở
                  </th>
                  <th className={`${css.th} ${css.pin} ${css.reason}`} role="columnheader" aria-colindex={columns.length + 5}>
                    Không đánh giá
                  </th>
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
                    shownStart={shown.start}
                    shownEnd={shown.end}
                    scale={scale}
                    period={period}
                    focusCol={focus.row === r ? focus.col : -1}
                    onCellClick={onCellClick}
                    onFlag={onFlag}
                    onNotApplicable={onNotApplicable}
                  />
                ))}
              </tbody>
            </table>
          </div>
        </div>
        {!large && <NotReportedPanel missing={missing} period={period} onPick={pick} wide={false} />}
      </div>
      {!large && columns.length > 1 && <ColumnLegend columns={columns} />}
    </Stack>
  );
}
