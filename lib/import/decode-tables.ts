// Rows as printed → one reading per cell, with the sums of spec §6 deciding run-together rows (issue 14):
// Table 2 solved as a whole (solve-applications.ts), Table 3 group by group. Pure: the property tests drive it.
import { APP_COLS, LIT_CELLS, LIT_COLS, LIT_TOTAL_COL, template } from '../domain/template';
import type { ApplicationsShape } from './read-applications';
import type { CellReading, SourceText } from './reading';
import { asNumbers, candidatesOf, readingsOf, type Candidates, type RowInput, type Slot, type SumsOutcome } from './row-cells';
import { solveApplications, type RowTuple } from './solve-applications';

/** Where a single-row （六） sits in the 2021 view (spec §10: in 「3.其他」), and the two rows it leaves out. */
export const SINGLE_OTHER_ROW = 20;
export const LEFT_OUT = [20, 21];

/** The two rows a single （六） row leaves out add nothing to the sums, as the rules count them. */
const zeros = (): Candidates => ({ tuples: [Array.from({ length: APP_COLS }, () => ({ value: '0', span: { start: 0, end: 0 } }))], method: 'separated' });

export type DecodedApplications = { readings: CellReading[][]; failure: 'none' | 'too-many' | null };

/** Table 2's rows in printed shape (25, or 23 with a single （六）) → readings in that shape. */
export function decodeApplications(rows: RowInput[], shape: ApplicationsShape, source: SourceText, previousOut?: RowTuple): DecodedApplications {
  const cands = rows.map((input) => candidatesOf(input, APP_COLS));
  const view: Candidates[] = shape === 'full' ? cands : [...cands.slice(0, SINGLE_OTHER_ROW), ...LEFT_OUT.map(zeros), ...cands.slice(SINGLE_OTHER_ROW)];
  const tupleOf = new Map<RowTuple, Slot[]>();
  const numeric = view.map((c) => c.tuples.map((t) => {
    const n = asNumbers(t);
    tupleOf.set(n, t);
    return n;
  }));
  const solved = view.some((c) => c.tuples.length > 1) ? solveApplications(numeric, previousOut) : null;
  const toView = (r: number) => (shape === 'full' || r < SINGLE_OTHER_ROW ? r : r + LEFT_OUT.length);
  const readings = rows.map((input, r) => {
    const c = cands[r];
    const outcome: SumsOutcome = !solved || c.tuples.length <= 1
      ? { sums: 'none' }
      : solved.ok
        ? { sums: 'solved', feasible: solved.feasible[toView(r)].map((t) => tupleOf.get(t) as Slot[]), rules: solved.rules[toView(r)] }
        : { sums: solved.reason === 'none' ? 'failed' : 'too-many' };
    return readingsOf(c, outcome, APP_COLS, source, input.kind === 'absent');
  });
  return { readings, failure: solved && !solved.ok ? solved.reason : null };
}

const groupTotalsHold = (t: RowTuple) =>
  template.litigation.groups.every((_, g) => {
    const cells = t.slice(g * LIT_COLS, (g + 1) * LIT_COLS);
    if (cells.some((v) => v === null)) return true;
    return cells.reduce((s: number, v, c) => (c === LIT_TOTAL_COL ? s : s + (v as number)), 0) === cells[LIT_TOTAL_COL];
  });

/** Table 3's fifteen cells: a run's splits kept where every group's 总计 is the sum of its four. */
export function decodeLitigation(input: RowInput, source: SourceText): CellReading[] {
  const cands = candidatesOf(input, LIT_CELLS);
  const holding = cands.tuples.filter((t) => groupTotalsHold(asNumbers(t)));
  const outcome: SumsOutcome = cands.tuples.length <= 1
    ? { sums: 'none' }
    : holding.length ? { sums: 'solved', feasible: holding, rules: ['LITIGATION-TOTAL'] } : { sums: 'failed' };
  return readingsOf(cands, outcome, LIT_CELLS, source, input.kind === 'absent');
}
