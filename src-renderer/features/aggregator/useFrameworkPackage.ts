/** The framework package tab: the rule sets chosen for a year, the deadlines, saved as a .sng file for the cells. */
import { useMemo, useState } from 'react';
import { SAVE_FILE_FILTERS, type Deadlines } from '../../core/exchange';
import type { RuleSet } from '../../core/model';
import { parseDate } from '../../core/text';
import { clock } from '../../platform/clock';
import { getDesktopApi } from '../../platform/index';
import { errorMessage } from '../../services/errors';
import { buildFrameworkPackage, encodeExport } from '../../services/exchange';
import { useLive as useLiveQuery } from '../../services/live';
import { loadRuleSets } from '../../services/rules';

export const RULE_KIND_LABELS: Record<string, string> = {
  pledge_framework: 'Khung nội dung đăng ký',
  monthly_scale: 'Thang tự đánh giá tháng',
  meeting_rubric: 'Tiêu chí chất lượng sinh hoạt',
  year_end_scheme: 'Cách xếp loại cuối năm',
};

export function useFrameworkPackage() {
  const ruleSets = useLiveQuery(() => loadRuleSets(), [], [] as RuleSet[]);
  const choices = useMemo(() => ruleSets.filter((r) => r.kind in RULE_KIND_LABELS), [ruleSets]);
  const [year, setYear] = useState(clock.thisYear() + 1);
  const [picked, setPicked] = useState<string[]>([]);
  const [deadlines, setDeadlines] = useState({ pledge: '', day: '', review: '', report: '', notes: '' });
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ color: string; text: string }>();
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setMessage(undefined);
    const dates: Array<[string, string]> = [
      [deadlines.pledge, 'hạn đăng ký'],
      [deadlines.review, 'hạn kiểm điểm'],
      [deadlines.report, 'hạn gửi báo cáo năm'],
    ];
    for (const [v, label] of dates) {
      if (v.trim() && !parseDate(v))
        return setMessage({ color: 'red', text: `Ngày ${label} không hợp lệ; hãy nhập dạng ngày/tháng/năm, ví dụ 31/01/${year}.` });
    }
    const day = deadlines.day.trim() ? Number(deadlines.day) : undefined;
    if (day !== undefined && (!Number.isInteger(day) || day < 1 || day > 31))
      return setMessage({ color: 'red', text: 'Ngày báo cáo hằng tháng phải từ 1 đến 31.' });
    const d: Deadlines = JSON.parse(
      JSON.stringify({
        pledgeRegistrationBy: parseDate(deadlines.pledge),
        monthlyReportDay: day,
        yearReviewBy: parseDate(deadlines.review),
        yearReportBy: parseDate(deadlines.report),
        notes: deadlines.notes.trim() || undefined,
      }),
    ) as Deadlines;
    setSaving(true);
    try {
      const env = await buildFrameworkPackage({ year, ruleSetIds: picked, deadlines: d, note: note.trim() || undefined });
      const out = await encodeExport(env);
      const r = await getDesktopApi().saveFile({ suggestedName: out.fileName, bytes: out.bytes, filters: SAVE_FILE_FILTERS });
      if (r)
        setMessage({
          color: 'green',
          text: `Đã lưu ${r.path}: ${env.payload.ruleSets.length} khung/thang/tiêu chí cho năm ${year}. Gửi tệp này cho các chi bộ để nhập.`,
        });
    } catch (e) {
      setMessage({ color: 'red', text: errorMessage(e) });
    } finally {
      setSaving(false);
    }
  };

  return { choices, year, setYear, picked, setPicked, deadlines, setDeadlines, note, setNote, message, save, saving };
}
