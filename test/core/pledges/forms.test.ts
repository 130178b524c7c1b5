import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  amendForm,
  canDo,
  confirmForm,
  contentIssues,
  deadlineLabel,
  issuesBySection,
  parseDeadline,
  formHistory,
  isLocked,
  itemsByCategory,
  newPledgeForm,
  returnToDraft,
  submitForm,
  updateDraft,
} from '../../../src-renderer/core/pledges/forms';
import { PledgeRuleError } from '../../../src-renderer/core/pledges';
import type { PledgeForm, PledgeFormState } from '../../../src-renderer/core/model';
import { draftForm, item, NOW, preset } from './fixtures';

const LATER = '2026-02-01T08:00:00.000Z';

function confirmed(): PledgeForm {
  let f = draftForm();
  f = updateDraft(f, { items: [item('TU_TUONG', 'Học tập nghị quyết', { target: '100% buổi', deadline: '2026-12-31' })] }, NOW);
  f = submitForm(f, '2026-01-15', NOW);
  return confirmForm(f, { date: '2026-01-20', by: 'Lê Thị Hoa' }, NOW);
}

describe('new form', () => {
  it('copies the framework snapshot, default title and căn cứ', () => {
    const f = newPledgeForm({ id: 'f', memberId: 'm', year: 2026, framework: preset('CAMKET-7MUC'), now: NOW });
    expect(f.state).toBe('draft');
    expect(f.titleVariant).toBe('cam_ket_tu_duong');
    expect(f.framework).toMatchObject({ code: 'CAMKET-7MUC', version: 1 });
    expect(f.framework.categories).toHaveLength(7);
    expect(f.framework.closing).toMatch(/Bản cam kết này/u);
    expect(f.basis).toContain('21-KL/TW');
  });

  it('refuses an impossible year', () => {
    expect(() => newPledgeForm({ id: 'f', memberId: 'm', year: 1990, framework: preset('QD101-2012'), now: NOW })).toThrow(/Năm đăng ký/u);
  });
});

describe('state machine', () => {
  it('allows exactly these actions per state', () => {
    const table: Record<PledgeFormState, string[]> = {
      draft: ['edit', 'submit', 'delete'],
      submitted: ['return', 'confirm'],
      confirmed: ['amend'],
      amended: ['amend'],
    };
    for (const [state, actions] of Object.entries(table)) expect([...allowedActions(state as PledgeFormState)]).toEqual(actions);
    expect(isLocked({ state: 'confirmed' })).toBe(true);
    expect(isLocked({ state: 'submitted' })).toBe(false);
  });

  it('goes draft → submitted → confirmed, with return to draft', () => {
    let f = draftForm();
    f = updateDraft(f, { items: [item('DAO_DUC', 'Không uống rượu bia trong giờ làm việc')] }, NOW);
    f = submitForm(f, '2026-01-15', LATER);
    expect(f).toMatchObject({ state: 'submitted', registeredAt: '2026-01-15', updatedAt: LATER });
    expect(() => updateDraft(f, { measures: 'x' }, NOW)).toThrow(PledgeRuleError);
    f = returnToDraft(f, NOW);
    expect(f.state).toBe('draft');
    f = submitForm(f, '2026-01-16', NOW);
    f = confirmForm(f, { date: '2026-01-20', by: ' Lê  Thị Hoa ' }, NOW);
    expect(f).toMatchObject({ state: 'confirmed', confirmedAt: '2026-01-20', confirmedBy: 'Lê Thị Hoa' });
  });

  it('refuses submitting an empty form, or a Chỉ thị 05 form without chuyên đề', () => {
    expect(() => submitForm(draftForm(), '2026-01-15', NOW)).toThrow(/chưa có việc làm nào/u);
    let ct05 = draftForm('CT05-2016');
    ct05 = updateDraft(ct05, { items: [item('LAM_THEO', 'Tiết kiệm điện')] }, NOW);
    expect(() => submitForm(ct05, '2026-01-15', NOW)).toThrow(/chuyên đề/u);
    ct05 = updateDraft(ct05, { topicOfYear: 'Học tập và làm theo về tự lực, tự cường' }, NOW);
    expect(submitForm(ct05, '2026-01-15', NOW).state).toBe('submitted');
  });

  it('refuses items of unknown categories, blank actions and bad deadlines', () => {
    const f = draftForm();
    expect(() => updateDraft(f, { items: [item('KHONG_CO', 'Việc')] }, NOW)).toThrow(/không có trong khung/u);
    expect(() => updateDraft(f, { items: [item('TU_TUONG', '   ')] }, NOW)).toThrow(/chưa có nội dung/u);
    expect(() => updateDraft(f, { items: [item('TU_TUONG', 'Việc', { deadline: '2026-02-30' })] }, NOW)).toThrow(
      /thời hạn không phải là ngày hợp lệ/u,
    );
  });

  it('confirms only a submitted form, by a named person, not before registration', () => {
    expect(() => confirmForm(draftForm(), { date: '2026-01-20', by: 'A' }, NOW)).toThrow(/chỉ xác nhận được bản đã nộp/u);
    let f = updateDraft(draftForm(), { items: [item('TU_TUONG', 'Việc')] }, NOW);
    f = submitForm(f, '2026-01-15', NOW);
    expect(() => confirmForm(f, { date: '2026-01-20', by: '  ' }, NOW)).toThrow(/người xác nhận/u);
    expect(() => confirmForm(f, { date: '2026-01-10', by: 'A' }, NOW)).toThrow(/không được trước ngày đăng ký/u);
  });

  it('normalises text to NFC on input', () => {
    const f = updateDraft(
      draftForm(),
      { measures: 'Tự giác thực hiện'.normalize('NFD'), items: [item('TU_TUONG', 'Học tập'.normalize('NFD'))] },
      NOW,
    );
    expect(f.measures).toBe('Tự giác thực hiện'.normalize('NFC'));
    expect(f.items[0]!.action).toBe('Học tập'.normalize('NFC'));
  });
});

