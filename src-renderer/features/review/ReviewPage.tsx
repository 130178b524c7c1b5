import { useEffect, useMemo, useState } from 'react';
import { AsyncButton } from '../../ui/AsyncButton';
import { useLive as useLiveQuery } from '../../services/live';
import { Alert, Badge, Button, Center, Group, Loader, Paper, Select, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { ActionsHeader } from '../../ui/ActionsHeader';
import { notifications } from '@mantine/notifications';
import { useOwnUnit, useSettings } from '../../services/settings';
import { SHORT_LABELS, effectiveLevel, excludedLabel } from '../../core/review';
import { formatDate, parseDate } from '../../core/text';
import { createReviewRound, loadReviewData } from '../../services/review';
import { CommendationsPanel } from './CommendationsPanel';
import { MemberReviewPanel } from './MemberReviewPanel';
import { CellChart, QuotaPanel, ReportPanel, StatisticsTable, UnitReviewPanel } from './UnitPanels';
import { exportListPdf, exportListXlsx, exportReportPdf } from './exports';
import { SelfReviewButtons, UnitReviewFormButtons } from './ReviewFormButtons';
import { buildView } from './view-model';
import { clock } from '../../platform/clock';
import { parseYearParam, useUrlParam } from '../../ui/url-state';
import { errorMessage } from '../../services/errors';

const REVIEW_TABS = ['members', 'unit', 'quota', 'report', 'commendations'];

const LEVEL_COLOR = { xuat_sac: 'grape', tot: 'green', hoan_thanh: 'blue', khong_hoan_thanh: 'red' } as const;

function defaultYear(): number {
  const today = clock.today();
  const y = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) <= 3 ? y - 1 : y;
}

