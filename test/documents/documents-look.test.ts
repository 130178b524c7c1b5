// @vitest-environment jsdom
/**
 * Every document once, with the long superior names of 2025 ("Đảng bộ các cơ quan Đảng tỉnh",
 * "Đảng bộ Ủy ban nhân dân tỉnh") and the style profile resolved by the document's date
 * (documentStyleOn: HD 05 in late 2026). Read back with pdfjs (the .docx through LibreOffice):
 * the long name stands whole on one line of the header's left column and the place-date line
 * shares the baseline of that column's last line ("Số …" or "*"). The pages are written as PNG
 * under test-results/documents-look/ (pdftoppm) for a look by eye.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDashboard } from '../../src-renderer/core/aggregation';
import { buildDuesSheet, duesTableRows, DUES_GROUP, QD01_2026_DUES, type DuesSheetMember } from '../../src-renderer/core/dues';
import { buildUnitReportPayload } from '../../src-renderer/core/exchange';
import { yearFiguresInputOf } from '../../src-renderer/core/figures';
import { computeStatistics, rollUpCell, SCHEME_QD366 } from '../../src-renderer/core/review';
import { documentStyleOn } from '../../src-renderer/core/rules';
import { applyUySpelling, DOCUMENT_STYLE_BY_DATE } from '../../src-renderer/core/documents/style';
import { buildConsolidatedReport } from '../../src-renderer/documents/consolidated-report';
import { buildDuesSheetPdf } from '../../src-renderer/documents/dues';
import { buildFormsDocx } from '../../src-renderer/documents/form-docx';
import { formDocument } from '../../src-renderer/documents/form-pdf';
import { minutesBookDefinition } from '../../src-renderer/documents/minutes-book';
import { sampleMinutesInput, type MinutesInput } from '../../src-renderer/documents/minutes-content';
import { buildMinutesDocx } from '../../src-renderer/documents/minutes-docx';
import { minutesDefinition } from '../../src-renderer/documents/minutes-pdf';
import { pledgeFormDocument } from '../../src-renderer/documents/pledge-form';
import { samplePledgeInputs } from '../../src-renderer/documents/pledge-form-sample';
import { renderPdf } from '../../src-renderer/documents/render-pdf';
import { buildReviewListPdf } from '../../src-renderer/documents/review-list';
import { selfReviewModel } from '../../src-renderer/documents/self-review-content';
import { unitReviewModel } from '../../src-renderer/documents/unit-review-content';
import { buildYearReport } from '../../src-renderer/documents/year-report';
import { syntheticUnit } from '../fixtures/synthetic-units';
import { cellRecords } from '../core/figures/fixtures';
import { member } from '../core/members/helpers';
import { readPdfLayout, type PdfLayoutPage } from '../helpers/pdf-text';
import { seeded } from '../helpers/layout-rules';
import { generatedReviewRows } from './layout/review-cases';
import { sampleSelfReview, sampleUnitReview } from './forms-fixtures';
import { generatedMinutes } from './layout/minutes-cases';

const OUT = 'test-results/documents-look';
const CQD = 'Đảng bộ các cơ quan Đảng tỉnh';
const UBND = 'Đảng bộ Ủy ban nhân dân tỉnh';
const styleOn = (date: string) => documentStyleOn(date, [], { documentStyleCode: DOCUMENT_STYLE_BY_DATE }).data;

const has = (cmd: string) => {
  try {
    return execSync(`command -v ${cmd}`, { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
};
const libreoffice = has('libreoffice') ?? has('soffice');
const pdftoppm = has('pdftoppm');

/** LibreOffice prints the non-breaking characters of the .docx; read them as the plain ones. */
const plain = (t: string) =>
  t
    .replace(/\u2011/gu, '-')
    .replace(/\u00a0/gu, ' ')
    .replace(/\u2060/gu, '')
    .replace(/\s+/gu, ' ');

interface Look {
  name: string;
  /** The long name that must stand whole on one line (upper case as printed). */
  whole: string;
  /** The left column's last line, on the place-date line's baseline; absent: not checked (the book's cover). */
  lastLeft?: string;
  placeDate?: string;
}

