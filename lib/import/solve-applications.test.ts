// The solver against brute force: on small systems (a few rows with extra candidates), every assignment is
// tried, and the candidates kept must be exactly those of some assignment that keeps every sum judged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_COLS, RESULT_ROWS, ROW_CARRIED_IN, ROW_CARRIED_OUT, ROW_RECEIVED, ROW_RESULT_TOTAL } from '../domain/template';
import { applicationsSystem, type Relax, type RowTuple } from './solve-applications';

const FRAME = [ROW_RECEIVED, ROW_CARRIED_IN, ROW_RESULT_TOTAL, ROW_CARRIED_OUT];
const sum = (xs: number[]) => xs.reduce((s, v) => s + v, 0);
const withTotal = (row: number[]) => [...row, sum(row)];

/** A valid Table 2 of small counts. */
const table = fc.tuple(
  fc.array(fc.array(fc.nat({ max: 6 }), { minLength: 6, maxLength: 6 }), { minLength: RESULT_ROWS.length, maxLength: RESULT_ROWS.length }),
  fc.array(fc.nat({ max: 6 }), { minLength: 6, maxLength: 6 }),
  fc.array(fc.nat({ max: 6 }), { minLength: 6, maxLength: 6 }),
).map(([results, carriedOut, carried]) => {
  const rows: number[][] = Array(25);
  RESULT_ROWS.forEach((r, i) => (rows[r] = withTotal(results[i])));
  const total = Array.from({ length: 6 }, (_, c) => sum(results.map((row) => row[c])));
  const carriedIn = carried.map((v, c) => Math.min(v, total[c] + carriedOut[c]));
  rows[ROW_RESULT_TOTAL] = withTotal(total);
  rows[ROW_CARRIED_OUT] = withTotal(carriedOut);
  rows[ROW_CARRIED_IN] = withTotal(carriedIn);
  rows[ROW_RECEIVED] = withTotal(total.map((t, c) => t + carriedOut[c] - carriedIn[c]));
  return rows;
});

type Variant = { row: number; column: number; other: number; delta: number; retotal: boolean; unknown: number };

/**
 * Other readings of a row: a count moved from one cell to another (the row total still holds, so only the
 * column sums together can tell), or one cell changed, the total kept or not; now and then a cell unknown.
 */
const variant: fc.Arbitrary<Variant> = fc.record({
  // Often the same few rows and columns, where candidates can agree column by column yet not all at once.
  row: fc.oneof(fc.nat({ max: 24 }), fc.constantFrom(...RESULT_ROWS.slice(0, 3))),
  column: fc.oneof(fc.nat({ max: APP_COLS - 1 }), fc.nat({ max: 2 })),
  other: fc.oneof(fc.nat({ max: APP_COLS - 1 }), fc.nat({ max: 2 })),
  delta: fc.integer({ min: -3, max: 3 }),
  retotal: fc.boolean(),
  unknown: fc.nat({ max: 20 }),
});

function candidates(rows: number[][], variants: Variant[]): RowTuple[][] {
  const lists: RowTuple[][] = rows.map((r) => [r]);
  for (const v of variants) {
    const t: RowTuple = [...rows[v.row]];
    const moved = v.other !== v.column && v.other < APP_COLS - 1 && (t[v.other] as number) >= v.delta;
    t[v.column] = Math.max(0, (t[v.column] as number) + v.delta);
    if (moved) t[v.other] = (t[v.other] as number) - v.delta;
    if (v.retotal) t[APP_COLS - 1] = sum(t.slice(0, APP_COLS - 1) as number[]);
    if (v.unknown === 0) t[(v.column + 1) % APP_COLS] = null;
    lists[v.row].push(t);
  }
  return lists;
}

/** Every assignment tried: the candidates that take part in one keeping every sum the solver judges. */
function bruteForce(rows: RowTuple[][], previousOut: RowTuple | undefined, relax: Relax | undefined) {
  const rowTotal = (t: RowTuple) => t.some((v) => v === null) || sum(t.slice(0, APP_COLS - 1) as number[]) === t[APP_COLS - 1];
  const carried = (t: RowTuple) => !previousOut || t.every((v, c) => v === null || previousOut[c] === null || v === previousOut[c]);
  const lists = rows.map((cands, r) => cands.filter((t) => (r === relax?.row || rowTotal(t)) && (r !== ROW_CARRIED_IN || carried(t))));
  if (lists.some((l) => !l.length)) return null;
  if (lists.every((l) => l.length === 1)) return lists;
  const known = (rs: number[]) => Array.from({ length: APP_COLS }, (_, c) => c).filter((c) => c !== relax?.column && rs.every((r) => lists[r].every((t) => t[c] !== null)));
  const resultCols = known([...RESULT_ROWS, ROW_RESULT_TOTAL]);
  const balanceCols = known(FRAME);
  const kept = lists.map(() => new Set<RowTuple>());
  const pick: RowTuple[] = Array(25);
  const walk = (r: number): void => {
    if (r === 25) {
      const v = (row: number, c: number) => pick[row][c] as number;
      if (!resultCols.every((c) => sum(RESULT_ROWS.map((row) => v(row, c))) === v(ROW_RESULT_TOTAL, c))) return;
      if (!balanceCols.every((c) => v(ROW_RECEIVED, c) + v(ROW_CARRIED_IN, c) === v(ROW_RESULT_TOTAL, c) + v(ROW_CARRIED_OUT, c))) return;
      pick.forEach((t, i) => kept[i].add(t));
      return;
    }
    for (const t of lists[r]) {
      pick[r] = t;
      walk(r + 1);
    }
  };
  walk(0);
  if (!kept[0].size) return null;
  return lists.map((l, i) => l.filter((t) => kept[i].has(t)));
}

describe('applicationsSystem', () => {
  it('keeps exactly the candidates of some assignment that keeps the sums (brute force on small systems)', () => {
    fc.assert(
      fc.property(
        table,
        fc.array(variant, { maxLength: 8 }),
        fc.option(fc.record({ row: fc.integer({ min: -1, max: 24 }), column: fc.nat({ max: APP_COLS - 1 }) }), { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.option(variant, { nil: undefined }),
        (rows, variants, relax, previous, error) => {
          if (error) rows[error.row][error.column] += Math.abs(error.delta) + 1;
          const lists = candidates(rows, variants);
          const previousOut = previous === undefined ? undefined : previous ? rows[ROW_CARRIED_IN] : rows[ROW_CARRIED_OUT];
          const solved = applicationsSystem(lists, previousOut)(relax);
          const expected = bruteForce(lists, previousOut, relax);
          if (expected === null) expect(solved).toEqual({ ok: false, reason: 'none' });
          else expect(solved.ok && solved.feasible).toEqual(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
