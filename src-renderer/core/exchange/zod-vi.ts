/**
 * Vietnamese text for every kind of zod issue, so that no English message of the validation
 * library ever reaches the user (issue codes of zod 4: invalid_type, too_big, too_small,
 * invalid_format, not_multiple_of, unrecognized_keys, invalid_union, invalid_key, invalid_element,
 * invalid_value, custom). Pure.
 */
import type { z } from 'zod';
import { formatInteger } from '../text';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'một đoạn chữ',
  number: 'một số',
  int: 'một số nguyên',
  boolean: 'đúng/sai',
  bigint: 'một số nguyên',
  symbol: 'một ký hiệu',
  undefined: 'không có giá trị',
  null: 'giá trị rỗng',
  never: 'không có trường này',
  void: 'không có giá trị',
  date: 'một ngày',
  array: 'một danh sách',
  object: 'một nhóm trường',
  tuple: 'một danh sách',
  record: 'một bảng tra',
  map: 'một bảng tra',
  set: 'một tập hợp',
  file: 'một tệp',
  nonoptional: 'một giá trị (bắt buộc)',
  nan: 'một số',
  function: 'một hàm',
};

const FORMAT_NAMES: Record<string, string> = {
  datetime: 'thời điểm theo ISO 8601 (ví dụ 2026-11-28T08:00:00.000Z)',
  date: 'ngày dạng YYYY-MM-DD',
  time: 'giờ dạng HH:MM:SS',
  duration: 'khoảng thời gian ISO 8601',
  email: 'địa chỉ thư điện tử',
  url: 'địa chỉ web',
  uuid: 'mã định danh',
  guid: 'mã GUID',
  regex: 'đúng mẫu quy định',
  base64: 'dữ liệu base64',
  base64url: 'dữ liệu base64url',
  hex: 'dãy chữ số thập lục phân',
};

const hasVietnamese = (s: string) => /[À-ỹĐđ]/u.test(s);
const amount = (n: number | bigint) => (typeof n === 'bigint' ? n.toString() : formatInteger(n));

function typeOfInput(input: unknown): string {
  if (input === undefined) return 'undefined';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  return typeof input;
}

function sizeText(
  origin: string,
  n: number | bigint,
  kind: 'max' | 'min',
  inclusive: boolean | undefined,
  exact: boolean | undefined,
): string {
  const bound = exact
    ? 'đúng'
    : kind === 'max'
      ? inclusive === false
        ? 'ít hơn'
        : 'tối đa'
      : inclusive === false
        ? 'nhiều hơn'
        : 'ít nhất';
  switch (origin) {
    case 'string':
      return `phải có ${bound} ${amount(n)} ký tự`;
    case 'array':
    case 'set':
      return `phải có ${bound} ${amount(n)} phần tử`;
    case 'file':
      return `phải có ${bound} ${amount(n)} byte`;
    case 'date':
      return kind === 'max' ? `phải không muộn hơn ${String(n)}` : `phải không sớm hơn ${String(n)}`;
    default: {
      const cmp = exact
        ? 'bằng'
        : kind === 'max'
          ? inclusive === false
            ? 'nhỏ hơn'
            : 'không lớn hơn'
          : inclusive === false
            ? 'lớn hơn'
            : 'không nhỏ hơn';
      return `phải ${cmp} ${amount(n)}`;
    }
  }
}

/** The issue in Vietnamese, without the path (the caller names the field). */
export function zodIssueText(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const got = 'input' in issue ? typeOfInput(issue.input) : /received undefined/u.test(issue.message) ? 'undefined' : undefined;
      if (got === 'undefined') return 'thiếu (trường bắt buộc)';
      const expected = TYPE_NAMES[issue.expected] ?? 'kiểu khác';
      return got ? `phải là ${expected}, nhưng tệp ghi ${TYPE_NAMES[got] ?? 'kiểu khác'}` : `phải là ${expected}`;
    }
    case 'too_big':
      return sizeText(issue.origin, issue.maximum, 'max', issue.inclusive, issue.exact);
    case 'too_small':
      return sizeText(issue.origin, issue.minimum, 'min', issue.inclusive, issue.exact);
    case 'invalid_format': {
      // Our schemas give their own Vietnamese text for their patterns (e.g. "Ngày phải có dạng YYYY-MM-DD").
      if (hasVietnamese(issue.message)) return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
      const f = issue as Issue & { prefix?: string; suffix?: string; includes?: string };
      if (issue.format === 'starts_with') return `phải bắt đầu bằng «${f.prefix ?? ''}»`;
      if (issue.format === 'ends_with') return `phải kết thúc bằng «${f.suffix ?? ''}»`;
      if (issue.format === 'includes') return `phải chứa «${f.includes ?? ''}»`;
      return `không đúng dạng (phải là ${FORMAT_NAMES[issue.format] ?? 'đúng mẫu quy định'})`;
    }
    case 'not_multiple_of':
      return `phải là bội số của ${amount(issue.divisor)}`;
    case 'unrecognized_keys':
      return `có trường lạ không thuộc mẫu: ${issue.keys.map((k) => `«${k}»`).join(', ')}`;
    case 'invalid_union':
      return 'không khớp với mẫu nào được phép';
    case 'invalid_key':
      return 'có khóa không hợp lệ';
    case 'invalid_element':
      return 'có phần tử không hợp lệ';
    case 'invalid_value': {
      const values = issue.values.map((v) => (typeof v === 'string' ? `«${v}»` : String(v)));
      if (values.length === 1) return `phải là ${values[0]}`;
      return values.length <= 8 ? `phải là một trong các giá trị ${values.join(', ')}` : 'không phải giá trị được phép';
    }
    case 'custom':
      return hasVietnamese(issue.message) ? issue.message.charAt(0).toLowerCase() + issue.message.slice(1) : 'không hợp lệ';
    default:
      return 'không hợp lệ';
  }
}

/** The deepest issue worth showing: for unions and keyed containers, the first inner issue. */
export function innermostIssue(issue: Issue): { issue: Issue; path: PropertyKey[] } {
  let current = issue;
  let path = [...issue.path];
  for (;;) {
    if ((current.code === 'invalid_key' || current.code === 'invalid_element') && current.issues.length > 0) {
      const inner = current.issues[0]!;
      path = [...path, ...inner.path];
      current = inner;
      continue;
    }
    return { issue: current, path };
  }
}
