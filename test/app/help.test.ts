import { describe, expect, it } from 'vitest';
import { HELP, helpFor } from '../../src-renderer/app/help';
import { NAVIGATION } from '../../src-renderer/ui/navigation';
import { DEFAULT_MONTHLY_SCALE_CODE, MONTHLY_SCALE_PRESETS } from '../../src-renderer/core/monthly/scales';

describe('help panel', () => {
  it('has help for every screen of the navigation', () => {
    for (const entry of NAVIGATION) expect(HELP[entry.path], entry.path).toBeDefined();
  });
  it('finds the help of nested routes by prefix', () => {
    expect(helpFor('/dang-vien/them').title).toBe('Đảng viên');
    expect(helpFor('/sinh-hoat').title).toBe('Sinh hoạt chi bộ');
    expect(helpFor('/').title).toBe('Tháng này');
    expect(helpFor('/khong-co').title).toBe('Tháng này');
  });
  it('the monthly help names the fixed key of each level of the default scale', () => {
    const text = HELP['/tu-danh-gia']!.steps.join(' ');
    for (const l of MONTHLY_SCALE_PRESETS.find((s) => s.code === DEFAULT_MONTHLY_SCALE_CODE)!.data.levels) {
      expect(text).toContain(`${l.shortcut} = ${l.label}`);
    }
    expect(text).not.toContain('chữ cái đầu');
  });
});
