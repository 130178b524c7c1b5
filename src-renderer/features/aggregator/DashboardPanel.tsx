/** The dashboard tab: the period, who reported, the consolidated table, texts, exports, charts. */
import { Link } from 'react-router';
import { Alert, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { parsePeriodKey, periodText } from '../../core/exchange';
import { REPORT_TEXT_LABELS, REPORT_TEXT_MAX } from '../../core/text/report-texts';
import { ReportPeriodFields } from '../../ui/PeriodPicker';
import { DashboardCharts } from './DashboardCharts';
import { DashboardTable } from './DashboardTable';
import { DuesPanel } from './DuesPanel';
import { UnitReportModal } from './UnitReportModal';
import { useDashboard } from './useDashboard';

export function DashboardPanel() {
  const d = useDashboard();
  return (
    <Stack>
      <Group align="end">
        <ReportPeriodFields
          year={d.current.year}
          part={d.current.part}
          onYear={(year) => d.select(year, d.current.part)}
          onPart={(part) => d.select(d.current.year, part)}
          fallbackYear={d.fallbackYear}
        />
        {d.keys.length > 0 && (
          <Select
            label="Các kỳ đã có báo cáo"
            data={d.keys.map((k) => ({ value: k, label: periodText(parsePeriodKey(k)!) }))}
            value={d.keys.includes(d.key) ? d.key : null}
            onChange={(v) => v && d.selectKey(v)}
            w={200}
          />
        )}
      </Group>
      {d.removed && (
        <Alert color="yellow" title="Đã xóa báo cáo" withCloseButton onClose={d.dismissRemoved}>
          <Group justify="space-between">
            <Text size="sm">
              Đã xóa báo cáo của {d.removed.name} (đã sao lưu dữ liệu trước khi xóa). Bây giờ có thể nhập báo cáo đúng ở mục Trao đổi dữ
              liệu.
            </Text>
            <Button size="xs" variant="default" onClick={() => void d.undoRemove()} loading={d.busy === 'undo'}>
              Hoàn tác
            </Button>
          </Group>
        </Alert>
      )}
      {d.dashboard && (
        <>
          <Card withBorder>
            <Text size="sm" c="dimmed">
              Tổng hợp {periodText(d.period)} (cộng số lượng đảng viên của các đơn vị rồi mới tính tỷ lệ)
            </Text>
            <Title order={3} data-testid="totals-line">
              {d.dashboard.totalsLine}
            </Title>
            <Group mt="xs">
              <Badge color="green" size="lg">
                Đã báo cáo: {d.dashboard.reported.length}/{d.dashboard.rows.length}
              </Badge>
              {d.dashboard.missing.length > 0 && (
                <Text size="sm" data-testid="missing-units">
                  Chưa báo cáo: {d.dashboard.missing.map((m) => m.unitName).join(', ')}
                </Text>
              )}
            </Group>
          </Card>
          {d.dashboard.reported.length === 0 ? (
            <Alert color="gray">
              Chưa có báo cáo nào cho kỳ này. Nhập tệp báo cáo của các đơn vị ở mục <Link to="/trao-doi">Trao đổi dữ liệu</Link>.
            </Alert>
          ) : (
            <>
              <DashboardTable d={d.dashboard} onOpen={d.setOpen} />
              <DuesPanel periodKey={d.dashboard.periodKey} />
              <SimpleGrid cols={{ base: 1, md: 3 }}>
                <Textarea
                  label={REPORT_TEXT_LABELS.results}
                  autosize
                  minRows={2}
                  maxLength={REPORT_TEXT_MAX}
                  value={d.texts.results}
                  onChange={(e) => d.setTexts({ ...d.texts, results: e.currentTarget.value })}
                />
                <Textarea
                  label={REPORT_TEXT_LABELS.limits}
                  autosize
                  minRows={2}
                  maxLength={REPORT_TEXT_MAX}
                  value={d.texts.limits}
                  onChange={(e) => d.setTexts({ ...d.texts, limits: e.currentTarget.value })}
                />
                <Textarea
                  label={REPORT_TEXT_LABELS.proposals}
                  autosize
                  minRows={2}
                  maxLength={REPORT_TEXT_MAX}
                  value={d.texts.proposals}
                  onChange={(e) => d.setTexts({ ...d.texts, proposals: e.currentTarget.value })}
                />
              </SimpleGrid>
              <Group>
                <Button onClick={() => void d.exportPdf()} loading={d.busy === 'pdf'}>
                  Lưu PDF báo cáo tổng hợp
                </Button>
                <Button variant="default" onClick={() => void d.exportXlsx()} loading={d.busy === 'xlsx'}>
                  Xuất Excel (.xlsx)
                </Button>
                <Button variant="default" onClick={() => void d.exportUpward()} loading={d.busy === 'sng'}>
                  Xuất báo cáo tổng hợp gửi cấp trên (.sng)
                </Button>
              </Group>
              {d.message && <Alert color={d.message.color}>{d.message.text}</Alert>}
              <DashboardCharts
                levels={d.chartLevels}
                months={d.chartMonths}
                year={d.current.year}
                reportedUnits={d.dashboard.reported.length}
              />
            </>
          )}
        </>
      )}
      <UnitReportModal row={d.open} onClose={() => d.setOpen(undefined)} onRemove={(r) => void d.removeReport(r)} />
    </Stack>
  );
}
