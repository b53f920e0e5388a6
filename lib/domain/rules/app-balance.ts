// APP-BALANCE (spec §6): per column, 一 + 二 = 三（七）总计 + 四.
import { appKey } from '../cells';
import { mismatch, type RuleCheck } from '../findings';
import { sumCounts } from '../totals';
import { APP_COLS, ROW_CARRIED_IN, ROW_CARRIED_OUT, ROW_RECEIVED, ROW_RESULT_TOTAL, template } from '../template';

export const checkAppBalance: RuleCheck = ({ report }) => {
  const a = report.tables.applications;
  const hits = [];
  for (let c = 0; c < APP_COLS; c++) {
    const left = sumCounts([a[ROW_RECEIVED][c], a[ROW_CARRIED_IN][c]]);
    const right = sumCounts([a[ROW_RESULT_TOTAL][c], a[ROW_CARRIED_OUT][c]]);
    if (left === null || right === null || left === right) continue;
    const cells = [ROW_RECEIVED, ROW_CARRIED_IN, ROW_RESULT_TOTAL, ROW_CARRIED_OUT].map((r) => appKey(r, c));
    hits.push(mismatch(left, right, cells, { column: template.applications.columns[c].label }));
  }
  return hits;
};
