import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useLive as useLiveQuery } from '../../services/live';
import {
  Alert,
  Anchor,
  Button,
  Center,
  Checkbox,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { FrameworkCategory, PledgeFrameworkData } from '../../core/model';
import { frameworkVersions, type PledgeFrameworkRuleSet } from '../../core/pledges';
import { formatDate } from '../../core/text';
import { addCustomFramework, allFrameworkRecords, saveFrameworkVersion } from '../../services/pledges';
import { errorText } from './useYear';
import { DateField } from './DateField';
import { clock } from '../../platform/clock';

/** Edit a framework (saved as a new version) or create a custom one (route khung/moi). */
export function FrameworkEditor() {
  const { id } = useParams();
  const records = useLiveQuery(() => allFrameworkRecords(), []);
  if (!records) {
    return (
      <Center h={200}>
        <Loader role="status" aria-label="Đang tải" />
      </Center>
    );
  }
  const current = id ? records.find((r) => r.id === id) : undefined;
  if (id && !current) return <Alert color="red">Không tìm thấy khung nội dung.</Alert>;
  return <Editor key={current?.id ?? 'new'} current={current} versions={current ? frameworkVersions(records, current.code) : []} />;
}

function Editor({ current, versions }: { current?: PledgeFrameworkRuleSet; versions: PledgeFrameworkRuleSet[] }) {
  const navigate = useNavigate();
  const [name, setName] = useState(current?.name ?? '');
  const [validFrom, setValidFrom] = useState(
    current && current.source !== 'preset' ? current.validFrom : (current?.validFrom ?? clock.today()),
  );
  const [data, setData] = useState<PledgeFrameworkData>(
    current
      ? structuredClone(current.data)
      : { categories: [{ code: 'M1', label: '', order: 1 }], defaultTitleVariant: 'dang_ky_neu_guong' },
  );
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const setCategory = (i: number, patch: Partial<FrameworkCategory>) =>
    setData({ ...data, categories: data.categories.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  const addCategory = () => {
    const codes = new Set(data.categories.map((c) => c.code));
    let n = data.categories.length + 1;
    while (codes.has(`M${n}`)) n++;
    setData({ ...data, categories: [...data.categories, { code: `M${n}`, label: '', order: data.categories.length + 1 }] });
  };
  const removeCategory = (i: number) =>
    setData({ ...data, categories: data.categories.filter((_, j) => j !== i).map((c, j) => ({ ...c, order: j + 1 })) });

  const save = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const draft = { name, validFrom, data };
      const saved = current ? await saveFrameworkVersion(current.id, draft) : await addCustomFramework(draft);
      notifications.show({ color: 'green', message: current ? `Đã lưu phiên bản ${saved.version}.` : 'Đã thêm khung nội dung.' });
      void navigate(`/so-dang-ky/khung/${saved.id}`, { replace: true });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/so-dang-ky/khung">
        ← Danh sách khung nội dung
      </Anchor>
      <Title order={2}>{current ? `Khung: ${current.name}` : 'Thêm khung nội dung riêng'}</Title>
      {current && (
        <Text size="sm" c="dimmed">
          Phiên bản {current.version}. Khi lưu, một phiên bản mới được tạo; phiên bản cũ và các bản đăng ký đã lập không thay đổi.
        </Text>
      )}
      {error && (
        <Alert color="red" title="Chưa lưu được" role="alert">
          {error}
        </Alert>
      )}
      <Paper withBorder p="md" radius="md">
        <Stack>
          <TextInput label="Tên khung" value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <DateField label="Áp dụng từ ngày" value={validFrom} onChange={(iso) => setValidFrom(iso ?? '')} />
          <Textarea
            label="Căn cứ mặc định"
            autosize
            minRows={2}
            value={data.basis ?? ''}
            onChange={(e) => setData({ ...data, basis: e.currentTarget.value })}
          />
          <Textarea
            label="Câu cam kết cuối bản đăng ký"
            autosize
            minRows={2}
            value={data.closing ?? ''}
            onChange={(e) => setData({ ...data, closing: e.currentTarget.value })}
          />
          <Checkbox
            label="Có chuyên đề của năm (Chỉ thị 05)"
            checked={!!data.hasTopicOfYear}
            onChange={(e) => setData({ ...data, hasTopicOfYear: e.currentTarget.checked })}
          />
        </Stack>
      </Paper>
      <Title order={3} size="h3">
        Các mục
      </Title>
      {data.categories.map((c, i) => (
        <Paper key={i} withBorder p="sm" radius="md" aria-label={`Mục ${i + 1}`}>
          <Stack gap={6}>
            <Group grow align="flex-end">
              <TextInput label={`Tên mục ${i + 1}`} value={c.label} onChange={(e) => setCategory(i, { label: e.currentTarget.value })} />
              <TextInput label="Nhóm (nếu có)" value={c.group ?? ''} onChange={(e) => setCategory(i, { group: e.currentTarget.value })} />
            </Group>
            <Textarea
              label="Gợi ý"
              autosize
              minRows={1}
              value={c.guidance ?? ''}
              onChange={(e) => setCategory(i, { guidance: e.currentTarget.value })}
            />
            <Group justify="space-between">
              <Checkbox
                label="Lời văn mẫu, cần so lại với văn bản của cấp trên"
                checked={!!c.unverified}
                onChange={(e) => setCategory(i, { unverified: e.currentTarget.checked })}
              />
              <Button variant="subtle" color="red" size="xs" onClick={() => removeCategory(i)} aria-label={`Xóa mục ${i + 1}`}>
                Xóa mục
              </Button>
            </Group>
          </Stack>
        </Paper>
      ))}
      <Group>
        <Button variant="light" onClick={addCategory}>
          + Thêm mục
        </Button>
        <Button onClick={() => void save()} loading={busy}>
          {current ? 'Lưu thành phiên bản mới' : 'Lưu khung'}
        </Button>
      </Group>
      {versions.length > 1 && (
        <Paper withBorder p="md" radius="md">
          <Title order={3} size="h4" mb="sm">
            Các phiên bản
          </Title>
          <Table>
            <Table.Tbody>
              {versions.map((v) => (
                <Table.Tr key={v.id}>
                  <Table.Td>Phiên bản {v.version}</Table.Td>
                  <Table.Td>{v.name}</Table.Td>
                  <Table.Td>Áp dụng từ {formatDate(v.validFrom)}</Table.Td>
                  <Table.Td>{v.data.categories.length} mục</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
