import { Controller, type UseFormReturn } from 'react-hook-form';
import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { UNIT_TYPE_LABELS } from '../../core/units';
import { UNIT_TYPES, type UnitFormValues } from './unit-form';

/** The unit profile fields, shared by the first-run wizard and the Đơn vị screen. */
export function UnitFields({ form }: { form: UseFormReturn<UnitFormValues> }) {
  const { register, control, formState } = form;
  const e = formState.errors;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextInput label="Tên chi bộ (tổ chức đảng)" placeholder="Chi bộ Sở Tư pháp" withAsterisk error={e.unitName?.message} {...register('unitName')} />
      <Controller
        control={control}
        name="unitType"
        render={({ field }) => (
          <Select
            label="Loại tổ chức"
            data={UNIT_TYPES.map((t) => ({ value: t, label: UNIT_TYPE_LABELS[t] }))}
            value={field.value}
            onChange={(v) => v && field.onChange(v)}
            allowDeselect={false}
          />
        )}
      />
      <TextInput
        label="Tổ chức đảng cấp trên trực tiếp"
        placeholder="Đảng bộ các cơ quan Đảng tỉnh"
        withAsterisk
        error={e.superiorName?.message}
        {...register('superiorName')}
      />
      <TextInput
        label="Nơi nhận báo cáo (Kính gửi)"
        placeholder="Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh"
        error={e.superiorCommittee?.message}
        {...register('superiorCommittee')}
      />
      <TextInput label="Địa danh (ghi ở dòng ngày tháng)" placeholder="Ninh Thuận" withAsterisk error={e.placeName?.message} {...register('placeName')} />
      <TextInput label="Mã đơn vị" placeholder="CB-STP" withAsterisk error={e.unitCode?.message} {...register('unitCode')} />
      <TextInput label="Ký hiệu trên văn bản" placeholder="CB" withAsterisk error={e.issuerCode?.message} {...register('issuerCode')} />
      <TextInput label="Bí thư chi bộ" placeholder="Nguyễn Văn An" error={e.secretaryName?.message} {...register('secretaryName')} />
      <TextInput label="Áp dụng từ ngày" placeholder="01/01/2026" withAsterisk error={e.validFrom?.message} {...register('validFrom')} />
      <TextInput label="Nhiệm kỳ từ ngày" placeholder="01/07/2025" error={e.termStart?.message} {...register('termStart')} />
      <TextInput label="Nhiệm kỳ đến ngày" placeholder="30/06/2030" error={e.termEnd?.message} {...register('termEnd')} />
    </SimpleGrid>
  );
}
