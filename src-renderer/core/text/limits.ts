/**
 * Length limits of what the secretary types (issue 16 point 9: a 5,000-character unit name
 * filled page 1 of every document). One table for the forms (zod), the core checks and the
 * repositories, so a value a form accepts is never refused later, and the reverse.
 *
 * Sized on real values with room to spare: the longest unit names seen ("Chi bộ Trung tâm Kiểm
 * soát bệnh tật và Giám định y khoa tỉnh …") are under 120 characters; a Party header holds
 * about three lines of 35 capitals.
 */
export const TEXT_LIMITS = {
  /** Name of a Party organisation (the unit, its superior), printed in the header. */
  unitName: 150,
  /** "Ban Thường vụ Đảng ủy …": the recipient of reports. */
  committeeName: 200,
  /** Địa danh of the date line. */
  placeName: 60,
  /** Ký hiệu cơ quan ban hành ("CB", "ĐU"). */
  issuerCode: 10,
  /** A person's full name. */
  personName: 80,
  /** A position, an office title, a workplace. */
  position: 150,
  /** One line: a place, a task, a vote subject, a topic title, a guest list. */
  line: 1_000,
  /** One free-text field of a document (news, conclusions, a speech, a report section). */
  paragraphs: 20_000,
} as const;

export type TextLimit = keyof typeof TEXT_LIMITS;

/** "Tên chi bộ quá dài (5.000 ký tự; tối đa 150)." */
export function tooLongMessage(label: string, length: number, max: number): string {
  return `${label} quá dài (${length.toLocaleString('vi')} ký tự; tối đa ${max.toLocaleString('vi')}).`;
}

/** Messages for the fields longer than their limit (length of the NFC text, as stored). */
export function lengthProblems(fields: ReadonlyArray<readonly [label: string, value: string | undefined, limit: TextLimit]>): string[] {
  const out: string[] = [];
  for (const [label, value, limit] of fields) {
    const length = (value ?? '').normalize('NFC').trim().length;
    if (length > TEXT_LIMITS[limit]) out.push(tooLongMessage(label, length, TEXT_LIMITS[limit]));
  }
  return out;
}