describe('lock and amendments', () => {
  it('a confirmed form cannot be edited, submitted, returned or deleted', () => {
    const f = confirmed();
    for (const a of ['edit', 'submit', 'return', 'delete', 'confirm'] as const) expect(canDo(f, a)).toBe(false);
    expect(() => updateDraft(f, { measures: 'khác' }, NOW)).toThrow(/Điều chỉnh/u);
  });

  it('an amendment keeps the previous content with its date, reason and author', () => {
    const f = confirmed();
    const newItems = [...f.items, item('PHE_BINH', 'Tự phê bình hằng tháng')];
    const a = amendForm(
      f,
      {
        date: '2026-06-01',
        reason: 'Bổ sung việc làm sau sinh hoạt chuyên đề',
        by: 'Lê Thị Hoa',
        changes: { items: newItems, measures: 'Báo cáo hằng tháng' },
      },
      LATER,
    );
    expect(a.state).toBe('amended');
    expect(a.items).toHaveLength(2);
    expect(a.amendments).toHaveLength(1);
    expect(a.amendments[0]).toMatchObject({ at: '2026-06-01', by: 'Lê Thị Hoa', previousMeasures: '' });
    expect(a.amendments[0]!.previousItems).toEqual(f.items);
    expect(a.amendments[0]!.previousBasis).toBeUndefined();
    expect(a.confirmedAt).toBe('2026-01-20');
    // Further amendments stack up; the history keeps every step.
    const b = amendForm(
      a,
      { date: '2026-07-01', reason: 'Bỏ việc làm đã hoàn thành', by: 'Lê Thị Hoa', changes: { items: a.items.slice(1) } },
      LATER,
    );
    expect(b.amendments.map((x) => x.previousItems.length)).toEqual([1, 2]);
    expect(formHistory(b).map((h) => h.kind)).toEqual(['created', 'registered', 'confirmed', 'amended', 'amended']);
  });

  it('refuses an amendment without reason, dated before the last event, or changing nothing', () => {
    const f = confirmed();
    const changes = { items: [...f.items, item('TU_TUONG', 'Thêm')] };
    expect(() => amendForm(f, { date: '2026-06-01', reason: ' ', by: 'A', changes }, NOW)).toThrow(/lý do/u);
    expect(() => amendForm(f, { date: '2026-06-01', reason: 'Lý do đủ dài', by: '', changes }, NOW)).toThrow(/người điều chỉnh/u);
    expect(() => amendForm(f, { date: '2026-01-19', reason: 'Lý do đủ dài', by: 'A', changes }, NOW)).toThrow(/không được trước/u);
    expect(() => amendForm(f, { date: '2026-06-01', reason: 'Lý do đủ dài', by: 'A', changes: { items: f.items } }, NOW)).toThrow(
      /giống hệt/u,
    );
    expect(() => amendForm(f, { date: '2026-06-01', reason: 'Lý do đủ dài', by: 'A', changes: { items: [] } }, NOW)).toThrow(
      /chưa có việc làm/u,
    );
  });

  it('amending a draft is refused (drafts are edited directly)', () => {
    expect(() => amendForm(draftForm(), { date: '2026-06-01', reason: 'Lý do đủ dài', by: 'A', changes: {} }, NOW)).toThrow(
      /sửa trực tiếp/u,
    );
  });
});

