import type { AppMode } from '../core/model';

export interface NavEntry {
  path: string;
  label: string;
  /** The rail's label at large text: words of `label`, so the accessible name still contains it. */
  short: string;
  /** Shown only in this mode; both when absent. */
  mode?: AppMode;
}

export const NAVIGATION: NavEntry[] = [
  { path: '/', label: 'Tháng này', short: 'Tháng này' },
  { path: '/don-vi', label: 'Đơn vị', short: 'Đơn vị' },
  { path: '/dang-vien', label: 'Đảng viên', short: 'Đảng viên' },
  { path: '/so-dang-ky', label: 'Sổ đăng ký nêu gương', short: 'Sổ đăng ký', mode: 'cell' },
  { path: '/tu-danh-gia', label: 'Tự đánh giá hằng tháng', short: 'Tự đánh giá', mode: 'cell' },
  { path: '/sinh-hoat', label: 'Sinh hoạt chi bộ', short: 'Sinh hoạt', mode: 'cell' },
  { path: '/kiem-diem', label: 'Kiểm điểm cuối năm', short: 'Kiểm điểm', mode: 'cell' },
  { path: '/dang-phi', label: 'Đảng phí', short: 'Đảng phí', mode: 'cell' },
  { path: '/lich-viec', label: 'Lịch việc', short: 'Lịch việc', mode: 'cell' },
  { path: '/tong-hop', label: 'Tổng hợp các chi bộ', short: 'Tổng hợp', mode: 'aggregator' },
  { path: '/trao-doi', label: 'Trao đổi dữ liệu', short: 'Trao đổi' },
  { path: '/sao-luu', label: 'Sao lưu', short: 'Sao lưu' },
  { path: '/cai-dat', label: 'Cài đặt', short: 'Cài đặt' },
  { path: '/huong-dan', label: 'Hướng dẫn sử dụng', short: 'Hướng dẫn' },
];

export interface ModeSwitch {
  /** Menu items that disappear when switching. */
  hidden: string[];
  /** Menu items that appear. */
  shown: string[];
}

/** What the menu loses and gains when the app switches from one mode to the other. */
export function modeSwitch(from: AppMode, to: AppMode): ModeSwitch {
  const visible = (mode: AppMode) => new Set(NAVIGATION.filter((e) => !e.mode || e.mode === mode).map((e) => e.label));
  const before = visible(from);
  const after = visible(to);
  return {
    hidden: NAVIGATION.map((e) => e.label).filter((l) => before.has(l) && !after.has(l)),
    shown: NAVIGATION.map((e) => e.label).filter((l) => after.has(l) && !before.has(l)),
  };
}
