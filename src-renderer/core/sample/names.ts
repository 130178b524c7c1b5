/**
 * Vietnamese names in realistic proportions. Family-name shares follow the commonly cited
 * national distribution (Nguyễn ≈ 38 %, Trần ≈ 11 %, Lê ≈ 9,5 %, Phạm ≈ 7 %, Hoàng/Huỳnh ≈ 5 %,
 * Phan ≈ 4,5 %, Vũ/Võ ≈ 3,9 %, Đặng ≈ 2,1 %, Bùi ≈ 2 %, Đỗ ≈ 1,4 %, then Hồ, Ngô, Dương, Lý …);
 * tên đệm and tên are the common ones of each gender. All strings are NFC.
 */
import type { Gender } from '../model';
import { nfc } from '../text';
import type { SampleRandom } from './random';

/** [họ, percent]. The percentages add up to 100. */
export const FAMILY_NAME_SHARES: ReadonlyArray<readonly [string, number]> = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 3],
  ['Huỳnh', 2],
  ['Phan', 4.5],
  ['Vũ', 2.4],
  ['Võ', 1.5],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 1.2],
  ['Trương', 1.2],
  ['Đào', 1],
  ['Đoàn', 1],
  ['Mai', 0.9],
  ['Trịnh', 0.9],
  ['Lâm', 0.8],
  ['Lương', 0.6],
  ['Cao', 0.6],
  ['Hà', 0.6],
  ['Tạ', 0.4],
  ['Lưu', 0.4],
  ['Chu', 0.3],
  ['Tô', 0.3],
  ['Kiều', 0.2],
  ['Quách', 0.2],
  ['Thái', 0.2],
  ['Văn', 0.2],
  ['Châu', 0.2],
  ['La', 0.15],
  ['Khổng', 0.1],
  ['Âu Dương', 0.05],
];

const MIDDLE_MALE: ReadonlyArray<readonly [string, number]> = [
  ['Văn', 30],
  ['Hữu', 6],
  ['Đức', 7],
  ['Minh', 7],
  ['Quốc', 5],
  ['Thanh', 5],
  ['Ngọc', 3],
  ['Công', 4],
  ['Xuân', 3],
  ['Quang', 4],
  ['Đình', 4],
  ['Trọng', 3],
  ['Tuấn', 2],
  ['Anh', 2],
  ['Hoàng', 2],
  ['Bá', 2],
  ['Duy', 2],
  ['Tiến', 2],
  ['Mạnh', 1],
  ['Thành', 2],
  ['Văn Minh', 1],
  ['Hữu Quang', 0.5],
  ['', 2],
];

const MIDDLE_FEMALE: ReadonlyArray<readonly [string, number]> = [
  ['Thị', 42],
  ['Ngọc', 6],
  ['Thanh', 5],
  ['Thu', 5],
  ['Thùy', 4],
  ['Minh', 3],
  ['Kim', 3],
  ['Mỹ', 2],
  ['Hồng', 3],
  ['Phương', 2],
  ['Thị Ngọc', 4],
  ['Thị Thu', 4],
  ['Thị Thanh', 4],
  ['Thị Kim', 3],
  ['Thị Hồng', 2],
  ['Hoài', 2],
  ['Bích', 2],
  ['Diệu', 1],
  ['Khánh', 1],
  ['', 1],
];

const GIVEN_MALE: readonly string[] = [
  'Anh', 'Dũng', 'Hùng', 'Tuấn', 'Hải', 'Minh', 'Nam', 'Sơn', 'Long', 'Thắng', 'Cường', 'Đức', 'Hiếu',
  'Hoàng', 'Huy', 'Khánh', 'Phong', 'Quân', 'Thành', 'Trung', 'Tùng', 'Việt', 'Bình', 'Chiến', 'Đạt',
  'Hưng', 'Lâm', 'Lộc', 'Phúc', 'Quang', 'Tài', 'Thịnh', 'Toàn', 'Trí', 'Vinh', 'Vũ', 'Kiên', 'Hòa',
  'Hậu', 'Nghĩa', 'Định', 'Tâm', 'Thanh', 'Hiệp', 'Lực', 'Khoa', 'Nhân', 'Phát', 'Sang', 'Thuận',
  'Tiến', 'Trường', 'Tú', 'Vương', 'Bảo', 'Công', 'Duy', 'Hạnh', 'Kha', 'Mạnh', 'Ngữ', 'Quyết', 'Thái',
];

const GIVEN_FEMALE: readonly string[] = [
  'Anh', 'Hương', 'Lan', 'Linh', 'Mai', 'Ngọc', 'Nhung', 'Phương', 'Thảo', 'Trang', 'Hà', 'Hằng', 'Hạnh',
  'Hoa', 'Huyền', 'Loan', 'Ly', 'Nga', 'Nhàn', 'Oanh', 'Quyên', 'Thủy', 'Thúy', 'Tuyết', 'Vân', 'Yến',
  'Dung', 'Giang', 'Hiền', 'Hồng', 'Liên', 'Mỹ', 'Nguyệt', 'Như', 'Thu', 'Trinh', 'Uyên', 'Xuân', 'Châu',
  'Diệp', 'Ngân', 'Quỳnh', 'Thơ', 'Tâm', 'Thanh', 'Lụa', 'Mến', 'Nhi', 'Sương', 'Thoa', 'Tú', 'Vy',
  'Hảo', 'Lệ', 'Lý', 'Hậu', 'Duyên', 'Bích', 'Chi', 'Diễm',
];

export interface SampleName {
  fullName: string;
  familyName: string;
  middleName: string;
  givenName: string;
}

/** A realistic full name of the given gender. */
export function sampleName(random: SampleRandom, gender: Gender): SampleName {
  const familyName = random.weighted(FAMILY_NAME_SHARES);
  let middleName = random.weighted(gender === 'nam' ? MIDDLE_MALE : MIDDLE_FEMALE);
  let givenName = random.pick(gender === 'nam' ? GIVEN_MALE : GIVEN_FEMALE);
  // "Thành Thành", "Thanh Thanh": draw the given name again once.
  if (middleName.split(' ').at(-1) === givenName) givenName = random.pick(gender === 'nam' ? GIVEN_MALE : GIVEN_FEMALE);
  if (middleName.split(' ').at(-1) === givenName) middleName = gender === 'nam' ? 'Văn' : 'Thị';
  const fullName = nfc([familyName, middleName, givenName].filter(Boolean).join(' '));
  return { fullName, familyName: nfc(familyName), middleName: nfc(middleName), givenName: nfc(givenName) };
}
