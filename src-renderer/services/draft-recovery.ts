/**
 * At start, before any screen reads the data: store the drafts an earlier run left unsaved in the
 * journal (platform/draft-journal — an edit made just before a reload, a crash or a power cut).
 * Each kind is stored through its own service, with the same checks as the screen's autosave. The
 * services are loaded only when the journal holds something: the usual start (nothing left) does not
 * load the meetings, members, monthly and pledges code before the first screen.
 */
import type { Meeting, MonthlyAssessment } from '../core/model';
import { readJournal, removeJournal, writeJournal } from '../platform/draft-journal';
import { activeDatabaseName } from './database';
import type { DraftKind } from './drafts';
import type { MemberInput, SaveOptions } from './members';
import type { saveDraft, saveTemplate } from './pledges';

/** Journal payload of a pledge draft. */
export interface PledgeDraftPayload {
  formId: string;
  changes: Parameters<typeof saveDraft>[1];
}

/** Journal payload of the cell's pledge template of a year. */
export interface PledgeTemplateDraftPayload {
  unitId: string;
  year: number;
  input: Parameters<typeof saveTemplate>[2];
}

/** Journal payload of a member's edit. */
export interface MemberDraftPayload {
  memberId: string;
  input: MemberInput;
  options: SaveOptions;
}

const STORE: Record<DraftKind, (payload: never) => Promise<unknown>> = {
  'monthly-grid': async (records: MonthlyAssessment[]) => (await import('./monthly')).saveMonthGrid(records),
  meeting: async (meeting: Meeting) => (await import('./meetings')).saveMeetingDraft(meeting),
  pledge: async (p: PledgeDraftPayload) => (await import('./pledges')).saveDraft(p.formId, p.changes),
  'pledge-template': async (p: PledgeTemplateDraftPayload) => (await import('./pledges')).saveTemplate(p.unitId, p.year, p.input),
  member: async (p: MemberDraftPayload) => (await import('./members')).updateMember(p.memberId, p.input, p.options),
};

/** A draft that keeps failing (refused by a rule, say) is dropped after this many starts. */
const MAX_ATTEMPTS = 3;

export interface RecoveryOutcome {
  stored: number;
  failed: number;
}

export async function recoverDrafts(): Promise<RecoveryOutcome> {
  const outcome: RecoveryOutcome = { stored: 0, failed: 0 };
  for (const entry of readJournal(activeDatabaseName())) {
    const store = STORE[entry.kind as DraftKind] as ((payload: unknown) => Promise<unknown>) | undefined;
    if (!store) {
      removeJournal(entry);
      continue;
    }
    try {
      await store(entry.payload);
      removeJournal(entry);
      outcome.stored++;
    } catch (e) {
      outcome.failed++;
      const attempts = (entry.attempts ?? 0) + 1;
      console.error(`Không lưu lại được thay đổi chưa lưu (${entry.kind} ${entry.id}), lần ${attempts}:`, e);
      if (attempts >= MAX_ATTEMPTS) removeJournal(entry);
      else writeJournal({ ...entry, attempts });
    }
  }
  return outcome;
}
