// Cross-year rules (spec §6), judged only when last year's report is known.
import { appKey } from '../cells';
import { mismatch, type Hit, type RuleCheck } from '../findings';
import { countOf } from '../normalize';
import { APP_COLS, ROW_CARRIED_IN, ROW_CARRIED_OUT, template } from '../template';

/** CARRY-OVER-MISMATCH: this year's 二、上年结转 equals last year's 四、结转下年度继续办理, per column. */
export const checkCarryOver: RuleCheck = ({ report, previous }) => {
  if (!previous) return [];
  const hits: Hit[] = [];
  for (let c = 0; c < APP_COLS; c++) {
    const left = countOf(report.tables.applications[ROW_CARRIED_IN][c]);
    const right = countOf(previous.tables.applications[ROW_CARRIED_OUT][c]);
    if (left === null || right === null || left === right) continue;
    hits.push(mismatch(left, right, [appKey(ROW_CARRIED_IN, c)], { column: template.applications.columns[c].label }));
  }
  return hits;
};

const STOCK_ROWS = template.active.blocks[0].rows as { key: 'regulations' | 'normativeDocuments'; label: string }[];

/** REGULATIONS-STOCK: 现行有效 = last year's 现行有效 + 本年制发 − 本年废止, for 规章 and 行政规范性文件. */
export const checkRegulationsStock: RuleCheck = ({ report, previous }) => {
  if (!previous) return [];
  const hits: Hit[] = [];
  for (const { key, label } of STOCK_ROWS) {
    const [issued, repealed, stock] = report.tables.active[key].map(countOf);
    const before = countOf(previous.tables.active[key][2]);
    if (issued === null || repealed === null || stock === null || before === null) continue;
    const expected = before + issued - repealed;
    if (stock === expected) continue;
    const cells = [0, 1, 2].map((c) => `active.${key}.${c}`);
    hits.push(mismatch(stock, expected, cells, { row: label, previous: before, issued, repealed }));
  }
  return hits;
};
