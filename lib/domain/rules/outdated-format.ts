// OUTDATED-FORMAT (spec §6, §10): a 2021-or-later report printed with the 2019 edition's single
// （六）其他处理 row. Its numbers sit in one of the three （六） rows and the other two are empty.
import { appKey, type CellKey } from '../cells';
import type { RuleCheck } from '../findings';
import type { TTables } from '../model';
import { isBlankCell } from '../normalize';
import { APP_COLS, template } from '../template';

const OTHER_GROUP = '（六）其他处理';
const OTHER_ROWS = template.applications.rows.map((r, i) => (r.group === OTHER_GROUP ? i : -1)).filter((i) => i >= 0);
/** The cells OUTDATED-FORMAT reads: the three （六） rows. */
export const OTHER_ROW_CELLS: readonly CellKey[] = OTHER_ROWS.flatMap((r) => Array.from({ length: APP_COLS }, (_, c) => appKey(r, c)));

/** The （六） rows left empty because the report printed （六） as one row, or [] if it did not. */
export function collapsedOtherRows(tables: TTables): number[] {
  const empty = OTHER_ROWS.filter((r) => tables.applications[r].every((v) => isBlankCell(v)));
  return empty.length === OTHER_ROWS.length - 1 ? empty : [];
}

export const checkOutdatedFormat: RuleCheck = ({ report }) => {
  if (report.year < template.firstYear) return [];
  const empty = collapsedOtherRows(report.tables);
  if (empty.length === 0) return [];
  return [{ vars: { detail: `「${OTHER_GROUP}」只有一行` } }];
};
