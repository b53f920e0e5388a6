// VALUE-FORMAT and VALUE-MISSING (spec §6): every statutory cell holds a valid value, and none is empty.
import { appKeyOf, cellValues, CELLS, getCell, type CellSpec } from '../cells';
import type { Hit, RuleCheck } from '../findings';
import type { TTables } from '../model';
import { cellProblem, countOf, isBlankCell } from '../normalize';
import { RELATIONS_BY_TOTAL } from '../totals';
import type { TableKey } from '../template';
import { collapsedOtherRows } from './outdated-format';

export const checkValueFormat: RuleCheck = ({ report }) => {
  const hits: Hit[] = [];
  const values = cellValues(report.tables);
  CELLS.forEach((cell, i) => {
    const problem = cellProblem(values[i], cell.type);
    if (problem) hits.push({ cells: [cell.key], vars: { cell: cell.name, value: String(values[i]), problem } });
  });
  return hits;
};

/** Where each table's cells start and end in CELLS (the catalogue lists them table by table). */
const SPAN_OF = Object.fromEntries(
  (['active', 'applications', 'litigation'] as const).map((t) => {
    const from = CELLS.findIndex((c) => c.table === t);
    return [t, [from, from + CELLS.filter((c) => c.table === t).length]];
  }),
) as Record<TableKey, [number, number]>;

export function isTableEmpty(tables: TTables, table: TableKey): boolean {
  const values = cellValues(tables);
  const [from, to] = SPAN_OF[table];
  for (let i = from; i < to; i++) if (!isBlankCell(values[i], CELLS[i].type)) return false;
  return true;
}

/** An empty total whose parts are not all valid is not reported again: its parts already are. */
function totalAwaitsParts(tables: TTables, cell: CellSpec): boolean {
  return (RELATIONS_BY_TOTAL.get(cell.key) ?? []).some((rel) => rel.parts.some((k) => countOf(getCell(tables, k)) === null));
}

export const checkValueMissing: RuleCheck = ({ report }) => {
  const { tables } = report;
  const collapsed = new Set(collapsedOtherRows(tables));
  // A whole empty table of a full report is one SECTION-MISSING, not a hundred missing cells.
  const emptyTables = new Set(
    (['active', 'applications', 'litigation'] as const).filter((t) => report.parts && isTableEmpty(tables, t)),
  );
  const hits: Hit[] = [];
  const values = cellValues(tables);
  for (const [i, cell] of CELLS.entries()) {
    if (!isBlankCell(values[i], cell.type) || emptyTables.has(cell.table)) continue;
    if (collapsed.size > 0 && cell.table === 'applications' && collapsed.has(appKeyOf(cell.key)!.row)) continue;
    if (cell.computed && totalAwaitsParts(tables, cell)) continue;
    hits.push({ cells: [cell.key], vars: { cell: cell.name } });
  }
  return hits;
};
