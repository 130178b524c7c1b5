import { useEffect, useState } from 'react';
import { TextInput } from '@mantine/core';

/** "HH:mm" typed as text (24-hour, as written in minutes); "14h", "14:5", "1400" are accepted. */
export function TimeField({
  label,
  value,
  onCommit,
  problem,
}: {
  label: string;
  value: string;
  onCommit: (value: string | undefined) => void;
  problem?: string;
}) {
  const [text, setText] = useState(value);
  const [error, setError] = useState<string>();
  useEffect(() => setText(value), [value]);
  return (
    <TextInput
      label={label}
      value={text}
      placeholder="14:00"
      maxLength={5}
      error={error ?? problem}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={() => {
        const t = text.trim();
        if (!t) {
          setError(undefined);
          onCommit(undefined);
          return;
        }
        const m = /^(\d{1,2})\s*(?:[:hg.]\s*(\d{1,2})?)?$/u.exec(t) ?? /^(\d{2})(\d{2})$/u.exec(t);
        const h = m ? Number(m[1]) : NaN;
        const min = m?.[2] ? Number(m[2]) : 0;
        if (!m || h > 23 || min > 59) {
          setError('Nhập giờ dạng giờ:phút, ví dụ 14:00.');
          return;
        }
        const v = `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
        setError(undefined);
        setText(v);
        onCommit(v);
      }}
    />
  );
}
