/** The export tab on the exchange service: what to send (report of a period, roster), options, preview, saving. */
import { useState } from 'react';
import { SAVE_FILE_FILTERS, periodKey, periodOfPart, type Envelope } from '../../core/exchange';
import { formatInteger } from '../../core/text';
import { clock } from '../../platform/clock';
import { getDesktopApi } from '../../platform/index';
import { errorMessage } from '../../services/errors';
import { buildRoster, buildUnitReport, encodeExport } from '../../services/exchange';
import { recordExport } from '../../services/routine';
import { saveSettings, useSettings } from '../../services/settings';

export type ExportKind = 'unit_report' | 'roster';

export function useReportExport() {
  const settings = useSettings();
  const mode = settings.mode;
  const now = clock.now();
  const [kind, setKind] = useState<ExportKind>('unit_report');
  const [year, setYear] = useState<number>(now.getFullYear());
  const [part, setPart] = useState<string>(`m${now.getMonth() + 1}`);
  const storedAggregateOnly = settings.reportAggregateOnly ?? false;
  const [aggregateOnlyChoice, setAggregateOnly] = useState<boolean>();
  const aggregateOnly = aggregateOnlyChoice ?? storedAggregateOnly;
  const [compress, setCompress] = useState(true);
  const [encrypt, setEncrypt] = useState(false);
  const [pass, setPass] = useState('');
  const [pass2, setPass2] = useState('');
  const [texts, setTexts] = useState({ results: '', limits: '', proposals: '' });
  const [preview, setPreview] = useState<Envelope>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string>();

  const passProblem = encrypt
    ? pass.length < 8
      ? 'Mật khẩu cần ít nhất 8 ký tự.'
      : pass !== pass2
        ? 'Hai lần nhập mật khẩu không giống nhau.'
        : undefined
    : undefined;

  const build = async (): Promise<Envelope> => {
    if (kind === 'roster') return buildRoster();
    const hasTexts = texts.results || texts.limits || texts.proposals;
    return buildUnitReport({ period: periodOfPart(year, part), aggregateOnly, texts: hasTexts ? texts : undefined });
  };

  const doPreview = async () => {
    setError(undefined);
    setSaved(undefined);
    setBusy(true);
    try {
      setPreview(await build());
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    if (passProblem) return;
    setBusy(true);
    setError(undefined);
    try {
      const env = preview ?? (await build());
      const out = await encodeExport(env, { compress, passphrase: encrypt ? pass : undefined });
      const result = await getDesktopApi().saveFile({ suggestedName: out.fileName, bytes: out.bytes, filters: SAVE_FILE_FILTERS });
      if (result) {
        // Recorded so "Tháng này" knows the report left (db/routine).
        await recordExport({
          kind: env.kind,
          periodKey: periodKey(env.period),
          unitCode: env.unit.code,
          sha256: env.sha256,
          fileName: out.fileName,
          savedTo: result.path,
        });
        setSaved(`Đã lưu ${result.path} (${formatInteger(Math.ceil(out.bytes.length / 1024))} KB).`);
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  /** Any change of what is sent drops the preview. */
  const dropsPreview =
    <T>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPreview(undefined);
    };
  const chooseKind = dropsPreview(setKind);
  const chooseYear = dropsPreview(setYear);
  const choosePart = dropsPreview(setPart);
  const chooseAggregateOnly = (checked: boolean) => {
    setAggregateOnly(checked);
    setPreview(undefined);
    // Remembered as a setting of this installation (the next report starts the same way).
    void saveSettings({ reportAggregateOnly: checked });
  };

  return {
    mode,
    fallbackYear: now.getFullYear(),
    kind,
    chooseKind,
    year,
    chooseYear,
    part,
    choosePart,
    aggregateOnly,
    chooseAggregateOnly,
    compress,
    setCompress,
    encrypt,
    setEncrypt,
    pass,
    setPass,
    pass2,
    setPass2,
    passProblem,
    texts,
    setTexts,
    preview,
    error,
    busy,
    saved,
    doPreview,
    save,
  };
}
