/**
 * The content of the minutes ("Biên bản sinh hoạt chi bộ", domain.md §4.4) as a neutral model
 * shared by the PDF (minutes-pdf.ts) and the editable Word file (minutes-docx.ts). Pure.
 */
import type { Meeting, MemberStatusKind } from '../core/model';
import {
  attendanceRows,
  countAttendance,
  documentNumberText,
  minutesSubject,
  amendmentFieldLabel,
  completeQuality,
  voteOutcome,
  voteSentence,
  type AttendanceCounts,
  type MeetingRubric,
  type QuorumSettings,
  type RosterMember,
} from '../core/meetings';
import { minutesSignatureTitles, withClosingMark, type DocumentStyleData } from '../core/documents/style';
import { meetingRules } from '../core/rules';
import { dateWords, formatDate, formatPercent, placeDateLine, timeWords } from '../core/text';

export interface MinutesUnit {
  superiorName: string;
  unitName: string;
  placeName: string;
  issuerCode: string;
}

export interface MinutesInput {
  meeting: Meeting;
  /** The unit's members (names and status for drafts; finalised minutes use their frozen attendance). */
  members: readonly RosterMember[];
  unit: MinutesUnit;
  /** Thresholds resolved for the meeting's date (core/rules). */
  quorum: QuorumSettings;
  /** The rubric the meeting was scored with (core/rules, by the code recorded on the meeting). */
  rubric: MeetingRubric;
}

export interface MinutesTable {
  headers: string[];
  /** Relative column widths. */
  widths: number[];
  rows: string[][];
}

export interface MinutesSection {
  heading: string;
  /** Lines of the section; each becomes a paragraph. Lines starting with "- " are list items. */
  paragraphs: string[];
  table?: MinutesTable;
  /** Paragraphs printed after the table. */
  after?: string[];
}

export interface MinutesModel {
  header: { superiorName: string; unitName: string; numberText: string; placeDate: string };
  title: string;
  subject: string;
  opening: string;
  parts: Array<{ heading: string; sections: MinutesSection[] }>;
  closing: string[];
  amendments: string[];
  signatures: { left: { title: string; name: string }; right: { title: string; name: string } };
  counts: AttendanceCounts;
  fileBaseName: string;
}

const lines = (text: string | undefined) =>
  (text ?? '')
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter(Boolean);

const person = (name: string) => `đồng chí ${name}`;
const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

const TASK_STATUS: Record<string, string> = { xong: 'Hoàn thành', dang_lam: 'Đang thực hiện', chua_xong: 'Chưa hoàn thành' };

