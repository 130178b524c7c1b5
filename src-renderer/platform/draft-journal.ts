/**
 * A synchronous copy of every unsaved draft (localStorage, kept by the browser process): written on
 * each change, removed once the draft is stored. A reload, a crash or a power cut that comes
 * before the save (IndexedDB writes are asynchronous and die with the page) therefore loses
 * nothing: the next start stores what is left here (services/draft-recovery) before any screen
 * reads the data.
 */

const PREFIX = 'sng.draft:';

export interface JournalEntry {
  /** The database the draft belongs to (the real one or the sample cell). */
  database: string;
  /** Which kind of draft (services/drafts `DraftKind`); says how to store the payload. */
  kind: string;
  /** What record (meeting id, month…): one entry per record, the newest change wins. */
  id: string;
  payload: unknown;
  /** Starts that tried and failed to store it. */
  attempts?: number;
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

const keyOf = (e: Pick<JournalEntry, 'database' | 'kind' | 'id'>) => `${PREFIX}${e.database}:${e.kind}:${e.id}`;

/** Keep a copy of the draft (never throws: a full storage only loses the extra safety). */
export function writeJournal(entry: JournalEntry): void {
  try {
    storage()?.setItem(keyOf(entry), JSON.stringify(entry));
  } catch {
    // quota exceeded or storage disabled: the draft is still in memory and saved as usual
  }
}

export function removeJournal(entry: Pick<JournalEntry, 'database' | 'kind' | 'id'>): void {
  try {
    storage()?.removeItem(keyOf(entry));
  } catch {
    // ignore
  }
}

/** The drafts left unsaved for a database (by an earlier run of the app). */
export function readJournal(database: string): JournalEntry[] {
  const s = storage();
  if (!s) return [];
  const out: JournalEntry[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    try {
      const entry = JSON.parse(s.getItem(key) ?? 'null') as JournalEntry | null;
      if (entry && entry.database === database && typeof entry.kind === 'string' && typeof entry.id === 'string') out.push(entry);
    } catch {
      s.removeItem(key);
      i--;
    }
  }
  return out;
}
