// VALUE-FORMAT and VALUE-MISSING (spec §6): every statutory cell holds a valid value, and none is empty.
import { readCells } from '../cell-readings';
import { appKeyOf, cellIndex, cellValues, CELLS } from '../cells';
import type { Hit, RuleCheck } from '../findings';
import type { TTables } from '../model';
import { RELATIONS_BY_TOTAL } from '../totals';
import type { TableKey } from '../template';
import { collapsedOtherRows } from './outdated-format';

export const checkValueFormat: RuleCheck = ({ report }) => {
  const hits: Hit[] = [];
  const { problems } = readCells(report.tables);
  problems.forEach((problem, i) => {
    if (!problem) return;
    const cell = CELLS[i];
    hits.push({ cells: [cell.key], vars: { cell: cell.name, value: String(cellValues(report.tables)[i]), problem } });
  });
  return hits;
};

const TABLES: readonly TableKey[] = ['active', 'applications', 'litigation'];
/** Where each table's cells start and end in CELLS (the catalogue lists them table by table). */
const SPAN_OF = Object.fromEntries(
  TABLES.map((t) => {
    const from = CELLS.findIndex((c) => c.table === t);
    return [t, [from, from + CELLS.filter((c) => c.table === t).length]];
  }),
) as Record<TableKey, [number, number]>;

export function isTableEmpty(tables: TTables, table: TableKey): boolean {
  const { blank } = readCells(tables);
  const [from, to] = SPAN_OF[table];
  for (let i = from; i < to; i++) if (!blank[i]) return false;
  return true;
}

/** The parts of the relations each computed cell heads, by index in CELLS. */
const PARTS_OF_TOTAL = CELLS.map((c) => (RELATIONS_BY_TOTAL.get(c.key) ?? []).map((rel) => rel.parts.map(cellIndex)));

/** An empty total whose parts are not all valid is not reported again: its parts already are. */
function totalAwaitsParts(counts: readonly (number | null)[], i: number): boolean {
  return PARTS_OF_TOTAL[i].some((parts) => parts.some((p) => counts[p] === null));
}

export const checkValueMissing: RuleCheck = ({ report }) => {
  const { tables } = report;
  const { blank, counts } = readCells(tables);
  const collapsed = new Set(collapsedOtherRows(tables));
  // A whole empty table of a full report is one SECTION-MISSING, not a hundred missing cells.
  const emptyTables = new Set(TABLES.filter((t) => report.parts && isTableEmpty(tables, t)));
  const hits: Hit[] = [];
  blank.forEach((isBlank, i) => {
    if (!isBlank) return;
    const cell = CELLS[i];
    if (emptyTables.has(cell.table)) return;
    if (collapsed.size > 0 && cell.table === 'applications' && collapsed.has(appKeyOf(cell.key)!.row)) return;
    if (cell.computed && totalAwaitsParts(counts, i)) return;
    hits.push({ cells: [cell.key], vars: { cell: cell.name } });
  });
  return hits;
};
