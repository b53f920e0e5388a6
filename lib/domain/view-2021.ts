// A 2019-edition report seen in the 2021 shape, for the rules the editions share (spec §10): Table 2 with
// the single （六）其他处理 row in 「3.其他」 and （六）1./2. empty, Table 3 as is. The row map is derived
// from the two templates' row labels, not counted out.
import { appKeyOf, cellSpec, type CellKey } from './cells';
import type { TAnyReport, TReport2019 } from './canonical-2019';
import { filledActiveTable, type TCell, type TReport } from './model';
import { isPre2019, pre2019AsView } from './pre-2019';
import { template2019 } from './template-2019';
import { APP_COLS, APP_ROWS, template, type ApplicationRow } from './template';

const rowPath = (row: Pick<ApplicationRow, 'section' | 'group' | 'label'>) => [row.section, row.group, row.label].filter(Boolean).join(' / ');
const rows2021 = template.applications.rows;
const rows2019 = template2019.applications.rows;

/**
 * The 2019 row of each 2021 row: the row with the same labels; a 2021 group that the 2019 edition printed
 * as one row (（六）其他处理) keeps that row's numbers in its last row (「3.其他」, spec §10), the others none.
 */
export const ROW_2019_OF: readonly (number | undefined)[] = rows2021.map((row, r) => {
  const same = rows2019.findIndex((old) => rowPath(old) === rowPath(row));
  if (same >= 0) return same;
  const isLastOfGroup = row.group !== undefined && rows2021[r + 1]?.group !== row.group;
  const whole = rows2019.findIndex((old) => old.group === undefined && old.section === row.section && old.label === row.group);
  return isLastOfGroup && whole >= 0 ? whole : undefined;
});

/** The 2021 row that holds the 2019 edition's single （六）其他处理 row. */
export const OTHER_VIEW_ROW = rows2021[ROW_2019_OF.findIndex((from, r) => from !== undefined && rowPath(rows2019[from]) !== rowPath(rows2021[r]))];

/**
 * The 2019 report in the 2021 shape. Table 1 has no 2021 counterpart: zeros (nothing to judge) for the
 * report itself, empty for last year's report (REGULATIONS-STOCK then has no stock to start from).
 */
export function toView2021(report: TReport2019, role: 'report' | 'previous' = 'report'): TReport {
  const { tables, ...rest } = report;
  const applications = Array.from({ length: APP_ROWS }, (_, r) => {
    const from = ROW_2019_OF[r];
    return from === undefined ? Array<TCell>(APP_COLS).fill(null) : tables.applications[from].slice();
  });
  const active = role === 'report' ? filledActiveTable(0, '0') : filledActiveTable(null, null);
  return { ...rest, format: 'national-2021', tables: { active, applications, litigation: tables.litigation.slice() } } as TReport;
}

/** Last year's report as the 2021 rules compare with it, whatever its edition (before 2019: every cell empty). */
export const comparable = (r: TAnyReport): TReport => (r.format === 'national-2019' ? toView2021(r, 'previous') : isPre2019(r) ? pre2019AsView(r) : r);

/** A cell of the view named as the 2019 tables name it; null for the rows the 2019 edition lacks. */
export function cellName2019(key: CellKey): string | null {
  const at = appKeyOf(key);
  if (!at) return cellSpec(key).name; // Table 3 is the same in both editions
  const from = ROW_2019_OF[at.row];
  if (from === undefined) return null;
  return [rowPath(rows2019[from]), template2019.applications.columns[at.col].label].join(' / ');
}

/** A cell of the view keyed as in the 2019 tables (Table 2 rows renumbered). */
export function cellKey2019(key: CellKey): CellKey {
  const at = appKeyOf(key);
  return at ? `applications.${ROW_2019_OF[at.row]}.${at.col}` : key;
}
