import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanMultiline, cleanText } from '../../../src-renderer/core/text';
import { cleanMeeting, newMeeting } from '../../../src-renderer/core/meetings';
import { newPledgeForm, updateDraft, PLEDGE_FRAMEWORK_PRESETS } from '../../../src-renderer/core/pledges';

describe('multi-line text fields keep their lines (issue 15 point 7)', () => {
  it('trims each line and collapses spaces within a line, keeps the line breaks', () => {
    const typed = '  1. Học   tập  Nghị quyết \r\n2.\tGương mẫu   ở khu dân cư  \n\n\n   3. Tự học tin học\n\n';
    expect(cleanMultiline(typed)).toBe('1. Học tập Nghị quyết\n2. Gương mẫu ở khu dân cư\n\n3. Tự học tin học');
    expect(cleanText(typed)).toBe('1. Học tập Nghị quyết 2. Gương mẫu ở khu dân cư 3. Tự học tin học'); // single-line fields still collapse
    expect(cleanMultiline('Nguyễn'.normalize('NFD'))).toBe('Nguyễn'.normalize('NFC'));
    expect(cleanMultiline('   \n  \n')).toBe('');
  });

  it('property: idempotent, never a line with leading/trailing or double spaces, same words in the same order', () => {
    const ch = fc.constantFrom('a', 'ă', 'Đ', ' ', ' ', '\t', '\n', '\r\n', 'ệ', '.');
    fc.assert(
      fc.property(
        fc.array(ch, { maxLength: 60 }).map((a) => a.join('')),
        (s) => {
          const c = cleanMultiline(s);
          expect(cleanMultiline(c)).toBe(c);
          for (const line of c.split('\n')) {
            expect(line).toBe(line.trim());
            expect(line.includes('  ')).toBe(false);
            expect(line.includes('\t')).toBe(false);
          }
          expect(c.split(/\s+/u).filter(Boolean)).toEqual(s.normalize('NFC').split(/\s+/u).filter(Boolean));
        },
      ),
    );
  });

  it('minutes: content, tasks, opinions and chuyên đề keep their lines', () => {
    const m = newMeeting({ id: 'm', unitId: 'u', date: '2026-11-03', now: '2026-11-03T00:00:00.000Z' });
    const two = '  Dòng  một \n  Dòng   hai ';
    const c = cleanMeeting({
      ...m,
      news: two,
      ideology: two,
      praise: two,
      reminders: two,
      exampleReports: two,
      conclusion: two,
      partyFees: two,
      guests: two,
      lastMonthReview: [{ task: two, result: two }],
      nextTasks: [{ task: two }],
      speeches: [{ speaker: ' Lê  An ', summary: two }],
      topic: { title: ' Chuyên  đề ', presenter: 'A', discussion: two, conclusion: two },
    });
    const want = 'Dòng một\nDòng hai';
    for (const v of [c.news, c.ideology, c.praise, c.reminders, c.exampleReports, c.conclusion, c.partyFees, c.guests])
      expect(v).toBe(want);
    expect(c.lastMonthReview[0]).toMatchObject({ task: want, result: want });
    expect(c.nextTasks[0]!.task).toBe(want);
    expect(c.speeches[0]).toEqual({ speaker: 'Lê An', summary: want });
    expect(c.topic).toMatchObject({ title: 'Chuyên đề', discussion: want, conclusion: want });
  });

  it('pledge items, căn cứ and biện pháp keep their lines', () => {
    const framework = PLEDGE_FRAMEWORK_PRESETS.find((p) => p.code === 'QD101-2012')!;
    const form = newPledgeForm({ id: 'f', memberId: 'm', year: 2026, framework, now: '2026-01-05T00:00:00.000Z' });
    const code = form.framework.categories[0]!.code;
    const next = updateDraft(
      form,
      {
        basis: ' Căn cứ  Quy định 101 \n  Căn cứ  kế hoạch ',
        measures: 'a\n\n\n  b  ',
        items: [{ id: 'i', categoryCode: code, action: ' Học  tập\n  Làm   theo ', target: 'a\n b', evidence: ' x \n\n\n y ' }],
      },
      '2026-01-06T00:00:00.000Z',
    );
    expect(next.basis).toBe('Căn cứ Quy định 101\nCăn cứ kế hoạch');
    expect(next.measures).toBe('a\n\nb');
    expect(next.items[0]).toEqual({ id: 'i', categoryCode: code, action: 'Học tập\nLàm theo', target: 'a\nb', evidence: 'x\n\ny' });
  });
});
