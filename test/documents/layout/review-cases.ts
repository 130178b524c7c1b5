/** Seeded rows of the review list for the layout tests and the looked-at samples. */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { SCHEME_QD366, type ReviewListRow } from '../../../src-renderer/core/review';
import { DEFAULT_DOCUMENT_STYLE } from '../../../src-renderer/core/documents/style';
import { buildReviewListPdf } from '../../../src-renderer/documents/review-list';
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

/**
 * Rows as a cell's round gives them: office titles, the months assessed, scores, the three
 * levels, a decision for most, a note for a few (not reviewed, moved in).
 */
export function realisticReviewRows(r: Rng, n: number): ReviewListRow[] {
  const positions = [
    'Bí thư, Giám đốc Sở',
    'Phó Bí thư, Phó Giám đốc Sở',
    'Chi ủy viên, Chánh Văn phòng',
    'Trưởng phòng Kế hoạch - Tài chính',
    'Phó Trưởng phòng',
    'Chuyên viên chính',
    'Chuyên viên',
    'Kế toán',
  ];
  return Array.from({ length: n }, (_, i) => {
    const excluded = r.next() < 0.05;
    const level = excluded ? '' : r.pick(LEVELS.slice(0, 3));
    const common = r.int(20, 30);
    const tasks = r.int(50, 70);
    return {
      index: i + 1,
      memberId: `m${i}`,
      name: personName(r),
      position: i < 3 ? positions[i]! : r.pick(positions.slice(3)),
      form: excluded ? '' : 'Mẫu 2B',
      monthsText: `${r.int(10, 12)}/12`,
      praised: r.int(0, 2),
      reminded: r.int(0, 1),
      scoreCommon: excluded ? '' : String(common),
      scoreTasks: excluded ? '' : String(tasks),
      total: excluded ? '' : String(common + tasks),
      selfLevel: level,
      proposedLevel: level,
      finalLevel: excluded || r.next() < 0.2 ? '' : level,
      levelShort: '',
      ...(excluded ? { decision: '' } : decided(r)),
      note: excluded ? 'Không xếp loại: Miễn công tác và sinh hoạt đảng' : r.next() < 0.1 ? 'Chuyển đến tháng 6/2026' : '',
    };
  });
}

function decided(r: Rng): Pick<ReviewListRow, 'decision' | 'decisionBody' | 'decisionRef'> {
  const ref = `số ${r.int(100, 999)}-QĐ/ĐU, ${date(r)}`;
  return { decision: `Đảng ủy các cơ quan Đảng tỉnh, ${ref}`, decisionBody: 'Đảng ủy các cơ quan Đảng tỉnh', decisionRef: ref };
}

/** The review list of a cell of Sở Nông nghiệp và Môi trường for 2026 with the given rows. */
export function reviewListOf(rows: ReviewListRow[], signerName?: string): TDocumentDefinitions {
  return buildReviewListPdf({
    style: DEFAULT_DOCUMENT_STYLE,
    year: 2026,
    superiorName: 'Đảng bộ các cơ quan Đảng tỉnh',
    unitName: 'Chi bộ Sở Nông nghiệp và Môi trường',
    placeName: 'Ninh Thuận',
    date: '2026-12-28',
    rows,
    schemeName: SCHEME_QD366.name,
    ...(signerName === undefined ? {} : { signerName }),
  });
}
