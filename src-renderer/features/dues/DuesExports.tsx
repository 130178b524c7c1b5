/** Export buttons of the dues sheet: the collection sheet and the month's statement (PDF), both as one .xlsx. */
import { useState } from 'react';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { DuesSheet } from '../../core/dues';
import { getDesktopApi } from '../../platform';
import { errorMessage } from '../../services/errors';
import { buildDuesPdf, duesDocumentInput, duesFileBase, type DuesDocumentKind, type DuesSheetView } from '../../services/dues';
import { buildDuesXlsx } from './xlsx';

export function DuesExports({ view, sheet, beforeExport }: { view: DuesSheetView; sheet: DuesSheet; beforeExport: () => Promise<void> }) {
  const [busy, setBusy] = useState<string>();
  const run = async (
    key: string,
    make: () => Promise<{ bytes: Uint8Array<ArrayBuffer>; name: string; filter: { name: string; extensions: string[] }; what: string }>,
  ) => {
    setBusy(key);
    try {
      await beforeExport().catch(() => undefined);
      const file = await make();
      const saved = await getDesktopApi().saveFile({ suggestedName: file.name, bytes: file.bytes, filters: [file.filter] });
      if (saved) notifications.show({ color: 'green', message: `Đã lưu ${file.what}: ${saved.path}` });
    } catch (e) {
      notifications.show({ color: 'red', message: `Không tạo được tệp: ${errorMessage(e, '')}` });
    } finally {
      setBusy(undefined);
    }
  };
  const pdf = (kind: DuesDocumentKind) =>
    run(kind, async () => ({
      bytes: await buildDuesPdf(view, sheet, kind),
      name: `${duesFileBase(kind, view.period)}.pdf`,
      filter: { name: 'PDF', extensions: ['pdf'] },
      what: kind === 'sheet' ? 'bảng thu đảng phí (PDF)' : 'báo cáo thu, nộp đảng phí (PDF)',
    }));
  return (
    <>
      <Button size="xs" variant="default" loading={busy === 'sheet'} onClick={() => void pdf('sheet')}>
        Lưu PDF bảng thu
      </Button>
      <Button size="xs" variant="default" loading={busy === 'statement'} onClick={() => void pdf('statement')}>
        Lưu PDF báo cáo gửi cấp trên
      </Button>
      <Button
        size="xs"
        variant="default"
        loading={busy === 'xlsx'}
        onClick={() =>
          void run('xlsx', async () => ({
            bytes: await buildDuesXlsx(duesDocumentInput(view, sheet)),
            name: `${duesFileBase('sheet', view.period)}.xlsx`,
            filter: { name: 'Excel', extensions: ['xlsx'] },
            what: 'bảng thu và báo cáo đảng phí (Excel)',
          }))
        }
      >
        Xuất Excel (.xlsx)
      </Button>
    </>
  );
}
