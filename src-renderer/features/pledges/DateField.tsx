import { useState } from 'react';
import { TextInput } from '@mantine/core';
import { formatDate, parseDate } from '../../core/text';

interface Props {
  label: string;
  value: string | undefined;
  /** ISO date, or undefined when empty or not a valid date. */
  onChange: (iso: string | undefined) => void;
  readOnly?: boolean;
}

/** A date typed as ngày/tháng/năm (05/02/2026, 5/2/2026 …), whatever the system's locale. */
export function DateField({ label, value, onChange, readOnly }: Props) {
  const [text, setText] = useState(formatDate(value));
  const [error, setError] = useState<string>();
  return (
    <TextInput
      label={label}
      placeholder="ngày/tháng/năm"
      value={text}
      readOnly={readOnly}
      error={error}
      onChange={(e) => {
        const t = e.currentTarget.value;
        setText(t);
        setError(undefined);
        onChange(t.trim() ? parseDate(t) : undefined);
      }}
      onBlur={() => {
        if (text.trim() && !parseDate(text)) {
          setError('Ngày không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 31/12/2026.');
        }
      }}
    />
  );
}