export function minutesModel(input: MinutesInput): MinutesModel {
  const { meeting: m, unit } = input;
  const quorum = input.quorum;
  const rows = attendanceRows(m, input.members);
  const c = countAttendance(rows);
  const subject = minutesSubject(m);
  const kind = subject.charAt(0).toLocaleLowerCase('vi') + subject.slice(1);

  const composition: string[] = [];
  composition.push(`- Chủ trì: ${m.chairName ? person(m.chairName) : '…'}${m.chairTitle ? `, ${m.chairTitle}` : ''}.`);
  composition.push(`- Thư ký: ${m.secretaryName ? person(m.secretaryName) : '…'}.`);
  if (m.guests.trim()) composition.push(`- Đại biểu cấp trên dự: ${m.guests.trim()}.`);
  composition.push(`- Tổng số đảng viên của chi bộ: ${c.total} đồng chí (chính thức: ${c.official}; dự bị: ${c.probationary}).`);
  if (c.exempt > 0) composition.push(`- Số đảng viên được miễn công tác và sinh hoạt đảng: ${c.exempt} đồng chí.`);
  const temp = rows.filter((r) => r.status === 'tam_thoi');
  if (temp.length > 0)
    composition.push(`- Đảng viên sinh hoạt tạm thời nơi khác: ${temp.length} đồng chí (${temp.map((r) => person(r.name)).join(', ')}).`);
  const notCountedOther = rows.filter((r) => !r.counted && r.status !== 'mien' && r.status !== 'tam_thoi');
  if (notCountedOther.length > 0)
    composition.push(
      `- Đảng viên không tính vào số đảng viên triệu tập (đình chỉ sinh hoạt …): ${notCountedOther.map((r) => person(r.name)).join(', ')}.`,
    );
  composition.push(`- Số đảng viên phải triệu tập: ${c.counted} đồng chí (chính thức: ${c.countedOfficial}).`);
  composition.push(
    `- Có mặt: ${c.present}/${c.counted} đồng chí, đạt ${formatPercent(c.present, c.counted)} (đảng viên chính thức có mặt: ${c.presentOfficial}/${c.countedOfficial}).`,
  );
  const withReason = rows.filter((r) => r.status === 'vang_co_ly_do');
  composition.push(
    withReason.length === 0
      ? '- Vắng có lý do: không.'
      : `- Vắng có lý do: ${withReason.length} đồng chí: ${withReason.map((r) => `${person(r.name)} (${r.reason?.trim() || 'chưa ghi lý do'})`).join('; ')}.`,
  );
  const noReason = rows.filter((r) => r.status === 'vang_khong_ly_do');
  composition.push(
    noReason.length === 0
      ? '- Vắng không lý do: không.'
      : `- Vắng không lý do: ${noReason.length} đồng chí: ${noReason.map((r) => person(r.name)).join(', ')}.`,
  );
  if (m.partyFees.trim()) composition.push(`- Tình hình thu nộp đảng phí: ${m.partyFees.trim()}`);

  const sections: MinutesSection[] = [];
  const add = (heading: string, paragraphs: string[], extra: Partial<MinutesSection> = {}) => {
    if (paragraphs.length === 0 && !extra.table) return;
    sections.push({ heading: `${sections.length + 1}. ${heading}`, paragraphs, ...extra });
  };
  add('Thông tin thời sự, quán triệt văn bản cấp trên', lines(m.news));
  add('Tình hình tư tưởng của đảng viên', lines(m.ideology));
  if (m.lastMonthReview.length > 0) {
    add('Đánh giá kết quả thực hiện nghị quyết tháng trước', [], {
      table: {
        headers: ['TT', 'Nhiệm vụ', 'Người thực hiện', 'Kết quả'],
        widths: [6, 50, 22, 22],
        rows: m.lastMonthReview.map((t, i) => [
          String(i + 1),
          t.task,
          t.assignee ?? '',
          [t.status ? TASK_STATUS[t.status] : '', t.result ?? ''].filter(Boolean).join(': '),
        ]),
      },
    });
  }
  add('Biểu dương, nhắc nhở đảng viên', [...lines(m.praise), ...lines(m.reminders)]);
  add('Đảng viên báo cáo việc thực hiện nêu gương, cam kết tu dưỡng, rèn luyện', lines(m.exampleReports));
  if (m.nextTasks.length > 0) {
    add('Phương hướng, nhiệm vụ tháng tới', [], {
      table: {
        headers: ['TT', 'Nhiệm vụ', 'Người thực hiện', 'Thời hạn'],
        widths: [6, 54, 24, 16],
        rows: m.nextTasks.map((t, i) => [String(i + 1), t.task, t.assignee ?? '', t.deadline ? formatDate(t.deadline) : '']),
      },
    });
  }
  const speeches = m.speeches
    .filter((s) => s.speaker.trim() || s.summary.trim())
    .map((s) => `- ${capitalize(person(s.speaker.trim() || '…'))}: ${s.summary.trim()}`);
  const voteLines = m.votes.map((v) => {
    const o = voteOutcome(v, c, quorum);
    return `- ${voteSentence(v, o)} ${o.passed ? 'Kết quả: được thông qua.' : 'Kết quả: chưa được thông qua.'}`;
  });
  const t = m.topic && (m.type === 'chuyen_de' || m.type === 'ket_hop' || m.topic.title.trim()) ? m.topic : undefined;
  const topicSections = (): MinutesSection[] => {
    if (!t) return [];
    const out: MinutesSection[] = [];
    const n = (h: string, paragraphs: string[]) => {
      if (paragraphs.length > 0) out.push({ heading: `${out.length + 1}. ${h}`, paragraphs });
    };
    n('Trình bày chuyên đề', [
      `- Tên chuyên đề: ${t.title.trim() || '…'}.`,
      `- Người trình bày: ${t.presenter.trim() ? person(t.presenter.trim()) : '…'}.`,
    ]);
    n('Thảo luận chuyên đề', lines(t.discussion));
    n('Kết luận chuyên đề', lines(t.conclusion));
    return out;
  };

  const parts: MinutesModel['parts'] = [{ heading: 'I. THÀNH PHẦN', sections: [{ heading: '', paragraphs: composition }] }];
  const roman = () => ROMAN[parts.length] ?? String(parts.length + 1);
  if (m.type === 'chuyen_de') {
    // §4.7: the presentation and discussion first, then the conclusion and the vote (§4.3 items 10–12).
    const topic = topicSections();
    const all = [...topic, ...sections.map((s) => ({ ...s, heading: s.heading.replace(/^\d+\. /u, '') }))];
    const renumbered = all.map((s, i) => ({ ...s, heading: `${i + 1}. ${s.heading.replace(/^\d+\. /u, '')}` }));
    const tail: MinutesSection[] = [];
    if (speeches.length > 0) tail.push({ heading: 'Ý kiến thảo luận', paragraphs: speeches });
    if (lines(m.conclusion).length > 0) tail.push({ heading: 'Kết luận của chủ trì', paragraphs: lines(m.conclusion) });
    if (voteLines.length > 0) tail.push({ heading: 'Biểu quyết', paragraphs: voteLines });
    parts.push({
      heading: `${roman()}. NỘI DUNG`,
      sections: [...renumbered, ...tail.map((s, i) => ({ ...s, heading: `${renumbered.length + i + 1}. ${s.heading}` }))],
    });
  } else {
    add('Ý kiến thảo luận', speeches);
    add('Kết luận của chủ trì', lines(m.conclusion));
    if (!t) add('Biểu quyết', voteLines);
    parts.push({ heading: `${roman()}. NỘI DUNG`, sections });
    if (t) {
      // Held after the regular part (§4.7); the vote closes the meeting's business (§4.3 item 12).
      const topic = topicSections();
      if (voteLines.length > 0) topic.push({ heading: `${topic.length + 1}. Biểu quyết`, paragraphs: voteLines });
      parts.push({ heading: `${roman()}. SINH HOẠT CHUYÊN ĐỀ`, sections: topic });
    }
  }
  // Only a complete score is printed; until every criterion has a value the meeting is "chưa chấm".
  const quality = completeQuality(m, input.rubric);
  if (quality) {
    parts.push({
      heading: `${roman()}. TỰ CHẤM ĐIỂM CHẤT LƯỢNG BUỔI SINH HOẠT`,
      sections: [
        {
          heading: '',
          paragraphs: [`Chi bộ tự chấm ${quality.total}/${quality.max} điểm, xếp loại ${quality.levelLabel}.`],
        },
      ],
    });
  }

  const closing = [
    `Buổi sinh hoạt kết thúc vào hồi ${m.endTime ? timeWords(m.endTime) : '… giờ … phút'} cùng ngày.`,
    `Biên bản đã được thông qua trước chi bộ, các đồng chí dự sinh hoạt nhất trí với nội dung biên bản.`,
  ];
  const amendments = m.amendments.map(
    (a) =>
      `Đính chính ngày ${formatDate(a.at)} (${a.by}): mục "${amendmentFieldLabel(m, a.field, input.rubric)}" sửa từ "${a.before}" thành "${a.after}". Lý do: ${a.reason}.`,
  );

  return {
    header: {
      superiorName: unit.superiorName,
      unitName: unit.unitName,
      numberText: documentNumberText(m.documentNumber, 'BB', unit.issuerCode),
      placeDate: placeDateLine(unit.placeName, m.date),
    },
    title: 'Biên bản',
    subject,
    opening:
      `Hôm nay, vào hồi ${timeWords(m.startTime)}, ${dateWords(m.date)}, tại ${m.place.trim() || '…'}, ` +
      `${unit.unitName} tiến hành ${kind}.`,
    parts,
    closing,
    amendments,
    signatures: {
      left: { title: 'Thư ký', name: m.secretaryName ?? '' },
      right: { title: 'Chủ trì', name: m.chairName ?? '' },
    },
    counts: c,
    fileBaseName: `bien-ban-${m.period}${m.documentNumber ? `-so-${String(m.documentNumber).padStart(2, '0')}` : ''}`,
  };
}

