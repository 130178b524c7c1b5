/**
 * The consolidated table: a row per unit that reported, its figures, the total. Above
 * VIRTUAL_FROM units only the rows on screen are rendered.
 */
import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Button, Table, Text } from '@mantine/core';
import type { Dashboard, DashboardRow } from '../../core/aggregation';
import { levelCodeLabel, parsePeriodKey, periodText } from '../../core/exchange';
import { formatInteger, formatPercentValue } from '../../core/text';

const pct = (v: number, denominator: number) => (denominator === 0 ? '—' : formatPercentValue(v));

const COLUMNS = [
  'Đơn vị',
  'Đảng viên',
  'Phải đăng ký',
  'Đã đăng ký',
  'Số tháng báo cáo',
  'Đã xếp loại',
  'HTXS',
  'HTT',
  'HT',
  'KHT',
  'HTT trở lên',
  'Xuất sắc',
  'Buổi SH',
  'Chất lượng SH',
];
/** Above this many units the table renders only the rows on screen. */
const VIRTUAL_FROM = 60;
const ROW_HEIGHT = 38;

function FigureCells({ s, f }: { s: Dashboard['totals']; f: Dashboard['totalFigures'] }) {
  const n = formatInteger;
  return (
    <>
      <Table.Td ta="right">{n(s.members)}</Table.Td>
      <Table.Td ta="right">{n(s.requiredToRegister)}</Table.Td>
      <Table.Td ta="right">
        {n(s.registered)} ({pct(f.registeredPercent, s.requiredToRegister)})
      </Table.Td>
      <Table.Td ta="right">{f.monthsReported}</Table.Td>
      <Table.Td ta="right">{n(s.rated)}</Table.Td>
      <Table.Td ta="right">{n(s.levels.xuat_sac)}</Table.Td>
      <Table.Td ta="right">{n(s.levels.tot)}</Table.Td>
      <Table.Td ta="right">{n(s.levels.hoan_thanh)}</Table.Td>
      <Table.Td ta="right">{n(s.levels.khong_hoan_thanh)}</Table.Td>
      <Table.Td ta="right">{pct(f.goodOrBetterPercent, s.rated)}</Table.Td>
      <Table.Td ta="right">{pct(f.excellentPercent, s.rated)}</Table.Td>
      <Table.Td ta="right">{n(s.meetings)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {Object.entries(s.meetingQuality)
          .map(([k, v]) => `${levelCodeLabel(k)} ${n(v)}`)
          .join(', ')}
      </Table.Td>
    </>
  );
}

export function DashboardTable({
  d,
  onOpen,
  openTitle = 'Xem chi tiết báo cáo',
  testId = 'dashboard-table',
}: {
  d: Dashboard;
  onOpen: (r: DashboardRow) => void;
  openTitle?: string;
  testId?: string;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = d.reported;
  const virtual = rows.length > VIRTUAL_FROM;
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns functions React Compiler cannot memoise.
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtual
    ? virtualizer.getVirtualItems()
    : rows.map((_, index) => ({ index, start: index * ROW_HEIGHT, end: (index + 1) * ROW_HEIGHT }));
  const padTop = virtual && items.length > 0 ? items[0]!.start : 0;
  const padBottom = virtual && items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  return (
    <div ref={scrollRef} style={virtual ? { maxHeight: 560, overflow: 'auto' } : { overflowX: 'auto' }} data-testid={`${testId}-scroll`}>
      <Table striped withTableBorder data-testid={testId} data-rows={rows.length} miw={1100} stickyHeader={virtual}>
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((c) => (
              <Table.Th key={c}>{c}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {padTop > 0 && (
            <tr aria-hidden>
              <td colSpan={COLUMNS.length} style={{ height: padTop, padding: 0 }} />
            </tr>
          )}
          {items.map(({ index }) => {
            const r = rows[index]!;
            const note =
              r.sourcePeriodKey && r.sourcePeriodKey !== d.periodKey
                ? ` (theo báo cáo ${periodText(parsePeriodKey(r.sourcePeriodKey)!)})`
                : '';
            return (
              <Table.Tr key={r.unitCode} h={ROW_HEIGHT}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Button variant="subtle" size="compact-sm" onClick={() => onOpen(r)} title={openTitle}>
                    {r.unitName}
                  </Button>
                  {note && (
                    <Text span size="xs" c="dimmed">
                      {note}
                    </Text>
                  )}
                </Table.Td>
                <FigureCells s={r.statistics!} f={r.figures!} />
              </Table.Tr>
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden>
              <td colSpan={COLUMNS.length} style={{ height: padBottom, padding: 0 }} />
            </tr>
          )}
          <Table.Tr fw={700}>
            <Table.Td>Tổng cộng ({formatInteger(d.reported.length)} đơn vị)</Table.Td>
            <FigureCells s={d.totals} f={d.totalFigures} />
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </div>
  );
}
