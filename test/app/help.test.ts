import { describe, expect, it } from 'vitest';
import { HELP, helpFor } from '../../src-renderer/app/help';
import { NAVIGATION } from '../../src-renderer/app/navigation';

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
});
