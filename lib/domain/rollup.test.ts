import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appKey, CELLS, getCell } from './cells';
import { addDecimals } from './decimal';
import { findBrokenRules } from './engine';
import { createEmptyReport, type TReport } from './model';
import { countOf } from './normalize';
import { rollUp } from './rollup';
import { balancedApplications, tablesFrom, type EnteredApplications } from './test-support';
import { APP_ENTRY_COLS, LIT_CELLS, LIT_COLS, LIT_TOTAL_COL, RESULT_ROWS } from './template';

const count = fc.nat({ max: 40 });
const counts = (n: number) => fc.array(count, { minLength: n, maxLength: n });
const amount = fc.tuple(fc.nat({ max: 9_999 }), fc.nat({ max: 999_999 })).map(([w, f]) => `${w}.${String(f).padStart(6, '0')}`);

const unitTables = fc
  .record({
    results: fc.array(counts(6), { minLength: RESULT_ROWS.length, maxLength: RESULT_ROWS.length }),
    carriedOut: counts(6), pick: counts(6), lit: counts(LIT_CELLS), t1: counts(9), fee: amount,
  })
  .map(({ results, carriedOut, pick, lit, t1, fee }) => {
    const entered: EnteredApplications = {
      results, carriedOut,
      carriedIn: APP_ENTRY_COLS.map((c) => pick[c] % (results.reduce((s, row) => s + row[c], 0) + carriedOut[c] + 1)),
    };
    return tablesFrom(
      balancedApplications(entered),
      { regulations: [t1[0], t1[1], t1[2]], normativeDocuments: [t1[3], t1[4], t1[5]], licensing: t1[6], punishment: t1[7], enforcement: t1[8], feesWan: fee },
      lit.map((x, i) => (i % LIT_COLS === LIT_TOTAL_COL ? null : x)),
    );
  });

const asReport = (tables: TReport['tables']): TReport => ({ ...createEmptyReport('某区', 2025), parts: undefined, signature: undefined, tables });

describe('rollUp', () => {
  it('rolls balanced units up to tables that break no table rule, each cell the sum of its drill-down (property)', () => {
    fc.assert(fc.property(fc.array(unitTables, { minLength: 1, maxLength: 6 }), (all) => {
      for (const t of all) expect(findBrokenRules({ report: asReport(t) })).toEqual([]);
      const { tables, drillDown, unknown, provisional } = rollUp(all.map((t, i) => ({ organ: `单位${i}`, tables: t, isFinal: true })));
      expect(findBrokenRules({ report: asReport(tables) })).toEqual([]);
      expect([unknown.size, provisional.size]).toEqual([0, 0]);
      for (const cell of CELLS) {
        const parts = drillDown.get(cell.key)!.map((c) => c.value);
        const value = getCell(tables, cell.key);
        if (cell.type === 'amount') expect(value).toBe(addDecimals(parts as string[]));
        else expect(value).toBe(parts.reduce<number>((s, v) => s + (countOf(v) ?? NaN), 0));
      }
    }), { numRuns: 100 });
  });

  it('adds amounts exactly; a cell some unit left empty is unknown, never the sum of the others', () => {
    const a = createEmptyReport('甲镇', 2025).tables;
    const b = createEmptyReport('乙镇', 2025).tables;
    a.active.feesWan = '0.1';
    b.active.feesWan = '0.2';
    a.applications[0][0] = 3;
    const { tables, unknown, drillDown } = rollUp([{ organ: '甲镇', tables: a, isFinal: true }, { organ: '乙镇', tables: b, isFinal: true }]);
    expect(tables.active.feesWan).toBe('0.3');
    // 3 + (empty) is not 3: the cell and the totals over it stay empty, naming the unit.
    expect(tables.applications[0][0]).toBeNull();
    expect(tables.applications[0][6]).toBeNull();
    expect(unknown.get(appKey(0, 0))).toEqual(['乙镇']);
    expect(unknown.has(appKey(0, 6))).toBe(true);
    expect(drillDown.get(appKey(0, 0))).toEqual([{ organ: '甲镇', value: 3 }, { organ: '乙镇', value: null }]);
  });

  it.each([
    // 乙镇 is a draft: which cells depend on it?
    { draft: 2, provisional: ['乙镇'], sum: 3, why: 'a number from the draft' },
    { draft: 0, provisional: undefined, sum: 1, why: 'the draft adds 0: the sum is the final units\' own' },
    { draft: null, provisional: ['乙镇'], sum: null, why: 'the draft left it empty: unknown and provisional' },
  ])('marks a summed cell provisional when a non-final unit feeds it: $why', ({ draft, provisional: expected, sum }) => {
    const a = createEmptyReport('甲镇', 2025).tables;
    const b = createEmptyReport('乙镇', 2025).tables;
    a.applications[0][0] = 1;
    b.applications[0][0] = draft;
    const { tables, provisional } = rollUp([{ organ: '甲镇', tables: a, isFinal: true }, { organ: '乙镇', tables: b, isFinal: false }]);
    expect(tables.applications[0][0]).toBe(sum);
    expect(provisional.get(appKey(0, 0))).toEqual(expected);
  });
});
