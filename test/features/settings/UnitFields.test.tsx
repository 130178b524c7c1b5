// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UnitFields } from '../../../src-renderer/features/settings/UnitFields';
import { unitFormSchema, type UnitFormValues } from '../../../src-renderer/features/settings/unit-form';
import { unitFieldText, type UnitFieldKey } from '../../../src-renderer/features/settings/unit-wording';
import { installMantineShims } from '../../helpers/jsdom-shims';

beforeAll(() => installMantineShims());
afterEach(cleanup);

const empty = (mode: 'cell' | 'aggregator'): UnitFormValues => ({
  mode,
  unitName: '',
  unitType: 'chi_bo_truc_thuoc',
  unitCode: '',
  superiorName: '',
  superiorCommittee: '',
  placeName: '',
  issuerCode: '',
  secretaryName: '',
  validFrom: '',
  termStart: '',
  termEnd: '',
});

function Harness({ mode }: { mode: 'cell' | 'aggregator' }) {
  const form = useForm<UnitFormValues>({ resolver: zodResolver(unitFormSchema), defaultValues: empty(mode) });
  return (
    <MantineProvider>
      <form onSubmit={form.handleSubmit(() => undefined)} noValidate>
        <UnitFields form={form} />
        <button type="submit">Lưu</button>
      </form>
    </MantineProvider>
  );
}

const KEYS: UnitFieldKey[] = [
  'unitName',
  'unitType',
  'superiorName',
  'superiorCommittee',
  'placeName',
  'unitCode',
  'issuerCode',
  'secretaryName',
  'validFrom',
  'termStart',
  'termEnd',
];

describe('unit fields wording', () => {
  it('placeholders are examples or a date format, never a bare value', () => {
    for (const mode of ['cell', 'aggregator'] as const) {
      for (const key of KEYS) {
        const p = unitFieldText(mode)[key].placeholder;
        if (p !== undefined) expect(p === 'ngày/tháng/năm' || p.startsWith('Ví dụ: '), `${mode}.${key}: ${p}`).toBe(true);
      }
    }
  });

  it('the aggregator speaks of the committee, never of a chi bộ', () => {
    const all = KEYS.map((k) => Object.values(unitFieldText('aggregator')[k]).join(' ')).join(' ');
    expect(all).not.toMatch(/chi bộ/iu);
    expect(unitFieldText('aggregator').secretaryName.label).toBe('Bí thư đảng ủy');
    expect(unitFieldText('cell').unitName.label).toContain('chi bộ');
  });

  it('explains "Áp dụng từ ngày" and "Mã đơn vị" on screen, and keeps the explanations after a failed save', async () => {
    render(<Harness mode="cell" />);
    expect(screen.getByText(/văn bản có ngày trước đó vẫn in theo thông tin cũ/u)).toBeTruthy();
    expect(screen.getByText(/Mã ngắn để cấp trên nhận ra tệp báo cáo/u)).toBeTruthy();
    const name = screen.getByRole('textbox', { name: /Tên chi bộ/u });
    expect(name.getAttribute('placeholder')).toBe('Ví dụ: Chi bộ Sở Tư pháp');
    expect((name as HTMLInputElement).value).toBe('');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Chưa nhập tên tổ chức đảng.')).toBeTruthy();
    expect(screen.getByText(/Mã ngắn để cấp trên nhận ra tệp báo cáo/u)).toBeTruthy();
  });

  it('in aggregator mode the labels on screen are the committee ones', () => {
    render(<Harness mode="aggregator" />);
    expect(screen.getByRole('textbox', { name: /Tên đảng bộ/u })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Bí thư đảng ủy' })).toBeTruthy();
    expect(screen.queryByText(/Tên chi bộ|Bí thư chi bộ/u)).toBeNull();
  });
});
