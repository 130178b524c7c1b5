/**
 * The import tab on the exchange service: read and check the files (dialog or drop), the
 * choices a file may need (add its unit, replace a report, keep one of two overlapping ones),
 * backup → apply, and undoing a replacement.
 */
import { useState } from 'react';
import { OPEN_FILE_FILTERS } from '../../core/exchange';
import { getDesktopApi } from '../../platform/index';
import { backupBeforeChange } from '../../services/backup';
import { errorMessage } from '../../services/errors';
import {
  applyImport,
  prepareImport,
  replanImport,
  undoReplacement,
  unitOffers,
  type ApplyResult,
  type FileInput,
  type PreparedFile,
} from '../../services/exchange';

/** A progress callback that updates the screen at most every 100 ms (and always at the end). */
function throttled(update: (done: number, total: number) => void): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = performance.now();
    if (done === total || now - last >= 100) {
      last = now;
      update(done, total);
    }
  };
}

export function useImportFiles() {
  const [files, setFiles] = useState<FileInput[]>([]);
  const [pass, setPass] = useState('');
  const [addUnits, setAddUnits] = useState<Set<string>>(new Set());
  const [replaceReports, setReplaceReports] = useState<Set<string>>(new Set());
  const [dropOverlapping, setDropOverlapping] = useState<Set<string>>(new Set());
  const [prepared, setPrepared] = useState<PreparedFile[]>();
  const [results, setResults] = useState<ApplyResult[]>();
  const [progress, setProgress] = useState<{ label: string; done: number; total: number }>();
  const [error, setError] = useState<string>();

  const prepare = async (list: FileInput[], passphrase = pass) => {
    setResults(undefined);
    setError(undefined);
    setProgress({ label: 'Đang đọc và kiểm tra tệp', done: 0, total: list.length });
    try {
      const out = await prepareImport(list, {
        passphrase: passphrase || undefined,
        addUnits,
        replaceReports,
        dropOverlapping,
        onProgress: throttled((done, total) => setProgress({ label: 'Đang đọc và kiểm tra tệp', done, total })),
      });
      setPrepared(out);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setProgress(undefined);
    }
  };

  /** After a choice (add units, replace, keep one of two overlapping reports): plan again, read nothing again. */
  const replan = async (choices: { addUnits?: Set<string>; replaceReports?: Set<string>; dropOverlapping?: Set<string> }) => {
    if (!prepared) return;
    const next = { addUnits, replaceReports, dropOverlapping, ...choices };
    setAddUnits(next.addUnits);
    setReplaceReports(next.replaceReports);
    setDropOverlapping(next.dropOverlapping);
    try {
      setPrepared(await replanImport(prepared, next));
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const choose = async () => {
    const opened = await getDesktopApi().openFiles({ filters: OPEN_FILE_FILTERS, multiple: true });
    if (opened.length === 0) return;
    setFiles(opened);
    await prepare(opened);
  };

  /** Files dropped on the drop zone. */
  const drop = async (list: File[]) => {
    const dropped = await Promise.all(list.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    if (dropped.length === 0) return;
    setFiles(dropped);
    await prepare(dropped);
  };

  const acceptUnit = (code: string) => replan({ addUnits: new Set(addUnits).add(code) });
  const offers = prepared ? unitOffers(prepared) : [];
  const acceptAllUnits = () => replan({ addUnits: new Set([...addUnits, ...offers.map((o) => o.code)]) });
  const replaceWith = (key: string) => replan({ replaceReports: new Set(replaceReports).add(key) });
  const keepOverlapping = (key: string) => replan({ dropOverlapping: new Set(dropOverlapping).add(key) });
  const choiceKey = (p: PreparedFile) =>
    p.status === 'error' && typeof p.problem.details.reportKey === 'string' ? p.problem.details.reportKey : undefined;

  const ready = prepared?.filter((p) => p.status === 'ready' && p.plan.action === 'apply') ?? [];
  const apply = async () => {
    if (!prepared) return;
    const list = prepared;
    // The preview cards go while the files are written: re-rendering dozens of cards at every
    // progress step cost more than the import itself (56 files: seconds).
    setPrepared(undefined);
    setProgress({ label: 'Đang nhập', done: 0, total: list.length });
    try {
      const out = await applyImport(list, {
        addUnits,
        replaceReports,
        dropOverlapping,
        beforeApply: backupBeforeChange,
        onProgress: throttled((done, total) => setProgress({ label: 'Đang nhập', done, total })),
      });
      setResults(out);
    } catch (e) {
      setPrepared(list);
      setError(errorMessage(e));
    } finally {
      setProgress(undefined);
    }
  };

  /** Undo the replacement of a stored report by the file of result i. */
  const undoReplace = (i: number) => {
    const r = results?.[i];
    if (!results || !r?.replaced) return;
    void undoReplacement(r.replaced)
      .then(() =>
        setResults(
          results.map((x, j) =>
            j === i ? { ...x, replaced: undefined, message: `${x.message} Đã hoàn tác: báo cáo cũ được khôi phục.` } : x,
          ),
        ),
      )
      .catch((e: unknown) => setError(errorMessage(e)));
  };

  return {
    files,
    pass,
    setPass,
    prepared,
    cancel: () => setPrepared(undefined),
    results,
    progress,
    error,
    offers,
    ready,
    prepare,
    replan,
    choose,
    drop,
    acceptUnit,
    acceptAllUnits,
    choiceKey,
    replaceWith,
    keepOverlapping,
    apply,
    undoReplace,
  };
}
