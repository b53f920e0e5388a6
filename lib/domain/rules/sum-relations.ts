// APP-ROW-TOTAL, APP-RESULT-TOTAL and LITIGATION-TOTAL (spec §6): a printed total equals the sum of its parts.
import { getCell } from '../cells';
import { mismatch, type RuleCheck } from '../findings';
import { countOf } from '../normalize';
import { SUM_RELATIONS, sumCounts, type SumRule } from '../totals';

const VAR_NAME: Record<SumRule, string> = { 'APP-ROW-TOTAL': 'row', 'APP-RESULT-TOTAL': 'column', 'LITIGATION-TOTAL': 'group' };

export function checkSums(rule: SumRule): RuleCheck {
  return ({ report }) => {
    const hits = [];
    for (const rel of SUM_RELATIONS) {
      if (rel.rule !== rule) continue;
      const left = countOf(getCell(report.tables, rel.total));
      const right = sumCounts(rel.parts.map((k) => getCell(report.tables, k)));
      if (left === null || right === null || left === right) continue;
      hits.push(mismatch(left, right, [rel.total, ...rel.parts], { [VAR_NAME[rule]]: rel.subject }));
    }
    return hits;
  };
}
