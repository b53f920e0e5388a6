// Table 2 counted from a register (issue 16): every entry cell is the number of cases placed there, the
// 总计 column and 三（七）总计 are derived by the same totals code as any report (totals.ts).
import { appKeyOf, CELLS, type CellKey } from '../cells';
import { createEmptyReport, type TCell } from '../model';
import { APP_COLS, APP_ROWS, APP_TOTAL_COL, RESULT_ROWS, ROW_RESULT_TOTAL } from '../template';
import { deriveTotals } from '../totals';
import { placeCase } from './placement';
import type { TCase } from './case';

export type Unplaced = { caseId: string; index: number; reasons: string[] };
export type RegisterTable = {
  /** Table 2's 25 × 7 cells, totals derived. */
  applications: TCell[][];
  /** Cases that count nowhere, with why: the register page lists them and Table 2 says how many. */
  unplaced: Unplaced[];
};

export function countRegister(cases: readonly TCase[], year: number): RegisterTable {
  const counts: number[][] = Array.from({ length: APP_ROWS }, () => Array<number>(APP_COLS).fill(0));
  const unplaced: Unplaced[] = [];
  cases.forEach((c, index) => {
    const p = placeCase(c, year);
    if (!p.ok) {
      unplaced.push({ caseId: c.id, index, reasons: p.reasons });
      return;
    }
    counts[p.intakeRow][p.col]++;
    counts[p.outcomeRow][p.col]++;
  });
  const applications: TCell[][] = counts.map((row) => row.map((n, c) => (c === APP_TOTAL_COL ? null : n)));
  // deriveTotals works on whole tables: the other two stay blank.
  const derived = deriveTotals({ ...createEmptyReport('', year).tables, applications });
  return { applications: derived.applications, unplaced };
}

/** The cases a Table 2 cell counts, for the drill-down from a report's cell to its cases. */
export function casesInCell(cases: readonly TCase[], year: number, key: CellKey): TCase[] {
  const at = appKeyOf(key);
  if (!at) return [];
  const rowMatches = (p: { intakeRow: number; outcomeRow: number }) =>
    at.row === ROW_RESULT_TOTAL ? RESULT_ROWS.includes(p.outcomeRow) : p.intakeRow === at.row || p.outcomeRow === at.row;
  return cases.filter((c) => {
    const p = placeCase(c, year);
    return p.ok && (at.col === APP_TOTAL_COL || p.col === at.col) && rowMatches(p);
  });
}

/** Every entry cell of Table 2 by key, for rules comparing a report with its register. */
export const ENTRY_CELLS: readonly CellKey[] = CELLS.filter((c) => c.table === 'applications' && !c.computed).map((c) => c.key);
