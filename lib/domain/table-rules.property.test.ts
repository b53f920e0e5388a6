// Property tests of the table rules (spec §6): balanced tables break nothing; one entered cell off by k breaks
// exactly the relations that cell takes part in, each by |k|. The expected rules are derived from the structure
// (SUM_RELATIONS and the APP-BALANCE rows), not listed per cell.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appKeyOf, CELLS, getCell, setCell, type CellKey } from './cells';
import { addDecimals } from './decimal';
import type { Finding } from './findings';
import type { TActiveTable, TCell, TTables } from './model';
import { APP_ENTRY_COLS, LIT_CELLS, LIT_COLS, LIT_TOTAL_COL, RESULT_ROWS, template } from './template';
import { balancedApplications, check, tablesFrom, tablesOnlyReport, type EnteredApplications } from './test-support';
import { SUM_RELATIONS } from './totals';

const count = fc.nat({ max: 60 });
const counts = (n: number) => fc.array(count, { minLength: n, maxLength: n });
/** An amount in 万元 with 0–6 decimals, as a decimal string. */
const amount = fc.tuple(fc.nat({ max: 99_999 }), fc.nat({ max: 999_999 }), fc.integer({ min: 0, max: 6 }))
  .map(([whole, frac, places]) => (places === 0 ? String(whole) : `${whole}.${String(frac).padStart(6, '0').slice(0, places)}`));

/** 二 is picked in [0, 三（七）+四] so that 一 = 三（七）+四−二 stays non-negative. */
const enteredApplications: fc.Arbitrary<EnteredApplications> = fc
  .record({ results: fc.array(counts(6), { minLength: RESULT_ROWS.length, maxLength: RESULT_ROWS.length }), carriedOut: counts(6), pick: counts(6) })
  .map(({ results, carriedOut, pick }) => ({
    results,
    carriedOut,
    carriedIn: APP_ENTRY_COLS.map((c) => pick[c] % (results.reduce((s, row) => s + row[c], 0) + carriedOut[c] + 1)),
  }));

const activeTable: fc.Arbitrary<TActiveTable> = fc
  .record({ reg: counts(3), norm: counts(3), licensing: count, punishment: count, enforcement: count, feesWan: amount })
  .map(({ reg, norm, licensing, punishment, enforcement, feesWan }) => ({
    regulations: [reg[0], reg[1], reg[2]], normativeDocuments: [norm[0], norm[1], norm[2]], licensing, punishment, enforcement, feesWan,
  }));

/** Table 3 with its 总计 left empty for deriveTotals. */
const litigation: fc.Arbitrary<TCell[]> = counts(LIT_CELLS).map((xs) => xs.map((x, i) => (i % LIT_COLS === LIT_TOTAL_COL ? null : x)));

const balancedTables: fc.Arbitrary<TTables> = fc
  .tuple(enteredApplications, activeTable, litigation)
  .map(([e, active, lit]) => tablesFrom(balancedApplications(e), active, lit));

const BALANCE_ROWS = template.applications.rows
  .map((r, i) => (['received', 'carriedIn', 'resultTotal', 'carriedOut'].includes(r.role) ? i : -1))
  .filter((i) => i >= 0);
const ENTERED_T2_T3 = CELLS.filter((c) => !c.computed && c.table !== 'active').map((c) => c.key);
const TABLE_1 = CELLS.filter((c) => c.table === 'active');

type Expected = { rule: string; matches: (f: Finding) => boolean };

/** The relations an entered cell takes part in: every sum it is a part of, and APP-BALANCE of its column. */
function relationsOf(key: CellKey): Expected[] {
  const expected: Expected[] = SUM_RELATIONS.filter((rel) => rel.parts.includes(key)).map((rel) => ({
    rule: rel.rule,
    matches: (f) => f.rule === rel.rule && f.cellKeys[0] === rel.total,
  }));
  const at = appKeyOf(key);
  if (at && BALANCE_ROWS.includes(at.row)) {
    expected.push({ rule: 'APP-BALANCE', matches: (f) => f.rule === 'APP-BALANCE' && f.cellKeys.includes(key) });
  }
  return expected;
}

describe('table rules on balanced tables (property)', () => {
  it('(a) find nothing in any balanced tables', () => {
    fc.assert(fc.property(balancedTables, (tables) => {
      expect(check(tablesOnlyReport(tables))).toEqual([]);
    }), { numRuns: 200 });
  });

  it('(b) one entered cell of Table 2 or 3 changed by k ≠ 0 breaks exactly its relations, each by |k|', () => {
    const edit = fc.record({
      tables: balancedTables,
      key: fc.constantFrom(...ENTERED_T2_T3),
      delta: fc.integer({ min: 1, max: 50 }),
      down: fc.boolean(),
    });
    fc.assert(fc.property(edit, ({ tables, key, delta, down }) => {
      const before = getCell(tables, key) as number;
      const k = down && before > 0 ? -Math.min(delta, before) : delta;
      const findings = check(tablesOnlyReport(setCell(tables, key, before + k)));
      const expected = relationsOf(key);
      expect(findings.map((f) => f.rule).sort()).toEqual(expected.map((e) => e.rule).sort());
      for (const e of expected) expect(findings.filter(e.matches)).toHaveLength(1);
      for (const f of findings) expect(Math.abs(Number(f.difference))).toBe(Math.abs(k));
    }), { numRuns: 500 });
  });

  it('(b) the derived structure: a result cell breaks its row and column sums; 一/二/四 their row sum and balance; Table 3 its group', () => {
    // Spot-check relationsOf itself so the property above cannot pass vacuously.
    const rules = (key: CellKey) => relationsOf(key).map((e) => e.rule).sort();
    expect(rules('applications.2.0')).toEqual(['APP-RESULT-TOTAL', 'APP-ROW-TOTAL']);
    expect(rules('applications.0.3')).toEqual(['APP-BALANCE', 'APP-ROW-TOTAL']);
    expect(rules('applications.24.5')).toEqual(['APP-BALANCE', 'APP-ROW-TOTAL']);
    expect(rules('litigation.7')).toEqual(['LITIGATION-TOTAL']);
    expect(ENTERED_T2_T3).toHaveLength(24 * 6 + 12);
  });

  it('(b) a Table 1 cell changed to another valid value breaks nothing (no cross-year rule without last year)', () => {
    const edit = fc.record({ tables: balancedTables, cell: fc.constantFrom(...TABLE_1), n: fc.integer({ min: 1, max: 10_000 }), a: amount });
    fc.assert(fc.property(edit, ({ tables, cell, n, a }) => {
      const before = getCell(tables, cell.key);
      const after = cell.type === 'amount' ? addDecimals([String(before), a, '0.000001']) : (before as number) + n;
      expect(check(tablesOnlyReport(setCell(tables, cell.key, after)))).toEqual([]);
    }), { numRuns: 200 });
  });
});
