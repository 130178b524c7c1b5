/**
 * Undo history of grid edits: each step is the set of records as they were before an edit
 * burst, so undo restores them (and saves them as one burst). Used by the monthly grid
 * (self-assessment records) and the dues sheet (typed rows). A typing session — consecutive
 * changes under the same key, e.g. the characters typed into one cell — makes one step.
 */
import type { MonthlyAssessment } from '../model';

export interface UndoStep<T = MonthlyAssessment> {
  /** Records before the edit (undefined: the record did not exist; undo leaves it empty). */
  before: T[];
}

export class UndoStack<T = MonthlyAssessment> {
  private steps: UndoStep<T>[] = [];
  private openKey: string | undefined;
  constructor(private readonly limit = 100) {}

  /**
   * Remember the records as they were before an edit. With a `key` equal to the previous push's
   * (and no close or undo since), the edit joins that step: undo goes back to before the session.
   */
  push(before: readonly T[], key?: string): void {
    if (before.length === 0) return;
    if (key !== undefined && key === this.openKey) return;
    this.openKey = key;
    this.steps.push({ before: before.map((r) => structuredClone(r)) });
    if (this.steps.length > this.limit) this.steps.shift();
  }

  /** End the typing session (the focus moved): the next edit is a step of its own. */
  closeSession(): void {
    this.openKey = undefined;
  }

  pop(): UndoStep<T> | undefined {
    this.openKey = undefined;
    return this.steps.pop();
  }

  get size(): number {
    return this.steps.length;
  }

  clear(): void {
    this.openKey = undefined;
    this.steps = [];
  }
}
