// Rows as printed → one reading per cell, with the sums of spec §6 deciding run-together rows (issue 14):
// Table 2 solved as a whole (solve-applications.ts), Table 3 group by group. Pure: the property tests drive it.
import { APP_COLS, APP_ENTRY_COLS, APP_TOTAL_COL, LIT_CELLS, LIT_COLS, LIT_TOTAL_COL, template } from '../domain/template';
import type { ApplicationsShape } from './read-applications';
import type { CellReading, SourceText } from './reading';
import { asNumbers, candidatesOf, readingsOf, type Candidates, type RowInput, type Slot, type SumsOutcome } from './row-cells';
import type { SumGroup } from './run-splits';
import { applicationsSystem, type RowTuple } from './solve-applications';

/** Where a single-row （六） sits in the 2021 view (spec §10: in 「3.其他」), and the two rows it leaves out. */
export const SINGLE_OTHER_ROW = 20;
export const LEFT_OUT = [20, 21];

/** The two rows a single （六） row leaves out add nothing to the sums, as the rules count them. */
const zeros = (): Candidates => {
  const tuple = Array.from({ length: APP_COLS }, () => ({ value: '0', span: { start: 0, end: 0 } }));
  return { choices: tuple.map((s) => [s]), tuples: [tuple], method: 'separated' };
};

const ROW_SUM: SumGroup[] = [{ parts: APP_ENTRY_COLS, total: APP_TOTAL_COL }];
const LIT_SUMS: SumGroup[] = template.litigation.groups.map((_, g) => ({
  parts: Array.from({ length: LIT_COLS }, (_, c) => g * LIT_COLS + c).filter((c) => c !== g * LIT_COLS + LIT_TOTAL_COL),
  total: g * LIT_COLS + LIT_TOTAL_COL,
}));
const UNKNOWN_ROW: RowTuple = Array(APP_COLS).fill(null);

/** Rows whose splits are not listed (unread, or too many) are unknown to the sums: they constrain nothing. */
const isKnown = (c: Candidates): c is Candidates & { tuples: Slot[][] } => !c.unread && c.tuples !== null;

export type DecodedApplications = { readings: CellReading[][]; failure: 'none' | 'too-many' | null };

/**
 * Table 2's rows in printed shape (25, or 23 with a single （六）) → readings in that shape. A value decided by
 * the sums must be the same in every solution, and also in every solution that lets any one cell be the
 * author's error (that cell's row total and column sums not required): so an error is never hidden by a split
 * that happens to add up.
 */
