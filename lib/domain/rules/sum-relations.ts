// APP-ROW-TOTAL, APP-RESULT-TOTAL and LITIGATION-TOTAL (spec §6): a printed total equals the sum of its parts.
import { appKey, getCell } from '../cells';
import { mismatch, type RuleCheck } from '../findings';
import { countOf } from '../normalize';
import { APP_COLS } from '../template';
import { SUM_RELATIONS_OF, sumCounts, type SumRule } from '../totals';
import { collapsedOtherRows } from './outdated-format';

const VAR_NAME: Record<SumRule, string> = { 'APP-ROW-TOTAL': 'row', 'APP-RESULT-TOTAL': 'column', 'LITIGATION-TOTAL': 'group' };

export function checkSums(rule: SumRule): RuleCheck {
  return ({ report }) => {
    // The two rows a single-row （六） leaves empty (OUTDATED-FORMAT) add nothing; they must not stop the check.
    const collapsedRows = collapsedOtherRows(report.tables);
    const collapsed = new Set(collapsedRows.flatMap((r) => Array.from({ length: APP_COLS }, (_, c) => appKey(r, c))));
    const hits = [];
    for (const rel of SUM_RELATIONS_OF[rule]) {
      const left = countOf(getCell(report.tables, rel.total));
      const parts = collapsed.size === 0 ? rel.parts : rel.parts.filter((k) => !collapsed.has(k));
      const right = sumCounts(parts.map((k) => getCell(report.tables, k)));
      if (left === null || right === null || left === right) continue;
      hits.push(mismatch(left, right, [rel.total, ...rel.parts], { [VAR_NAME[rule]]: rel.subject }));
    }
    return hits;
  };
}
