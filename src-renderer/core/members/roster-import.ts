/**
 * Pure part of importing a roster from Excel/CSV: cell values → header detection → column
 * mapping → per-row validation (Vietnamese messages) → what would be added / updated / skipped.
 * The features layer reads the file with exceljs and hands the sheet over as rows of cells.
 */
import type { Gender, IsoDate, Member, PartyPosition } from '../model';
import { cleanText, foldForSearch, formatDate, isValidIsoDate, parseDate } from '../text';
import { cardKey, nameBirthKey } from './duplicates';
import { PARTY_POSITION_LABELS } from './labels';
import { prepareName } from './roster';

export type CellValue = string | number | boolean | Date | null | undefined;
export type SheetRows = CellValue[][];

export type RosterField =
  | 'fullName'
  | 'familyAndMiddle'
  | 'givenName'
  | 'birthDate'
  | 'gender'
  | 'admissionDate'
  | 'fullMembershipDate'
  | 'cardNumber'
  | 'position'
  | 'workplace'
  | 'note';

export const ROSTER_FIELDS: RosterField[] = [
  'fullName',
  'familyAndMiddle',
  'givenName',
  'birthDate',
  'gender',
  'admissionDate',
  'fullMembershipDate',
  'cardNumber',
  'position',
  'workplace',
  'note',
];

export const ROSTER_FIELD_LABELS: Record<RosterField, string> = {
  fullName: 'Họ và tên',
  familyAndMiddle: 'Họ và tên đệm (cột riêng)',
  givenName: 'Tên (cột riêng)',
  birthDate: 'Ngày sinh',
  gender: 'Giới tính',
  admissionDate: 'Ngày vào Đảng',
  fullMembershipDate: 'Ngày chính thức',
  cardNumber: 'Số thẻ đảng viên',
  position: 'Chức vụ',
  workplace: 'Đơn vị công tác',
  note: 'Ghi chú',
};

/** Column index (0-based) of each mapped field. */
export type ColumnMapping = Partial<Record<RosterField, number>>;

/** Turn an exceljs cell value (rich text, formula, hyperlink …) into a plain value. */
export function normalizeCell(value: unknown): CellValue {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return v.richText.map((r) => String((r as { text?: unknown }).text ?? '')).join('');
    if ('result' in v) return normalizeCell(v.result);
    if ('formula' in v || 'sharedFormula' in v) return undefined;
    if (typeof v.text === 'string') return v.text;
    if ('error' in v) return undefined;
  }
  return String(value);
}