describe('itemsByCategory', () => {
  it('groups items under every category in order', () => {
    const f = updateDraft(draftForm('QD144-2024'), { items: [item('CM3', 'c'), item('CM1', 'a'), item('CM3', 'd')] }, NOW);
    const groups = itemsByCategory(f);
    expect(groups.map((g) => g.category.code)).toEqual(['CM1', 'CM2', 'CM3', 'CM4', 'CM5']);
    expect(groups.map((g) => g.items.map((i) => i.action).join())).toEqual(['a', '', 'c,d', '', '']);
  });
});

describe('the editor: deadlines as dates or words, problems grouped per section', () => {
  it('a typed deadline is a date, a free text, or a wrong date', () => {
    expect(parseDeadline('31/12/2026')).toEqual({ deadline: '2026-12-31' });
    expect(parseDeadline(' Hằng   tháng ')).toEqual({ deadlineText: 'Hằng tháng' });
    expect(parseDeadline('Quý IV')).toEqual({ deadlineText: 'Quý IV' });
    expect(parseDeadline('32/13/2026').problem).toMatch(/Ngày không hợp lệ/u);
    expect(parseDeadline('  ')).toEqual({});
    expect(deadlineLabel({ deadline: '2026-12-31' })).toBe('31/12/2026');
    expect(deadlineLabel({ deadlineText: 'Quý IV' })).toBe('Quý IV');
    expect(deadlineLabel({})).toBe('');
  });

  it('stores a free-text deadline only when there is no date', () => {
    const f = updateDraft(
      draftForm(),
      {
        items: [
          item('TU_TUONG', 'Báo cáo', { deadlineText: '  Hằng tháng ' }),
          item('TU_TUONG', 'Tổng kết', { deadline: '2026-12-31', deadlineText: 'Quý IV' }),
        ],
      },
      NOW,
    );
    expect(f.items.map((i) => [i.deadline, i.deadlineText])).toEqual([
      [undefined, 'Hằng tháng'],
      ['2026-12-31', undefined],
    ]);
  });

  it('45 empty rows are one line per section, named, with the first empty row to focus', () => {
    const base = draftForm();
    const empties = Array.from({ length: 45 }, () => item('TU_TUONG', ''));
    const form = { ...base, items: [item('TU_TUONG', 'Học tập nghị quyết'), ...empties, item('DAO_DUC', ''), item('DAO_DUC', 'Giữ gìn')] };
    const issues = contentIssues(form);
    expect(issues).toHaveLength(46);
    expect(issues[0]).toMatchObject({
      itemId: empties[0]!.id,
      field: 'action',
      text: expect.stringContaining('Mục 1, việc làm 2 chưa có nội dung'),
    });
    const grouped = issuesBySection(form, issues);
    expect(grouped.map((g) => g.section?.index)).toEqual([1, 2]);
    expect(grouped[0]!.section!.label).toBe(base.framework.categories.find((c) => c.code === 'TU_TUONG')!.label);
    expect(grouped[0]!.lines).toEqual([
      {
        text: `45 việc làm chưa có nội dung (số ${Array.from({ length: 45 }, (_, i) => i + 2).join(', ')}). Hãy nhập việc làm hoặc xóa các dòng trống.`,
        itemId: empties[0]!.id,
        field: 'action',
      },
    ]);
    expect(grouped[1]!.lines).toEqual([
      { text: 'Việc làm 1 chưa có nội dung. Hãy nhập việc làm hoặc xóa dòng đó.', itemId: form.items[46]!.id, field: 'action' },
    ]);
  });

  it('a too long field is named by its section and row; form-wide problems come last', () => {
    const base = draftForm();
    const long = item('DAO_DUC', 'Việc', { target: 'x'.repeat(1500) });
    const form = { ...base, items: [long], measures: 'y'.repeat(30_000) };
    const grouped = issuesBySection(form, contentIssues(form));
    expect(grouped).toEqual([
      {
        section: expect.objectContaining({ index: 2 }),
        lines: [{ text: 'Việc làm 1: chỉ tiêu quá dài (1.500 ký tự; tối đa 1.000).', itemId: long.id, field: 'target' }],
      },
      { lines: [{ text: expect.stringContaining('Biện pháp thực hiện quá dài') }] },
    ]);
  });
});
