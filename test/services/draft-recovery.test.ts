// @vitest-environment jsdom
/**
 * The draft journal: what an earlier run left unsaved (an edit made just before a reload or a
 * crash) is stored at the next start through the service of its kind; a draft that keeps being
 * refused is dropped after three starts; another database's drafts are left alone.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb, initDb, activeDatabaseName } from '../../src-renderer/db/instance';
import { createForm } from '../../src-renderer/db/pledges';
import { readJournal, writeJournal } from '../../src-renderer/platform/draft-journal';
import { recoverDrafts } from '../../src-renderer/services/draft-recovery';
import { member } from '../core/pledges/fixtures';

let formId = '';
beforeAll(async () => {
  await initDb(`draft-recovery-${Math.random()}`);
  await getDb().members.add(member('a'));
  formId = (await createForm(getDb(), { memberId: 'a', year: 2026, frameworkId: 'preset-pledge_framework-QD101-2012-v1' })).id;
});

describe('draft recovery at start', () => {
  it('stores a journaled pledge draft and forgets the entry', async () => {
    const database = activeDatabaseName();
    writeJournal({ database, kind: 'pledge', id: formId, payload: { formId, changes: { measures: 'Báo cáo hằng tháng' } } });
    writeJournal({ database: 'another-db', kind: 'pledge', id: formId, payload: { formId, changes: { measures: 'khác' } } });
    expect(await recoverDrafts()).toEqual({ stored: 1, failed: 0 });
    expect((await getDb().pledgeForms.get(formId))?.measures).toBe('Báo cáo hằng tháng');
    expect(readJournal(database)).toEqual([]);
    expect(readJournal('another-db')).toHaveLength(1);
  });

  it('a draft refused at every start is dropped after three attempts', async () => {
    const database = activeDatabaseName();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    writeJournal({ database, kind: 'pledge', id: 'gone', payload: { formId: 'gone', changes: { measures: 'x' } } });
    expect(await recoverDrafts()).toEqual({ stored: 0, failed: 1 });
    expect(readJournal(database)[0]?.attempts).toBe(1);
    await recoverDrafts();
    await recoverDrafts();
    expect(readJournal(database)).toEqual([]);
    error.mockRestore();
  });
});
