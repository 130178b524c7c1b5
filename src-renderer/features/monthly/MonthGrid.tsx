/** The month's self-assessments: members × pledge categories, edited by keyboard, saved as typed. */
import { Alert, Stack, Text, Tooltip } from '@mantine/core';
import { OVERALL_COLUMN } from '../../core/monthly';
import { periodLabel } from '../../core/text';
import { ColumnLegend } from './ColumnLegend';
import { GridActions } from './GridActions';
import { GridRow } from './GridRow';
import { th } from './grid-styles';
import { MonthSummaryBar } from './MonthSummaryBar';
import { NotReportedPanel } from './NotReportedPanel';
import { useMonthGrid, type MonthGridInput } from './useMonthGrid';

export function MonthGrid(props: MonthGridInput) {
  const { period, scale } = props;
  const {
    data,
    loadError,
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
    focusCell,
    copyRow,
    copyColumn,
    undoLast,
    setFlag,
    setNotApplicable,
    onKeyDown,
  } = useMonthGrid(props);

  if (loadError) return <Alert color="red">{loadError}</Alert>;
  if (!data) return <Text c="dimmed">Đang tải…</Text>;
  if (members.length === 0)
    return (
      <Alert color="yellow">
        Chưa có đảng viên nào trong danh sách chi bộ ở {periodLabel(period)}. Hãy nhập danh sách đảng viên trước.
      </Alert>
    );

  return (
    <Stack gap="sm">
      <MonthSummaryBar scale={scale} summary={summary} status={draft.status} error={draft.error} />
      <GridActions
        scale={scale}
        focusedMember={members[focus.row]}
        focusedColumn={columns[focus.col]}
        canUndo={undoSize > 0}
        onCopyRow={copyRow}
        onCopyColumn={copyColumn}
        onUndo={undoLast}
      />
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
                <th style={th} role="columnheader">
                  TT
                </th>
                <th style={{ ...th, textAlign: 'left', minWidth: 190 }} role="columnheader">
                  Họ và tên
                </th>
                {columns.map((c, i) => (
                  <th key={c.key} style={{ ...th, minWidth: 74 }} title={c.label} role="columnheader">
                    <Tooltip label={c.label} multiline w={260}>
                      <span style={{ cursor: 'help', fontWeight: i === focus.col ? 700 : 600 }}>
                        {c.key === OVERALL_COLUMN ? 'Chung' : `ND ${c.short}`}
                      </span>
                    </Tooltip>
                  </th>
                ))}
                <th style={th} role="columnheader">
                  Biểu dương
                </th>
                <th style={th} role="columnheader">
                  Nhắc nhở
                </th>
                <th style={{ ...th, minWidth: 150 }} role="columnheader">
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
                  scale={scale}
                  period={period}
                  focusCol={focus.row === r ? focus.col : -1}
                  onCellClick={(col) => focusCell(r, col)}
                  onFlag={(flag, value) => setFlag(m.id, flag, value)}
                  onNotApplicable={(reason) => setNotApplicable(m.id, reason)}
                />
              ))}
            </tbody>
          </table>
        </div>
        <NotReportedPanel missing={missing} period={period} onPick={(m) => focusCell(members.indexOf(m), columns.length - 1)} />
      </div>
      {columns.length > 1 && <ColumnLegend columns={columns} />}
    </Stack>
  );
}
