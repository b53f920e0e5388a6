// APP-BALANCE (spec §6): per column, 一 + 二 = 三（七）总计 + 四.
import { readCells, sumAt } from '../cell-readings';
import { appKey, cellIndex } from '../cells';
import { mismatch, type Hit, type RuleCheck } from '../findings';
import { APP_COLS, ROW_CARRIED_IN, ROW_CARRIED_OUT, ROW_RECEIVED, ROW_RESULT_TOTAL, template } from '../template';

/** Per column: its four cells (as findings list them), and the two sides by index in CELLS. */
const COLUMNS = Array.from({ length: APP_COLS }, (_, c) => {
  const cells = [ROW_RECEIVED, ROW_CARRIED_IN, ROW_RESULT_TOTAL, ROW_CARRIED_OUT].map((r) => appKey(r, c));
  const [received, carriedIn, resultTotal, carriedOut] = cells.map(cellIndex);
  return { cells, left: [received, carriedIn], right: [resultTotal, carriedOut], label: template.applications.columns[c].label };
});

export const checkAppBalance: RuleCheck = ({ report }) => {
  const { counts } = readCells(report.tables);
  const hits: Hit[] = [];
  for (const column of COLUMNS) {
    const left = sumAt(counts, column.left);
    const right = sumAt(counts, column.right);
    if (left === null || right === null || left === right) continue;
    hits.push(mismatch(left, right, column.cells.slice(), { column: column.label }));
  }
  return hits;
};
