/**
 * Choosing a period, the same way on every screen: a month with ‹ Tháng trước / Tháng sau › (the
 * monthly grid, "Tháng này"), and a report period of a year — a month, a quarter or the whole year
 * (the exchange export, the aggregator dashboard).
 */
import type { ReactNode } from 'react';
import { Button, Group, NativeSelect, NumberInput, Select } from '@mantine/core';
import { REPORT_PERIOD_PARTS } from '../core/exchange/period';
import { nextPeriod, previousPeriod } from '../core/monthly/grid';

const MONTH_OPTIONS = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `Tháng ${i + 1}` }));
const YEAR_MIN = 2000;
const YEAR_MAX = 2100;

export interface PeriodPickerProps {
  /** The month shown, "YYYY-MM". */
  value: string;
  onChange: (period: string) => void;
  /** Month and year fields between the arrows (to jump to a month far away). */
  fields?: boolean;
  /** This month ("YYYY-MM"): while another month is shown, a "Về tháng này" button. */
  current?: string;
  /** Shown after the arrows, in the same row (e.g. the scale of the month). */
  children?: ReactNode;
}

export function PeriodPicker({ value, onChange, fields = false, current, children }: PeriodPickerProps) {
  const [year, month] = value.split('-').map(Number) as [number, number];
  return (
    <Group align="end" gap="xs" wrap="wrap">
      <Button variant="default" onClick={() => onChange(previousPeriod(value))} aria-label="Tháng trước">
        ‹ Tháng trước
      </Button>
      {fields && (
        <>
          <NativeSelect
            label="Tháng"
            value={String(month)}
            onChange={(e) => onChange(`${year}-${String(Number(e.currentTarget.value)).padStart(2, '0')}`)}
            data={MONTH_OPTIONS}
            w={130}
          />
          <NumberInput
            label="Năm"
            value={year}
            min={YEAR_MIN}
            max={YEAR_MAX}
            onChange={(v) => {
              const y = Number(v);
              if (Number.isInteger(y) && y >= YEAR_MIN && y <= YEAR_MAX) onChange(`${y}-${String(month).padStart(2, '0')}`);
            }}
            w={100}
          />
        </>
      )}
      {current !== undefined && value !== current && (
        <Button variant="default" onClick={() => onChange(current)}>
          Về tháng này
        </Button>
      )}
      <Button variant="default" onClick={() => onChange(nextPeriod(value))} aria-label="Tháng sau">
        Tháng sau ›
      </Button>
      {children}
    </Group>
  );
}

export interface ReportPeriodFieldsProps {
  year: number;
  /** "m1"…"m12", "q1"…"q4" or "y" (see REPORT_PERIOD_PARTS). */
  part: string;
  onYear: (year: number) => void;
  onPart: (part: string) => void;
  /** The year used when the year field is cleared. */
  fallbackYear: number;
  partLabel?: string;
  /** Keep the year between 2000 and 2100 (the report export). */
  bounded?: boolean;
  yearWidth?: number;
  partWidth?: number;
}

/** Year + "Tháng 1 … Tháng 12, Quý I … Quý IV, Cả năm". */
export function ReportPeriodFields({
  year,
  part,
  onYear,
  onPart,
  fallbackYear,
  partLabel = 'Kỳ',
  bounded = false,
  yearWidth = 110,
  partWidth = 150,
}: ReportPeriodFieldsProps) {
  return (
    <>
      <NumberInput
        label="Năm"
        value={year}
        onChange={(v) => onYear(Number(v) || fallbackYear)}
        {...(bounded ? { min: YEAR_MIN, max: YEAR_MAX } : {})}
        w={yearWidth}
      />
      <Select
        label={partLabel}
        data={REPORT_PERIOD_PARTS}
        value={part}
        onChange={(v) => onPart(v ?? 'y')}
        w={partWidth}
        allowDeselect={false}
      />
    </>
  );
}
