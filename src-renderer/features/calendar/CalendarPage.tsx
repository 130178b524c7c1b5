/**
 * Lịch việc (/lich-viec?nam=YYYY): the year's dated jobs computed from the member records, the
 * meetings and the deadlines rule set — dự bị → chính thức, Huy hiệu Đảng, the year-end review
 * steps in working days, long excused absences, status periods ending — each with a link to the
 * screen where it is done and a tick box (stored). Below: the holidays table used for working days.
 */
import { useState } from 'react';
import { AsyncButton } from '../../ui/AsyncButton';
import { Link } from 'react-router';
import { Alert, Badge, Button, Checkbox, Group, NumberInput, Paper, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CalendarItem, CalendarItemState, HolidayTable } from '../../core/calendar';
import { describeRuleSet } from '../../core/rules';
import { formatDate, parseDate, weekdayName } from '../../core/text';
import { clock } from '../../platform/clock';
import { saveLocalDeadlines, setCalendarDone, useYearCalendar } from '../../services/calendar';
import { errorMessage } from '../../services/errors';
import { parseYearParam, useUrlParam } from '../../ui/url-state';

const STATE: Record<CalendarItemState, { label: string; color: string }> = {
  done: { label: 'Đã xong', color: '#237032' },
  overdue: { label: 'Quá hạn', color: '#c92a2a' },
  soon: { label: 'Sắp đến hạn', color: '#a34100' },
  later: { label: 'Chưa đến lúc', color: '#495057' },
};

export function CalendarStateBadge({ state }: { state: CalendarItemState }) {
  return (
    <Badge color={STATE[state].color} variant="filled" radius="sm" style={{ textTransform: 'none' }}>
      {STATE[state].label}
    </Badge>
  );
}

export default function CalendarPage() {
  const [year, setYear] = useUrlParam('nam', parseYearParam, clock.thisYear);
  const view = useYearCalendar(year);
  const [hideDone, setHideDone] = useState(false);

  const byMonth = new Map<string, CalendarItem[]>();
  for (const item of view?.items ?? []) {
    if (hideDone && item.done) continue;
    const m = item.date.slice(0, 7);
    byMonth.set(m, [...(byMonth.get(m) ?? []), item]);
  }

  const tick = async (item: CalendarItem, done: boolean) => {
    if (!view) return;
    try {
      await setCalendarDone(view.unitId, item.key, done);
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e) });
    }
  };

  return (
    <Stack gap="sm">
      <Title order={2}>Lịch việc năm {year}</Title>
      <Group align="end" gap="xs">
        <Button variant="default" onClick={() => setYear(year - 1)}>
          ‹ Năm trước
        </Button>
        <NumberInput
          label="Năm"
          value={year}
          min={2000}
          max={2100}
          w={100}
          onChange={(v) => {
            const y = Number(v);
            if (Number.isInteger(y) && y >= 2000 && y <= 2100) setYear(y);
          }}
        />
        <Button variant="default" onClick={() => setYear(year + 1)}>
          Năm sau ›
        </Button>
        <Switch label="Ẩn việc đã xong" checked={hideDone} onChange={(e) => setHideDone(e.currentTarget.checked)} ml="md" />
      </Group>
      {view === undefined ? (
        <Text c="dimmed">Đang tính các mốc thời gian…</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            Các mốc tính theo {describeRuleSet(view.rules)}. Ngày làm việc không tính thứ Bảy, Chủ nhật và các ngày nghỉ lễ trong bảng ở
            cuối trang.
          </Text>
          {view.items.length === 0 && <Alert color="green">Không có việc nào có hạn trong năm {year}.</Alert>}
          {[...byMonth.entries()].map(([month, items]) => (
            <Paper withBorder p="sm" key={month}>
              <Title order={3} size="h5" mb="xs">
                Tháng {Number(month.slice(5, 7))}/{month.slice(0, 4)}
              </Title>
              <Stack gap="xs" role="list" aria-label={`Việc tháng ${Number(month.slice(5, 7))}/${month.slice(0, 4)}`}>
                {items.map((item) => (
                  <Group key={item.key} align="start" wrap="nowrap" gap="sm" role="listitem" data-key={item.key} data-state={item.state}>
                    <Checkbox
                      mt={4}
                      aria-label={`Đã xong: ${item.title}`}
                      checked={item.done}
                      disabled={item.kind === 'holidays_missing'}
                      onChange={(e) => void tick(item, e.currentTarget.checked)}
                    />
                    <Stack gap={2} style={{ flex: 1 }}>
                      <Group gap="xs" wrap="wrap">
                        <Text fw={600} td={item.done ? 'line-through' : undefined}>
                          {item.title}
                        </Text>
                        <CalendarStateBadge state={item.state} />
                      </Group>
                      <Text size="sm">
                        {weekdayName(item.date)}, {formatDate(item.date)} — {item.detail}
                      </Text>
                    </Stack>
                    <Button component={Link} to={item.path} size="xs" variant="default">
                      Mở
                    </Button>
                  </Group>
                ))}
              </Stack>
            </Paper>
          ))}
          <HolidaysEditor key={`${year}-${view.rules.id}-${view.rules.version}`} year={year} table={view.rules.data.holidays} />
        </>
      )}
    </Stack>
  );
}

