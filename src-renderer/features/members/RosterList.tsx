import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Badge, Button, Checkbox, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Member, Unit } from '../../core/model';
import {
  filterMembers,
  GENDER_LABELS,
  prepareMemberSearch,
  PARTY_POSITION_SHORT,
  referenceDate,
  ROSTER_STATUS_LABELS,
  rosterFileName,
  STATUS_FILTER_LABELS,
  statusCodeOn,
  type RosterStatus,
  type StatusFilter,
} from '../../core/members';
import { formatDate } from '../../core/text';
import { profileOn } from '../../core/units';
import { useSettings } from '../../services/settings';
import { textScale } from '../../ui/text-size';
import { saveSettings } from '../../services/settings';
import { getDesktopApi } from '../../platform';
import { useRoster } from './useRoster';
import { buildRosterXlsx } from './excel';
import { clock } from '../../platform/clock';
import { errorMessage } from '../../services/errors';
import classes from './RosterList.module.css';

const STATUS_COLORS: Record<RosterStatus, string> = {
  chinh_thuc: 'green',
  du_bi: 'blue',
  mien_sinh_hoat: 'grape',
  dinh_chi: 'red',
  sinh_hoat_tam_thoi: 'yellow',
  chuyen_di: 'gray',
  tu_tran: 'dark',
  xoa_ten: 'gray',
  khai_tru: 'gray',
  chua_sinh_hoat: 'gray',
  chua_ghi_ngay: 'orange',
};

/** Row height at the normal text size; rows and columns grow with the text size setting. */
const ROW_HEIGHT = 40;

interface Row {
  member: Member;
  stt: number;
  status: RosterStatus;
}

