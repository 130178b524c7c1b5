/** The export tab: the report for the superior (a period of the year) or the roster, compressed and/or encrypted. */
import { Alert, Button, Checkbox, Group, PasswordInput, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { TEXT_MAX, periodOfPart, periodText } from '../../core/exchange';
import { ReportPeriodFields } from '../../ui/PeriodPicker';
import { ExportPreview } from './ExportPreview';
import { useReportExport, type ExportKind } from './useReportExport';

export function ExportPanel() {
  const {
    mode,
    fallbackYear,
    kind,
    chooseKind,
    year,
    chooseYear,
    part,
    choosePart,
    aggregateOnly,
    chooseAggregateOnly,
    compress,
    setCompress,
    encrypt,
    setEncrypt,
    pass,
    setPass,
    pass2,
    setPass2,
    passProblem,
    texts,
    setTexts,
    preview,
    error,
    busy,
    saved,
    doPreview,
    save,
  } = useReportExport();
  return (
    <Stack>
      <SegmentedControl
        value={kind}
        onChange={(v) => chooseKind(v as ExportKind)}
        data={[
          { value: 'unit_report', label: mode === 'aggregator' ? 'Báo cáo của đơn vị mình' : 'Báo cáo gửi cấp trên' },
          { value: 'roster', label: 'Danh sách đảng viên' },
        ]}
      />
      {kind === 'unit_report' && (
        <>
          <Group align="end">
            <ReportPeriodFields year={year} part={part} onYear={chooseYear} onPart={choosePart} fallbackYear={fallbackYear} partLabel="Kỳ báo cáo" bounded yearWidth={120} partWidth={160} />
          </Group>
          <Text size="sm" c="dimmed">
            Báo cáo gồm số liệu từ tháng 1 đến hết kỳ đã chọn ({periodText(periodOfPart(year, part))}).
          </Text>
          <Checkbox
            label="Chỉ gửi số liệu tổng hợp (không gửi danh sách và kết quả từng đảng viên)"
            checked={aggregateOnly}
            onChange={(e) => chooseAggregateOnly(e.currentTarget.checked)}
          />
          <Textarea label="Kết quả nổi bật (không bắt buộc)" autosize minRows={2} maxLength={TEXT_MAX} value={texts.results} onChange={(e) => setTexts({ ...texts, results: e.currentTarget.value })} />
          <Textarea label="Hạn chế, nguyên nhân (không bắt buộc)" autosize minRows={2} maxLength={TEXT_MAX} value={texts.limits} onChange={(e) => setTexts({ ...texts, limits: e.currentTarget.value })} />
          <Textarea label="Kiến nghị (không bắt buộc)" autosize minRows={2} maxLength={TEXT_MAX} value={texts.proposals} onChange={(e) => setTexts({ ...texts, proposals: e.currentTarget.value })} />
        </>
      )}
      <Checkbox label="Nén tệp (nhỏ hơn, nên dùng)" checked={compress} onChange={(e) => setCompress(e.currentTarget.checked)} />
      <Checkbox label="Đặt mật khẩu cho tệp (không có mật khẩu thì không mở được tệp)" checked={encrypt} onChange={(e) => setEncrypt(e.currentTarget.checked)} />
      {encrypt && (
        <Group align="start">
          <PasswordInput label="Mật khẩu" value={pass} onChange={(e) => setPass(e.currentTarget.value)} w={240} />
          <PasswordInput label="Nhập lại mật khẩu" value={pass2} onChange={(e) => setPass2(e.currentTarget.value)} w={240} error={pass2 ? passProblem : undefined} />
        </Group>
      )}
      {encrypt && <Text size="sm" c="dimmed">Báo mật khẩu cho nơi nhận bằng cách khác (gọi điện, gặp trực tiếp), không gửi kèm tệp.</Text>}
      <Group>
        <Button variant="default" onClick={doPreview} loading={busy}>
          Xem trước nội dung gửi
        </Button>
        <Button onClick={save} loading={busy} disabled={Boolean(passProblem)}>
          Lưu tệp…
        </Button>
      </Group>
      {error && <Alert color="red" title="Chưa xuất được">{error}</Alert>}
      {saved && <Alert color="green" title="Đã xuất tệp">{saved}</Alert>}
      {preview && <ExportPreview preview={preview} />}
    </Stack>
  );
}
