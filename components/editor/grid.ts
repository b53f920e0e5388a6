// The statutory tables as grids of cells, in the printed order (spec §3–§5): where the arrow keys
// go, and where a block pasted from a spreadsheet lands. Computed cells (总计) sit in the grid but
// are never written: moves skip them, and a pasted block either skips them or lands its own copy of
// the totals on them and drops it (see planPaste).
import { CELLS, cellSpec, getCell, type CellKey } from '@/lib/domain/cells';
import type { TCell, TTables } from '@/lib/domain/model';
import { normalizeCell } from '@/lib/domain/normalize';
import { positionalRows, type RowTarget } from '@/lib/domain/paste-block';
import type { TableKey } from '@/lib/domain/template';

export type Grid = { table: TableKey; rows: CellKey[][] };
export type Position = { table: TableKey; row: number; col: number };
export type Move = 'up' | 'down' | 'left' | 'right';

/** Table 1 has one row per 信息内容 (3 or 1 columns), Table 2 is 25 × 7, Table 3 one row of 15. */
function buildGrids(): Record<TableKey, Grid> {
  const grids: Record<TableKey, Grid> = {
    active: { table: 'active', rows: [] },
    applications: { table: 'applications', rows: [] },
    litigation: { table: 'litigation', rows: [] },
  };
  const rowIds: Record<TableKey, string[]> = { active: [], applications: [], litigation: [] };
  for (const cell of CELLS) {
    // Keys are table.row[.col] (cells.ts); Table 3 is a single row.
    const rowId = cell.table === 'litigation' ? '' : cell.key.split('.')[1];
    const ids = rowIds[cell.table];
    if (ids[ids.length - 1] !== rowId) {
      ids.push(rowId);
      grids[cell.table].rows.push([]);
    }
    const rows = grids[cell.table].rows;
    rows[rows.length - 1].push(cell.key);
  }
  return grids;
}

export const GRIDS: Readonly<Record<TableKey, Grid>> = buildGrids();

const POSITIONS = new Map<CellKey, Position>();
for (const grid of Object.values(GRIDS)) {
  grid.rows.forEach((row, r) => row.forEach((key, c) => POSITIONS.set(key, { table: grid.table, row: r, col: c })));
}

export function positionOf(key: CellKey): Position {
  const at = POSITIONS.get(key);
  if (!at) throw new Error(`cell ${key} is in no grid`);
  return at;
}

export const isEntryCell = (key: CellKey) => !cellSpec(key).computed;

/** The entry cell an arrow key (or Enter) moves to, or null at the edge of the table. */
export function moveFrom(key: CellKey, move: Move): CellKey | null {
  const { table, row, col } = positionOf(key);
  const rows = GRIDS[table].rows;
  if (move === 'left' || move === 'right') {
    const step = move === 'right' ? 1 : -1;
    for (let c = col + step; c >= 0 && c < rows[row].length; c += step) {
      if (isEntryCell(rows[row][c])) return rows[row][c];
    }
    return null;
  }
  const step = move === 'down' ? 1 : -1;
  for (let r = row + step; r >= 0 && r < rows.length; r += step) {
    // Table 1 rows differ in width: keep to the nearest column.
    const candidate = rows[r][Math.min(col, rows[r].length - 1)];
    if (isEntryCell(candidate)) return candidate;
  }
  return null;
}

/** The first entry cell of a table, where a finding about the whole table sends the focus. */
export function firstEntryCell(table: TableKey): CellKey {
  for (const row of GRIDS[table].rows) {
    const key = row.find(isEntryCell);
    if (key) return key;
  }
  throw new Error(`table ${table} has no entry cell`);
}

export type PastePlan = {
  writes: { key: CellKey; text: string }[];
  /** Values that fell on a computed cell (the block carried its own totals): not written, checked. */
  onComputed: { key: CellKey; text: string }[];
  /** Values beyond the edge of the table: not written. */
  outside: number;
};

/**
 * Where each value of a pasted block goes, from the start cell on. Along each direction the block
 * either covers every remaining position, computed ones included (a copy of the printed table with
 * its totals: their values are dropped), or only the entry positions (a copy of the entered numbers
 * alone: computed rows and columns are skipped). A block whose length is exactly the number of
 * remaining positions is taken as the former, any other as the latter. The rows may be given instead
 * (placePasteRows: a block whose row labels say where each line goes).
 */
export function planPaste(start: CellKey, block: string[][], targetRows?: readonly RowTarget[]): PastePlan {
  const { table, row: r0, col: c0 } = positionOf(start);
  const rows = GRIDS[table].rows;
  const plan: PastePlan = { writes: [], onComputed: [], outside: 0 };
  const lineRows = targetRows ?? positionalRows(table, r0, block.length);

  const width = Math.max(0, ...block.map((b) => b.length));
  const remainingCols = (r: number) => rows[r].map((_, c) => c).filter((c) => c >= c0);
  const fullWidth = width === remainingCols(r0).length;
  const targetCols = (r: number) => (fullWidth ? remainingCols(r) : remainingCols(r).filter((c) => isEntryCell(rows[r][c])));

  block.forEach((values, i) => {
    const r = lineRows[i];
    if (r === 'heading') return;
    if (r === 'outside') {
      plan.outside += values.length;
      return;
    }
    const cols = targetCols(r);
    values.forEach((text, j) => {
      const c = cols[j];
      if (c === undefined) plan.outside++;
      else if (!isEntryCell(rows[r][c])) plan.onComputed.push({ key: rows[r][c], text });
      else plan.writes.push({ key: rows[r][c], text });
    });
  });
  return plan;
}

export const isBlank = (value: TCell, key: CellKey) =>
  value === null || (typeof value === 'string' && normalizeCell(value, cellSpec(key).type).value === null);

/** 「空白填0」: every entry cell of the table still empty (or 「/」) gets 0, in the cell's own type (count or amount). */
export function planFillBlanks(tables: TTables, table: TableKey): { key: CellKey; value: TCell }[] {
  return CELLS.filter((c) => c.table === table && !c.computed && isBlank(getCell(tables, c.key), c.key)).map((c) => ({
    key: c.key,
    value: normalizeCell('0', c.type).value,
  }));
}
