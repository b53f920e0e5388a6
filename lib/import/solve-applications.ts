// Table 2 solved as a whole under spec §6's sums (issue 14): each row offers candidate 7-tuples (one when it
// was printed with separators, several when its digits ran together), and a candidate survives only if it
// takes part in some assignment of every row where each row's 总计 is the sum of its six columns, （七）总计
// is the sum of the 21 result rows per column, 一 + 二 = 三（七） + 四 per column and, with last year's
// report, 二 = last year's 四. Two steps, both bounded: each column alone first drops the candidates whose
// value there no assignment of that column can use (cheap, one number per state, and most rows end with one
// candidate); dynamic programming over the rows still open then keeps exactly the candidates of a solution.
import { APP_COLS, APP_TOTAL_COL, RESULT_ROWS, ROW_CARRIED_IN, ROW_CARRIED_OUT, ROW_RECEIVED, ROW_RESULT_TOTAL } from '../domain/template';

/** A candidate row: seven numbers, null where the value is not known (a blank, an unread cell). */
export type RowTuple = (number | null)[];
export type SolveOutcome =
  | { ok: true; feasible: RowTuple[][]; rules: string[][] }
  | { ok: false; reason: 'none' | 'too-many' };

/**
 * `relax`: one cell assumed to be the author's error — its row's total and its column's sums are not required
 * (the decoder asks this for every cell, so that no decode rests on a sum an error could have broken); `tuples`:
 * what that row offers then (every split of its digits), in place of its own candidates. Row −1: a column only.
 */
export type Relax = { row: number; column: number; tuples?: RowTuple[] };

type Solved = { ok: true; feasible: RowTuple[][] } | { ok: false; reason: 'none' | 'too-many' };

// Module constants read once: in hot loops an imported binding may cost a property read each time.
const RESULT = [...RESULT_ROWS];
const STATE_LIMIT = 20_000;
const WORK_LIMIT = 4_000_000;
const FRAME = [ROW_RECEIVED, ROW_CARRIED_IN, ROW_RESULT_TOTAL, ROW_CARRIED_OUT];
const ENTRY_COLS = Array.from({ length: APP_COLS }, (_, c) => c).filter((c) => c !== APP_TOTAL_COL);

const rowTotalHolds = (t: RowTuple) => {
  if (t.some((v) => v === null)) return true;
  return ENTRY_COLS.reduce((s, c) => s + (t[c] as number), 0) === t[APP_TOTAL_COL];
};

/** The columns where no candidate of the row leaves the cell unknown, as bits. */
function knownMask(cands: RowTuple[]): number {
  let mask = (1 << APP_COLS) - 1;
  for (const t of cands) for (let c = 0; c < APP_COLS; c++) if (t[c] === null) mask &= ~(1 << c);
  return mask;
}

/** Columns whose sum relation can be judged: no candidate of any row involved leaves the cell unknown. */
function knownColumns(masks: number[], rows: number[], relaxed?: number): number[] {
  const mask = rows.reduce((m, r) => m & masks[r], (1 << APP_COLS) - 1);
  return Array.from({ length: APP_COLS }, (_, c) => c).filter((c) => c !== relaxed && mask & (1 << c));
}

/** The values a row's candidates take in column `c` (a known column: no null), each once. */
function valuesIn(cands: RowTuple[], c: number): number[] {
  if (cands.length === 1) return [cands[0][c] as number];
  return [...new Set(cands.map((t) => t[c] as number))];
}

/** Per row (by template index), the values a column allows it; null: too many to work out, nothing pruned. */
type Allowed = Map<number, Set<number>> | 'none' | null;

/** Column `c` of （七）总计 = the sum of the result rows: which values each of those rows can take in it. */
function resultColumn(lists: RowTuple[][], c: number): Allowed {
  let constant = 0;
  const open: { row: number; values: number[] }[] = [];
  for (const r of RESULT) {
    const cands = lists[r];
    const values = cands.length === 1 ? null : valuesIn(cands, c);
    if (values === null) constant += cands[0][c] as number;
    else if (values.length === 1) constant += values[0];
    else open.push({ row: r, values });
  }
  const totals = lists[ROW_RESULT_TOTAL];
  // Every result row settled in this column: the sum holds or not, and there is nothing to prune.
  if (!open.length && totals.length === 1) return constant === totals[0][c] ? null : 'none';
  // forward[j]: sums of the first j open rows; backward[j]: sums of the open rows from j on.
  const sums = (rows: typeof open): number[][] | null => {
    const steps = [[0]];
    for (const { values } of rows) {
      const next = new Set<number>();
      for (const s of steps[steps.length - 1]) for (const x of values) next.add(s + x);
      if (next.size > STATE_LIMIT) return null;
      steps.push([...next]);
    }
    return steps;
  };
  const forward = sums(open);
  const backward = sums([...open].reverse())?.reverse().map((s) => new Set(s));
  if (!forward || !backward) return null;
  const reachable = backward[0];
  const targets = valuesIn(totals, c).filter((t) => reachable.has(t - constant));
  if (!targets.length) return 'none';
  const allowed = new Map([[ROW_RESULT_TOTAL, new Set(targets)]]);
  let work = 0;
  for (let j = 0; j < open.length; j++) {
    const { row, values } = open[j];
    work += targets.length * forward[j].length * values.length;
    if (work > WORK_LIMIT) return null;
    const after = backward[j + 1];
    allowed.set(row, new Set(values.filter((x) => targets.some((t) => forward[j].some((s) => after.has(t - constant - s - x))))));
  }
  return allowed;
}