export function RosterList({ unit }: { unit: Unit }) {
  const navigate = useNavigate();
  const settings = useSettings();
  const scale = textScale(settings.textSize);
  const rowHeight = Math.round(ROW_HEIGHT * scale);
  // Local value first so the checkbox reacts at once; the setting is saved for next time.
  const [officeOverride, setOfficeOverride] = useState<boolean>();
  const officeFirst = officeOverride ?? settings.officeHoldersFirst;
  const roster = useRoster(unit, officeFirst);
  // Issue 19 ("one frame per keystroke" at 10,000 members): a keystroke renders this list once,
  // in the input event, so the new rows are drawn in the very next frame. What it costs is in
  // proportion to the rows on screen and the matches: the search box, toolbar and filters are
  // memoised (not rendered), the search words are prepared once per list, only the rows on
  // screen are built, and they keep their elements. (A transition was tried: it rendered twice
  // per keystroke, the box then the list, for no gain once a render takes a few milliseconds.)
  const [text, setText] = useState('');
  const [status, setStatus] = useState<StatusFilter>('active');
  const [year, setYear] = useState<string>('');
  const [exporting, setExporting] = useState(false);
  const today = clock.today();
  const thisYear = Number(today.slice(0, 4));

  // Status and year change rarely: filter by them (and compute each status) once; the text
  // search then runs over that smaller list on every keystroke.
  const baseQuery = useMemo(() => ({ status, ...(year ? { year: Number(year) } : {}) }), [status, year]);
  const onDate = referenceDate(baseQuery, today);
  const byStatus = useMemo(() => (roster ? filterMembers(roster, { ...baseQuery, date: onDate }) : []), [roster, baseQuery, onDate]);
  const statusById = useMemo(() => new Map(byStatus.map((m) => [m.id, statusCodeOn(m, onDate)])), [byStatus, onDate]);
  // Each member's search words are prepared once per list; a keystroke scans those strings (only
  // the previous matches when the query is typed on).
  const search = useMemo(() => prepareMemberSearch(byStatus), [byStatus]);
  const filtered = useMemo(() => search(text), [search, text]);

  const columns = useMemo<ColumnDef<Row>[]>(
    () => [
      { id: 'stt', header: 'STT', size: 56, cell: (c) => c.row.original.stt },
      {
        id: 'name',
        header: 'Họ và tên',
        size: 210,
        cell: (c) => <span className={classes.name}>{c.row.original.member.fullName}</span>,
      },
      { id: 'birth', header: 'Ngày sinh', size: 110, cell: (c) => formatDate(c.row.original.member.birthDate) },
      {
        id: 'gender',
        header: 'Giới tính',
        size: 76,
        cell: (c) => (c.row.original.member.gender ? GENDER_LABELS[c.row.original.member.gender] : ''),
      },
      { id: 'admission', header: 'Ngày vào Đảng', size: 120, cell: (c) => formatDate(c.row.original.member.admissionDate) },
      { id: 'official', header: 'Ngày chính thức', size: 120, cell: (c) => formatDate(c.row.original.member.fullMembershipDate) },
      {
        id: 'position',
        header: 'Chức vụ',
        size: 180,
        cell: (c) => {
          const m = c.row.original.member;
          return [m.partyPosition !== 'dang_vien' ? PARTY_POSITION_SHORT[m.partyPosition] : '', m.govPosition ?? '']
            .filter(Boolean)
            .join('; ');
        },
      },
      {
        id: 'status',
        header: 'Tình trạng',
        size: 190,
        cell: (c) => <StatusBadge status={c.row.original.status} />,
      },
    ],
    [],
  );

  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns functions React Compiler cannot memoise.
  const virtualizer = useVirtualizer({
    count: filtered.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 4,
  });
  const items = virtualizer.getVirtualItems();
  // The table model is built for the rows on screen only: with 5,000 members, building it for
  // every match on each keystroke cost more than the search itself.
  const first = items[0]?.index ?? 0;
  const last = items.length > 0 ? items[items.length - 1]!.index : -1;
  const visibleRows = useMemo<Row[]>(
    () =>
      filtered
        .slice(first, last + 1)
        .map((member, i) => ({ member, stt: first + i + 1, status: statusById.get(member.id) ?? 'chua_sinh_hoat' })),
    [filtered, statusById, first, last],
  );
  const table = useReactTable({
    data: visibleRows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    // Rows are keyed by their place in the list: after a keystroke the rows on screen keep their
    // elements and only the text that changed is written (a member's badge is redrawn only when
    // the status at that place changes), instead of every row being built anew.
    getRowId: (r) => String(r.stt),
    // No pagination here: left on, every new list queued a page-index reset, a state change that
    // rendered the whole page a second time after each keystroke.
    autoResetPageIndex: false,
  });
  const tableRows = table.getRowModel().rows;
  const padTop = items.length > 0 ? items[0]!.start : 0;
  const padBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  const latest = useRef({ filtered, onDate });
  latest.current = { filtered, onDate };
  const exportXlsx = useCallback(async () => {
    const { filtered, onDate } = latest.current;
    setExporting(true);
    try {
      const profile = profileOn(unit, today);
      const bytes = await buildRosterXlsx(filtered, { unitName: profile?.name, date: onDate });
      const saved = await getDesktopApi().saveFile({
        suggestedName: rosterFileName(onDate),
        bytes,
        filters: [{ name: 'Bảng tính Excel', extensions: ['xlsx'] }],
      });
      if (saved) notifications.show({ color: 'green', message: `Đã xuất ${filtered.length} đảng viên ra tệp ${saved.path}.` });
    } catch (e) {
      notifications.show({ color: 'red', message: `Không xuất được tệp Excel: ${errorMessage(e, '')}` });
    } finally {
      setExporting(false);
    }
  }, [unit, today]);
  const onSearch = useCallback((value: string) => setText(value), []);
  const onOfficeFirst = useCallback((checked: boolean) => {
    setOfficeOverride(checked);
    void saveSettings({ officeHoldersFirst: checked });
  }, []);

  return (
    <Stack gap="sm">
      <RosterHeader exporting={exporting} canExport={!!roster && filtered.length > 0} onExport={exportXlsx} />
      <Group align="flex-end" gap="sm">
        <SearchBox onSearch={onSearch} />
        <RosterFilters
          status={status}
          year={year}
          thisYear={thisYear}
          officeFirst={officeFirst}
          onStatus={setStatus}
          onYear={setYear}
          onOfficeFirst={onOfficeFirst}
        />
      </Group>
      <Text size="sm" c="dimmed" data-testid="roster-count">
        {roster === undefined
          ? 'Đang tải…'
          : `Đang hiển thị ${filtered.length} / ${roster.length} đảng viên · tình trạng tính đến ngày ${formatDate(onDate)}`}
      </Text>
      {roster && roster.length === 0 && (
        <Alert color="blue">
          Chưa có đảng viên nào. Bấm “Thêm đảng viên” để nhập từng người, hoặc “Nhập từ Excel” để nhập cả danh sách.
        </Alert>
      )}
      <div ref={scrollRef} className={classes.scroll} data-testid="roster-scroll">
        <table className={classes.table} aria-label="Danh sách đảng viên">
          <thead className={classes.head}>
            {table.getHeaderGroups().map((hg) => (
              <tr key={hg.id}>
                {hg.headers.map((h) => (
                  <th key={h.id} className={classes.th} style={{ width: Math.round(h.getSize() * scale) }}>
                    {flexRender(h.column.columnDef.header, h.getContext())}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {padTop > 0 && (
              <tr aria-hidden>
                <td colSpan={columns.length} style={{ height: padTop, padding: 0 }} />
              </tr>
            )}
            {tableRows.map((row) => {
              return (
                <tr
                  key={row.id}
                  data-testid="roster-row"
                  onClick={() => navigate(row.original.member.id)}
                  onKeyDown={(e) => e.key === 'Enter' && navigate(row.original.member.id)}
                  tabIndex={0}
                  style={{ height: rowHeight }}
                  className={classes.row}
                >
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={classes.cell}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              );
            })}
            {padBottom > 0 && (
              <tr aria-hidden>
                <td colSpan={columns.length} style={{ height: padBottom, padding: 0 }} />
              </tr>
            )}
          </tbody>
        </table>
        {roster && roster.length > 0 && filtered.length === 0 && (
          <Text p="md" c="dimmed">
            Không có đảng viên nào khớp với điều kiện tìm.
          </Text>
        )}
      </div>
    </Stack>
  );
}

/** The status of one row; memoised, so a row whose status stays the same does not redraw it. */
const StatusBadge = memo(function StatusBadge({ status }: { status: RosterStatus }) {
  return (
    <Badge
      variant="light"
      color={STATUS_COLORS[status]}
      radius="sm"
      style={{ textTransform: 'none', maxWidth: '100%' }}
      title={ROSTER_STATUS_LABELS[status]}
    >
      {ROSTER_STATUS_LABELS[status]}
    </Badge>
  );
});

/**
 * The search box keeps what is typed itself (an uncontrolled input) and is memoised: a keystroke
 * renders the list, never the box.
 */
const SearchBox = memo(function SearchBox({ onSearch }: { onSearch: (value: string) => void }) {
  return (
    <TextInput
      label="Tìm đảng viên"
      placeholder="Gõ tên, không cần dấu (ví dụ: nguyen thi yen)"
      defaultValue=""
      onChange={(e) => onSearch(e.currentTarget.value)}
      w={340}
      aria-label="Tìm đảng viên"
    />
  );
});

const RosterHeader = memo(function RosterHeader({
  exporting,
  canExport,
  onExport,
}: {
  exporting: boolean;
  canExport: boolean;
  onExport: () => void;
}) {
  const navigate = useNavigate();
  return (
    <Group justify="space-between" align="flex-end">
      <Title order={2}>Đảng viên</Title>
      <Group gap="xs">
        <Button onClick={() => navigate('them')}>Thêm đảng viên</Button>
        <Button variant="light" onClick={() => navigate('nhap-excel')}>
          Nhập từ Excel
        </Button>
        <Button variant="light" onClick={onExport} loading={exporting} disabled={!canExport}>
          Xuất Excel
        </Button>
        <Button variant="subtle" onClick={() => navigate('chi-uy')}>
          Chi ủy qua các thời kỳ
        </Button>
      </Group>
    </Group>
  );
});

const STATUS_OPTIONS = (Object.keys(STATUS_FILTER_LABELS) as StatusFilter[]).map((k) => ({ value: k, label: STATUS_FILTER_LABELS[k] }));

const RosterFilters = memo(function RosterFilters(props: {
  status: StatusFilter;
  year: string;
  thisYear: number;
  officeFirst: boolean;
  onStatus: (s: StatusFilter) => void;
  onYear: (y: string) => void;
  onOfficeFirst: (checked: boolean) => void;
}) {
  const { onStatus, onYear, onOfficeFirst } = props;
  const years = useMemo(
    () => [
      { value: '', label: 'Hiện tại' },
      ...Array.from({ length: 12 }, (_, i) => String(props.thisYear - i)).map((y) => ({ value: y, label: `Năm ${y}` })),
    ],
    [props.thisYear],
  );
  return (
    <>
      <Select
        label="Tình trạng"
        data={STATUS_OPTIONS}
        value={props.status}
        onChange={(v) => v && onStatus(v as StatusFilter)}
        allowDeselect={false}
        w={230}
      />
      <Select label="Năm" data={years} value={props.year} onChange={(v) => onYear(v ?? '')} allowDeselect={false} w={140} />
      <Checkbox label="Chức vụ Đảng lên đầu" checked={props.officeFirst} onChange={(e) => onOfficeFirst(e.currentTarget.checked)} mb={8} />
    </>
  );
});
