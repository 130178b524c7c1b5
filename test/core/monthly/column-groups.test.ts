import { describe, expect, it } from 'vitest';
import { OVERALL_COLUMN, columnGroups, groupOfColumn, type GridColumn } from '../../../src-renderer/core/monthly';

const columns = (n: number): GridColumn[] => [
  ...Array.from({ length: n }, (_, i) => ({ key: `c${i + 1}`, label: `Nội dung ${i + 1}`, short: String(i + 1) })),
  { key: OVERALL_COLUMN, label: 'Đánh giá chung', short: 'Chung' },
];

describe('column groups of the month grid at large text', () => {
  it('splits the columns into consecutive groups named by their headers', () => {
    expect(columnGroups(columns(7), 3)).toEqual([
      { start: 0, end: 3, label: 'ND 1–3' },
      { start: 3, end: 6, label: 'ND 4–6' },
      { start: 6, end: 8, label: 'ND 7, Chung' },
    ]);
    expect(columnGroups(columns(6), 3).at(-1)).toEqual({ start: 6, end: 7, label: 'Chung' });
    expect(columnGroups(columns(2), 10)).toEqual([{ start: 0, end: 3, label: 'ND 1–2, Chung' }]);
  });

  it('has at least one column per group and covers every column once', () => {
    for (const per of [0, 0.5, 1, 2, 5]) {
      const groups = columnGroups(columns(4), per);
      expect(groups[0]!.start).toBe(0);
      expect(groups.at(-1)!.end).toBe(5);
      for (let i = 1; i < groups.length; i++) expect(groups[i]!.start).toBe(groups[i - 1]!.end);
      for (const g of groups) expect(g.end).toBeGreaterThan(g.start);
    }
    expect(columnGroups(columns(1), 0).map((g) => g.label)).toEqual(['ND 1', 'Chung']);
  });

  it('finds the group of a column (the focused cell decides the group shown)', () => {
    const groups = columnGroups(columns(7), 3);
    expect([0, 2, 3, 5, 6, 7].map((c) => groupOfColumn(groups, c))).toEqual([0, 0, 1, 1, 2, 2]);
    expect(groupOfColumn(groups, 99)).toBe(0);
  });
});
