/** The export tab: the report for the superior (a period of the year) or the roster, compressed and/or encrypted. */
import { Alert, Button, Checkbox, Group, PasswordInput, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { TEXT_MAX, periodOfPart, periodText } from '../../core/exchange';
import { ReportPeriodFields } from '../../ui/PeriodPicker';
import { ExportPreview } from './ExportPreview';
import { useReportExport, type ExportKind } from './useReportExport';

export function ExportPanel() {
  const form = useReportExport();
  return (
    <Stack>
      <SegmentedControl
        value={form.kind}
        onChange={(v) => form.chooseKind(v as ExportKind)}
        data={[
          { value: 'unit_report', label: form.mode === 'aggregator' ? 'Báo cáo của đơn vị mình' : 'Báo cáo gửi cấp trên' },
          { value: 'roster', label: 'Danh sách đảng viên' },
        ]}
      />
      {form.kind === 'unit_report' && (
        <>
          <Group align="end">
            <ReportPeriodFields
              year={form.year}
              part={form.part}
              onYear={form.chooseYear}
              onPart={form.choosePart}
              fallbackYear={form.fallbackYear}
              partLabel="Kỳ báo cáo"
              bounded
              yearWidth={120}
              partWidth={160}
            />
          </Group>
          <Text size="sm" c="dimmed">
            Báo cáo gồm số liệu từ tháng 1 đến hết kỳ đã chọn ({periodText(periodOfPart(form.year, form.part))}).
          </Text>
          <Checkbox
            label="Chỉ gửi số liệu tổng hợp (không gửi danh sách và kết quả từng đảng viên)"
            checked={form.aggregateOnly}
            onChange={(e) => form.chooseAggregateOnly(e.currentTarget.checked)}
          />
          <Textarea
            label="Kết quả nổi bật (không bắt buộc)"
            autosize
            minRows={2}
            maxLength={TEXT_MAX}
            value={form.texts.results}
            onChange={(e) => form.setTexts({ ...form.texts, results: e.currentTarget.value })}
          />
          <Textarea
            label="Hạn chế, nguyên nhân (không bắt buộc)"
            autosize
            minRows={2}
            maxLength={TEXT_MAX}
            value={form.texts.limits}
            onChange={(e) => form.setTexts({ ...form.texts, limits: e.currentTarget.value })}
          />
          <Textarea
            label="Kiến nghị (không bắt buộc)"
            autosize
            minRows={2}
            maxLength={TEXT_MAX}
            value={form.texts.proposals}
            onChange={(e) => form.setTexts({ ...form.texts, proposals: e.currentTarget.value })}
          />
        </>
      )}
      <Checkbox label="Nén tệp (nhỏ hơn, nên dùng)" checked={form.compress} onChange={(e) => form.setCompress(e.currentTarget.checked)} />
      <Checkbox
        label="Đặt mật khẩu cho tệp (không có mật khẩu thì không mở được tệp)"
        checked={form.encrypt}
        onChange={(e) => form.setEncrypt(e.currentTarget.checked)}
      />
      {form.encrypt && (
        <Group align="start">
          <PasswordInput label="Mật khẩu" value={form.pass} onChange={(e) => form.setPass(e.currentTarget.value)} w={240} />
          <PasswordInput
            label="Nhập lại mật khẩu"
            value={form.pass2}
            onChange={(e) => form.setPass2(e.currentTarget.value)}
            w={240}
            error={form.pass2 ? form.passProblem : undefined}
          />
        </Group>
      )}
      {form.encrypt && (
        <Text size="sm" c="dimmed">
          Báo mật khẩu cho nơi nhận bằng cách khác (gọi điện, gặp trực tiếp), không gửi kèm tệp.
        </Text>
      )}
      <Group>
        <Button variant="default" onClick={form.doPreview} loading={form.busy}>
          Xem trước nội dung gửi
        </Button>
        <Button onClick={form.save} loading={form.busy} disabled={Boolean(form.passProblem)}>
          Lưu tệp…
        </Button>
      </Group>
      {form.error && (
        <Alert color="red" title="Chưa xuất được">
          {form.error}
        </Alert>
      )}
      {form.saved && (
        <Alert color="green" title="Đã xuất tệp">
          {form.saved}
        </Alert>
      )}
      {form.preview && <ExportPreview preview={form.preview} />}
    </Stack>
  );
}