/** Problems of page 1's header (empty when right). */
function headerProblems(pages: PdfLayoutPage[], look: Look): string[] {
  const lines = pages[0]!.lines.slice(0, 14).map((l) => applyUySpelling(plain(l.text), 'ủy'));
  const out: string[] = [];
  const whole = applyUySpelling(look.whole.toLocaleUpperCase('vi'), 'ủy');
  // The long name's line may share its baseline with "ĐẢNG CỘNG SẢN VIỆT NAM".
  if (!lines.some((l) => l === whole || l === `${whole} ĐẢNG CỘNG SẢN VIỆT NAM` || l === `ĐẢNG CỘNG SẢN VIỆT NAM ${whole}`))
    out.push(`${look.name}: "${whole}" không nằm trọn một dòng: ${JSON.stringify(lines.slice(0, 6))}`);
  if (look.placeDate && look.lastLeft) {
    const pair = lines.find((l) => l.includes(look.placeDate!));
    if (!pair) out.push(`${look.name}: không thấy "${look.placeDate}" trọn một dòng: ${JSON.stringify(lines.slice(0, 8))}`);
    else if (!pair.startsWith(`${look.lastLeft} `)) out.push(`${look.name}: dòng ngày tháng không ngang "${look.lastLeft}": "${pair}"`);
  }
  return out;
}

function png(name: string, pdf: string): void {
  if (!pdftoppm) return;
  execFileSync(pdftoppm, ['-png', '-r', '60', '-f', '1', '-l', '4', pdf, join(OUT, name)]);
}

function duesInput(date: string) {
  const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Đức Hà', 'Phạm Thị Ánh Tuyết', 'Đặng Xuân Khánh', 'Vũ Thị Ngọc Ẩn'];
  const members: DuesSheetMember[] = names.map((fullName, i) => ({
    ...member({ id: `m${i + 1}`, fullName, admissionDate: '2010-05-19' }),
    duesBasis: [{ from: '2026-01', groupCode: DUES_GROUP.bhxhSalary, base: 8_000_000 + i * 250_000 }],
  }));
  const sheet = buildDuesSheet({
    period: '2026-11',
    members,
    rules: QD01_2026_DUES,
    today: date,
    payments: members.slice(0, 5).map((m, i) => ({
      id: `p${i}`,
      memberId: m.id,
      period: '2026-11',
      coversFrom: '2026-11',
      coversThrough: '2026-11',
      amount: Math.round((8_000_000 + i * 250_000) / 100_000) * 1000,
      paidOn: '2026-11-05',
      channel: i % 2 ? ('tien_mat' as const) : ('cong_dvc' as const),
    })),
  });
  return {
    period: '2026-11',
    superiorName: UBND,
    superiorCommittee: 'Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh',
    unitName: 'Chi bộ Sở Nông nghiệp và Môi trường',
    placeName: 'Ninh Thuận',
    issuerCode: 'CB',
    date,
    rows: duesTableRows(sheet, (id) => members.find((m) => m.id === id)?.duesBasis),
    totals: sheet.totals,
    ruleSetName: 'Chế độ đảng phí (Quy định 01-QĐ/TW, 03/02/2026)',
    signerName: 'Đặng Thị Ngọc Ặng',
    preparedBy: 'Hồ Thị Ngọc Thảo',
    style: styleOn(date),
  };
}

function minutesWith(superiorName: string, base: MinutesInput = sampleMinutesInput(24)): MinutesInput {
  return { ...base, unit: { ...base.unit, superiorName, unitName: 'Chi bộ Sở Nông nghiệp và Môi trường' } };
}

