// A region's tables as the sums of its units' tables (seeds 000–002: 「全区共收到……」). Entered cells
// are added up — counts as integers, amounts exactly — and totals derived from the sums, so a set of
// balanced unit reports rolls up to balanced tables. Every summed cell keeps its drill-down.
import { CELLS, getCell, setCell, type CellKey } from './cells';
import { addDecimals } from './decimal';
import { createEmptyReport, type TCell, type TTables } from './model';
import { countOf, normalizeCell } from './normalize';
import { deriveTotals } from './totals';

export type RollupUnit = { organ: string; tables: TTables };
export type Contribution = { organ: string; value: TCell };
export type Rollup = {
  tables: TTables;
  /** Per cell, what each unit contributed (computed cells included, as each unit holds them). */
  drillDown: Map<CellKey, Contribution[]>;
  /** Cells some unit left empty or invalid: their sums cover only the units that had a value. */
  incomplete: Map<CellKey, string[]>;
};

function validAmount(value: TCell): string | null {
  if (value === null) return null;
  const n = normalizeCell(value, 'amount');
  return n.problem === undefined && typeof n.value === 'string' ? n.value : null;
}

export function rollUp(units: RollupUnit[]): Rollup {
  let tables = createEmptyReport('', 2021).tables;
  const drillDown = new Map<CellKey, Contribution[]>();
  const incomplete = new Map<CellKey, string[]>();
  for (const cell of CELLS) {
    const contributions = units.map((u) => ({ organ: u.organ, value: getCell(u.tables, cell.key) }));
    drillDown.set(cell.key, contributions);
    if (cell.computed || units.length === 0) continue;
    const read = contributions.map((c) => (cell.type === 'amount' ? validAmount(c.value) : countOf(c.value)));
    const missing = contributions.filter((_, i) => read[i] === null).map((c) => c.organ);
    if (missing.length > 0) incomplete.set(cell.key, missing);
    const present = read.filter((v) => v !== null);
    if (present.length === 0) continue;
    const sum: TCell = cell.type === 'amount'
      ? addDecimals(present as string[])
      : (present as number[]).reduce((a, b) => a + b, 0);
    tables = setCell(tables, cell.key, sum);
  }
  return { tables: deriveTotals(tables), drillDown, incomplete };
}
