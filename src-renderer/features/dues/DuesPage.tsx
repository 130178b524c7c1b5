/**
 * Đảng phí (/dang-phi?thang=YYYY-MM): the month's collection sheet (keyboard grid), the members'
 * dues basis, the warnings (2 unpaid months → nhắc nhở, 3 → xem xét xóa tên), the minutes line and
 * the documents (collection sheet and the statement to the superior, PDF and .xlsx).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { AsyncButton } from '../../ui/AsyncButton';
import { Link } from 'react-router';
import { Alert, Anchor, Button, Group, Modal, NativeSelect, NumberInput, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { duesMinutesLine, shiftPeriod, type DuesSheet, type DuesWarning } from '../../core/dues';
import { describeRuleSet } from '../../core/rules';
import { lastDayOfPeriod, periodLabel } from '../../core/text';
import { clock } from '../../platform/clock';
import { errorMessage } from '../../services/errors';
import { fillMinutesPartyFees, openDuesSheet, type DuesSheetView } from '../../services/dues';
import { parsePeriodParam, useUrlParam } from '../../ui/url-state';
import { ArrearsPanel } from './ArrearsPanel';
import { BasisPanel } from './BasisPanel';
import { DuesExports } from './DuesExports';
import { DuesGrid, type SheetDefaults } from './DuesGrid';

/** Today, or the month's last day when entering an earlier month's sheet (a payment is never dated after its sheet). */
function defaultPaidOn(period: string, today: string): string {
  const last = lastDayOfPeriod(period);
  return today <= last ? today : last;
}

