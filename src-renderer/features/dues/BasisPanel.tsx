/**
 * Đối tượng và mức đóng: each member's dues basis (group of the rule set, the salary / allowance /
 * pension it is computed on, or an amount decided for the member) from a month, with its history.
 * A change is a new entry from a month; earlier sheets keep their amounts. Keyboard: type the
 * amount and press Enter to store the row and go to the next one.
 */
import { useState, type KeyboardEvent } from 'react';
import { AsyncButton } from '../../ui/AsyncButton';
import { Alert, Anchor, Group, NativeSelect, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  basisFor,
  expectedAmount,
  parseDong,
  parsePeriodText,
  periodText,
  type DuesBasisEntry,
  type DuesSheetMember,
  type PartyDuesRules,
} from '../../core/dues';
import type { Member } from '../../core/model';
import { formatInteger, periodLabel } from '../../core/text';
import { errorMessage } from '../../services/errors';
import { removeBasisEntry, saveBasisEntries, saveBasisEntry } from '../../services/dues';

interface Props {
  period: string;
  rules: PartyDuesRules;
  members: Array<Member & DuesSheetMember>;
  onSaved: () => void;
}

interface RowDraft {
  groupCode: string;
  base: string;
  amount: string;
  from: string;
}

export function BasisPanel({ period, rules, members, onSaved }: Props) {
  const [drafts, setDrafts] = useState<Map<string, RowDraft>>(new Map());
  const [open, setOpen] = useState<string>();
  const [bulkGroup, setBulkGroup] = useState(rules.groups[0]?.code ?? '');
  const [bulkBase, setBulkBase] = useState('');
  const groupOptions = rules.groups.map((g) => ({
    value: g.code,
    label:
      g.method === 'percent'
        ? `${g.label} (${String(g.ratePercent).replace('.', ',')}%)`
        : `${g.label} (${formatInteger(g.amount)} đ/tháng)`,
  }));
  const groupOf = (code: string) => rules.groups.find((g) => g.code === code);

  const draftOf = (m: Member & DuesSheetMember): RowDraft => {
    const d = drafts.get(m.id);
    if (d) return d;
    const b = basisFor(m.duesBasis, period);
    return {
      groupCode: b?.groupCode ?? '',
      base: b?.base !== undefined ? formatInteger(b.base) : '',
      amount: b?.amount !== undefined ? formatInteger(b.amount) : '',
      from: periodText(b && b.from === period ? b.from : period),
    };
  };
  const setDraft = (id: string, d: RowDraft) => setDrafts((prev) => new Map(prev).set(id, d));

  const entryOf = (d: RowDraft): DuesBasisEntry | string => {
    if (!d.groupCode) return 'Chọn nhóm đối tượng';
    const from = parsePeriodText(d.from);
    if (!from) return 'Tháng áp dụng phải có dạng tháng/năm, ví dụ 01/2026';
    const g = groupOf(d.groupCode);
    const base = d.base.trim() ? parseDong(d.base) : undefined;
    if (d.base.trim() && base === undefined) return `Số tiền "${d.base}" không hợp lệ`;
    const amount = d.amount.trim() ? parseDong(d.amount) : undefined;
    if (d.amount.trim() && amount === undefined) return `Mức riêng "${d.amount}" không hợp lệ`;
    if (g?.method === 'percent' && base === undefined && amount === undefined) return `Nhập ${g.baseLabel.toLowerCase()}`;
    return {
      from,
      groupCode: d.groupCode,
      ...(g?.method === 'percent' && base !== undefined ? { base } : {}),
      ...(amount !== undefined ? { amount } : {}),
    };
  };

  const save = async (m: Member & DuesSheetMember, d = draftOf(m)): Promise<boolean> => {
    const entry = entryOf(d);
    if (typeof entry === 'string') {
      notifications.show({ color: 'red', message: `${m.fullName}: ${entry}` });
      return false;
    }
    const current = basisFor(m.duesBasis, entry.from);
    if (
      current &&
      current.from === entry.from &&
      current.groupCode === entry.groupCode &&
      current.base === entry.base &&
      current.amount === entry.amount
    )
      return true;
    try {
      await saveBasisEntry(m, entry);
      setDrafts((prev) => {
        const next = new Map(prev);
        next.delete(m.id);
        return next;
      });
      onSaved();
      return true;
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e) });
      return false;
    }
  };

  const onEnter = async (e: KeyboardEvent<HTMLInputElement>, i: number, m: Member & DuesSheetMember) => {
    if (e.key !== 'Enter' && e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const name = e.currentTarget.dataset.col;
    // Move on at once (typing ahead goes to the next row); the row is stored meanwhile.
    const next = e.key === 'ArrowUp' ? i - 1 : i + 1;
    const el = document.querySelector<HTMLInputElement>(`[data-basis-row="${next}"][data-col="${name}"]`);
    el?.focus();
    el?.select();
    if (e.key === 'Enter') await save(m);
  };

  const missing = members.filter((m) => !basisFor(m.duesBasis, period));
  const bulkG = groupOf(bulkGroup);
  const applyBulk = async () => {
    const base = bulkBase.trim() ? parseDong(bulkBase) : undefined;
    if (bulkBase.trim() && base === undefined) {
      notifications.show({ color: 'red', message: `Số tiền "${bulkBase}" không hợp lệ.` });
      return;
    }
    try {
      const n = await saveBasisEntries(
        missing.map((m) => ({ member: m, entry: { from: period, groupCode: bulkGroup, ...(base !== undefined ? { base } : {}) } })),
      );
      notifications.show({ color: 'green', message: `Đã khai báo đối tượng cho ${n} đồng chí từ ${periodLabel(period).toLowerCase()}.` });
      onSaved();
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e) });
    }
  };

  return (
    <Stack gap="sm">
      <Text size="sm">
        Mỗi đảng viên thuộc một nhóm đối tượng của quy định đảng phí. Nhóm tính theo phần trăm cần mức lương (trợ cấp, lương hưu) làm căn
        cứ; nhóm mức cố định không cần. Khi lương thay đổi, ghi tháng bắt đầu áp dụng: các tháng trước giữ mức cũ. Nhập số tiền rồi bấm
        Enter để lưu và xuống dòng.
      </Text>
      {missing.length > 0 && (
        <Paper withBorder p="sm">
          <Text fw={600} size="sm" mb={4}>
            {missing.length} đồng chí chưa khai báo đối tượng đóng đảng phí ({periodLabel(period).toLowerCase()})
          </Text>
          <Group align="end" gap="xs" wrap="wrap">
            <NativeSelect
              label="Nhóm đối tượng"
              value={bulkGroup}
              onChange={(e) => setBulkGroup(e.currentTarget.value)}
              data={groupOptions}
              w={360}
            />
            {bulkG?.method === 'percent' && (
              <TextInput
                label={`${bulkG.baseLabel} (chung, có thể để trống)`}
                value={bulkBase}
                onChange={(e) => setBulkBase(e.currentTarget.value)}
                w={260}
                placeholder="ví dụ 8.000.000"
              />
            )}
            <AsyncButton variant="light" onClick={() => applyBulk()}>
              Áp dụng cho {missing.length} đồng chí chưa khai báo
            </AsyncButton>
          </Group>
        </Paper>
      )}
      <Table striped withTableBorder aria-label="Đối tượng và mức đóng đảng phí">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Họ và tên</Table.Th>
            <Table.Th>Nhóm đối tượng</Table.Th>
            <Table.Th>Mức lương làm căn cứ</Table.Th>
            <Table.Th>Mức riêng (nếu có)</Table.Th>
            <Table.Th>Từ tháng</Table.Th>
            <Table.Th>Mức phải nộp</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m, i) => {
            const d = draftOf(m);
            const g = groupOf(d.groupCode);
            const e = entryOf(d);
            const amount = typeof e === 'string' ? undefined : expectedAmount(e, rules).amount;
            const history = m.duesBasis ?? [];
            return [
              <Table.Tr key={m.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{m.fullName}</Table.Td>
                <Table.Td>
                  <NativeSelect
                    size="xs"
                    aria-label={`Nhóm đối tượng của ${m.fullName}`}
                    value={d.groupCode}
                    data={[{ value: '', label: '— chưa khai báo —' }, ...groupOptions]}
                    onChange={(ev) => {
                      const next = { ...d, groupCode: ev.currentTarget.value };
                      setDraft(m.id, next);
                      if (groupOf(next.groupCode)?.method === 'fixed') void save(m, next);
                    }}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    disabled={g?.method !== 'percent'}
                    aria-label={`Mức lương làm căn cứ của ${m.fullName}`}
                    placeholder={g?.method === 'percent' ? g.baseLabel : ''}
                    value={d.base}
                    data-basis-row={i}
                    data-col="base"
                    onChange={(ev) => setDraft(m.id, { ...d, base: ev.currentTarget.value })}
                    onKeyDown={(ev) => void onEnter(ev, i, m)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    aria-label={`Mức riêng của ${m.fullName}`}
                    value={d.amount}
                    data-basis-row={i}
                    data-col="amount"
                    onChange={(ev) => setDraft(m.id, { ...d, amount: ev.currentTarget.value })}
                    onKeyDown={(ev) => void onEnter(ev, i, m)}
                    w={110}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    aria-label={`Áp dụng từ tháng của ${m.fullName}`}
                    value={d.from}
                    data-basis-row={i}
                    data-col="from"
                    onChange={(ev) => setDraft(m.id, { ...d, from: ev.currentTarget.value })}
                    onKeyDown={(ev) => void onEnter(ev, i, m)}
                    w={90}
                  />
                </Table.Td>
                <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                  {amount !== undefined ? formatInteger(amount) : '—'}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {drafts.has(m.id) && (
                    <AsyncButton size="compact-xs" onClick={() => save(m)}>
                      Lưu
                    </AsyncButton>
                  )}{' '}
                  {history.length > 0 && (
                    <Anchor size="xs" component="button" onClick={() => setOpen(open === m.id ? undefined : m.id)}>
                      Lịch sử ({history.length})
                    </Anchor>
                  )}
                </Table.Td>
              </Table.Tr>,
              open === m.id ? (
                <Table.Tr key={`${m.id}-history`}>
                  <Table.Td colSpan={7}>
                    <Stack gap={2}>
                      {[...history].reverse().map((h) => (
                        <Group key={h.from} gap="xs">
                          <Text size="xs">
                            Từ {periodLabel(h.from).toLowerCase()}:{' '}
                            {groupOf(h.groupCode)?.label ?? `nhóm ${h.groupCode} (không còn trong quy định)`}
                            {h.base !== undefined ? `, căn cứ ${formatInteger(h.base)} đ` : ''}
                            {h.amount !== undefined ? `, mức riêng ${formatInteger(h.amount)} đ` : ''}
                            {h.note ? ` — ${h.note}` : ''}
                          </Text>
                          <Anchor
                            size="xs"
                            c="#c92a2a"
                            component="button"
                            onClick={() =>
                              void removeBasisEntry(m.id, h.from).then(onSaved, (err: unknown) =>
                                notifications.show({ color: 'red', message: errorMessage(err) }),
                              )
                            }
                          >
                            Xóa dòng này
                          </Anchor>
                        </Group>
                      ))}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ) : null,
            ];
          })}
        </Table.Tbody>
      </Table>
      {members.length === 0 && <Alert color="yellow">Chưa có đảng viên trong danh sách chi bộ.</Alert>}
    </Stack>
  );
}
