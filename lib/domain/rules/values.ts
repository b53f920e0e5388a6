// VALUE-FORMAT and VALUE-MISSING (spec §6): every statutory cell holds a valid value, and none is empty.
import { CELLS, getCell, type CellSpec } from '../cells';
import type { Hit, RuleCheck } from '../findings';
import type { TTables } from '../model';
import { cellProblem, countOf, isBlankCell } from '../normalize';
import { SUM_RELATIONS } from '../totals';
import type { TableKey } from '../template';
import { collapsedOtherRows } from './outdated-format';

export const checkValueFormat: RuleCheck = ({ report }) => {
  const hits: Hit[] = [];
  for (const cell of CELLS) {
    const value = getCell(report.tables, cell.key);
    const problem = cellProblem(value, cell.type);
    if (problem) hits.push({ cells: [cell.key], vars: { cell: cell.name, value: String(value), problem } });
  }
  return hits;
};

export function isTableEmpty(tables: TTables, table: TableKey): boolean {
  return CELLS.every((c) => c.table !== table || isBlankCell(getCell(tables, c.key), c.type));
}

/** An empty total whose parts are not all valid is not reported again: its parts already are. */
function totalAwaitsParts(tables: TTables, cell: CellSpec): boolean {
  return SUM_RELATIONS.some(
    (rel) => rel.total === cell.key && rel.parts.some((k) => countOf(getCell(tables, k)) === null),
  );
}

export const checkValueMissing: RuleCheck = ({ report }) => {
  const { tables } = report;
  const collapsed = new Set(collapsedOtherRows(tables).map((r) => `applications.${r}.`));
  // A whole empty table of a full report is one SECTION-MISSING, not a hundred missing cells.
  const emptyTables = new Set(
    (['active', 'applications', 'litigation'] as const).filter((t) => report.parts && isTableEmpty(tables, t)),
  );
  const hits: Hit[] = [];
  for (const cell of CELLS) {
    if (emptyTables.has(cell.table) || !isBlankCell(getCell(tables, cell.key), cell.type)) continue;
    if ([...collapsed].some((prefix) => cell.key.startsWith(prefix))) continue;
    if (cell.computed && totalAwaitsParts(tables, cell)) continue;
    hits.push({ cells: [cell.key], vars: { cell: cell.name } });
  }
  return hits;
};
