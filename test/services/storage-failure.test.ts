import { afterEach, describe, expect, it } from 'vitest';
import { BackupError, RESTORE_DISK_FULL_MESSAGE } from '../../src-renderer/db/backup';
import { STORAGE_MESSAGES } from '../../src-renderer/db/storage-errors';
import { installDesktopApi, resetDesktopApiForTests } from '../../src-renderer/platform';
import { createMemoryDesktop } from '../../src-renderer/platform/memory-adapter';
import { NEARLY_FULL_BYTES, restoreFailureWithEvidence, saveFailureMessage } from '../../src-renderer/services/storage-failure';

function desktop(freeBytes: number | undefined, fail = false) {
  const m = createMemoryDesktop();
  m.space =
    freeBytes === undefined ? { low: false } : { low: freeBytes < NEARLY_FULL_BYTES, profile: { path: '/p', freeBytes, totalBytes: 1e9 } };
  if (fail) m.api.storageSpace = () => Promise.reject(new Error('main is gone'));
  installDesktopApi(m.api);
}
afterEach(() => resetDesktopApiForTests());

const aborted = Object.assign(new Error('monthlyAssessments.bulkPut(): 1 of 1 operations failed. Errors: AbortError'), {
  name: 'BulkError',
  failures: [{ name: 'AbortError' }],
});

describe('failure messages with free-space evidence (main’s fs.statfs)', () => {
  it('an aborted write on a nearly full profile disk says the disk is full; with room (or unknown) it does not claim so', async () => {
    desktop(200 * 1024);
    expect(await saveFailureMessage(aborted)).toBe(STORAGE_MESSAGES.disk_full);
    desktop(NEARLY_FULL_BYTES + 1);
    expect(await saveFailureMessage(aborted)).toBe(STORAGE_MESSAGES.unknown);
    desktop(undefined);
    expect(await saveFailureMessage(aborted)).toBe(STORAGE_MESSAGES.unknown);
    desktop(0, true);
    expect(await saveFailureMessage(aborted)).toBe(STORAGE_MESSAGES.unknown);
  });

  it('named causes keep their own message; the app’s own refusals pass through', async () => {
    desktop(0);
    expect(await saveFailureMessage({ name: 'ConstraintError', message: 'Key already exists' })).toBe(STORAGE_MESSAGES.constraint);
    expect(await saveFailureMessage(new Error('Biên bản đã được thông qua nên không sửa được.'))).toBe(
      'Biên bản đã được thông qua nên không sửa được.',
    );
  });

  it('a restore that failed while writing: "disk full" when main says so, otherwise unchanged', async () => {
    const unsure = new BackupError(
      'apply_failed',
      'Khôi phục không thành công. Dữ liệu hiện tại vẫn giữ nguyên như trước khi khôi phục. Hãy thử một bản sao lưu khác.',
      'unknown',
    );
    desktop(10 * 1024);
    const told = (await restoreFailureWithEvidence(unsure)) as BackupError;
    expect(told).toBeInstanceOf(BackupError);
    expect(told.message).toBe(RESTORE_DISK_FULL_MESSAGE);
    expect(told.message).toMatch(/«Trước khi khôi phục»/u);
    desktop(5e9);
    expect(await restoreFailureWithEvidence(unsure)).toBe(unsure);
    desktop(10 * 1024);
    const refused = new BackupError('corrupt', 'Tệp sao lưu bị hỏng.');
    expect(await restoreFailureWithEvidence(refused)).toBe(refused);
    const duplicate = new BackupError('apply_failed', 'x', 'constraint');
    expect(await restoreFailureWithEvidence(duplicate)).toBe(duplicate);
  });
});