export default function DuesPage() {
  const [period, setPeriod] = useUrlParam('thang', parsePeriodParam, clock.thisPeriod);
  const [year, month] = period.split('-').map(Number) as [number, number];
  const [view, setView] = useState<DuesSheetView | null>();
  const [error, setError] = useState<string>();
  const [version, setVersion] = useState(0);
  const flushRef = useRef<() => Promise<void>>(async () => undefined);
  const today = clock.today();
  const [defaults, setDefaults] = useState<SheetDefaults>(() => ({ paidOn: defaultPaidOn(period, today), channel: 'cong_dvc' }));
  const [live, setLive] = useState<{ sheet: DuesSheet; warnings: DuesWarning[] }>();
  const [tab, setTab] = useState<string | null>('sheet');
  const [confirmReplace, setConfirmReplace] = useState<{ current: string; text: string }>();

  useEffect(() => {
    let alive = true;
    setError(undefined);
    openDuesSheet(period).then(
      (v) => {
        if (!alive) return;
        setView(v ?? null);
        // The grid's last sheet was computed from the data read before: it is the view's again until the grid recomputes it.
        setLive(undefined);
      },
      (e: unknown) => alive && setError(errorMessage(e, 'Không đọc được bảng thu đảng phí.')),
    );
    return () => {
      alive = false;
    };
  }, [period, version]);

  useEffect(() => {
    setDefaults((d) => ({ ...d, paidOn: defaultPaidOn(period, today) }));
    setLive(undefined);
  }, [period, today]);

  const go = async (next: string) => {
    await flushRef.current().catch(() => undefined);
    setPeriod(next);
  };
  const reload = useCallback(async () => {
    await flushRef.current().catch(() => undefined);
    setVersion((v) => v + 1);
  }, []);
  const registerFlush = useCallback((f: () => Promise<void>) => {
    flushRef.current = f;
  }, []);
  const onSheet = useCallback((sheet: DuesSheet, warnings: DuesWarning[]) => setLive({ sheet, warnings }), []);

  const fill = async (replace = false) => {
    try {
      await flushRef.current();
      const r = await fillMinutesPartyFees(period, { replace });
      if (r.status === 'filled')
        notifications.show({ color: 'green', message: `Đã điền vào biên bản sinh hoạt ${periodLabel(period).toLowerCase()}: ${r.text}` });
      else if (r.status === 'has_text') setConfirmReplace({ current: r.current, text: r.text });
      else if (r.status === 'finalised')
        notifications.show({
          color: 'yellow',
          message: 'Biên bản tháng này đã thông qua; muốn sửa phải ghi điều chỉnh ở màn hình Sinh hoạt chi bộ.',
        });
      else
        notifications.show({
          color: 'yellow',
          message: `Chưa có buổi sinh hoạt thường kỳ ${periodLabel(period).toLowerCase()}. Hãy tạo buổi sinh hoạt trước.`,
        });
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e) });
    }
  };

  const sheet = live?.sheet ?? view?.sheet;
  const warnings = live?.warnings ?? view?.warnings ?? [];

  return (
    <Stack gap="sm">
      <Title order={2}>Đảng phí</Title>
      <Group align="end" gap="xs" wrap="wrap">
        <AsyncButton variant="default" onClick={() => go(shiftPeriod(period, -1))} aria-label="Tháng trước">
          ‹ Tháng trước
        </AsyncButton>
        <NativeSelect
          label="Tháng"
          value={String(month)}
          onChange={(e) => void go(`${year}-${String(Number(e.currentTarget.value)).padStart(2, '0')}`)}
          data={Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `Tháng ${i + 1}` }))}
          w={130}
        />
        <NumberInput
          label="Năm"
          value={year}
          min={2000}
          max={2100}
          onChange={(v) => {
            const y = Number(v);
            if (Number.isInteger(y) && y >= 2000 && y <= 2100) void go(`${y}-${String(month).padStart(2, '0')}`);
          }}
          w={100}
        />
        <AsyncButton variant="default" onClick={() => go(shiftPeriod(period, 1))} aria-label="Tháng sau">
          Tháng sau ›
        </AsyncButton>
        {view && (
          <Text size="sm" c="dimmed" ml="md">
            Áp dụng: {describeRuleSet(view.rules)}
          </Text>
        )}
      </Group>
      {error ? (
        <Alert color="red">{error}</Alert>
      ) : view === undefined ? (
        <Text c="dimmed">Đang tải…</Text>
      ) : view === null ? (
        <Alert color="yellow">Chưa thiết lập chi bộ. Hãy hoàn thành phần thiết lập ban đầu.</Alert>
      ) : view.members.length === 0 ? (
        <Alert color="yellow">
          Chưa có đảng viên trong danh sách chi bộ.{' '}
          <Anchor component={Link} to="/dang-vien">
            Nhập danh sách đảng viên
          </Anchor>{' '}
          trước.
        </Alert>
      ) : (
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="sheet">Bảng thu {periodLabel(period).toLowerCase()}</Tabs.Tab>
            <Tabs.Tab value="basis">Đối tượng và mức đóng</Tabs.Tab>
            <Tabs.Tab value="arrears">Nợ từ trước</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="sheet" pt="sm">
            <DuesGrid
              key={`${view.period}-${version}`}
              view={view}
              defaults={defaults}
              onDefaults={setDefaults}
              onSheet={onSheet}
              registerFlush={registerFlush}
            />
            <Stack gap="sm" mt="sm">
              <Paper withBorder p="sm" aria-label="Cảnh báo đảng phí">
                <Text fw={600} mb={4}>
                  Cảnh báo ({warnings.length})
                </Text>
                <Text size="xs" c="dimmed" mb={4}>
                  Tính đến {periodLabel(view.warningsPeriod).toLowerCase()}: không nộp {view.rules.data.reminderUnpaidMonths} tháng → nhắc
                  nhở; {view.rules.data.removalUnpaidMonths} tháng → chi bộ xem xét đề nghị xóa tên.
                </Text>
                {warnings.length === 0 ? (
                  <Text size="sm" c="#237032">
                    Không có đồng chí nào không nộp đảng phí quá ngưỡng.
                  </Text>
                ) : (
                  <Stack gap={4} data-testid="dues-warnings">
                    {warnings.map((w) => (
                      <Text key={w.memberId} size="sm" c={w.level === 'consider_removal' ? '#c92a2a' : '#a34100'}>
                        {w.message}
                      </Text>
                    ))}
                  </Stack>
                )}
              </Paper>
              {sheet && (
                <Paper withBorder p="sm">
                  <Text fw={600} size="sm">
                    Tình hình thu nộp đảng phí (để ghi vào biên bản)
                  </Text>
                  <Text size="sm" data-testid="dues-minutes-line">
                    {duesMinutesLine(sheet)}
                  </Text>
                  <Group gap="xs" mt="xs">
                    <AsyncButton size="xs" variant="light" onClick={() => fill()}>
                      Điền vào biên bản sinh hoạt {periodLabel(period).toLowerCase()}
                    </AsyncButton>
                    <DuesExports view={view} sheet={sheet} beforeExport={() => flushRef.current()} />
                  </Group>
                </Paper>
              )}
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="arrears" pt="sm">
            <ArrearsPanel
              members={view.members}
              sheet={sheet ?? view.sheet}
              {...(view.since ? { since: view.since } : {})}
              onSaved={() => void reload()}
            />
          </Tabs.Panel>
          <Tabs.Panel value="basis" pt="sm">
            <BasisPanel period={period} rules={view.rules.data} members={view.members} onSaved={() => void reload()} />
          </Tabs.Panel>
        </Tabs>
      )}
      <Modal
        opened={confirmReplace !== undefined}
        onClose={() => setConfirmReplace(undefined)}
        title="Thay nội dung đã ghi trong biên bản?"
      >
        {confirmReplace && (
          <Stack gap="sm">
            <Text size="sm">Biên bản đang ghi:</Text>
            <Text size="sm" fs="italic">
              {confirmReplace.current}
            </Text>
            <Text size="sm">Thay bằng nội dung từ bảng thu:</Text>
            <Text size="sm" fs="italic">
              {confirmReplace.text}
            </Text>
            <Group justify="end">
              <Button variant="default" onClick={() => setConfirmReplace(undefined)}>
                Giữ nguyên
              </Button>
              <AsyncButton
                onClick={() => {
                  setConfirmReplace(undefined);
                  return fill(true);
                }}
              >
                Thay thế
              </AsyncButton>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