/** The holidays and swapped working days of a year (the table the working days are counted with). */
function HolidaysEditor({ year, table }: { year: number; table: HolidayTable }) {
  const y = String(year);
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [working, setWorking] = useState(false);
  const holidays = table.holidays.filter((h) => h.date.startsWith(y));
  const workingDays = table.workingDays.filter((h) => h.date.startsWith(y));
  const covered = table.years.includes(year);

  const store = async (next: HolidayTable, message: string) => {
    try {
      await saveLocalDeadlines(year, { holidays: next });
      notifications.show({ color: 'green', message });
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e) });
    }
  };
  const add = async () => {
    const iso = parseDate(date);
    if (!iso || !iso.startsWith(y)) {
      notifications.show({ color: 'red', message: `Nhập ngày của năm ${year} theo dạng ngày/tháng/năm.` });
      return;
    }
    const entry = { date: iso, name: name.trim() || (working ? 'Ngày làm bù' : 'Ngày nghỉ') };
    const next: HolidayTable = working
      ? { ...table, workingDays: [...table.workingDays.filter((h) => h.date !== iso), entry].sort((a, b) => a.date.localeCompare(b.date)) }
      : { ...table, holidays: [...table.holidays.filter((h) => h.date !== iso), entry].sort((a, b) => a.date.localeCompare(b.date)) };
    await store(next, `Đã thêm ${working ? 'ngày làm bù' : 'ngày nghỉ'} ${formatDate(iso)}.`);
    setDate('');
    setName('');
  };
  const remove = (iso: string, kind: 'holidays' | 'workingDays') =>
    void store({ ...table, [kind]: table[kind].filter((h) => h.date !== iso) }, `Đã bỏ ngày ${formatDate(iso)}.`);

  return (
    <Paper withBorder p="sm">
      <Title order={3} size="h5" mb="xs">
        Ngày nghỉ lễ, Tết và ngày làm bù năm {year}
      </Title>
      {!covered && (
        <Alert color="yellow" mb="xs">
          Bảng ngày nghỉ chưa có đủ năm {year}. Nhập các ngày nghỉ theo thông báo của Chính phủ, rồi bấm “Đánh dấu đã nhập đủ năm {year}”.
        </Alert>
      )}
      <Table withTableBorder striped aria-label={`Ngày nghỉ năm ${year}`}>
        <Table.Tbody>
          {[
            ...holidays.map((h) => ({ ...h, kind: 'holidays' as const })),
            ...workingDays.map((h) => ({ ...h, kind: 'workingDays' as const })),
          ]
            .sort((a, b) => a.date.localeCompare(b.date))
            .map((h) => (
              <Table.Tr key={`${h.kind}-${h.date}`}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {weekdayName(h.date)}, {formatDate(h.date)}
                </Table.Td>
                <Table.Td>
                  {h.kind === 'workingDays' ? 'Làm bù: ' : ''}
                  {h.name}
                  {h.unverified ? ' (chưa kiểm chứng)' : ''}
                </Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => remove(h.date, h.kind)}>
                    Bỏ
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
      <Group align="end" gap="xs" mt="xs" wrap="wrap">
        <TextInput label="Ngày" placeholder="ngày/tháng/năm" value={date} onChange={(e) => setDate(e.currentTarget.value)} w={140} />
        <TextInput label="Tên ngày nghỉ" value={name} onChange={(e) => setName(e.currentTarget.value)} w={260} />
        <Checkbox label="Ngày làm bù (thứ Bảy đi làm)" checked={working} onChange={(e) => setWorking(e.currentTarget.checked)} mb={6} />
        <AsyncButton variant="light" onClick={() => add()}>
          Thêm
        </AsyncButton>
        {!covered && (
          <AsyncButton
            variant="default"
            onClick={() => store({ ...table, years: [...table.years, year].sort() }, `Đã đánh dấu bảng ngày nghỉ năm ${year} là đủ.`)}
          >
            Đánh dấu đã nhập đủ năm {year}
          </AsyncButton>
        )}
      </Group>
    </Paper>
  );
}
