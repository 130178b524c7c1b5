/** The exported roster table (STT, Họ và tên, Ngày sinh, Giới tính, Ngày vào Đảng, Ngày chính thức, Chức vụ, Ghi chú). */
import type { IsoDate, Member } from '../model';
import { formatDate } from '../text';
import { GENDER_LABELS } from './labels';
import { positionText } from './roster-import';

export const ROSTER_EXPORT_HEADERS = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Ngày vào Đảng',
  'Ngày chính thức',
  'Chức vụ',
  'Ghi chú',
] as const;

/** One exported row; dates stay ISO so the writer can store real date cells. */
export interface RosterExportRow {
  stt: number;
  fullName: string;
  birthDate?: IsoDate;
  gender: string;
  admissionDate?: IsoDate;
  fullMembershipDate?: IsoDate;
  position: string;
  note: string;
}

export type ExportableMember = Pick<
  Member,
  'fullName' | 'birthDate' | 'gender' | 'admissionDate' | 'fullMembershipDate' | 'partyPosition' | 'govPosition' | 'note'
>;

/** Rows in the given order (pass the list as sorted on screen). */
export function rosterExportRows(members: readonly ExportableMember[]): RosterExportRow[] {
  return members.map((m, i) => ({
    stt: i + 1,
    fullName: m.fullName,
    birthDate: m.birthDate,
    gender: m.gender ? GENDER_LABELS[m.gender] : '',
    admissionDate: m.admissionDate,
    fullMembershipDate: m.fullMembershipDate,
    position: positionText(m),
    note: m.note ?? '',
  }));
}

/** The same rows as text (CSV, previews): dates dd/mm/yyyy. */
export function rosterExportTable(members: readonly ExportableMember[]): string[][] {
  return [
    [...ROSTER_EXPORT_HEADERS],
    ...rosterExportRows(members).map((r) => [
      String(r.stt),
      r.fullName,
      formatDate(r.birthDate),
      r.gender,
      formatDate(r.admissionDate),
      formatDate(r.fullMembershipDate),
      r.position,
      r.note,
    ]),
  ];
}

/** "danh-sach-dang-vien-2026-11-28.xlsx" */
export function rosterFileName(date: IsoDate, ext = 'xlsx'): string {
  return `danh-sach-dang-vien-${date}.${ext}`;
}
