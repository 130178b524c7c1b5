/** The import tab: THE import screen for every exchange file (dialog or drop, several at once, preview → backup → apply). */
import { AsyncButton } from '../../ui/AsyncButton';
import { Alert, Button, Group, PasswordInput, Progress, Stack, Text, Title } from '@mantine/core';
import { DropZone } from './DropZone';
import { ImportFileCard } from './ImportFileCard';
import { ImportResults } from './ImportResults';
import { useImportFiles } from './useImportFiles';

export function ImportPanel() {
  const {
    files,
    pass,
    setPass,
    prepared,
    cancel,
    results,
    progress,
    error,
    offers,
    ready,
    prepare,
    choose,
    drop,
    acceptUnit,
    acceptAllUnits,
    choiceKey,
    replaceWith,
    keepOverlapping,
    apply,
    undoReplace,
  } = useImportFiles();
  return (
    <Stack>
      <DropZone onFiles={drop} onChoose={choose} />
      <Group align="end">
        <PasswordInput label="Mật khẩu (nếu tệp được mã hóa)" value={pass} onChange={(e) => setPass(e.currentTarget.value)} w={280} />
        {files.length > 0 && (
          <AsyncButton variant="default" onClick={() => prepare(files)}>
            Kiểm tra lại với mật khẩu này
          </AsyncButton>
        )}
      </Group>
      {progress && (
        <Stack gap={4}>
          <Text size="sm">
            {progress.label}: {progress.done}/{progress.total}
          </Text>
          <Progress value={progress.total ? (progress.done * 100) / progress.total : 0} aria-label={progress.label} />
        </Stack>
      )}
      {error && <Alert color="red">{error}</Alert>}
      {prepared && (
        <Stack data-testid="import-preview">
          <Title order={4}>Xem trước ({prepared.length} tệp)</Title>
          {offers.length > 0 && (
            <Alert color="blue" title={`${offers.length} đơn vị chưa có trong danh sách trực thuộc`} data-testid="new-units">
              <Text size="sm">
                {offers
                  .slice(0, 12)
                  .map((o) => `${o.name} (${o.code})`)
                  .join(', ')}
                {offers.length > 12 ? ` và ${offers.length - 12} đơn vị khác` : ''}.
              </Text>
              <Group mt="sm">
                <AsyncButton onClick={() => acceptAllUnits()}>
                  {offers.length === 1 ? 'Thêm đơn vị mới này' : `Thêm tất cả ${offers.length} đơn vị mới`}
                </AsyncButton>
              </Group>
            </Alert>
          )}
          {prepared.map((p, i) => (
            <ImportFileCard
              key={`${p.fileName}-${i}`}
              file={p}
              choiceKey={choiceKey(p)}
              onAcceptUnit={(code) => void acceptUnit(code)}
              onReplace={(key) => void replaceWith(key)}
              onKeep={(key) => void keepOverlapping(key)}
            />
          ))}
          <Group>
            <AsyncButton onClick={() => apply()} disabled={ready.length === 0}>
              {ready.length > 0 ? `Nhập ${ready.length} tệp` : 'Không có tệp nào cần nhập'}
            </AsyncButton>
            <Button variant="default" onClick={cancel}>
              Hủy
            </Button>
          </Group>
        </Stack>
      )}
      {results && <ImportResults results={results} onUndo={undoReplace} />}
    </Stack>
  );
}