export function cellText(value: CellValue): string {
  if (value === undefined || value === null) return '';
  if (value instanceof Date) return isNaN(value.getTime()) ? '' : formatDate(dateFromJs(value));
  return cleanText(String(value));
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A JS Date from exceljs is midnight UTC of the calendar date. */
function dateFromJs(d: Date): IsoDate {
  // Round to the nearest UTC day: some writers store 23:59:59.999 or a time-zone offset.
  const t = new Date(Math.round(d.getTime() / 86_400_000) * 86_400_000);
  return `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
}

/** Excel serial day (1900 date system) → ISO date. */
export function excelSerialToIso(serial: number): IsoDate {
  const ms = Math.round((serial - 25569) * 86_400_000);
  return dateFromJs(new Date(ms));
}

export type DateCell = { iso?: IsoDate; error?: string };

/** Read a date cell: real date, Excel serial number, or text dd/mm/yyyy (also d.m.yyyy, ISO). */
export function cellToDate(value: CellValue, fieldLabel: string): DateCell {
  if (value === undefined || value === null || value === '') return {};
  let iso: IsoDate | undefined;
  if (value instanceof Date) {
    if (isNaN(value.getTime())) return { error: `${fieldLabel} không hợp lệ.` };
    iso = dateFromJs(value);
  } else if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 1900 && value <= 2100)
      return { error: `${fieldLabel} chỉ có năm (${value}); cần đủ ngày/tháng/năm, ví dụ 05/02/${value}.` };
    if (value < 1 || value > 80_000) return { error: `${fieldLabel} không hợp lệ: ${value}.` };
    iso = excelSerialToIso(value);
  } else {
    const text = cleanText(String(value));
    if (text === '') return {};
    if (/^\d{4}$/u.test(text)) return { error: `${fieldLabel} chỉ có năm (${text}); cần đủ ngày/tháng/năm, ví dụ 05/02/${text}.` };
    iso = parseDate(text.replace(/\s*([/.-])\s*/gu, '$1'));
    if (!iso) return { error: `${fieldLabel} không hợp lệ: "${text}". Nhập theo dạng ngày/tháng/năm, ví dụ 05/02/1980.` };
  }
  if (!isValidIsoDate(iso) || iso < '1900-01-01') return { error: `${fieldLabel} không hợp lệ: ${formatDate(iso)}.` };
  return { iso };
}

export function parseGender(value: string): Gender | undefined | 'invalid' {
  const f = foldForSearch(value);
  if (f === '') return undefined;
  if (f === 'nam' || f === 'm' || f === 'male') return 'nam';
  if (f === 'nu' || f === 'f' || f === 'female') return 'nu';
  return 'invalid';
}

const POSITION_PATTERNS: Array<[RegExp, PartyPosition]> = [
  [/^pho bi thu( chi bo[^;,]*)?$/u, 'pho_bi_thu'],
  [/^bi thu( chi bo[^;,]*)?$/u, 'bi_thu'],
  [/^(chi uy vien|uy vien chi uy|cuv)$/u, 'chi_uy_vien'],
  [/^dang vien$/u, 'dang_vien'],
];

function matchPartyPosition(text: string): PartyPosition | undefined {
  const f = foldForSearch(text);
  for (const [re, pos] of POSITION_PATTERNS) if (re.test(f)) return pos;
  return undefined;
}

/**
 * "Chức vụ": "Bí thư chi bộ; Giám đốc Sở" → bí thư + chức vụ chính quyền. A text that does not
 * start with a party position is a chức vụ chính quyền of an ordinary đảng viên.
 */
export function parsePosition(value: string): { partyPosition: PartyPosition; govPosition?: string } {
  const text = cleanText(value);
  if (text === '') return { partyPosition: 'dang_vien' };
  const whole = matchPartyPosition(text);
  if (whole) return { partyPosition: whole };
  const m = /^([^;,]+)[;,]\s*(.+)$/u.exec(text);
  if (m) {
    const first = matchPartyPosition(m[1]!);
    if (first) return { partyPosition: first, govPosition: cleanText(m[2]!) };
  }
  return { partyPosition: 'dang_vien', govPosition: text };
}

/** Inverse of parsePosition (the "Chức vụ" column of the export); "Đảng viên" when nothing else. */
export function positionText(m: Pick<Member, 'partyPosition' | 'govPosition'>): string {
  const parts: string[] = [];
  if (m.partyPosition !== 'dang_vien') parts.push(PARTY_POSITION_LABELS[m.partyPosition]);
  if (m.govPosition) parts.push(m.govPosition);
  return parts.length > 0 ? parts.join('; ') : PARTY_POSITION_LABELS.dang_vien;
}

/** Header text → field. Exact (folded, parentheses removed) first, then "contains" rules in order. */
const HEADER_EXACT: Record<string, RosterField> = {};
for (const [field, names] of Object.entries({
  fullName: ['ho va ten', 'ho ten', 'ho, ten', 'ho va ten dang vien', 'ho ten dang vien', 'ten dang vien', 'ho va ten khai sinh'],
  familyAndMiddle: ['ho va ten dem', 'ho va dem', 'ho dem', 'ho va chu dem', 'ho'],
  givenName: ['ten'],
  birthDate: ['ngay sinh', 'ngay thang nam sinh', 'ngay, thang, nam sinh', 'sinh ngay', 'ngay/thang/nam sinh'],
  gender: ['gioi tinh', 'nam/nu', 'nam, nu', 'nam nu', 'phai', 'gioi'],
  admissionDate: ['ngay vao dang', 'ngay ket nap', 'ngay ket nap dang', 'vao dang', 'ngay vao dang lan dau'],
  fullMembershipDate: ['ngay chinh thuc', 'ngay cong nhan chinh thuc', 'ngay chuyen chinh thuc', 'chinh thuc', 'ngay vao dang chinh thuc'],
  cardNumber: ['so the', 'so the dang', 'so the dang vien', 'so the dv', 'so the dang vien so'],
  position: ['chuc vu', 'chuc vu dang', 'chuc vu hien nay', 'chuc vu dang, chinh quyen', 'chuc vu dang, chinh quyen, doan the'],
  workplace: ['don vi cong tac', 'noi cong tac', 'co quan cong tac', 'don vi'],
  note: ['ghi chu'],
} as Record<RosterField, string[]>)) {
  for (const n of names) HEADER_EXACT[n] = field as RosterField;
}

const HEADER_CONTAINS: Array<[string, RosterField]> = [
  ['chinh thuc', 'fullMembershipDate'],
  ['vao dang', 'admissionDate'],
  ['ket nap', 'admissionDate'],
  ['ngay sinh', 'birthDate'],
  ['nam sinh', 'birthDate'],
  ['so the', 'cardNumber'],
  ['gioi tinh', 'gender'],
  ['ho va ten', 'fullName'],
  ['ho ten', 'fullName'],
  ['chuc vu', 'position'],
  ['ghi chu', 'note'],
  ['cong tac', 'workplace'],
];

function headerKey(value: CellValue): string {
  return foldForSearch(cellText(value).replace(/\([^)]*\)/gu, ' '))
    .replace(/[:*.]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

export function fieldOfHeader(value: CellValue): RosterField | undefined {
  const key = headerKey(value);
  if (key === '' || key.length > 80) return undefined;
  const exact = HEADER_EXACT[key];
  if (exact) return exact;
  for (const [needle, field] of HEADER_CONTAINS) if (key.includes(needle)) return field;
  return undefined;
}

export interface HeaderDetection {
  /** 0-based index of the header row. */
  headerRow: number;
  mapping: ColumnMapping;
}

/** Find the header row among the first 30 rows: the one naming the most fields, with a name column. */
export function detectHeader(rows: SheetRows, maxScan = 30): HeaderDetection | undefined {
  let best: HeaderDetection | undefined;
  let bestScore = 0;
  for (let r = 0; r < Math.min(rows.length, maxScan); r++) {
    const mapping: ColumnMapping = {};
    const row = rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const field = fieldOfHeader(row[c]);
      if (field && mapping[field] === undefined) mapping[field] = c;
    }
    const hasName = mapping.fullName !== undefined || (mapping.givenName !== undefined && mapping.familyAndMiddle !== undefined);
    if (!hasName) continue;
    if (mapping.fullName !== undefined) {
      delete mapping.givenName;
      delete mapping.familyAndMiddle;
    }
    const score = Object.keys(mapping).length;
    if (score > bestScore) {
      best = { headerRow: r, mapping };
      bestScore = score;
    }
  }
  return best;
}

/** Problems of a mapping itself (before any row is read). */
export function validateMapping(mapping: ColumnMapping): string[] {
  const errors: string[] = [];
  const hasName = mapping.fullName !== undefined || (mapping.givenName !== undefined && mapping.familyAndMiddle !== undefined);
  if (!hasName) errors.push('Chưa chọn cột "Họ và tên" (hoặc cả hai cột "Họ và tên đệm" và "Tên").');
  const seen = new Map<number, RosterField>();
  for (const field of ROSTER_FIELDS) {
    const col = mapping[field];
    if (col === undefined) continue;
    const other = seen.get(col);
    if (other) errors.push(`Cột ${columnLetter(col)} được chọn cho cả "${ROSTER_FIELD_LABELS[other]}" và "${ROSTER_FIELD_LABELS[field]}".`);
    else seen.set(col, field);
  }
  return errors;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Data of one valid row, ready to become a Member (names already split, NFC). */
export interface RosterRowData {
  fullName: string;
  familyName: string;
  middleName: string;
  givenName: string;
  nameSplitOverride: boolean;
  searchKey: string;
  birthDate?: IsoDate;
  gender?: Gender;
  admissionDate?: IsoDate;
  fullMembershipDate?: IsoDate;
  cardNumber?: string;
  partyPosition?: PartyPosition; // only when the "Chức vụ" column is mapped and filled
  govPosition?: string;
  workplace?: string;
  note?: string;
}

export type RowAction = 'add' | 'update' | 'unchanged' | 'invalid';

export interface ParsedRosterRow {
  /** 1-based row number as Excel shows it. */
  rowNumber: number;
  data?: RosterRowData;
  errors: string[];
  warnings: string[];
  action: RowAction;
  /** Existing member to update (action 'update' / 'unchanged'). */
  matchId?: string;
}

export type ExistingForImport = Pick<
  Member,
  | 'id'
  | 'fullName'
  | 'birthDate'
  | 'cardNumber'
  | 'gender'
  | 'admissionDate'
  | 'fullMembershipDate'
  | 'partyPosition'
  | 'govPosition'
  | 'workplace'
  | 'note'
>;

export interface ParseOptions {
  /** Today (local): birth and join dates after it are refused. */
  today: IsoDate;
}

const UPDATABLE: Array<keyof RosterRowData & keyof ExistingForImport> = [
  'birthDate',
  'gender',
  'admissionDate',
  'fullMembershipDate',
  'cardNumber',
  'partyPosition',
  'govPosition',
  'workplace',
  'note',
];

/** Fields of `data` that would change `existing` (empty cells never clear stored values). */
export function changedFields(existing: ExistingForImport, data: RosterRowData): string[] {
  const out: string[] = [];
  if (data.fullName !== existing.fullName) out.push('fullName');
  for (const f of UPDATABLE) {
    const v = data[f];
    if (v !== undefined && v !== '' && v !== existing[f]) out.push(f);
  }
  return out;
}

/** Validate and classify every data row below the header. Empty rows are ignored. */
export function parseRoster(
  rows: SheetRows,
  headerRow: number,
  mapping: ColumnMapping,
  existing: readonly ExistingForImport[],
  options: ParseOptions,
): ParsedRosterRow[] {
  const today = options.today;
  const byCard = new Map<string, ExistingForImport>();
  const byNameBirth = new Map<string, ExistingForImport>();
  const byName = new Map<string, ExistingForImport[]>();
  for (const m of existing) {
    const ck = cardKey(m.cardNumber);
    if (ck) byCard.set(ck, m);
    const nk = nameBirthKey(m);
    if (nk) byNameBirth.set(nk, m);
    const key = foldForSearch(m.fullName);
    byName.set(key, [...(byName.get(key) ?? []), m]);
  }
  const seenCard = new Map<string, number>();
  const seenNameBirth = new Map<string, number>();
  const mapped = ROSTER_FIELDS.filter((f) => mapping[f] !== undefined);
  const out: ParsedRosterRow[] = [];

  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const cell = (f: RosterField): CellValue => (mapping[f] === undefined ? undefined : row[mapping[f]!]);
    const text = (f: RosterField) => cellText(cell(f));
    if (mapped.every((f) => text(f) === '')) continue;
    const errors: string[] = [];
    const warnings: string[] = [];
    const rowNumber = r + 1;

    let fullName = text('fullName');
    let split: { familyName: string; middleName: string; givenName: string } | undefined;
    if (mapping.fullName === undefined) {
      const fm = text('familyAndMiddle');
      const given = text('givenName');
      fullName = cleanText(`${fm} ${given}`);
      if (given && fm) {
        const words = fm.split(' ');
        split = { familyName: words[0]!, middleName: words.slice(1).join(' '), givenName: given };
      }
    }
    if (fullName === '') errors.push('Thiếu họ và tên.');
    else if (/\d/u.test(fullName)) errors.push(`Họ và tên có chữ số: "${fullName}".`);
    else if (fullName.length > 80) errors.push('Họ và tên quá dài (quá 80 ký tự).');

    const dates: Partial<Record<'birthDate' | 'admissionDate' | 'fullMembershipDate', IsoDate>> = {};
    for (const f of ['birthDate', 'admissionDate', 'fullMembershipDate'] as const) {
      const d = cellToDate(cell(f), ROSTER_FIELD_LABELS[f]);
      if (d.error) errors.push(d.error);
      else if (d.iso && d.iso > today) errors.push(`${ROSTER_FIELD_LABELS[f]} (${formatDate(d.iso)}) ở tương lai.`);
      else if (d.iso) dates[f] = d.iso;
    }
    if (dates.birthDate && dates.admissionDate && dates.admissionDate <= dates.birthDate) errors.push('Ngày vào Đảng trước ngày sinh.');
    if (dates.admissionDate && dates.fullMembershipDate && dates.fullMembershipDate <= dates.admissionDate)
      errors.push('Ngày chính thức phải sau ngày vào Đảng.');
    if (dates.fullMembershipDate && !dates.admissionDate && mapping.admissionDate !== undefined)
      warnings.push('Có ngày chính thức nhưng thiếu ngày vào Đảng.');

    let gender: Gender | undefined;
    const g = parseGender(text('gender'));
    if (g === 'invalid') errors.push(`Giới tính không rõ: "${text('gender')}" (ghi "Nam" hoặc "Nữ").`);
    else gender = g;

    const cardNumber = text('cardNumber') || undefined;
    const positionCell = text('position');
    const position = mapping.position !== undefined && positionCell !== '' ? parsePosition(positionCell) : undefined;

    if (errors.length > 0 || fullName === '') {
      out.push({ rowNumber, errors, warnings, action: 'invalid' });
      continue;
    }

    const name = prepareName(fullName, split);
    const data: RosterRowData = { ...name, ...dates };
    if (gender) data.gender = gender;
    if (cardNumber) data.cardNumber = cardNumber;
    if (position) {
      data.partyPosition = position.partyPosition;
      if (position.govPosition) data.govPosition = position.govPosition;
    }
    const workplace = text('workplace');
    if (workplace) data.workplace = workplace;
    const note = text('note');
    if (note) data.note = note;

    // Duplicates inside the file.
    const ck = cardKey(cardNumber);
    const nk = nameBirthKey(data);
    const cardRow = ck ? seenCard.get(ck) : undefined;
    const nameRow = nk ? seenNameBirth.get(nk) : undefined;
    if (cardRow !== undefined) errors.push(`Trùng số thẻ đảng viên với dòng ${cardRow}.`);
    else if (nameRow !== undefined) errors.push(`Trùng họ tên và ngày sinh với dòng ${nameRow}.`);
    if (errors.length > 0) {
      out.push({ rowNumber, data, errors, warnings, action: 'invalid' });
      continue;
    }
    if (ck) seenCard.set(ck, rowNumber);
    if (nk) seenNameBirth.set(nk, rowNumber);

    // Match with the roster already stored.
    const byC = ck ? byCard.get(ck) : undefined;
    const byN = nk ? byNameBirth.get(nk) : undefined;
    if (byC && byN && byC.id !== byN.id) {
      out.push({
        rowNumber,
        data,
        errors: [`Số thẻ trùng với đồng chí ${byC.fullName} nhưng họ tên và ngày sinh trùng với đồng chí ${byN.fullName}.`],
        warnings,
        action: 'invalid',
      });
      continue;
    }
    const match = byC ?? byN;
    if (match) {
      if (byC && !byN && foldForSearch(byC.fullName) !== foldForSearch(data.fullName)) {
        out.push({
          rowNumber,
          data,
          errors: [`Số thẻ ${cardNumber} đã thuộc đồng chí ${byC.fullName}, khác họ tên trong tệp.`],
          warnings,
          action: 'invalid',
        });
        continue;
      }
      const changes = changedFields(match, data);
      out.push({ rowNumber, data, errors, warnings, action: changes.length > 0 ? 'update' : 'unchanged', matchId: match.id });
      continue;
    }
    const sameName = byName.get(foldForSearch(data.fullName));
    if (sameName && sameName.length > 0)
      warnings.push(
        `Đã có đồng chí cùng họ tên (${sameName.map((m) => (m.birthDate ? formatDate(m.birthDate) : 'chưa rõ ngày sinh')).join(', ')}); dòng này được thêm như người khác.`,
      );
    out.push({ rowNumber, data, errors, warnings, action: 'add' });
  }
  return out;
}

export interface ImportSummary {
  add: number;
  update: number;
  unchanged: number;
  invalid: number;
}

export function summarize(rows: readonly ParsedRosterRow[]): ImportSummary {
  const s: ImportSummary = { add: 0, update: 0, unchanged: 0, invalid: 0 };
  for (const r of rows) s[r.action] += 1;
  return s;
}
