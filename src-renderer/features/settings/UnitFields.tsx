import { Controller, type UseFormReturn } from 'react-hook-form';
import { Select, TextInput } from '@mantine/core';
import { UNIT_TYPE_LABELS } from '../../core/units';
import { UNIT_TYPES, type UnitFormValues } from './unit-form';
import { unitFieldText, type UnitFieldKey } from './unit-wording';
import { FieldRow } from '../../ui/FieldRow';

type TextField = Exclude<UnitFieldKey, 'unitType'>;

/**
 * The unit profile fields, shared by the first-run wizard and the Đơn vị screen. The wording
 * follows the mode chosen in the form (a cell, or the superior committee that aggregates).
 */
export function UnitFields({ form }: { form: UseFormReturn<UnitFormValues> }) {
  const { register, control, formState, watch } = form;
  const e = formState.errors;
  const text = unitFieldText(watch('mode') ?? 'cell');
  const field = (name: TextField, required = false) => (
    <TextInput
      label={text[name].label}
      placeholder={text[name].placeholder}
      description={text[name].description}
      withAsterisk={required}
      error={e[name]?.message}
      {...register(name)}
    />
  );
  return (
    <FieldRow perRow={2}>
      {field('unitName', true)}
      <Controller
        control={control}
        name="unitType"
        render={({ field: f }) => (
          <Select
            label={text.unitType.label}
            data={UNIT_TYPES.map((t) => ({ value: t, label: UNIT_TYPE_LABELS[t] }))}
            value={f.value}
            onChange={(v) => v && f.onChange(v)}
            allowDeselect={false}
          />
        )}
      />
      {field('superiorName', true)}
      {field('superiorCommittee')}
      {field('placeName', true)}
      {field('unitCode', true)}
      {field('issuerCode', true)}
      {field('secretaryName')}
      {field('validFrom', true)}
      {field('termStart')}
      {field('termEnd')}
    </FieldRow>
  );
}
