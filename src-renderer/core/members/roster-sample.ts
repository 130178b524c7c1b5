/**
 * The sample roster file offered on the import screen ("Tải tệp mẫu"): the columns the import
 * recognises, in the order a secretary would fill them, with three example rows, and a sheet of
 * instructions. The writer (exceljs) is in features/members/excel.ts; this is the pure content.
 */
import type { IsoDate } from '../model';

/** Header texts of the sample, each recognised by detectHeader (a test checks it). */
export const ROSTER_SAMPLE_HEADERS = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Ngày vào Đảng',
  'Ngày chính thức',
  'Số thẻ đảng viên',
  'Chức vụ',
  'Đơn vị công tác',
  'Ghi chú',
] as const;

export interface RosterSampleRow {
  fullName: string;
  birthDate: IsoDate;
  gender: 'Nam' | 'Nữ';
  admissionDate: IsoDate;
  /** Empty: still dự bị. */
  fullMembershipDate?: IsoDate;
  cardNumber: string;
  position: string;
  workplace: string;
  note: string;
}

/** Example rows: a bí thư, a chi ủy viên, and a dự bị member (no ngày chính thức yet). */
export const ROSTER_SAMPLE_ROWS: readonly RosterSampleRow[] = [
  {
    fullName: 'Nguyễn Văn An',
    birthDate: '1975-03-12',
    gender: 'Nam',
    admissionDate: '2001-05-19',
    fullMembershipDate: '2002-05-19',
    cardNumber: '79.001234',
    position: 'Bí thư chi bộ; Giám đốc Sở',
    workplace: 'Ban Giám đốc',
    note: 'Dòng ví dụ, hãy xóa trước khi nhập',
  },
  {
    fullName: 'Trần Thị Bình',
    birthDate: '1982-11-02',
    gender: 'Nữ',
    admissionDate: '2008-02-03',
    fullMembershipDate: '2009-02-03',
    cardNumber: '79.005678',
    position: 'Chi ủy viên; Trưởng phòng',
    workplace: 'Phòng Hành chính tư pháp',
    note: 'Dòng ví dụ, hãy xóa trước khi nhập',
  },
  {
    fullName: 'Lê Minh Cường',
    birthDate: '1996-07-25',
    gender: 'Nam',
    admissionDate: '2025-09-02',
    cardNumber: '',
    position: 'Chuyên viên',
    workplace: 'Văn phòng Sở',
    note: 'Dòng ví dụ (đảng viên dự bị, chưa có ngày chính thức), hãy xóa trước khi nhập',
  },
];

export const ROSTER_SAMPLE_SHEET = 'Danh sách đảng viên';
export const ROSTER_SAMPLE_HELP_SHEET = 'Hướng dẫn';
export const ROSTER_SAMPLE_FILE_NAME = 'mau-danh-sach-dang-vien.xlsx';

/** Lines of the instructions sheet. */
export const ROSTER_SAMPLE_HELP: readonly string[] = [
  'CÁCH ĐIỀN TỆP DANH SÁCH ĐẢNG VIÊN',
  '1. Mỗi dòng ở trang "Danh sách đảng viên" là một đảng viên. Giữ nguyên dòng tiêu đề; có thể bỏ các cột không dùng.',
  '2. Ba dòng đầu là ví dụ: hãy xóa chúng rồi ghi danh sách của chi bộ từ dòng thứ 2.',
  '3. Ngày ghi theo dạng ngày/tháng/năm, ví dụ 05/02/1980 (hoặc để Excel hiểu là ngày).',
  '4. Giới tính: Nam hoặc Nữ.',
  '5. Chức vụ: chức vụ đảng trước, rồi dấu chấm phẩy và chức vụ chính quyền, ví dụ "Bí thư chi bộ; Giám đốc Sở". Đảng viên không giữ chức vụ đảng thì chỉ ghi chức vụ chính quyền.',
  '6. Đảng viên dự bị: để trống "Ngày chính thức".',
  '7. Chỉ "Họ và tên" là bắt buộc; các cột khác để trống được và bổ sung sau trong ứng dụng.',
  '8. Lưu tệp dạng Excel (.xlsx), rồi trong ứng dụng bấm "Chọn tệp…" để xem trước và nhập.',
];
