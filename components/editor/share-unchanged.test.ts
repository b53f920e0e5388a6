import { describe, expect, it } from 'vitest';
import { shareUnchanged } from './share-unchanged';

describe('shareUnchanged', () => {
  const prev = { tables: { rows: [[1, 2], [3, 4]], total: [7] }, parts: { a: 'x', b: 'y' }, year: 2024 };

  it('keeps the previous copy when nothing changed, without taking the caller’s objects', () => {
    const next = structuredClone(prev);
    expect(shareUnchanged(prev, next)).toBe(prev);
    const fresh = shareUnchanged(undefined, next);
    expect(fresh).toEqual(next);
    expect(fresh).not.toBe(next);
    expect(fresh.tables.rows[0]).not.toBe(next.tables.rows[0]);
  });

  it('copies only the branch that changed: the changed row, its table, the root', () => {
    const next = structuredClone(prev);
    next.tables.rows[1][0] = 5;
    const out = shareUnchanged(prev, next);
    expect(out).toEqual(next);
    expect(out).not.toBe(prev);
    expect(out.tables).not.toBe(prev.tables);
    expect(out.tables.rows[1]).not.toBe(prev.tables.rows[1]);
    expect(out.tables.rows[0]).toBe(prev.tables.rows[0]);
    expect(out.tables.total).toBe(prev.tables.total);
    expect(out.parts).toBe(prev.parts);
    next.tables.rows[1][1] = 9; // the caller goes on mutating its own values
    expect(out.tables.rows[1]).toEqual([5, 4]);
  });

  it('sees added and removed keys and a null that was a number', () => {
    expect(shareUnchanged({ a: 1 } as Record<string, number | null>, { a: 1, b: 2 })).toEqual({ a: 1, b: 2 });
    expect(shareUnchanged({ a: 1, b: 2 } as Record<string, number>, { a: 1 })).toEqual({ a: 1 });
    expect(shareUnchanged([1, null], [1, 0])).toEqual([1, 0]);
  });
});