export function decodeApplications(rows: RowInput[], shape: ApplicationsShape, source: SourceText, previousOut?: RowTuple): DecodedApplications {
  const cands = rows.map((input) => candidatesOf(input, APP_COLS, { list: true, groups: ROW_SUM }));
  const view: Candidates[] = shape === 'full' ? cands : [...cands.slice(0, SINGLE_OTHER_ROW), ...LEFT_OUT.map(zeros), ...cands.slice(SINGLE_OTHER_ROW)];
  const toView = (r: number) => (shape === 'full' || r < SINGLE_OTHER_ROW ? r : r + LEFT_OUT.length);
  const readings = (outcomeOf: (r: number, c: Candidates) => SumsOutcome) =>
    rows.map((input, r) => readingsOf(cands[r], outcomeOf(r, cands[r]), APP_COLS, source, input.kind === 'absent'));
  if (!cands.some((c) => c.method === 'digit-count')) return { readings: readings(() => ({ sums: 'none' })), failure: null };

  const tupleOf = new Map<RowTuple, Slot[]>();
  const numbers = new Map<Slot, number | null>();
  const numbered = (tuples: Slot[][]) => tuples.map((t) => {
    const n = asNumbers(t, numbers);
    tupleOf.set(n, t);
    return n;
  });
  const numeric = view.map((c) => (isKnown(c) ? numbered(c.tuples) : [UNKNOWN_ROW]));
  const solve = applicationsSystem(numeric, previousOut);
  const solved = solve();
  if (!solved.ok) {
    const sums = solved.reason === 'none' ? 'failed' : 'too-many';
    return { readings: readings((_, c) => (c.method === 'separated' || !isKnown(c) ? { sums: 'none' } : { sums })), failure: solved.reason };
  }
  // Every cell in turn taken as the author's error: its row offers all its splits, its column is not summed.
  const feasible = solved.feasible.map((f) => new Set(f));
  // Rows printed as one split keep their totals (else there was no solution): taking one of their cells as the
  // error frees only its column (row −1). A row with several splits offers them all when its cell is the error.
  const relaxations: { row: number; tuples?: RowTuple[] }[] = [];
  view.forEach((c, r) => {
    if (c.method !== 'digit-count' || !isKnown(c) || c.choices.every((x) => x.length === 1)) return;
    const all = candidatesOf(rows[shape === 'full' || r < SINGLE_OTHER_ROW ? r : r - LEFT_OUT.length], APP_COLS, { list: true });
    relaxations.push({ row: r, tuples: isKnown(all) ? numbered(all.tuples) : [UNKNOWN_ROW] });
  });
  // Freeing a column alone (row −1) gives a subset of what freeing it with any one row's splits gives (more
  // candidates, fewer relations), so it is asked only when no row has splits of its own to offer.
  if (!relaxations.length) relaxations.push({ row: -1 });
  let tooMany = false;
  for (const relaxation of relaxations) {
    for (let column = 0; column < APP_COLS && !tooMany; column++) {
      const relaxed = solve({ ...relaxation, column });
      if (relaxed.ok) relaxed.feasible.forEach((f, i) => f.forEach((t) => feasible[i].add(t)));
      else if (relaxed.reason === 'too-many') tooMany = true;
    }
  }
  if (tooMany) return { readings: readings((_, c) => (c.method === 'separated' || !isKnown(c) ? { sums: 'none' } : { sums: 'too-many' })), failure: 'too-many' };
  return {
    readings: readings((r, c) => {
      if (c.method === 'separated' || !isKnown(c)) return { sums: 'none' };
      const tuples = [...feasible[toView(r)]].map((t) => tupleOf.get(t));
      // A row left unknown by a relaxation (too many splits to list) may be any split the digits allow.
      if (tuples.some((t) => t === undefined)) return { sums: 'none' };
      return { sums: 'solved', feasible: tuples as Slot[][], rules: solved.rules[toView(r)] };
    }),
    failure: null,
  };
}

/**
 * Table 3's fifteen cells. Its three groups share one run and tie few digits, so an author's error in one
 * group could let another split look right: a value is taken only when it is the same in every split that
 * keeps all three group totals and in every split that keeps any two of them.
 */
export function decodeLitigation(input: RowInput, source: SourceText): CellReading[] {
  const cands = candidatesOf(input, LIT_CELLS, { list: true, groups: LIT_SUMS });
  if (cands.method === 'separated' || !isKnown(cands)) return readingsOf(cands, { sums: 'none' }, LIT_CELLS, source, input.kind === 'absent');
  if (!cands.tuples.length) return readingsOf(cands, { sums: 'failed' }, LIT_CELLS, source, false);
  const near = LIT_SUMS.map((_, g) => candidatesOf(input, LIT_CELLS, { list: true, groups: LIT_SUMS.filter((__, h) => h !== g) }));
  if (near.some((c) => c.tuples === null)) return readingsOf({ ...cands, tooMany: true }, { sums: 'none' }, LIT_CELLS, source, false);
  const feasible = [...cands.tuples, ...near.flatMap((c) => c.tuples ?? [])];
  return readingsOf(cands, { sums: 'solved', feasible, rules: ['LITIGATION-TOTAL'] }, LIT_CELLS, source, false);
}
