/** One member's row of the month grid: a cell per column, praise, reminder, reason not assessed. */
import { Checkbox, NativeSelect } from '@mantine/core';
import type { Member, MonthlyAssessment, NotApplicableReason, PledgeForm } from '../../core/model';
import {
  NOT_APPLICABLE_LABELS,
  OVERALL_COLUMN,
  cellEditable,
  cellValue,
  levelByCode,
  suggestedNotApplicable,
  type GridColumn,
  type MonthlyScale,
} from '../../core/monthly';
import { pinned, rowBackground, td } from './grid-styles';

export interface RowProps {
  index: number;
  member: Member;
  record: MonthlyAssessment | undefined;
  form: PledgeForm | undefined;
  columns: GridColumn[];
  /** The columns shown (all of them, or one group at large text): [start, end). */
  shown: { start: number; end: number };
  scale: MonthlyScale;
  period: string;
  focusCol: number;
  onCellClick: (col: number) => void;
  onFlag: (flag: 'praised' | 'reminded', value: boolean) => void;
  onNotApplicable: (reason: NotApplicableReason | undefined) => void;
}

export function GridRow({
  index,
  member,
  record,
  form,
  columns,
  shown,
  scale,
  period,
  focusCol,
  onCellClick,
  onFlag,
  onNotApplicable,
}: RowProps) {
  const suggested = suggestedNotApplicable(member, period);
  const na = record?.notApplicable?.reason;
  const reasons = Object.entries(NOT_APPLICABLE_LABELS) as Array<[NotApplicableReason, string]>;
  const bg = rowBackground(index);
  const last = columns.length + 2;
  return (
    <tr role="row" aria-rowindex={index + 2} style={{ background: bg }}>
      <td style={{ ...td, ...pinned('tt', bg), textAlign: 'center' }} role="gridcell" aria-colindex={1}>
        {index + 1}
      </td>
      <td style={{ ...td, ...pinned('name', bg), overflowWrap: 'anywhere' }} role="rowheader" aria-colindex={2}>
        {member.fullName}
      </td>
      {columns.map((c, col) => {
        if (col < shown.start || col >= shown.end) return null;
        const editable = cellEditable(form, c.key);
        const v = cellValue(scale.data, record, form, c.key);
        const level = levelByCode(scale.data, v.level);
        const focused = focusCol === col;
        return (
          <td
            key={c.key}
            id={`cell-${index}-${col}`}
            role="gridcell"
            aria-colindex={col + 3}
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
      <td style={{ ...td, ...pinned('praised', bg), textAlign: 'center' }} role="gridcell" aria-colindex={last + 1}>
        <Checkbox
          aria-label={`Biểu dương ${member.fullName}`}
          checked={record?.praised ?? false}
          onChange={(e) => onFlag('praised', e.currentTarget.checked)}
          styles={{ body: { justifyContent: 'center' } }}
        />
      </td>
      <td style={{ ...td, ...pinned('reminded', bg), textAlign: 'center' }} role="gridcell" aria-colindex={last + 2}>
        <Checkbox
          aria-label={`Nhắc nhở ${member.fullName}`}
          checked={record?.reminded ?? false}
          onChange={(e) => onFlag('reminded', e.currentTarget.checked)}
          styles={{ body: { justifyContent: 'center' } }}
        />
      </td>
      <td style={{ ...td, ...pinned('reason', bg) }} role="gridcell" aria-colindex={last + 3}>
        <NativeSelect
          size="xs"
          aria-label={`Lý do không đánh giá của ${member.fullName}`}
          value={na ?? ''}
          title={na ? NOT_APPLICABLE_LABELS[na] : suggested ? `Gợi ý: ${NOT_APPLICABLE_LABELS[suggested]}` : undefined}
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
