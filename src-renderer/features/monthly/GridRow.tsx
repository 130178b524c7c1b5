/**
 * One member's row of the month grid: a cell per column, praise, reminder, reason not assessed.
 * Plain elements styled by classes (grid.module.css), and memoised: a row renders again only when
 * its member's record, its focused cell or the columns shown change.
 */
import { memo } from 'react';
import type { Member, MonthlyAssessment, NotApplicableReason, PledgeForm } from '../../core/model';
import {
  NOT_APPLICABLE_LABELS,
  NOT_APPLICABLE_SHORT_LABELS,
  OVERALL_COLUMN,
  cellEditable,
  cellValue,
  levelByCode,
  suggestedNotApplicable,
  type GridColumn,
  type MonthlyScale,
} from '../../core/monthly';
import css from './grid.module.css';

export interface RowProps {
  index: number;
  member: Member;
  record: MonthlyAssessment | undefined;
  form: PledgeForm | undefined;
  columns: GridColumn[];
  /** The columns shown (all of them, or one group at large text): [shownStart, shownEnd). */
  shownStart: number;
  shownEnd: number;
  scale: MonthlyScale;
  period: string;
  focusCol: number;
  onCellClick: (row: number, col: number) => void;
  onFlag: (memberId: string, flag: 'praised' | 'reminded', value: boolean) => void;
  onNotApplicable: (memberId: string, reason: NotApplicableReason | undefined) => void;
}

const REASONS = Object.keys(NOT_APPLICABLE_LABELS) as NotApplicableReason[];

export const GridRow = memo(function GridRow({
  index,
  member,
  record,
  form,
  columns,
  shownStart,
  shownEnd,
  scale,
  period,
  focusCol,
  onCellClick,
  onFlag,
  onNotApplicable,
}: RowProps) {
  const suggested = suggestedNotApplicable(member, period);
  const na = record?.notApplicable?.reason;
  const last = columns.length + 2;
  return (
    <tr role="row" aria-rowindex={index + 2} className={css.row}>
      <td className={`${css.td} ${css.pin} ${css.tt}`} role="gridcell" aria-colindex={1}>
        {index + 1}
      </td>
      <td className={`${css.td} ${css.pin} ${css.name}`} role="rowheader" aria-colindex={2}>
        {member.fullName}
      </td>
      {columns.map((c, col) => {
        if (col < shownStart || col >= shownEnd) return null;
        const editable = cellEditable(form, c.key);
        const v = cellValue(scale.data, record, form, c.key);
        const level = levelByCode(scale.data, v.level);
        const focused = focusCol === col;
        let className = `${css.td} ${css.cell}`;
        if (!editable) className += ` ${css.readonly}`;
        else if (level) className += ` ${level.good ? css.good : css.bad}`;
        if (v.derived) className += ` ${css.derived}`;
        if (focused) className += ` ${css.focused}`;
        return (
          <td
            key={c.key}
            id={`cell-${index}-${col}`}
            role="gridcell"
            aria-colindex={col + 3}
            aria-selected={focused}
            aria-readonly={editable ? undefined : true}
            aria-label={`${member.fullName}, ${c.key === OVERALL_COLUMN ? 'đánh giá chung' : `nội dung ${c.short}`}: ${level?.label ?? (editable ? 'chưa đánh giá' : 'không có nội dung')}`}
            onClick={() => onCellClick(index, col)}
            className={className}
          >
            {na && c.key === OVERALL_COLUMN ? '—' : (level?.label ?? '')}
            {v.mixed ? '*' : ''}
          </td>
        );
      })}
      <td className={`${css.td} ${css.pin} ${css.praised}`} role="gridcell" aria-colindex={last + 1}>
        <input
          type="checkbox"
          className={css.check}
          aria-label={`Biểu dương ${member.fullName}`}
          checked={record?.praised ?? false}
          onChange={(e) => onFlag(member.id, 'praised', e.currentTarget.checked)}
        />
      </td>
      <td className={`${css.td} ${css.pin} ${css.reminded}`} role="gridcell" aria-colindex={last + 2}>
        <input
          type="checkbox"
          className={css.check}
          aria-label={`Nhắc nhở ${member.fullName}`}
          checked={record?.reminded ?? false}
          onChange={(e) => onFlag(member.id, 'reminded', e.currentTarget.checked)}
        />
      </td>
      <td className={`${css.td} ${css.pin} ${css.reason}`} role="gridcell" aria-colindex={last + 3}>
        <select
          className={css.select}
          aria-label={`Lý do không đánh giá của ${member.fullName}`}
          value={na ?? ''}
          title={na ? NOT_APPLICABLE_LABELS[na] : suggested ? `Gợi ý: ${NOT_APPLICABLE_LABELS[suggested]}` : undefined}
          onChange={(e) => onNotApplicable(member.id, (e.currentTarget.value || undefined) as NotApplicableReason | undefined)}
        >
          <option value="">{suggested ? `(${NOT_APPLICABLE_SHORT_LABELS[suggested]})` : ''}</option>
          {REASONS.map((value) => (
            <option key={value} value={value} title={NOT_APPLICABLE_LABELS[value]}>
              {NOT_APPLICABLE_SHORT_LABELS[value]}
            </option>
          ))}
        </select>
      </td>
    </tr>
  );
});
