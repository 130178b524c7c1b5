import { describe, expect, it } from 'vitest';
import {
  applyTemplate,
  confirmBatch,
  confirmationBatch,
  formFromTemplate,
  submitForm,
  templateFromForm,
  updateDraft,
  validateContent,
  type PledgeTemplate,
} from '../../../src-renderer/core/pledges';
import { NOW, draftForm, nextId, preset } from './fixtures';

const qd101 = preset('QD101-2012');
const ct05 = preset('CT05-2016');

const template = (over: Partial<PledgeTemplate> = {}): PledgeTemplate => ({
  id: 'tpl',
  unitId: 'u1',
  year: 2026,
  frameworkId: qd101.id,
  basis: '',
  measures: 'Tự giác thực hiện, báo cáo trong sinh hoạt chi bộ hằng tháng.',
  items: [
    {
      categoryCode: 'TU_TUONG',
      action: 'Học tập, quán triệt đầy đủ nghị quyết của Đảng',
      target: '100% nghị quyết',
      deadline: '2026-12-31',
    },
    { categoryCode: 'DAO_DUC', action: '  Tham gia đầy đủ sinh hoạt chi bộ  ' },
  ],
  updatedAt: NOW,
  ...over,
});

describe('the cell pledge template', () => {
  it('a usable template gives each member a draft with its own item ids, ready to adjust and submit', () => {
    const a = formFromTemplate(template(), qd101, { id: 'f1', memberId: 'm1', now: NOW, newId: nextId });
    const b = formFromTemplate(template(), qd101, { id: 'f2', memberId: 'm2', now: NOW, newId: nextId });
    expect(a).toMatchObject({
      memberId: 'm1',
      year: 2026,
      state: 'draft',
      framework: { ruleSetId: qd101.id },
      measures: template().measures,
    });
    expect(a.basis).toBe(qd101.data.basis ?? '');
    expect(a.items.map((i) => i.action)).toEqual(['Học tập, quán triệt đầy đủ nghị quyết của Đảng', 'Tham gia đầy đủ sinh hoạt chi bộ']);
    expect(a.items[0]).toMatchObject({ target: '100% nghị quyết', deadline: '2026-12-31' });
    expect(new Set([...a.items, ...b.items].map((i) => i.id)).size).toBe(4);
    expect(validateContent(a, true)).toEqual([]);
    // The member adjusts their own draft; the template and the other drafts are unchanged.
    const adjusted = updateDraft(
      a,
      { items: [...a.items, { id: nextId(), categoryCode: 'TRACH_NHIEM', action: 'Việc riêng của đồng chí' }] },
      NOW,
    );
    expect(adjusted.items).toHaveLength(3);
    expect(b.items).toHaveLength(2);
    expect(template().items).toHaveLength(2);
  });

  it('refuses a template with no item, an empty item, a category outside the framework or a deadline outside the year', () => {
    expect(() => formFromTemplate(template({ items: [] }), qd101, { id: 'f', memberId: 'm', now: NOW, newId: nextId })).toThrow(
      'chưa có việc làm nào',
    );
    const bad = template({
      items: [
        { categoryCode: 'TU_TUONG', action: ' ' },
        { categoryCode: 'ZZ', action: 'x' },
        { categoryCode: 'DAO_DUC', action: 'y', deadline: '2027-01-15' },
      ],
    });
    expect(() => formFromTemplate(bad, qd101, { id: 'f', memberId: 'm', now: NOW, newId: nextId })).toThrow(
      /Mục 1, việc làm thứ 1 chưa có nội dung/u,
    );
    expect(() => formFromTemplate(bad, qd101, { id: 'f', memberId: 'm', now: NOW, newId: nextId })).toThrow(/không nằm trong năm 2026/u);
    expect(() => formFromTemplate(template(), ct05, { id: 'f', memberId: 'm', now: NOW, newId: nextId })).toThrow('khung khác');
    const ct = template({ frameworkId: ct05.id, items: [{ categoryCode: 'HOC_TAP', action: 'Học chuyên đề năm' }] });
    expect(() => formFromTemplate(ct, ct05, { id: 'f', memberId: 'm', now: NOW, newId: nextId })).toThrow('chuyên đề');
    expect(
      formFromTemplate({ ...ct, topicOfYear: 'Chuyên đề năm 2026' }, ct05, { id: 'f', memberId: 'm', now: NOW, newId: nextId }).topicOfYear,
    ).toBe('Chuyên đề năm 2026');
  });

  it('"Dùng bản này cho các đảng viên chưa đăng ký": a draft only for members without a form of the year', () => {
    const existing = [
      { memberId: 'm2', year: 2026 }, // a draft of their own: left alone
      { memberId: 'm3', year: 2025 }, // last year's form: still gets one for 2026
    ];
    const r = applyTemplate(template(), qd101, ['m1', 'm2', 'm3', 'm1'], existing, { now: NOW, newId: nextId });
    expect(r.created.map((f) => f.memberId)).toEqual(['m1', 'm3']);
    expect(r.alreadyHaveForm).toEqual(['m2']);
    expect(new Set(r.created.map((f) => f.id)).size).toBe(2);
  });

  it('free-text deadlines ("Hằng tháng", "Quý IV") go from the template into each draft; a too long text is refused', () => {
    const t = template({
      items: [
        { categoryCode: 'TU_TUONG', action: 'Báo cáo kết quả', deadlineText: ' Hằng  tháng ' },
        { categoryCode: 'DAO_DUC', action: 'Tổng kết', deadlineText: 'Quý IV' },
      ],
    });
    const f = formFromTemplate(t, qd101, { id: 'f', memberId: 'm', now: NOW, newId: nextId });
    expect(f.items.map((i) => [i.deadline, i.deadlineText])).toEqual([
      [undefined, 'Hằng tháng'],
      [undefined, 'Quý IV'],
    ]);
    const long = template({ items: [{ categoryCode: 'TU_TUONG', action: 'x', deadlineText: 'y'.repeat(2000) }] });
    expect(() => formFromTemplate(long, qd101, { id: 'f', memberId: 'm', now: NOW, newId: nextId })).toThrow(/thời hạn quá dài/u);
  });

  it('a template can be taken from a written form (content without ids)', () => {
    const form = updateDraft(
      draftForm(),
      { measures: 'Biện pháp', items: [{ id: 'x1', categoryCode: 'TU_TUONG', action: 'Việc A' }] },
      NOW,
    );
    const t = templateFromForm(form, { id: 't', unitId: 'u1', now: NOW });
    expect(t).toMatchObject({
      year: 2026,
      frameworkId: form.framework.ruleSetId,
      measures: 'Biện pháp',
      items: [{ categoryCode: 'TU_TUONG', action: 'Việc A' }],
    });
    expect(t.items[0]).not.toHaveProperty('id');
  });

  it('confirms every submitted form in one step, after listing them; all or nothing', () => {
    const mk = (memberId: string, registeredAt?: string) => {
      const f = formFromTemplate(template(), qd101, { id: nextId(), memberId, now: NOW, newId: nextId });
      return registeredAt ? submitForm(f, registeredAt, NOW) : f;
    };
    const forms = [mk('m1', '2026-01-15'), mk('m2', '2026-01-16'), mk('m3')];
    const name = (id: string) => `Đảng viên ${id}`;
    const batch = confirmationBatch(forms, 2026, '2026-01-20', name);
    expect(batch.ready.map((f) => f.memberId)).toEqual(['m1', 'm2']);
    expect(batch.problems).toEqual([]);
    const confirmed = confirmBatch(
      forms,
      2026,
      { date: '2026-01-20', confirmerOf: () => ({ by: 'Nguyễn Văn An', role: 'bi_thu' }) },
      NOW,
      name,
    );
    expect(confirmed.map((f) => [f.memberId, f.state, f.confirmedAt])).toEqual([
      ['m1', 'confirmed', '2026-01-20'],
      ['m2', 'confirmed', '2026-01-20'],
    ]);
    expect(confirmed.map((f) => [f.confirmedBy, f.confirmedByRole])).toEqual([
      ['Nguyễn Văn An', 'bi_thu'],
      ['Nguyễn Văn An', 'bi_thu'],
    ]);
    expect(() =>
      confirmBatch(forms, 2026, { date: '2026-01-15', confirmerOf: () => ({ by: 'Nguyễn Văn An', role: 'bi_thu' }) }, NOW, name),
    ).toThrow('Bản của đồng chí Đảng viên m2 nộp ngày 16/01/2026, sau ngày xác nhận 15/01/2026.');
    expect(confirmationBatch([forms[2]!], 2026, '2026-01-20', name).problems).toEqual([
      'Chưa có bản đăng ký nào đã nộp trong năm 2026 để xác nhận.',
    ]);
  });
});
