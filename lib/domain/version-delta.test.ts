import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appKey, CELLS, setCell } from './cells';
import type { TCell, TReport } from './model';
import { NARRATIVE_KEYS } from './narrative';
import { cleanReport } from './test-support';
import { deriveTotals } from './totals';
import { applyDelta, deltaBetween, ZVersionDelta } from './version-delta';

const base = cleanReport();
const typed = (r: TReport, key: string, value: TCell): TReport => ({ ...r, tables: deriveTotals(setCell(r.tables, key, value)) });
const { tables: _tables, parts: _parts, ...fields } = base;

describe('a version stored as its delta', () => {
  it('holds the typed cell and the totals it moved, the small fields, and no part', () => {
    // 自然人 收到申请数 +1: its row total (总计 column) moves with it, the other cells stay.
    const after = typed(base, appKey(0, 0), Number(base.tables.applications[0][0]) + 1);
    const delta = deltaBetween(base, after);
    expect(delta).toEqual({
      fields, parts: {},
      cells: { [appKey(0, 0)]: after.tables.applications[0][0], [appKey(0, 6)]: after.tables.applications[0][6] },
    });
    expect(applyDelta(base, delta)).toEqual(after);
  });

  it('holds a rewritten part alone; a field gone is gone', () => {
    const titled = { ...base, title: '旧标题' };
    const after = { ...base, parts: { ...base.parts!, problems: '新的问题。' } };
    const delta = deltaBetween(titled, after);
    expect(delta).toEqual({ fields, parts: { problems: '新的问题。' } });
    expect(applyDelta(titled, delta)).toEqual(after);
  });

  const cellValue = fc.oneof(fc.constant(null), fc.nat({ max: 999 }), fc.constantFrom('12.50', '0.5'));
  const edit = fc.record({
    cells: fc.array(fc.tuple(fc.constantFrom(...CELLS.filter((c) => !c.computed).map((c) => c.key)), cellValue), { maxLength: 12 }),
    parts: fc.array(fc.tuple(fc.constantFrom(...NARRATIVE_KEYS), fc.string({ maxLength: 20 })), { maxLength: 3 }),
    date: fc.option(fc.constantFrom('2026-01-20', '2026-01-31'), { nil: undefined }),
    pending: fc.option(fc.dictionary(fc.constantFrom(appKey(1, 0), appKey(2, 3)), fc.constantFrom('约20', '=1+1')), { nil: undefined }),
    dropParts: fc.boolean(),
  });
  type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;
  const applied = (r: TReport, e: Edit): TReport => {
    let tables = r.tables;
    for (const [key, value] of e.cells) tables = setCell(tables, key, value);
    const { parts: _p, pendingInput: _i, signature: _s, ...rest } = r;
    return {
      ...rest, tables: deriveTotals(tables),
      ...(e.dropParts ? {} : { parts: { ...base.parts!, ...r.parts, ...Object.fromEntries(e.parts) } }),
      ...(e.pending ? { pendingInput: e.pending } : {}),
      ...(e.date ? { signature: { organ: r.organ, date: e.date } } : {}),
    };
  };

  it('gives back every version of a chain of edits, through JSON as stored', () => {
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
      let stored: TReport = base;
      let derived: TReport = base;
      for (const e of edits) {
        const next = applied(stored, e);
        derived = applyDelta(derived, ZVersionDelta.parse(JSON.parse(JSON.stringify(deltaBetween(stored, next)))));
        expect(derived).toEqual(next);
        stored = next;
      }
    }), { numRuns: 100 });
  });
});