/** Column `c` of 一 + 二 = 三（七） + 四: which values the four rows can take in it. */
function balanceColumn(lists: RowTuple[][], c: number): Allowed {
  if (FRAME.every((r) => lists[r].length === 1)) {
    const [a, b, t, d] = FRAME.map((r) => lists[r][0][c] as number);
    return a + b === t + d ? null : 'none';
  }
  const [received, carriedIn, total, carriedOut] = FRAME.map((r) => valuesIn(lists[r], c));
  if (received.length * carriedIn.length * total.length * carriedOut.length > WORK_LIMIT) return null;
  const allowed = FRAME.map(() => new Set<number>());
  for (const a of received) for (const b of carriedIn) for (const t of total) for (const d of carriedOut) {
    if (a + b !== t + d) continue;
    [a, b, t, d].forEach((v, i) => allowed[i].add(v));
  }
  if (!allowed[0].size) return 'none';
  return new Map(FRAME.map((r, i) => [r, allowed[i]]));
}

/**
 * Drops, column by column until nothing changes, every candidate whose value some column's own sums rule out.
 * Only impossible candidates go, so the exact search after it finds the same solutions, among far fewer.
 */
function pruned(lists: RowTuple[][], resultCols: number[], balanceCols: number[]): RowTuple[][] | null {
  let current = lists;
  const relations = [...resultCols.map((c) => ({ c, of: resultColumn })), ...balanceCols.map((c) => ({ c, of: balanceColumn }))];
  // A relation is asked again only after some row lost candidates since it was last asked (its own pruning
  // leaves it satisfied: every value it keeps takes part in one of its solutions).
  let changes = 0;
  const askedAt = relations.map(() => -1);
  while (askedAt.some((at) => at !== changes)) {
    for (let i = 0; i < relations.length; i++) {
      if (askedAt[i] === changes) continue;
      const { c, of } = relations[i];
      const allowed = of(current, c);
      if (allowed === 'none') return null;
      for (const [r, values] of allowed ?? []) {
        if (current[r].every((t) => values.has(t[c] as number))) continue;
        if (current === lists) current = [...lists];
        current[r] = current[r].filter((t) => values.has(t[c] as number));
        changes++;
      }
      askedAt[i] = changes;
    }
  }
  return current;
}

const keyOf = (v: number[]) => v.join(',');

/** Partial sums (in `cols`) over `rows`, one set per step, bounded. */
function partialSums(rows: RowTuple[][], cols: number[]): Map<string, number[]>[] | null {
  const steps: Map<string, number[]>[] = [new Map([[keyOf(cols.map(() => 0)), cols.map(() => 0)]])];
  for (const cands of rows) {
    const next = new Map<string, number[]>();
    for (const s of steps[steps.length - 1].values()) {
      for (const t of cands) {
        const v = cols.map((c, i) => s[i] + (t[c] as number));
        next.set(keyOf(v), v);
      }
      if (next.size > STATE_LIMIT) return null;
    }
    steps.push(next);
  }
  return steps;
}

/**
 * Table 2's system: `rows` are 25 candidate lists in template order (rows a print leaves out count as zeros,
 * as the rules count them), `previousOut` last year's 四 when known. Each row's own relations are applied
 * once; the solver it returns is then asked for the strict system and for every cell taken as the error.
 * Every feasible candidate is kept per row, in list order.
 */
