import type { AppMode } from '../core/model';

export interface NavEntry {
  path: string;
  label: string;
  /** Shown only in this mode; both when absent. */
  mode?: AppMode;
}

export const NAVIGATION: NavEntry[] = [
  { path: '/', label: 'Tháng này' },
  { path: '/don-vi', label: 'Đơn vị' },
  { path: '/dang-vien', label: 'Đảng viên' },
  { path: '/so-dang-ky', label: 'Sổ đăng ký nêu gương', mode: 'cell' },
  { path: '/tu-danh-gia', label: 'Tự đánh giá hằng tháng', mode: 'cell' },
  { path: '/sinh-hoat', label: 'Sinh hoạt chi bộ', mode: 'cell' },
  { path: '/kiem-diem', label: 'Kiểm điểm cuối năm', mode: 'cell' },
  { path: '/tong-hop', label: 'Tổng hợp các chi bộ', mode: 'aggregator' },
  { path: '/trao-doi', label: 'Trao đổi dữ liệu' },
  { path: '/sao-luu', label: 'Sao lưu' },
  { path: '/cai-dat', label: 'Cài đặt' },
  { path: '/huong-dan', label: 'Hướng dẫn sử dụng' },
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