/** Year-end review: evidence roll-up, eligibility, self-review, scores, votes, quota, collective level, report. */
export default function ReviewPage() {
  const unit = useOwnUnit();
  const settings = useSettings();
  const [year, setYear] = useUrlParam('nam', parseYearParam, defaultYear);
  const [dateText, setDateText] = useState('');
  const [dateError, setDateError] = useState<string>();
  const [selected, setSelected] = useUrlParam<string | undefined>(
    'dang-vien',
    (raw) => raw || undefined,
    () => undefined,
  );
  const [busy, setBusy] = useState(false);
  const [tab, setTab] = useUrlParam<string>(
    'muc',
    (raw) => (REVIEW_TABS.includes(raw) ? raw : undefined),
    () => 'members',
  );
  // Warm the PDF and Excel chunks once the report tab is opened, so the export buttons answer fast.
  useEffect(() => {
    if (tab !== 'report') return;
    void import('../../documents/render-pdf').then((m) => m.preloadPdfRenderer()).catch(() => undefined);
    void import('exceljs').catch(() => undefined);
  }, [tab]);
  const data = useLiveQuery(
    async () => (unit ? { year, unitId: unit.id, data: await loadReviewData(unit.id, year) } : undefined),
    [unit?.id, year],
  );
  const current = data && data.year === year ? data.data : undefined;
  const view = useMemo(
    () => (current ? buildView(current, year, settings.monthlyScaleCode, settings.officeHoldersFirst) : undefined),
    [current, year, settings.monthlyScaleCode, settings.officeHoldersFirst],
  );

  if (!unit) {
    return (
      <Stack>
        <Title order={2}>Kiểm điểm cuối năm</Title>
        <Alert color="gray">Hãy hoàn tất phần thiết lập đơn vị trước.</Alert>
      </Stack>
    );
  }
  const years = Array.from({ length: 8 }, (_, i) => defaultYear() + 1 - i);
  const roundDate = view?.reviewDate;

  const createRound = async () => {
    const text = dateText.trim() || (roundDate ? formatDate(roundDate) : '');
    const iso = parseDate(text);
    if (!iso) {
      setDateError('Hãy nhập ngày kiểm điểm theo dạng ngày/tháng/năm, ví dụ 15/12/2026.');
      return;
    }
    setDateError(undefined);
    try {
      const scale = view?.scale;
      const r = await createReviewRound({ unitId: unit.id, year, reviewDate: iso, scale });
      notifications.show({
        color: 'green',
        message: `Đợt kiểm điểm năm ${year}: ${r.created} bản mới, ${r.updated} bản cập nhật, ${r.excluded} đảng viên không xếp loại.${r.kept.length ? ` Giữ lại bản đã có số liệu của: ${r.kept.join(', ')}.` : ''}`,
      });
    } catch (e) {
      setDateError(errorMessage(e, 'Không tạo được đợt kiểm điểm.'));
    }
  };

  const doExport = async (what: 'report' | 'listPdf' | 'listXlsx') => {
    if (!view || !current) return;
    setBusy(true);
    try {
      const ctx = { unit, data: current, view, documentStyleCode: settings.documentStyleCode };
      const msg =
        what === 'report' ? await exportReportPdf(ctx) : what === 'listPdf' ? await exportListPdf(ctx) : await exportListXlsx(ctx);
      if (msg) notifications.show({ color: 'green', message: msg });
    } catch (e) {
      console.error('Xuất tệp kiểm điểm thất bại', e);
      const stale = e instanceof Error && /dynamically imported module|Importing a module script failed/u.test(e.message);
      notifications.show({
        color: 'red',
        autoClose: false,
        title: 'Không xuất được tệp',
        message: stale
          ? 'Ứng dụng vừa được cập nhật. Hãy tải lại trang (phím F5) rồi xuất lại; dữ liệu đã lưu không bị mất.'
          : errorMessage(e),
      });
    } finally {
      setBusy(false);
    }
  };

  const selectedView = view?.inRound.find((v) => v.member.id === selected);

  return (
    <Stack>
      <Title order={2}>Kiểm điểm cuối năm</Title>
      <Paper withBorder p="md">
        <Group align="end">
          <Select
            label="Năm kiểm điểm"
            data={years.map((y) => ({ value: String(y), label: String(y) }))}
            value={String(year)}
            onChange={(v) => {
              if (v) {
                setYear(Number(v));
                setSelected(undefined);
              }
            }}
            w={140}
            allowDeselect={false}
          />
          <TextInput
            label="Ngày kiểm điểm"
            placeholder={roundDate ? formatDate(roundDate) : `15/12/${year}`}
            value={dateText}
            onChange={(e) => setDateText(e.currentTarget.value)}
            error={dateError}
            w={200}
          />
          <AsyncButton onClick={() => createRound()}>{roundDate ? 'Cập nhật đợt kiểm điểm' : 'Tạo đợt kiểm điểm'}</AsyncButton>
        </Group>
        {view && (
          <Text size="sm" mt="xs" c="dimmed">
            Áp dụng: {view.scheme.name}.{roundDate ? ` Ngày kiểm điểm: ${formatDate(roundDate)}.` : ' Chưa tạo đợt kiểm điểm cho năm này.'}{' '}
            {view.scheme.data.legacyNote ?? ''}
          </Text>
        )}
      </Paper>

      {!view ? (
        <Center h={160}>
          <Loader role="status" aria-label="Đang tải" />
        </Center>
      ) : (
        <Tabs value={tab} onChange={(t) => setTab(t ?? undefined)} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="members">Đảng viên ({view.inRound.length})</Tabs.Tab>
            <Tabs.Tab value="quota">
              Tỷ lệ xuất sắc{' '}
              {view.quota.anyOver && (
                <Badge color="yellow" ml={4}>
                  !
                </Badge>
              )}
            </Tabs.Tab>
            <Tabs.Tab value="unit">Chi bộ và số liệu</Tabs.Tab>
            <Tabs.Tab value="commendations">Khen thưởng</Tabs.Tab>
            <Tabs.Tab value="report">Báo cáo, xuất tệp</Tabs.Tab>
          </Tabs.List>

          <Tabs.Panel value="members" pt="md">
            <Stack>
              {view.inRound.length === 0 ? (
                <Alert color="blue" title="Chưa có đợt kiểm điểm">
                  Nhập ngày kiểm điểm rồi bấm “Tạo đợt kiểm điểm”: ứng dụng lập danh sách đảng viên đang sinh hoạt vào ngày đó, ghi rõ người
                  không thuộc diện xếp loại (miễn sinh hoạt, đình chỉ, mới kết nạp chưa đủ 6 tháng) và soạn sẵn bản nháp tự kiểm điểm từ kết
                  quả hằng tháng.
                </Alert>
              ) : (
                <Table withTableBorder striped highlightOnHover aria-label="Danh sách kiểm điểm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>TT</Table.Th>
                      <Table.Th>Họ và tên</Table.Th>
                      <Table.Th>Tháng tự đánh giá</Table.Th>
                      <Table.Th>Biểu dương / nhắc nhở</Table.Th>
                      <Table.Th>Tổng điểm</Table.Th>
                      <Table.Th>Mức (đề xuất / quyết định)</Table.Th>
                      <ActionsHeader />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {view.inRound.map((v, i) => {
                      const row = view.rows[i];
                      const level = v.review ? effectiveLevel(v.review) : undefined;
                      return (
                        <Table.Tr key={v.member.id} bg={selected === v.member.id ? 'var(--mantine-color-blue-0)' : undefined}>
                          <Table.Td>{i + 1}</Table.Td>
                          <Table.Td>{v.member.fullName}</Table.Td>
                          <Table.Td>
                            {v.rollup.monthsAssessed}/{v.rollup.monthsApplicable}
                          </Table.Td>
                          <Table.Td>
                            {v.rollup.timesPraised} / {v.rollup.timesReminded}
                          </Table.Td>
                          <Table.Td>{row?.total}</Table.Td>
                          <Table.Td>
                            {v.review?.excluded ? (
                              <Badge color="orange" variant="light">
                                {excludedLabel(v.review.excluded.reason)}
                              </Badge>
                            ) : level ? (
                              <Badge color={LEVEL_COLOR[level]}>
                                {SHORT_LABELS[level]}
                                {v.review?.finalLevel ? '' : ' (đề xuất)'}
                              </Badge>
                            ) : (
                              <Text size="sm" c="dimmed">
                                Chưa xếp loại
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>
                            <Button
                              size="xs"
                              variant="light"
                              aria-label={`Kiểm điểm ${v.member.fullName}`}
                              onClick={() => setSelected(v.member.id)}
                            >
                              Mở
                            </Button>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              )}
              {view.others.length > 0 && view.inRound.length > 0 && (
                <Text size="sm" c="dimmed">
                  Không có trong đợt kiểm điểm (chưa sinh hoạt hoặc đã rời chi bộ vào ngày kiểm điểm):{' '}
                  {view.others.map((m) => m.fullName).join(', ')}.
                </Text>
              )}
              {current && (
                <SelfReviewButtons
                  unit={unit}
                  data={current}
                  view={view}
                  documentStyleCode={settings.documentStyleCode}
                  selectedMemberId={selected}
                />
              )}
              {selectedView && current && (
                <MemberReviewPanel
                  key={`${selectedView.review?.id}-${selectedView.review?.updatedAt}`}
                  view={selectedView}
                  scheme={view.scheme}
                  scale={view.scale}
                />
              )}
            </Stack>
          </Tabs.Panel>

          <Tabs.Panel value="quota" pt="md">
            {current && (
              <QuotaPanel key={current.unitReview?.updatedAt ?? 'new'} view={view} unitId={unit.id} unitReview={current.unitReview} />
            )}
          </Tabs.Panel>

          <Tabs.Panel value="unit" pt="md">
            {current && (
              <Stack>
                <UnitReviewPanel
                  key={current.unitReview?.updatedAt ?? 'new'}
                  view={view}
                  unitId={unit.id}
                  unitReview={current.unitReview}
                />
                <UnitReviewFormButtons unit={unit} data={current} view={view} documentStyleCode={settings.documentStyleCode} />
                <Title order={4}>Số liệu năm {year}</Title>
                <StatisticsTable view={view} />
                <Title order={4}>Tự đánh giá hằng tháng của chi bộ</Title>
                <CellChart view={view} />
              </Stack>
            )}
          </Tabs.Panel>

          <Tabs.Panel value="commendations" pt="md">
            {current && <CommendationsPanel view={view} data={current} unitId={unit.id} />}
          </Tabs.Panel>

          <Tabs.Panel value="report" pt="md">
            {current && (
              <ReportPanel
                key={current.unitReview?.id ?? 'new'}
                view={view}
                unitId={unit.id}
                unitReview={current.unitReview}
                onExport={(w) => void doExport(w)}
                busy={busy}
              />
            )}
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
