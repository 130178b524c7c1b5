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
