/** Vietnamese labels of member-related codes (UI dictionary). */
import type { Gender, IsoDate, MemberStatusKind, PartyPosition } from '../model';
import { statusCodeOn, type RosterStatus, type StatusMember } from './status';

export const STATUS_KIND_LABELS: Record<MemberStatusKind, string> = {
  du_bi: 'Đảng viên dự bị',
  chinh_thuc: 'Đảng viên chính thức',
  mien_sinh_hoat: 'Miễn công tác và sinh hoạt đảng',
  dinh_chi: 'Đình chỉ sinh hoạt đảng',
  sinh_hoat_tam_thoi: 'Sinh hoạt đảng tạm thời nơi khác',
  chuyen_den: 'Chuyển sinh hoạt đến',
  chuyen_di: 'Chuyển sinh hoạt đi',
  tu_tran: 'Từ trần',
  xoa_ten: 'Xóa tên',
  khai_tru: 'Khai trừ',
};

/** Order in which status kinds are offered in forms. */
export const STATUS_KIND_ORDER: MemberStatusKind[] = [
  'du_bi',
  'chinh_thuc',
  'mien_sinh_hoat',
  'dinh_chi',
  'sinh_hoat_tam_thoi',
  'chuyen_den',
  'chuyen_di',
  'tu_tran',
  'xoa_ten',
  'khai_tru',
];

export const ROSTER_STATUS_LABELS: Record<RosterStatus, string> = {
  chinh_thuc: 'Chính thức',
  du_bi: 'Dự bị',
  mien_sinh_hoat: 'Miễn sinh hoạt',
  dinh_chi: 'Đình chỉ sinh hoạt',
  sinh_hoat_tam_thoi: 'Sinh hoạt tạm thời nơi khác',
  chuyen_di: 'Đã chuyển đi',
  tu_tran: 'Từ trần',
  xoa_ten: 'Đã xóa tên',
  khai_tru: 'Đã khai trừ',
  chua_sinh_hoat: 'Chưa sinh hoạt tại chi bộ',
  chua_ghi_ngay: 'Chưa ghi ngày vào Đảng',
};

export const PARTY_POSITION_LABELS: Record<PartyPosition, string> = {
  bi_thu: 'Bí thư chi bộ',
  pho_bi_thu: 'Phó Bí thư chi bộ',
  chi_uy_vien: 'Chi ủy viên',
  dang_vien: 'Đảng viên',
};

/** Short forms used in lists ("Bí thư", "Phó Bí thư"). */
export const PARTY_POSITION_SHORT: Record<PartyPosition, string> = {
  bi_thu: 'Bí thư',
  pho_bi_thu: 'Phó Bí thư',
  chi_uy_vien: 'Chi ủy viên',
  dang_vien: 'Đảng viên',
};

export const GENDER_LABELS: Record<Gender, string> = { nam: 'Nam', nu: 'Nữ' };

export const REVIEW_EXCLUSION_LABELS = {
  mien: 'Được miễn công tác và sinh hoạt đảng',
  dinh_chi: 'Đang bị đình chỉ sinh hoạt đảng',
  moi_ket_nap: 'Mới kết nạp chưa đủ 6 tháng',
} as const;

export const PLEDGE_EXEMPTION_LABELS = {
  khong_sinh_hoat: 'Không sinh hoạt tại chi bộ vào ngày đăng ký',
  mien: 'Được miễn công tác và sinh hoạt đảng',
  dinh_chi: 'Đang bị đình chỉ sinh hoạt đảng',
} as const;

/** Vietnamese label of a member's situation on a date ("Chính thức", "Đã chuyển đi" …). */
export function statusOn(member: StatusMember, date: IsoDate): string {
  return ROSTER_STATUS_LABELS[statusCodeOn(member, date)];
}