/** A column of names ("Người thực hiện"): the profile's "ủy"/"uỷ" choice is not applied to it. */
export function isPersonColumn(header: string | undefined): boolean {
  return header !== undefined && /^(Người|Họ)/u.test(header);
}

/**
 * The closing paragraphs and amendments with the profile's closing mark on the last one, and the
 * signature titles of the profile (THƯ KÝ / CHỦ TRÌ; NGƯỜI GHI BIÊN BẢN / CHỦ TRÌ HỘI NGHỊ).
 */
export function styledEnding(model: MinutesModel, style: DocumentStyleData): Pick<MinutesModel, 'closing' | 'amendments' | 'signatures'> {
  const closing = [...model.closing];
  const amendments = [...model.amendments];
  const last = amendments.length > 0 ? amendments : closing;
  if (last.length > 0) last.push(withClosingMark(last.pop()!, style));
  const titles = minutesSignatureTitles(style);
  return {
    closing,
    amendments,
    signatures: { left: { ...model.signatures.left, title: titles.left }, right: { ...model.signatures.right, title: titles.right } },
  };
}

/** Synthetic minutes of an N-member meeting (benchmarks, visual checks). Deterministic. */
export function sampleMinutesInput(memberCount = 60): MinutesInput {
  const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
  const middle = ['Văn', 'Thị', 'Đức', 'Ngọc', 'Minh', 'Thị Ngọc'];
  const given = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hặng', 'Khánh', 'Lẫm', 'Mơ', 'Nghĩa', 'Phượng', 'Quờn', 'Sơn', 'Yến'];
  const members: RosterMember[] = [];
  for (let i = 0; i < memberCount; i++) {
    const periods: Array<{ id: string; kind: MemberStatusKind; from: string }> = [];
    if (i === memberCount - 1) periods.push({ id: `p${i}`, kind: 'mien_sinh_hoat', from: '2024-01-01' });
    members.push({
      id: `m${i}`,
      fullName: `${family[i % family.length]} ${middle[i % middle.length]} ${given[i % given.length]}`,
      statusPeriods: periods,
      admissionDate: i % 12 === 5 ? '2026-03-15' : '2005-05-19',
      fullMembershipDate: i % 12 === 5 ? undefined : '2006-05-19',
    });
  }
  const attendance: Meeting['attendance'] = members.map((mb, i) => {
    if (i === memberCount - 1) return { memberId: mb.id, status: 'mien' };
    if (i === 3) return { memberId: mb.id, status: 'vang_co_ly_do', reason: 'Đi công tác' };
    if (i === 7) return { memberId: mb.id, status: 'vang_co_ly_do', reason: 'Ốm, nằm viện' };
    if (i === 11) return { memberId: mb.id, status: 'vang_khong_ly_do' };
    return { memberId: mb.id, status: 'co_mat' };
  });
  const meeting: Meeting = {
    id: 'sample',
    unitId: 'u',
    type: 'thuong_ky',
    period: '2026-11',
    date: '2026-11-03',
    startTime: '14:00',
    endTime: '16:05',
    place: 'Hội trường tầng 3, Sở Tư pháp',
    chairMemberId: 'm0',
    chairName: members[0]?.fullName ?? 'Nguyễn Văn An',
    chairTitle: 'Bí thư chi bộ',
    secretaryMemberId: 'm1',
    secretaryName: members[1]?.fullName ?? 'Trần Thị Bình',
    guests: 'đồng chí Đỗ Quang Thắng, Ủy viên Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh',
    attendance,
    partyFees: 'Đã thu đủ đảng phí tháng 11/2026 của các đồng chí có mặt; nộp lên cấp trên đúng hạn.',
    news: 'Đồng chí bí thư thông tin tình hình thời sự trong nước và quốc tế nổi bật trong tháng; quán triệt Chỉ thị 50-CT/TW về đổi mới, nâng cao chất lượng sinh hoạt chi bộ.',
    ideology: 'Đảng viên yên tâm công tác, chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước; nội bộ đoàn kết.',
    lastMonthReview: [
      { task: 'Hoàn thành báo cáo kết quả công tác quý III', assignee: 'Văn phòng', status: 'xong', result: 'Nộp đúng hạn' },
      { task: 'Rà soát, bổ sung hồ sơ đảng viên', assignee: 'Chi ủy', status: 'dang_lam', result: 'Đạt 80%' },
    ],
    praise: 'Biểu dương đồng chí Lê Đức Cường hoàn thành xuất sắc nhiệm vụ được giao trong tháng.',
    reminders: 'Nhắc nhở đồng chí Phạm Ngọc Dũng chậm nộp bản tự đánh giá.',
    exampleReports:
      'Có 57/58 đảng viên tự đánh giá việc thực hiện nội dung đăng ký nêu gương tháng 11/2026.\nKết quả: Tốt: 50 đồng chí; Khá: 7 đồng chí.',
    nextTasks: [
      { task: 'Tổ chức kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm 2026', assignee: 'Chi ủy', deadline: '2026-12-15' },
      { task: 'Hoàn thành bản tự kiểm điểm cá nhân', assignee: 'Toàn thể đảng viên', deadline: '2026-12-05' },
    ],
    speeches: [
      { speaker: 'Hoàng Minh Giang', summary: 'Đề nghị chi bộ sớm phổ biến hướng dẫn kiểm điểm cuối năm.' },
      { speaker: 'Vũ Thị Ngọc Hặng', summary: 'Thống nhất với dự thảo nghị quyết; đề nghị bổ sung nhiệm vụ chuyển đổi số.' },
    ],
    conclusion:
      'Chủ trì kết luận: chi bộ thống nhất đánh giá kết quả tháng 11 và phương hướng nhiệm vụ tháng 12/2026 như dự thảo, có bổ sung ý kiến thảo luận.',
    // 54 chính thức counted (5 dự bị do not vote), 51 of them present.
    votes: [{ subject: 'thông qua nghị quyết tháng 11/2026', partyBuilding: false, inFavour: 50, against: 0, other: 1 }],
    quality: {
      rubricCode: 'HD42-2025',
      scores: {
        time_duration: 5,
        attendance_rate: 1,
        attendance_no_streak: 1,
        prep_content: 3,
        prep_draft: 2,
        prep_committee: 2,
        prep_notice: 1,
        prep_upload: 2,
        org_order: 8,
        org_speakers: 4,
        org_ideology: 5,
        org_praise: 2,
        org_pledges: 3,
        org_tasks: 4,
        org_atmosphere: 2,
        org_minutes: 1,
        org_chair: 9,
        principles: 5,
        results_rate: 25,
        closing_conclusion: 2,
        closing_minutes: 2,
        closing_upload: 1,
      },
      total: 90,
      level: 'tot',
    },
    documentNumber: 1,
    state: 'finalised',
    finalisedAt: '2026-11-03',
    amendments: [],
    updatedAt: '2026-11-03T09:00:00.000Z',
  };
  const rules = meetingRules(meeting, [], {
    meetingRubricCode: 'HD42-2025',
    monthlyScaleCode: 'TOT-KHA-TB-KEM',
    documentStyleCode: 'HD36-2018',
  });
  return {
    meeting,
    members,
    quorum: rules.quorum.data,
    rubric: rules.rubric,
    unit: {
      superiorName: 'Đảng bộ các cơ quan Đảng tỉnh',
      unitName: 'Chi bộ Sở Tư pháp',
      placeName: 'Ninh Thuận',
      issuerCode: 'CB',
    },
  };
}
