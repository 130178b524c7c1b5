/** Seeded rows of the review list for the layout tests and the looked-at samples. */
import type { ReviewListRow } from '../../../src-renderer/core/review';
import { date, DOCUMENT_NUMBERS, personName, words, type Rng } from '../../helpers/layout-rules';

const LEVELS = ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Không hoàn thành nhiệm vụ'];

export function generatedReviewRows(r: Rng, n: number): ReviewListRow[] {
  return Array.from({ length: n }, (_, i) => {
    const level = r.pick(LEVELS);
    const decided = r.next() < 0.5;
    return {
      index: i + 1,
      memberId: `m${i}`,
      name: personName(r),
      position: r.pick(['Bí thư chi bộ', 'Phó Bí thư', 'Chi ủy viên', 'Đảng viên', 'Phó Giám đốc Sở', 'Chuyên viên chính']),
      form: '2B',
      monthsText: `${r.int(6, 12)}/12`,
      praised: r.int(0, 3),
      reminded: r.int(0, 2),
      scoreCommon: String(r.int(15, 30)),
      scoreTasks: String(r.int(35, 70)),
      total: String(r.int(50, 100)),
      selfLevel: level,
      proposedLevel: level,
      finalLevel: decided ? level : '',
      levelShort: '',
      decision: decided ? `Quyết định số ${r.pick(DOCUMENT_NUMBERS)} ngày ${date(r)}` : '',
      note: `Mục-${i + 1}: ${words(r, 2, 24)} (hết-${i + 1})`,
    };
  });
}
