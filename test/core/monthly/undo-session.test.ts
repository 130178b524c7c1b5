import { describe, expect, it } from 'vitest';
import { UndoStack } from '../../../src-renderer/core/monthly';

describe('UndoStack typing sessions (the dues grid)', () => {
  it('changes under the same key make one step; another key, a close or an undo start a new one', () => {
    const s = new UndoStack<{ id: string; v: string }>();
    s.push([{ id: 'a', v: '' }], 'a:amount'); // typed "8"
    s.push([{ id: 'a', v: '8' }], 'a:amount'); // typed "0" — same cell, same step
    expect(s.size).toBe(1);
    s.push([{ id: 'a', v: '80' }], 'a:note');
    expect(s.size).toBe(2);
    s.closeSession();
    s.push([{ id: 'a', v: '80' }], 'a:note');
    expect(s.size).toBe(3);
    s.push([
      { id: 'b', v: '' },
      { id: 'c', v: '' },
    ]); // "đã thu đủ": a step of its own, never joined
    s.push([{ id: 'b', v: '' }]);
    expect(s.size).toBe(5);
    expect(s.pop()!.before).toEqual([{ id: 'b', v: '' }]);
    expect(s.pop()!.before).toEqual([
      { id: 'b', v: '' },
      { id: 'c', v: '' },
    ]);
    s.pop();
    s.pop();
    // The first step holds the value before the whole typing session.
    expect(s.pop()!.before).toEqual([{ id: 'a', v: '' }]);
    expect(s.pop()).toBeUndefined();
  });
  it('keeps copies: a later change of the record does not change the step', () => {
    const s = new UndoStack<{ v: string }>();
    const r = { v: 'x' };
    s.push([r]);
    r.v = 'y';
    expect(s.pop()!.before).toEqual([{ v: 'x' }]);
  });
});