export function applicationsSystem(rows: RowTuple[][], previousOut?: RowTuple): (relax?: Relax) => SolveOutcome {
  const carriedHolds = (t: RowTuple) => !previousOut || t.every((v, c) => v === null || previousOut[c] === null || v === previousOut[c]);
  // Unary relations: each row's total (not for the row whose cell is taken as the error), and last year's 四 for 二.
  const own = (cands: RowTuple[], r: number, relaxed: boolean) =>
    cands.filter((t) => (relaxed || rowTotalHolds(t)) && (r !== ROW_CARRIED_IN || carriedHolds(t)));
  const strict = rows.map((cands, r) => own(cands, r, false));
  const strictMasks = strict.map(knownMask);
  const rules: string[][] = rows.map((_, r) => (r === ROW_CARRIED_IN && previousOut ? ['APP-ROW-TOTAL', 'CARRY-OVER-MISMATCH'] : ['APP-ROW-TOTAL']));
  const systemRules = ['APP-ROW-TOTAL', 'APP-RESULT-TOTAL', 'APP-BALANCE', ...(previousOut ? ['CARRY-OVER-MISMATCH'] : [])];
  // The decoder relaxes one row for each of the seven columns in turn: its candidates are filtered once.
  let last: { tuples: RowTuple[]; row: number; list: RowTuple[]; mask: number } | null = null;
  const relaxedRow = (tuples: RowTuple[], row: number) => {
    if (last?.tuples !== tuples || last.row !== row) {
      const list = own(tuples, row, true);
      last = { tuples, row, list, mask: knownMask(list) };
    }
    return last;
  };
  return (relax) => {
    let filtered = strict;
    let masks = strictMasks;
    if (relax && relax.row >= 0) {
      const { list, mask } = relaxedRow(relax.tuples ?? rows[relax.row], relax.row);
      filtered = strict.map((c, r) => (r === relax.row ? list : c));
      masks = strictMasks.map((m, r) => (r === relax.row ? mask : m));
    }
    if (filtered.some((c) => c.length === 0)) return { ok: false, reason: 'none' };
    const needsSystem = filtered.map((c) => c.length > 1);
    if (!needsSystem.some(Boolean)) return { ok: true, feasible: filtered, rules };

    const resultCols = knownColumns(masks, [...RESULT, ROW_RESULT_TOTAL], relax?.column);
    const balanceCols = knownColumns(masks, FRAME, relax?.column);
    const lists = pruned(filtered, resultCols, balanceCols);
    if (!lists) return { ok: false, reason: 'none' };
    // One candidate left in every row: the pruning has checked every sum on it.
    const solved = lists.some((c) => c.length > 1) ? exactly(lists, resultCols, balanceCols) : { ok: true as const, feasible: lists };
    if (!solved.ok) return solved;
    // A row its own total (or last year's 四) already decided needs only those; the others needed the system.
    return { ok: true, feasible: solved.feasible, rules: rules.map((r, i) => (needsSystem[i] ? systemRules : r)) };
  };
}

/**
 * The candidates that take part in a solution of every column at once. Result rows with one candidate add a
 * constant; the others are searched by their partial sums from both ends, which meet at a （七） that the
 * frame rows (一, 二, 三（七）, 四) balance.
 */
function exactly(lists: RowTuple[][], resultCols: number[], balanceCols: number[]): Solved {
  const constant = resultCols.map(() => 0);
  const open: number[] = [];
  for (const r of RESULT) {
    if (lists[r].length > 1) open.push(r);
    else resultCols.forEach((c, j) => (constant[j] += lists[r][0][c] as number));
  }
  const openLists = open.map((r) => lists[r]);
  const forward = partialSums(openLists, resultCols);
  const backward = partialSums([...openLists].reverse(), resultCols)?.reverse();
  if (!forward || !backward) return { ok: false, reason: 'too-many' };
  const reachable = backward[0];

  // The four frame rows: every combination that balances and whose （七） the result rows can add up to.
  const frameFeasible = FRAME.map(() => new Set<RowTuple>());
  const targets = new Map<string, number[]>();
  let work = 0;
  const [received, carriedIn, total, carriedOut] = FRAME.map((r) => lists[r]);
  for (const t of total) {
    const target = resultCols.map((c, j) => (t[c] as number) - constant[j]);
    if (!reachable.has(keyOf(target))) continue;
    for (const a of received) for (const b of carriedIn) for (const d of carriedOut) {
      if (++work > WORK_LIMIT) return { ok: false, reason: 'too-many' };
      if (!balanceCols.every((c) => (a[c] as number) + (b[c] as number) === (t[c] as number) + (d[c] as number))) continue;
      [a, b, t, d].forEach((x, i) => frameFeasible[i].add(x));
      targets.set(keyOf(target), target);
    }
  }
  if (targets.size === 0) return { ok: false, reason: 'none' };

  const feasible = [...lists];
  FRAME.forEach((r, i) => {
    feasible[r] = lists[r].filter((t) => frameFeasible[i].has(t));
  });
  for (let j = 0; j < open.length; j++) {
    const before = [...forward[j].values()];
    const after = backward[j + 1];
    work += targets.size * before.length * openLists[j].length;
    if (work > WORK_LIMIT) return { ok: false, reason: 'too-many' };
    feasible[open[j]] = openLists[j].filter((t) =>
      [...targets.values()].some((target) => before.some((s) => after.has(keyOf(resultCols.map((c, i) => target[i] - s[i] - (t[c] as number)))))),
    );
  }
  return { ok: true, feasible };
}
