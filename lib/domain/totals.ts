// Computed cells of the statutory tables (spec §4–§6). Each is a sum relation: a total cell and the
// cells it adds up. The editor derives totals from what the clerk entered; a report read from outside
// keeps them as printed, and the same relations let the rules catch a printed total that is wrong.
import { appKey, getCell, litKey, setCell, type CellKey } from './cells';
import { countOf } from './normalize';
import type { TCell, TTables } from './model';
import {
  APP_COLS, APP_ENTRY_COLS, APP_ROWS, APP_TOTAL_COL, LIT_COLS, LIT_TOTAL_COL, RESULT_ROWS, ROW_RESULT_TOTAL,
  template,
} from './template';

export type SumRule = 'APP-ROW-TOTAL' | 'APP-RESULT-TOTAL' | 'LITIGATION-TOTAL';
export type SumRelation = {
  rule: SumRule;
  total: CellKey;
  parts: CellKey[];
  /** What the message calls the line being added up: a row, a column or a Table 3 group. */
  subject: string;
  /** Whether deriving totals computes the total cell from this relation (others only check it). */
  derives: boolean;
};

function buildRelations(): SumRelation[] {
  const relations: SumRelation[] = [];
  const { rows, columns } = template.applications;
  // （七）总计 per applicant column first: the row totals below then include it.
  for (let c = 0; c < APP_COLS; c++) {
    relations.push({
      rule: 'APP-RESULT-TOTAL',
      total: appKey(ROW_RESULT_TOTAL, c),
      parts: RESULT_ROWS.map((r) => appKey(r, c)),
      subject: columns[c].label,
      derives: c !== APP_TOTAL_COL,
    });
  }
  for (let r = 0; r < APP_ROWS; r++) {
    const row = rows[r];
    relations.push({
      rule: 'APP-ROW-TOTAL',
      total: appKey(r, APP_TOTAL_COL),
      parts: APP_ENTRY_COLS.map((c) => appKey(r, c)),
      subject: row.group ? `${row.group} / ${row.label}` : row.label,
      derives: true,
    });
  }
  template.litigation.groups.forEach((group, g) => {
    const base = g * LIT_COLS;
    relations.push({
      rule: 'LITIGATION-TOTAL',
      total: litKey(base + LIT_TOTAL_COL),
      parts: template.litigation.columns.map((_, c) => c).filter((c) => c !== LIT_TOTAL_COL).map((c) => litKey(base + c)),
      subject: group.path.join('·'),
      derives: true,
    });
  });
  return relations;
}

export const SUM_RELATIONS: readonly SumRelation[] = buildRelations();
/** The relations of each rule, and the relations each total cell heads: looked up, not searched. */
export const SUM_RELATIONS_OF: Readonly<Record<SumRule, readonly SumRelation[]>> = {
  'APP-ROW-TOTAL': SUM_RELATIONS.filter((r) => r.rule === 'APP-ROW-TOTAL'),
  'APP-RESULT-TOTAL': SUM_RELATIONS.filter((r) => r.rule === 'APP-RESULT-TOTAL'),
  'LITIGATION-TOTAL': SUM_RELATIONS.filter((r) => r.rule === 'LITIGATION-TOTAL'),
};
export const RELATIONS_BY_TOTAL: ReadonlyMap<CellKey, readonly SumRelation[]> = SUM_RELATIONS.reduce((byTotal, rel) => {
  byTotal.set(rel.total, [...(byTotal.get(rel.total) ?? []), rel]);
  return byTotal;
}, new Map<CellKey, SumRelation[]>());

/** Sum of counts; null unless every part is a valid count (a total is known only when its parts are). */
export function sumCounts(values: TCell[]): number | null {
  let sum = 0;
  for (const v of values) {
    const n = countOf(v);
    if (n === null) return null;
    sum += n;
  }
  return sum;
}

export function deriveTotals(tables: TTables): TTables {
  let out = tables;
  for (const rel of SUM_RELATIONS) {
    if (rel.derives) out = setCell(out, rel.total, sumCounts(rel.parts.map((k) => getCell(out, k))));
  }
  return out;
}
