/**
 * Synthetic pledge forms for the benchmark and document tests: N members with realistic
 * Vietnamese names and 2 items in every category of the chosen framework.
 */
import type { PledgeForm, PledgeItem } from '../core/model';
import { PLEDGE_FRAMEWORK_PRESETS } from '../core/pledges/frameworks';
import { newPledgeForm } from '../core/pledges/forms';
import type { PledgeFormDocInput } from './pledge-form';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Thị Ngọc', 'Văn', 'Thị', 'Hữu', 'Minh', 'Thị Thanh', 'Quốc', 'Đức'];
const GIVEN = ['Yến', 'Mẫn', 'Hoa', 'Ẩn', 'Lượng', 'Thủy', 'Dũng', 'Hằng', 'Ngữ', 'Đạt', 'Trường'];
const ACTIONS = [
  'Thường xuyên học tập, nghiên cứu nghị quyết, chỉ thị của Đảng và vận dụng vào công việc được giao',
  'Gương mẫu chấp hành nội quy cơ quan, đi làm đúng giờ, không uống rượu bia trong giờ làm việc',
  'Tham gia đầy đủ sinh hoạt chi bộ, đóng đảng phí đúng hạn, giữ mối liên hệ với nơi cư trú',
  'Hoàn thành đúng hạn 100% nhiệm vụ chuyên môn, đặc biệt các hồ sơ được phân công thẩm định',
];

export function samplePledgeInputs(n: number, year = 2026, frameworkCode = 'QD101-2012'): PledgeFormDocInput[] {
  const framework = PLEDGE_FRAMEWORK_PRESETS.find((p) => p.code === frameworkCode) ?? PLEDGE_FRAMEWORK_PRESETS[0]!;
  const out: PledgeFormDocInput[] = [];
  for (let i = 0; i < n; i++) {
    const base = newPledgeForm({ id: `f${i}`, memberId: `m${i}`, year, framework, now: `${year}-01-05T08:00:00.000Z` });
    const items: PledgeItem[] = framework.data.categories.flatMap((c, j) => [
      { id: `f${i}-${j}-a`, categoryCode: c.code, action: ACTIONS[(i + j) % ACTIONS.length]!, target: '100%', deadline: `${year}-12-31` },
      { id: `f${i}-${j}-b`, categoryCode: c.code, action: ACTIONS[(i + j + 1) % ACTIONS.length]! },
    ]);
    const form: PledgeForm = {
      ...base,
      items,
      measures:
        'Tự giác thực hiện, báo cáo kết quả trong các kỳ sinh hoạt chi bộ hằng tháng.\nChịu sự giám sát của chi bộ và quần chúng nơi công tác, nơi cư trú.',
      state: 'confirmed',
      registeredAt: `${year}-01-10`,
      confirmedAt: `${year}-01-15`,
      confirmedBy: 'Lê Thị Hoa',
    };
    out.push({
      form,
      member: {
        fullName: `${FAMILY[i % FAMILY.length]} ${MIDDLE[i % MIDDLE.length]} ${GIVEN[i % GIVEN.length]}`,
        birthDate: `19${70 + (i % 25)}-0${1 + (i % 9)}-1${i % 10}`,
        workplace: 'Sở Tư pháp tỉnh Khánh Hòa',
        partyPosition: i === 0 ? 'bi_thu' : 'dang_vien',
        govPosition: i % 3 === 0 ? 'Phó Trưởng phòng' : 'Chuyên viên',
        massOrgPosition: i % 4 === 0 ? 'Ủy viên Ban Chấp hành Công đoàn' : undefined,
      },
      unit: { name: 'Chi bộ Sở Tư pháp', superiorName: 'Đảng bộ các cơ quan Đảng tỉnh', placeName: 'Khánh Hòa' },
    });
  }
  return out;
}
