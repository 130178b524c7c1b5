/**
 * Adopted minutes as a document to read, in normal text (not disabled inputs): the parts and
 * sections of the minutes as headings and paragraphs — the same text the PDF and Word file print —
 * with the tasks and the roll call as tables.
 */
import { Fragment } from 'react';
import { Box, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { ATTENDANCE_LABELS, type AttendanceRow } from '../../core/meetings';
import type { MinutesModel } from '../../services/meetings';

/** Paragraphs of a section: lines starting with "- " are the items of a list. */
function Paragraphs({ lines }: { lines: string[] }) {
  const blocks: Array<{ list: boolean; lines: string[] }> = [];
  for (const line of lines) {
    const list = line.startsWith('- ');
    const last = blocks.at(-1);
    if (last && last.list && list) last.lines.push(line.slice(2));
    else blocks.push({ list, lines: [list ? line.slice(2) : line] });
  }
  return (
    <>
      {blocks.map((b, i) =>
        b.list ? (
          <List key={i} spacing={2}>
            {b.lines.map((l, j) => (
              <List.Item key={j}>{l}</List.Item>
            ))}
          </List>
        ) : (
          b.lines.map((l, j) => <Text key={`${i}-${j}`}>{l}</Text>)
        ),
      )}
    </>
  );
}

function DocumentTable({ label, headers, rows }: { label: string; headers: string[]; rows: string[][] }) {
  return (
    <Table withTableBorder withColumnBorders aria-label={label} verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          {headers.map((h) => (
            <Table.Th key={h}>{h}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r, i) => (
          <Table.Tr key={i}>
            {r.map((c, j) => (
              <Table.Td key={j}>{c}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function MinutesView({ model, attendance }: { model: MinutesModel; attendance: AttendanceRow[] }) {
  return (
    <Paper withBorder p="lg" component="article" aria-label={`Biên bản đã thông qua: ${model.subject}`} data-testid="minutes-view">
      <Stack gap="sm">
        <Group justify="space-between" align="start" wrap="wrap" gap="md">
          <Box ta="center">
            <Text>{model.header.superiorName}</Text>
            <Text fw={700}>{model.header.unitName.toLocaleUpperCase('vi')}</Text>
            <Text>*</Text>
            <Text>{model.header.numberText}</Text>
          </Box>
          <Box ta="center">
            <Text fw={700}>ĐẢNG CỘNG SẢN VIỆT NAM</Text>
            <Text fs="italic">{model.header.placeDate}</Text>
          </Box>
        </Group>
        <Box ta="center">
          <Text fw={700} size="lg">
            {model.title.toLocaleUpperCase('vi')}
          </Text>
          <Text fw={700}>{model.subject}</Text>
        </Box>
        <Text>{model.opening}</Text>
        {model.parts.map((part, p) => (
          <Stack key={part.heading} gap="xs">
            <Title order={3} size="h4">
              {part.heading}
            </Title>
            {part.sections.map((s, i) => (
              <Fragment key={`${s.heading}-${i}`}>
                {s.heading && (
                  <Title order={4} size="h5">
                    {s.heading}
                  </Title>
                )}
                <Paragraphs lines={s.paragraphs} />
                {s.table && <DocumentTable label={s.heading.replace(/^\d+\. /u, '')} headers={s.table.headers} rows={s.table.rows} />}
                {s.after && <Paragraphs lines={s.after} />}
              </Fragment>
            ))}
            {p === 0 && attendance.length > 0 && (
              <>
                <Title order={4} size="h5">
                  Danh sách điểm danh
                </Title>
                <DocumentTable
                  label="Điểm danh"
                  headers={['TT', 'Họ và tên', 'Tình trạng', 'Lý do vắng']}
                  rows={attendance.map((r, i) => [
                    String(i + 1),
                    r.official ? r.name : `${r.name} (dự bị)`,
                    ATTENDANCE_LABELS[r.status],
                    r.reason ?? '',
                  ])}
                />
              </>
            )}
          </Stack>
        ))}
        {model.closing.map((c) => (
          <Text key={c}>{c}</Text>
        ))}
        {model.amendments.length > 0 && (
          <Stack gap="xs">
            <Title order={3} size="h4">
              Đính chính sau khi thông qua
            </Title>
            {model.amendments.map((a) => (
              <Text key={a} fs="italic">
                {a}
              </Text>
            ))}
          </Stack>
        )}
        <Group justify="space-around" align="start" mt="md" wrap="wrap">
          {[model.signatures.left, model.signatures.right].map((s) => (
            <Box key={s.title} ta="center" miw="12rem">
              <Text fw={700}>{s.title.toLocaleUpperCase('vi')}</Text>
              <Text mt="xl" fw={700}>
                {s.name || '…'}
              </Text>
            </Box>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}