describe('every document once, looked at', () => {
  it('prints the long superior names whole with the date line level, and writes the pages as PNG', async () => {
    mkdirSync(OUT, { recursive: true });
    const problems: string[] = [];
    const pdfs: Array<{ look: Look; bytes: Uint8Array }> = [];
    const add = async (look: Look, bytes: Uint8Array | Promise<Uint8Array>) => pdfs.push({ look, bytes: await bytes });

    const minutes = minutesWith(CQD);
    const mStyle = styleOn(minutes.meeting.date);
    await add(
      { name: 'bien-ban', whole: CQD, lastLeft: 'Số 01-BB/CB', placeDate: 'Ninh Thuận, ngày 03 tháng 11 năm 2026' },
      renderPdf(minutesDefinition(minutes, mStyle)),
    );
    const pledge = samplePledgeInputs(1)[0]!;
    const pStyle = styleOn('2026-01-10');
    await add(
      { name: 'ban-cam-ket', whole: UBND },
      renderPdf(pledgeFormDocument({ ...pledge, unit: { ...pledge.unit, superiorName: UBND } }, pStyle)),
    );
    const r = seeded(5);
    await add(
      { name: 'danh-sach-xep-loai', whole: CQD, lastLeft: '*', placeDate: 'Ninh Thuận, ngày 28 tháng 12 năm 2026' },
      renderPdf(
        buildReviewListPdf({
          year: 2026,
          superiorName: CQD,
          unitName: 'Chi bộ Sở Nông nghiệp và Môi trường',
          placeName: 'Ninh Thuận',
          date: '2026-12-28',
          rows: generatedReviewRows(r, 14),
          schemeName: SCHEME_QD366.name,
          signerName: 'Đặng Thị Ngọc Ặng',
          style: styleOn('2026-12-28'),
        }),
      ),
    );
    const records = cellRecords([
      [3, { final: 'xuat_sac', leader: true }],
      [18, { final: 'tot' }],
      [2, { final: 'hoan_thanh' }],
    ]);
    const stats = computeStatistics(SCHEME_QD366, yearFiguresInputOf(2026, records));
    await add(
      { name: 'bao-cao-nam', whole: UBND, lastLeft: 'Số 07-BC/CB', placeDate: 'Ninh Thuận, ngày 28 tháng 12 năm 2026' },
      renderPdf(
        buildYearReport({
          year: 2026,
          superiorName: UBND,
          unitName: 'Chi bộ Sở Nông nghiệp và Môi trường',
          placeName: 'Ninh Thuận',
          issuerCode: 'CB',
          superiorCommittee: 'Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh',
          reportNumber: 7,
          reportDate: '2026-12-28',
          scheme: SCHEME_QD366,
          stats,
          cell: rollUpCell(2026, []),
          unitLevel: { level: 'tot', score: 86.5 },
          texts: {
            results:
              'Chi bộ lãnh đạo hoàn thành 100% chỉ tiêu theo Nghị quyết số 05-NQ/CB ngày 15/01/2026; đồng chí Đặng Thị Ngọc Ặng được biểu dương.',
            limits: 'Việc tự đánh giá hằng tháng ở một số đồng chí còn chậm.',
            proposals: 'Đề nghị Ban Thường vụ tổ chức tập huấn Quy định số 366-QĐ/TW.',
          },
          signerName: 'Đặng Thị Ngọc Ặng',
          style: styleOn('2026-12-28'),
        }),
      ),
    );
    const pool = [0, 1, 2].map(
      (i) =>
        buildUnitReportPayload(
          syntheticUnit({ code: `P${i}`, name: `P${i}`, members: 8 + i * 7, year: 2026, months: 11, seed: i + 1 }),
          { year: 2026, month: 11 },
          { aggregateOnly: true },
        ).statistics,
    );
    const units = ['Chi bộ Sở Tư pháp', 'Chi bộ Sở Nông nghiệp và Môi trường', 'Đảng bộ Sở Y tế', 'Chi bộ Văn phòng Ủy ban nhân dân tỉnh'];
    await add(
      { name: 'bao-cao-tong-hop', whole: UBND, lastLeft: 'Số 12-BC/ĐU', placeDate: 'Ninh Thuận, ngày 30 tháng 11 năm 2026' },
      renderPdf(
        buildConsolidatedReport({
          dashboard: buildDashboard(
            '2026-11',
            units.map((unitName, i) => ({
              unitCode: `DV${i + 1}`,
              unitName,
              unitType: 'chi_bo_co_so' as const,
              ...(i < 3 ? { statistics: pool[i]! } : {}),
            })),
          ),
          periodLabel: 'tháng 11/2026',
          superiorName: 'Tỉnh ủy Ninh Thuận',
          unitName: UBND,
          placeName: 'Ninh Thuận',
          issuerCode: 'ĐU',
          superiorCommittee: 'Ban Thường vụ Tỉnh ủy',
          reportNumber: 12,
          reportDate: '2026-11-30',
          signerName: 'Hoàng Văn Đạt',
          texts: { results: 'Các chi bộ đăng ký đầy đủ, đúng hạn.', limits: 'Một đơn vị chưa báo cáo.', proposals: '' },
          style: styleOn('2026-11-30'),
        }),
      ),
    );
    const fStyle = styleOn('2026-12-15');
    for (const variant of ['2A', '2B', '2C'] as const) {
      const input = sampleSelfReview(variant, { variant, unit: { ...sampleSelfReview().unit, superiorName: CQD } });
      await add({ name: `mau-${variant}`, whole: CQD }, renderPdf(formDocument(selfReviewModel(input), fStyle)));
    }
    const u = sampleUnitReview();
    await add(
      { name: 'mau-01', whole: UBND, lastLeft: 'Số 07-BC/CB', placeDate: 'Ninh Thuận, ngày 20 tháng 12 năm 2026' },
      renderPdf(formDocument(unitReviewModel({ ...u, unit: { ...u.unit, superiorName: UBND } }), styleOn('2026-12-20'))),
    );
    const book = [1, 2, 3].map((m) => {
      const base = minutesWith(CQD, generatedMinutes(300 + m));
      const mm = `0${m}`;
      return {
        ...base,
        meeting: {
          ...base.meeting,
          id: `b${m}`,
          date: `2026-${mm}-05`,
          period: `2026-${mm}`,
          documentNumber: m,
          state: 'finalised' as const,
        },
      };
    });
    await add(
      { name: 'so-bien-ban', whole: CQD },
      renderPdf(
        minutesBookDefinition(
          {
            year: 2026,
            unit: { superiorName: CQD, unitName: 'Chi bộ Sở Nông nghiệp và Môi trường', placeName: 'Ninh Thuận' },
            minutes: book,
          },
          styleOn('2026-12-31'),
        ),
      ),
    );
    await add(
      { name: 'bang-thu-dang-phi', whole: UBND, lastLeft: '*', placeDate: 'Ninh Thuận, ngày 30 tháng 11 năm 2026' },
      renderPdf(buildDuesSheetPdf(duesInput('2026-11-30'))),
    );

    for (const { look, bytes } of pdfs) {
      const file = join(OUT, `${look.name}.pdf`);
      writeFileSync(file, bytes);
      problems.push(...headerProblems(await readPdfLayout(bytes), look));
      png(look.name, file);
    }

    // The .docx as LibreOffice lays it out (the minutes and Mẫu 2A).
    if (libreoffice) {
      writeFileSync(join(OUT, 'bien-ban-docx.docx'), await buildMinutesDocx(minutesWith(UBND), mStyle));
      const a = sampleSelfReview('2A', { variant: '2A', unit: { ...sampleSelfReview().unit, superiorName: UBND } });
      writeFileSync(join(OUT, 'mau-2A-docx.docx'), await buildFormsDocx([selfReviewModel(a)], 'Mẫu 2A', fStyle));
      execFileSync(
        libreoffice,
        ['--headless', '--convert-to', 'pdf', '--outdir', OUT, join(OUT, 'bien-ban-docx.docx'), join(OUT, 'mau-2A-docx.docx')],
        { stdio: 'ignore', env: { ...process.env, HOME: join(process.cwd(), OUT) }, timeout: 300_000 },
      );
      for (const look of [
        { name: 'bien-ban-docx', whole: UBND, lastLeft: 'Số 01-BB/CB', placeDate: 'Ninh Thuận, ngày 03 tháng 11 năm 2026' },
        { name: 'mau-2A-docx', whole: UBND },
      ]) {
        const file = join(OUT, `${look.name}.pdf`);
        problems.push(...headerProblems(await readPdfLayout(readFileSync(file)), look));
        png(look.name, file);
      }
    } else if (process.env.REQUIRE_LIBREOFFICE) throw new Error('LibreOffice không có trên máy CI.');

    expect(problems).toEqual([]);
  }, 600_000);
});
