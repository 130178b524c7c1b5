/**
 * What the unit profile fields say, by the way the app is used: a cell (chi bộ) keeps its own
 * book; in aggregator mode the unit is the superior committee (đảng ủy cấp trên) itself, so the
 * fields speak of the đảng bộ and its bí thư, never of a "chi bộ". Placeholders are examples
 * ("Ví dụ: …") or a format hint, so an empty field never looks filled in.
 */
import type { AppMode } from '../../core/model';

export type UnitFieldKey =
  | 'unitName'
  | 'unitType'
  | 'superiorName'
  | 'superiorCommittee'
  | 'placeName'
  | 'unitCode'
  | 'issuerCode'
  | 'secretaryName'
  | 'validFrom'
  | 'termStart'
  | 'termEnd';

export interface UnitFieldText {
  label: string;
  placeholder?: string;
  description?: string;
}

const DATE_HINT = 'ngày/tháng/năm';

const COMMON: Record<'placeName' | 'termStart' | 'termEnd' | 'unitType', UnitFieldText> = {
  unitType: { label: 'Loại tổ chức' },
  placeName: { label: 'Địa danh (ghi ở dòng ngày tháng)', placeholder: 'Ví dụ: Ninh Thuận' },
  termStart: { label: 'Nhiệm kỳ từ ngày', placeholder: DATE_HINT },
  termEnd: { label: 'Nhiệm kỳ đến ngày', placeholder: DATE_HINT },
};

const VALID_FROM_DESCRIPTION =
  'Ngày bắt đầu dùng các thông tin này trên văn bản. Khi đổi tên, đổi cấp trên hay đổi bí thư, ghi ngày thay đổi: văn bản có ngày trước đó vẫn in theo thông tin cũ. Lần đầu dùng, để ngày đầu năm.';

const CELL: Record<UnitFieldKey, UnitFieldText> = {
  ...COMMON,
  unitName: { label: 'Tên chi bộ (tổ chức đảng)', placeholder: 'Ví dụ: Chi bộ Sở Tư pháp' },
  superiorName: { label: 'Tổ chức đảng cấp trên trực tiếp', placeholder: 'Ví dụ: Đảng bộ các cơ quan Đảng tỉnh' },
  superiorCommittee: { label: 'Nơi nhận báo cáo (Kính gửi)', placeholder: 'Ví dụ: Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh' },
  unitCode: {
    label: 'Mã đơn vị',
    placeholder: 'Ví dụ: CB-STP',
    description:
      'Mã ngắn để cấp trên nhận ra tệp báo cáo của chi bộ: chữ không dấu, số, dấu gạch ngang. Nếu cấp trên đã cấp mã thì ghi đúng mã đó; nếu chưa, tự đặt rồi báo cho cấp trên. Không đổi mã sau khi đã gửi báo cáo.',
  },
  issuerCode: { label: 'Ký hiệu trên văn bản', placeholder: 'Ví dụ: CB', description: 'Ghi sau số văn bản, ví dụ "Số 05-BB/CB".' },
  secretaryName: { label: 'Bí thư chi bộ', placeholder: 'Ví dụ: Nguyễn Văn An' },
  validFrom: { label: 'Áp dụng từ ngày', placeholder: DATE_HINT, description: VALID_FROM_DESCRIPTION },
};

const AGGREGATOR: Record<UnitFieldKey, UnitFieldText> = {
  ...COMMON,
  unitName: { label: 'Tên đảng bộ (cấp ủy tổng hợp)', placeholder: 'Ví dụ: Đảng bộ các cơ quan Đảng tỉnh' },
  superiorName: { label: 'Tổ chức đảng cấp trên trực tiếp', placeholder: 'Ví dụ: Đảng bộ tỉnh Ninh Thuận' },
  superiorCommittee: { label: 'Nơi nhận báo cáo (Kính gửi)', placeholder: 'Ví dụ: Ban Thường vụ Tỉnh ủy' },
  unitCode: {
    label: 'Mã đơn vị',
    placeholder: 'Ví dụ: DB-CQD',
    description:
      'Mã ngắn của đảng bộ, ghi trong các tệp gửi xuống các tổ chức đảng trực thuộc: chữ không dấu, số, dấu gạch ngang. Không đổi mã sau khi đã gửi tệp.',
  },
  issuerCode: { label: 'Ký hiệu trên văn bản', placeholder: 'Ví dụ: ĐU', description: 'Ghi sau số văn bản, ví dụ "Số 12-BC/ĐU".' },
  secretaryName: { label: 'Bí thư đảng ủy', placeholder: 'Ví dụ: Nguyễn Văn An' },
  validFrom: { label: 'Áp dụng từ ngày', placeholder: DATE_HINT, description: VALID_FROM_DESCRIPTION },
};

export function unitFieldText(mode: AppMode): Record<UnitFieldKey, UnitFieldText> {
  return mode === 'aggregator' ? AGGREGATOR : CELL;
}
