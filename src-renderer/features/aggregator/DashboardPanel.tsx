/** The dashboard tab: the period, who reported, the consolidated table, texts, exports, charts. */
import { Link } from 'react-router';
import { Alert, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { TEXT_MAX, parsePeriodKey, periodText } from '../../core/exchange';
import { ReportPeriodFields } from '../../ui/PeriodPicker';
import { DashboardCharts } from './DashboardCharts';
import { DashboardTable } from './DashboardTable';
import { UnitReportModal } from './UnitReportModal';
import { useDashboard } from './useDashboard';

export function DashboardPanel() {
  const {
    keys,
    key,
    current,
    fallbackYear,
    select,
    selectKey,
    period,
    dashboard,
    chartLevels,
    chartMonths,
    open,
    setOpen,
    removed,
    dismissRemoved,
    busy,
    message,
    texts,
    setTexts,
    exportPdf,
    exportXlsx,
    exportUpward,
    removeReport,
    undoRemove,
  } = useDashboard();
  return (
    <Stack>
      <Group align="end">
        <ReportPeriodFields year={current.year} part={current.part} onYear={(year) => select(year, current.part)} onPart={(part) => select(current.year, part)} fallbackYear={fallbackYear} />
        {keys.length > 0 && (
          <Select
            label="Các kỳ đã có báo cáo"
            data={keys.map((k) => ({ value: k, label: periodText(parsePeriodKey(k)!) }))}
            value={keys.includes(key) ? key : null}
            onChange={(v) => v && selectKey(v)}
            w={200}
          />
        )}
      </Group>
      {removed && (
        <Alert color="yellow" title="Đã xóa báo cáo" withCloseButton onClose={dismissRemoved}>
          <Group justify="space-between">
            <Text size="sm">
              Đã xóa báo cáo của {removed.name} (đã sao lưu dữ liệu trước khi xóa). Bây giờ có thể nhập báo cáo đúng ở mục Trao đổi dữ liệu.
            </Text>
            <Button size="xs" variant="default" onClick={() => void undoRemove()} loading={busy === 'undo'}>
              Hoàn tác
            </Button>
          </Group>
        </Alert>
      )}
      {dashboard && (
        <>
          <Card withBorder>
            <Text size="sm" c="dimmed">
              Tổng hợp {periodText(period)} (cộng số lượng đảng viên của các đơn vị rồi mới tính tỷ lệ)
            </Text>
            <Title order={3} data-testid="totals-line">
              {dashboard.totalsLine}
            </Title>
            <Group mt="xs">
              <Badge color="green" size="lg">
                Đã báo cáo: {dashboard.reported.length}/{dashboard.rows.length}
              </Badge>
              {dashboard.missing.length > 0 && (
                <Text size="sm" data-testid="missing-units">
                  Chưa báo cáo: {dashboard.missing.map((m) => m.unitName).join(', ')}
                </Text>
              )}
            </Group>
          </Card>
          {dashboard.reported.length === 0 ? (
            <Alert color="gray">
              Chưa có báo cáo nào cho kỳ này. Nhập tệp báo cáo của các đơn vị ở mục <Link to="/trao-doi">Trao đổi dữ liệu</Link>.
            </Alert>
          ) : (
            <>
              <DashboardTable d={dashboard} onOpen={setOpen} />
              <SimpleGrid cols={{ base: 1, md: 3 }}>
                <Textarea label="Kết quả nổi bật" autosize minRows={2} maxLength={TEXT_MAX} value={texts.results} onChange={(e) => setTexts({ ...texts, results: e.currentTarget.value })} />
                <Textarea label="Hạn chế, nguyên nhân" autosize minRows={2} maxLength={TEXT_MAX} value={texts.limits} onChange={(e) => setTexts({ ...texts, limits: e.currentTarget.value })} />
                <Textarea label="Kiến nghị, đề xuất" autosize minRows={2} maxLength={TEXT_MAX} value={texts.proposals} onChange={(e) => setTexts({ ...texts, proposals: e.currentTarget.value })} />
              </SimpleGrid>
              <Group>
                <Button onClick={() => void exportPdf()} loading={busy === 'pdf'}>
                  Lưu PDF báo cáo tổng hợp
                </Button>
                <Button variant="default" onClick={() => void exportXlsx()} loading={busy === 'xlsx'}>
                  Xuất Excel (.xlsx)
                </Button>
                <Button variant="default" onClick={() => void exportUpward()} loading={busy === 'sng'}>
                  Xuất báo cáo tổng hợp gửi cấp trên (.sng)
                </Button>
              </Group>
              {message && <Alert color={message.color}>{message.text}</Alert>}
              <DashboardCharts levels={chartLevels} months={chartMonths} year={current.year} reportedUnits={dashboard.reported.length} />
            </>
          )}
        </>
      )}
      <UnitReportModal row={open} onClose={() => setOpen(undefined)} onRemove={(r) => void removeReport(r)} />
    </Stack>
  );
}
