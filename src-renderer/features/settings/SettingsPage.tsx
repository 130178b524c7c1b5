import { useEffect, useState } from 'react';
import { AsyncButton } from '../../ui/AsyncButton';
import {
  Alert,
  Button,
  Center,
  Group,
  List,
  Loader,
  Modal,
  Paper,
  Progress,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { AppMode, AppSettings } from '../../core/model';
import { chooseDatabase, closeDb, isSampleDatabaseActive } from '../../services/database';
import { createSampleDatabase, deleteSampleDatabase, sampleDatabaseExists } from '../../services/sample';
import { saveSettings } from '../../services/settings';
import { modeSwitch } from '../../ui/navigation';
import { DEFAULT_SETTINGS, useStoredSettings } from '../../services/settings';
import { useTextSize, type TextSize } from '../../ui/text-size';
import { QuorumSection } from './QuorumSection';
import { errorMessage } from '../../services/errors';
import { DocumentStyleSection } from './DocumentStyleSection';
import { DuesRulesSection } from './DuesRulesSection';
import { DeadlinesSection, UnverifiedSection } from './UnverifiedSection';

const MEETING_DAYS = Array.from({ length: 28 }, (_, i) => ({ value: String(i + 1), label: `Ngày ${i + 1} hằng tháng` }));

export default function SettingsPage() {
  const stored = useStoredSettings();
  const settings = stored ?? DEFAULT_SETTINGS;
  const save = async (patch: Partial<AppSettings>) => {
    await saveSettings(patch);
    notifications.show({ message: 'Đã lưu cài đặt.', color: 'green' });
  };
  /** Switching the mode changes the menu: asked in a dialog that says what goes and that nothing is deleted. */
  const [modeTo, setModeTo] = useState<AppMode>();
  const change = modeTo === undefined || modeTo === settings.mode ? undefined : modeSwitch(settings.mode, modeTo);
  return (
    <Stack maw={720}>
      <Title order={2}>Cài đặt</Title>
      {modeTo && change && (
        <ModeSwitchDialog
          from={settings.mode}
          to={modeTo}
          change={change}
          onCancel={() => setModeTo(undefined)}
          onConfirm={async () => {
            await save({ mode: modeTo });
            setModeTo(undefined);
          }}
        />
      )}
      <Paper withBorder p="md">
        <Stack>
          <TextSizeChoice onChange={(textSize) => save({ textSize })} />
          {stored ? (
            <>
              <div>
                <Text fw={600} id="mode-label">
                  Cách sử dụng
                </Text>
                <SegmentedControl
                  aria-labelledby="mode-label"
                  value={stored.mode}
                  onChange={(v) => setModeTo(v as AppMode)}
                  data={[
                    { value: 'cell', label: 'Chi bộ' },
                    { value: 'aggregator', label: 'Cấp trên tổng hợp' },
                  ]}
                />
              </div>
              <Select
                label="Ngày sinh hoạt chi bộ thường kỳ"
                data={MEETING_DAYS}
                value={String(stored.meetingDay)}
                onChange={(v) => v && void save({ meetingDay: Number(v) })}
                allowDeselect={false}
                maw={260}
              />
              <Switch
                label="Xếp bí thư, phó bí thư, chi ủy viên lên đầu danh sách"
                checked={stored.officeHoldersFirst}
                onChange={(e) => void save({ officeHoldersFirst: e.currentTarget.checked })}
              />
            </>
          ) : (
            // Not the defaults in the meantime: a click on a default that is not the stored value would be lost.
            <Center h={80}>
              <Loader role="status" aria-label="Đang đọc cài đặt" />
            </Center>
          )}
        </Stack>
      </Paper>
      <QuorumSection />
      <DuesRulesSection />
      <DeadlinesSection />
      <DocumentStyleSection />
      <UnverifiedSection />
      <SampleDataSection />
    </Stack>
  );
}

/**
 * Cỡ chữ: shown from the size in force (the shell read it before any page showed), not from this
 * lazily loaded page's own read of the settings, which comes a moment later — a click made before
 * that read came back was lost. The last choice stays shown until the size in force follows it,
 * so no read that started before the click can show (or leave) the old size.
 */
function TextSizeChoice({ onChange }: { onChange: (size: TextSize) => Promise<void> }) {
  const inForce = useTextSize();
  const [chosen, setChosen] = useState<TextSize>();
  useEffect(() => {
    if (chosen === inForce) setChosen(undefined);
  }, [chosen, inForce]);
  return (
    <div>
      <Text fw={600} id="text-size-label">
        Cỡ chữ
      </Text>
      <SegmentedControl
        aria-labelledby="text-size-label"
        value={chosen ?? inForce}
        onChange={(v) => {
          setChosen(v as TextSize);
          onChange(v as TextSize).catch((e: unknown) => {
            setChosen(undefined);
            notifications.show({ color: 'red', message: errorMessage(e) });
          });
        }}
        data={[
          { value: 'normal', label: 'Thường' },
          { value: 'large', label: 'Lớn' },
          { value: 'xlarge', label: 'Rất lớn' },
        ]}
      />
    </div>
  );
}

function restartOn(which: 'real' | 'sample') {
  chooseDatabase(which);
  window.location.hash = '#/';
  window.location.reload();
}

/**
 * "Dùng thử với dữ liệu mẫu": a sample cell in a separate database (db/sample.ts). Creating,
 * opening and deleting it never opens or changes the real database.
 */
const MODE_LABELS: Record<AppMode, string> = { cell: 'Chi bộ', aggregator: 'Cấp trên tổng hợp' };

function ModeSwitchDialog({
  from,
  to,
  change,
  onCancel,
  onConfirm,
}: {
  from: AppMode;
  to: AppMode;
  change: { hidden: string[]; shown: string[] };
  onCancel: () => void;
  onConfirm: () => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <Modal opened onClose={onCancel} title={`Chuyển sang cách sử dụng “${MODE_LABELS[to]}”?`} size="lg">
      <Stack>
        {change.hidden.length > 0 && (
          <div>
            <Text>Các mục sau sẽ ẩn khỏi thanh bên trái:</Text>
            <List>
              {change.hidden.map((l) => (
                <List.Item key={l}>{l}</List.Item>
              ))}
            </List>
          </div>
        )}
        {change.shown.length > 0 && (
          <div>
            <Text>Các mục sau sẽ hiện ra:</Text>
            <List>
              {change.shown.map((l) => (
                <List.Item key={l}>{l}</List.Item>
              ))}
            </List>
          </div>
        )}
        <Text>
          Dữ liệu đã ghi vẫn được giữ nguyên, không bị xóa. Chuyển lại “{MODE_LABELS[from]}” thì các mục đã ẩn hiện lại cùng dữ liệu của
          chúng.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Hủy
          </Button>
          <Button
            loading={busy}
            onClick={async () => {
              setBusy(true);
              try {
                await onConfirm();
              } finally {
                setBusy(false);
              }
            }}
          >
            Chuyển sang “{MODE_LABELS[to]}”
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function SampleDataSection() {
  const active = isSampleDatabaseActive();
  const [exists, setExists] = useState<boolean>();
  const [progress, setProgress] = useState<number>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    void sampleDatabaseExists().then(setExists, () => setExists(false));
  }, []);

  const create = async () => {
    setError(undefined);
    setProgress(0);
    try {
      if (active) closeDb();
      await createSampleDatabase({ onProgress: (done, total) => setProgress(Math.round((done / Math.max(1, total)) * 100)) });
      restartOn('sample');
    } catch (e) {
      setProgress(undefined);
      setError(errorMessage(e));
    }
  };

  const remove = async () => {
    setError(undefined);
    try {
      if (active) closeDb();
      await deleteSampleDatabase();
      if (active) restartOn('real');
      else {
        setExists(false);
        notifications.show({ message: 'Đã xóa dữ liệu mẫu. Dữ liệu thật không thay đổi.', color: 'green' });
      }
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={3} size="h4">
          Dùng thử với dữ liệu mẫu
        </Title>
        {active ? (
          <Text>
            Ứng dụng đang mở <strong>dữ liệu mẫu</strong> (một chi bộ với 25 đảng viên tự tạo ra). Mọi việc làm ở đây không ảnh hưởng đến dữ
            liệu thật của chi bộ.
          </Text>
        ) : (
          <Text>
            Tạo một chi bộ mẫu (25 đảng viên, sổ đăng ký, tự đánh giá, biên bản của 2 năm) để tập dùng thử. Dữ liệu mẫu nằm riêng, không
            trộn vào và không làm thay đổi dữ liệu thật.
          </Text>
        )}
        {progress !== undefined && <Progress value={progress} aria-label="Đang tạo dữ liệu mẫu" size="lg" />}
        {error && (
          <Alert color="red" role="alert" title="Không làm được">
            {error}
          </Alert>
        )}
        <Group wrap="wrap">
          {active ? (
            <>
              <Button onClick={() => restartOn('real')}>Về dữ liệu thật</Button>
              <AsyncButton color="red" variant="outline" onClick={() => remove()}>
                Xóa dữ liệu mẫu và về dữ liệu thật
              </AsyncButton>
            </>
          ) : (
            <>
              <Button onClick={() => void create()} loading={progress !== undefined}>
                {exists ? 'Tạo lại dữ liệu mẫu' : 'Tạo dữ liệu mẫu'}
              </Button>
              {exists && (
                <>
                  <Button variant="default" onClick={() => restartOn('sample')}>
                    Mở dữ liệu mẫu
                  </Button>
                  <AsyncButton color="red" variant="outline" onClick={() => remove()}>
                    Xóa dữ liệu mẫu
                  </AsyncButton>
                </>
              )}
            </>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
