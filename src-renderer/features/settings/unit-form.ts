import { z } from 'zod';
import { parseDate, TEXT_LIMITS, type TextLimit } from '../../core/text';
import type { UnitType } from '../../core/model';
import type { SetupInput } from '../../services/settings';

const required = (what: string) => z.string().trim().min(1, `Chưa nhập ${what}.`);
/** At most TEXT_LIMITS[limit] characters (the limits the core checks too). */
const upTo = (schema: z.ZodString, label: string, limit: TextLimit) =>
  schema.max(TEXT_LIMITS[limit], `${label} quá dài (tối đa ${TEXT_LIMITS[limit]} ký tự).`);
const dateText = (what: string) =>
  z
    .string()
    .trim()
    .refine((v) => parseDate(v) !== undefined, `${what} không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 05/02/2026.`);
const optionalDateText = (what: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || parseDate(v) !== undefined, `${what} không hợp lệ. Nhập theo dạng ngày/tháng/năm, hoặc để trống.`);

export const UNIT_TYPES = [
  'chi_bo_truc_thuoc',
  'chi_bo_co_so',
  'dang_bo_bo_phan',
  'dang_bo_co_so',
  'dang_bo_cap_tren_co_so',
  'tinh',
] as const satisfies readonly UnitType[];

export const unitFormSchema = z.object({
  mode: z.enum(['cell', 'aggregator']),
  unitName: upTo(required('tên tổ chức đảng'), 'Tên tổ chức đảng', 'unitName'),
  unitType: z.enum(UNIT_TYPES),
  unitCode: required('mã đơn vị').regex(
    /^[A-Za-z0-9._-]{1,30}$/u,
    'Mã đơn vị chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang (tối đa 30 ký tự).',
  ),
  superiorName: upTo(required('tên tổ chức đảng cấp trên trực tiếp'), 'Tên tổ chức đảng cấp trên', 'unitName'),
  superiorCommittee: upTo(z.string().trim(), 'Tên cấp ủy nhận báo cáo', 'committeeName'),
  placeName: upTo(required('địa danh'), 'Địa danh', 'placeName'),
  issuerCode: required('ký hiệu cơ quan ban hành (ví dụ CB)').max(TEXT_LIMITS.issuerCode, 'Ký hiệu quá dài (tối đa 10 ký tự).'),
  secretaryName: upTo(z.string().trim(), 'Họ tên bí thư', 'personName'),
  validFrom: dateText('Ngày áp dụng'),
  termStart: optionalDateText('Ngày bắt đầu nhiệm kỳ'),
  termEnd: optionalDateText('Ngày kết thúc nhiệm kỳ'),
});

export type UnitFormValues = z.infer<typeof unitFormSchema>;

/** The validated form values as the input of completeSetup (typed dates → ISO). */
export function toSetupInput(values: UnitFormValues): SetupInput {
  return {
    ...values,
    validFrom: parseDate(values.validFrom)!,
    termStart: parseDate(values.termStart),
    termEnd: parseDate(values.termEnd),
  };
}
