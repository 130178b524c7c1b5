/**
 * Undo history of grid edits: each step is the set of records as they were before an edit
 * burst, so undo restores them (and saves them as one burst).
 */
import type { MonthlyAssessment } from '../model';

export interface UndoStep {
  /** Records before the edit (undefined: the record did not exist; undo leaves it empty). */
  before: MonthlyAssessment[];
}

export class UndoStack {
  private steps: UndoStep[] = [];
  constructor(private readonly limit = 100) {}

  push(before: readonly MonthlyAssessment[]): void {
    if (before.length === 0) return;
    this.steps.push({ before: before.map((r) => structuredClone(r)) });
    if (this.steps.length > this.limit) this.steps.shift();
  }

  pop(): UndoStep | undefined {
    return this.steps.pop();
  }

  get size(): number {
    return this.steps.length;
  }

  clear(): void {
    this.steps = [];
  }
}
