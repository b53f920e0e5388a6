// A region's tables as the sums of its units' tables (seeds 000–002: 「全区共收到……」). Entered cells
// are added up — counts as integers, amounts exactly — and totals derived from the sums, so a set of
// balanced unit reports rolls up to balanced tables. Every summed cell keeps its drill-down.
//
// A cell some unit left empty (or invalid) has no sum: it stays empty and is listed as unknown, and the
// totals over it stay unknown too. Summing the other units would print a guessed 0 for that unit (issue 15).
// A unit that is not final (not approved or published) may still change: every cell it puts a number
// other than 0 into, or leaves unknown, is provisional and names it.
import { CELLS, getCell, setCell, type CellKey } from './cells';
import { addDecimals } from './decimal';
import { createEmptyReport, type TCell, type TTables } from './model';
import { countOf, normalizeCell } from './normalize';
import { deriveTotals } from './totals';

export type RollupUnit = { organ: string; tables: TTables; isFinal: boolean };
export type Contribution = { organ: string; value: TCell };
export type Rollup = {
  tables: TTables;
  /** Per cell, what each unit contributed (computed cells included, as each unit holds them). */
  drillDown: Map<CellKey, Contribution[]>;
  /** Cells some unit left empty or invalid, with those units: the region's cell is empty, never a partial sum. */
  unknown: Map<CellKey, string[]>;
  /** Cells a non-final unit contributes to (a value other than 0, or none), with those units. */
  provisional: Map<CellKey, string[]>;
};

function validAmount(value: TCell): string | null {
  if (value === null) return null;
  const n = normalizeCell(value, 'amount');
  return n.problem === undefined && typeof n.value === 'string' ? n.value : null;
}

const isZero = (v: string | number) => Number(v) === 0;

export function rollUp(units: RollupUnit[]): Rollup {
  let tables = createEmptyReport('', 2021).tables;
  const drillDown = new Map<CellKey, Contribution[]>();
  const unknown = new Map<CellKey, string[]>();
  const provisional = new Map<CellKey, string[]>();
  for (const cell of CELLS) {
    const contributions = units.map((u) => ({ organ: u.organ, value: getCell(u.tables, cell.key) }));
    drillDown.set(cell.key, contributions);
    if (units.length === 0) continue;
    const read = contributions.map((c) => (cell.type === 'amount' ? validAmount(c.value) : countOf(c.value)));
    const missing = contributions.filter((_, i) => read[i] === null).map((c) => c.organ);
    if (missing.length > 0) unknown.set(cell.key, missing);
    const open = units.filter((u, i) => !u.isFinal && (read[i] === null || !isZero(read[i]))).map((u) => u.organ);
    if (open.length > 0) provisional.set(cell.key, open);
    // Computed cells are derived from the sums below; an unknown part leaves its total unknown.
    if (cell.computed || missing.length > 0) continue;
    const sum: TCell = cell.type === 'amount'
      ? addDecimals(read as string[])
      : (read as number[]).reduce((a, b) => a + b, 0);
    tables = setCell(tables, cell.key, sum);
  }
  return { tables: deriveTotals(tables), drillDown, unknown, provisional };
}
