/**
 * Before the secretary leaves a screen, pending drafts (platform/pending-edits) are stored; one
 * that cannot be stored yet (invalid, the save failed, or a new record not saved yet) asks "Có
 * thay đổi chưa lưu — Lưu / Bỏ / Ở lại". "Lưu" stores everything (a new record is submitted) and
 * leaves, or stays on the screen where its errors show; "Bỏ" forgets the edits and leaves.
 * (Closing or reloading the window: UnsavedEditsGuard and the quit handshake.)
 */
import { useEffect, useState } from 'react';
import { AsyncButton } from '../ui/AsyncButton';
import { useBlocker } from 'react-router';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { discardPendingEdits, flushPendingEdits, hasPendingEdits } from '../platform/pending-edits';

export function UnsavedChangesGuard() {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && hasPendingEdits(),
  );
  const [failed, setFailed] = useState<string[]>();

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    void flushPendingEdits().then((r) => {
      if (r.ok) blocker.proceed();
      else setFailed(r.failed);
    });
  }, [blocker]);

  const close = (then: () => void) => {
    setFailed(undefined);
    then();
  };

  return (
    <Modal
      opened={blocker.state === 'blocked' && failed !== undefined}
      onClose={() => close(() => blocker.reset?.())}
      title="Có thay đổi chưa lưu"
      centered
    >
      <Stack>
        <Text>Có thay đổi chưa lưu được ở: {failed?.join(', ')}. Nội dung còn lỗi cần sửa hoặc chưa ghi được vào máy.</Text>
        <Group justify="flex-end">
          <AsyncButton
            onClick={() =>
              // Not stored: stay on the screen, where the form shows what to correct.
              flushPendingEdits({ all: true }).then((r) => close(() => (r.ok ? blocker.proceed?.() : blocker.reset?.())))
            }
          >
            Lưu
          </AsyncButton>
          <Button
            color="red"
            variant="outline"
            onClick={() =>
              close(() => {
                discardPendingEdits();
                blocker.proceed?.();
              })
            }
          >
            Bỏ
          </Button>
          <Button variant="default" onClick={() => close(() => blocker.reset?.())}>
            Ở lại
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
