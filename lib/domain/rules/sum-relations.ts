// APP-ROW-TOTAL, APP-RESULT-TOTAL and LITIGATION-TOTAL (spec §6): a printed total equals the sum of its parts.
import { readCells, sumAt } from '../cell-readings';
import { appKey, cellIndex } from '../cells';
import { mismatch, type Hit, type RuleCheck } from '../findings';
import { APP_COLS } from '../template';
import { SUM_RELATIONS_OF, type SumRule } from '../totals';
import { collapsedOtherRows } from './outdated-format';

const VAR_NAME: Record<SumRule, string> = { 'APP-ROW-TOTAL': 'row', 'APP-RESULT-TOTAL': 'column', 'LITIGATION-TOTAL': 'group' };

export function checkSums(rule: SumRule): RuleCheck {
  const relations = SUM_RELATIONS_OF[rule].map((rel) => ({ rel, total: cellIndex(rel.total), parts: rel.parts.map(cellIndex) }));
  return ({ report }) => {
    const { counts } = readCells(report.tables);
    // The two rows a single-row （六） leaves empty (OUTDATED-FORMAT) add nothing; they must not stop the check.
    const collapsedRows = collapsedOtherRows(report.tables);
    const collapsed = collapsedRows.length === 0
      ? undefined
      : new Set(collapsedRows.flatMap((r) => Array.from({ length: APP_COLS }, (_, c) => cellIndex(appKey(r, c)))));
    const hits: Hit[] = [];
    for (const { rel, total, parts } of relations) {
      const left = counts[total];
      const right = sumAt(counts, parts, collapsed);
      if (left === null || right === null || left === right) continue;
      hits.push(mismatch(left, right, [rel.total, ...rel.parts], { [VAR_NAME[rule]]: rel.subject }));
    }
    return hits;
  };
}
