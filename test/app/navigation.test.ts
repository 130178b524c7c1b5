import { describe, expect, it } from 'vitest';
import { modeSwitch } from '../../src-renderer/ui/navigation';

describe('switching the mode', () => {
  it('to "Cấp trên tổng hợp" names the cell menus that disappear and the one that appears', () => {
    expect(modeSwitch('cell', 'aggregator')).toEqual({
      hidden: ['Sổ đăng ký nêu gương', 'Tự đánh giá hằng tháng', 'Sinh hoạt chi bộ', 'Kiểm điểm cuối năm'],
      shown: ['Tổng hợp các chi bộ'],
    });
  });
  it('back to "Chi bộ" is the mirror image; no switch, no change', () => {
    const there = modeSwitch('cell', 'aggregator');
    expect(modeSwitch('aggregator', 'cell')).toEqual({ hidden: there.shown, shown: there.hidden });
    expect(modeSwitch('cell', 'cell')).toEqual({ hidden: [], shown: [] });
  });
});
