// Table 2 solved as a whole under spec §6's sums (issue 14): each row offers candidate 7-tuples (one when it
// was printed with separators, several when its digits ran together), and a candidate survives only if it
// takes part in some assignment of every row where each row's 总计 is the sum of its six columns, （七）总计
// is the sum of the 21 result rows per column, 一 + 二 = 三（七） + 四 per column and, with last year's
// report, 二 = last year's 四. Dynamic programming over the result rows keeps this bounded.
import { APP_COLS, APP_TOTAL_COL, RESULT_ROWS, ROW_CARRIED_IN, ROW_CARRIED_OUT, ROW_RECEIVED, ROW_RESULT_TOTAL } from '../domain/template';

/** A candidate row: seven numbers, null where the value is not known (a blank, an unread cell). */
export type RowTuple = (number | null)[];
export type SolveOutcome =
  | { ok: true; feasible: RowTuple[][]; rules: string[][] }
  | { ok: false; reason: 'none' | 'too-many' };

const STATE_LIMIT = 20_000;
const WORK_LIMIT = 4_000_000;
const FRAME = [ROW_RECEIVED, ROW_CARRIED_IN, ROW_RESULT_TOTAL, ROW_CARRIED_OUT];
const ENTRY_COLS = Array.from({ length: APP_COLS }, (_, c) => c).filter((c) => c !== APP_TOTAL_COL);

const rowTotalHolds = (t: RowTuple) => {
  if (t.some((v) => v === null)) return true;
  return ENTRY_COLS.reduce((s, c) => s + (t[c] as number), 0) === t[APP_TOTAL_COL];
};

/** Columns whose sum relation can be judged: no candidate of any row involved leaves the cell unknown. */
const knownColumns = (rows: RowTuple[][]) =>
  Array.from({ length: APP_COLS }, (_, c) => c).filter((c) => rows.every((cands) => cands.every((t) => t[c] !== null)));

const keyOf = (v: number[]) => v.join(',');

/** Partial sums of the result rows from `rows[0]` on (forward) — a set per step, bounded. */
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
 * `rows`: 25 candidate lists in template order (rows a print leaves out count as zeros, as the rules count
 * them). `previousOut`: last year's 四, when known. Every feasible candidate is kept per row.
 */
/**
 * `relax`: one cell assumed to be the author's error — its row's total and its column's sums are not required
 * (the decoder asks this for every cell, so that no decode rests on a sum an error could have broken).
 */
export type Relax = { row: number; column: number };

export function solveApplications(rows: RowTuple[][], previousOut?: RowTuple, relax?: Relax): SolveOutcome {
  const rules: string[][] = rows.map(() => ['APP-ROW-TOTAL']);
  // Unary relations first: each row's total, and last year's 四 for 二.
  const filtered = rows.map((cands, r) =>
    cands.filter((t) => (r === relax?.row || rowTotalHolds(t)) && (r !== ROW_CARRIED_IN || !previousOut || t.every((v, c) => v === null || previousOut[c] === null || v === previousOut[c]))),
  );
  if (previousOut) rules[ROW_CARRIED_IN].push('CARRY-OVER-MISMATCH');
  const empty = filtered.findIndex((c) => c.length === 0);
  if (empty >= 0) return { ok: false, reason: 'none' };
  const needsSystem = filtered.map((c) => c.length > 1);
  if (!needsSystem.some(Boolean)) return { ok: true, feasible: filtered, rules };

  const resultRows = RESULT_ROWS.map((r) => filtered[r]);
  const kept = (c: number) => c !== relax?.column;
  const resultCols = knownColumns([...resultRows, filtered[ROW_RESULT_TOTAL]]).filter(kept);
  const balanceCols = knownColumns(FRAME.map((r) => filtered[r])).filter(kept);
  const forward = partialSums(resultRows, resultCols);
  const backward = partialSums([...resultRows].reverse(), resultCols)?.reverse();
  if (!forward || !backward) return { ok: false, reason: 'too-many' };
  const reachable = forward[forward.length - 1];

  // The four frame rows: every combination that balances and whose （七） the result rows can add up to.
  const frameFeasible = FRAME.map(() => new Set<RowTuple>());
  const targets = new Map<string, number[]>();
  let work = 0;
  const [received, carriedIn, total, carriedOut] = FRAME.map((r) => filtered[r]);
  for (const t of total) {
    const target = resultCols.map((c) => t[c] as number);
    if (!reachable.has(keyOf(target))) continue;
    for (const a of received) for (const b of carriedIn) for (const d of carriedOut) {
      if (++work > WORK_LIMIT) return { ok: false, reason: 'too-many' };
      if (!balanceCols.every((c) => (a[c] as number) + (b[c] as number) === (t[c] as number) + (d[c] as number))) continue;
      [a, b, t, d].forEach((x, i) => frameFeasible[i].add(x));
      targets.set(keyOf(target), target);
    }
  }
  if (targets.size === 0) return { ok: false, reason: 'none' };

  const feasible = filtered.map((c) => c);
  FRAME.forEach((r, i) => {
    feasible[r] = filtered[r].filter((t) => frameFeasible[i].has(t));
  });
  for (let i = 0; i < RESULT_ROWS.length; i++) {
    const cands = resultRows[i];
    if (cands.length === 1) continue;
    const before = [...forward[i].values()];
    const after = backward[i + 1];
    work += targets.size * before.length * cands.length;
    if (work > WORK_LIMIT) return { ok: false, reason: 'too-many' };
    feasible[RESULT_ROWS[i]] = cands.filter((t) =>
      [...targets.values()].some((target) => before.some((s) => after.has(keyOf(resultCols.map((c, j) => target[j] - s[j] - (t[c] as number)))))),
    );
  }
  const systemRules = ['APP-ROW-TOTAL', 'APP-RESULT-TOTAL', 'APP-BALANCE', ...(previousOut ? ['CARRY-OVER-MISMATCH'] : [])];
  // A row its own total (or last year's 四) already decided needs only those; the others needed the system.
  return { ok: true, feasible, rules: rules.map((r, i) => (needsSystem[i] ? systemRules : r)) };
}
