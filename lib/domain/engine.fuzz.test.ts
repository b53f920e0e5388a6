// The rule engine on generated reports, valid and broken (rule-inputs.test-support.ts): the table rules that
// add cells by index agree with a plain reference that reads each cell by key, and the editor's rule session
// finds what findBrokenRules finds after any sequence of edits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appKey, CELLS, getCell, setCell } from './cells';
import { createRuleSession, findBrokenRules } from './engine';
import { mismatch, type Hit, type RuleInput } from './findings';
import { countOf } from './normalize';
import { withPendingInCells } from './pending-input';
import { RULE_CHECKS, RULE_TABLE_CELLS } from './rules';
import { collapsedOtherRows } from './rules/outdated-format';
import { arbCellKey, arbCellValue, arbNarrativeKey, arbPartText, arbRuleInput } from './rule-inputs.test-support';
import { APP_COLS, ROW_CARRIED_IN, ROW_CARRIED_OUT, ROW_RECEIVED, ROW_RESULT_TOTAL, template } from './template';
import { SUM_RELATIONS_OF, sumCounts, type SumRule } from './totals';

/** APP-BALANCE read plainly: per column, 一 + 二 against 三（七）总计 + 四. */
function referenceBalance({ report }: RuleInput): Hit[] {
  const a = report.tables.applications;
  const rows = [ROW_RECEIVED, ROW_CARRIED_IN, ROW_RESULT_TOTAL, ROW_CARRIED_OUT];
  return Array.from({ length: APP_COLS }, (_, c) => c).flatMap((c) => {
    const left = sumCounts([a[ROW_RECEIVED][c], a[ROW_CARRIED_IN][c]]);
    const right = sumCounts([a[ROW_RESULT_TOTAL][c], a[ROW_CARRIED_OUT][c]]);
    if (left === null || right === null || left === right) return [];
    return [mismatch(left, right, rows.map((r) => appKey(r, c)), { column: template.applications.columns[c].label })];
  });
}

/** A sum rule read plainly: each total against its parts by key, the rows a single-row （六） left empty skipped. */
function referenceSums(rule: SumRule, { report: { tables } }: RuleInput): Hit[] {
  const skipped = new Set(collapsedOtherRows(tables).flatMap((r) => Array.from({ length: APP_COLS }, (_, c) => appKey(r, c))));
  const name = { 'APP-ROW-TOTAL': 'row', 'APP-RESULT-TOTAL': 'column', 'LITIGATION-TOTAL': 'group' }[rule];
  return SUM_RELATIONS_OF[rule].flatMap((rel) => {
    const left = countOf(getCell(tables, rel.total));
    const right = sumCounts(rel.parts.filter((k) => !skipped.has(k)).map((k) => getCell(tables, k)));
    if (left === null || right === null || left === right) return [];
    return [mismatch(left, right, [rel.total, ...rel.parts], { [name]: rel.subject })];
  });
}

type Edit = (input: RuleInput) => RuleInput;
const withReport = (input: RuleInput, report: RuleInput['report']): RuleInput => ({ ...input, report });
const arbEdit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(arbCellKey, arbCellValue).map(([key, value]): Edit => (i) => withReport(i, { ...i.report, tables: setCell(i.report.tables, key, value) })) },
  { weight: 2, arbitrary: fc.tuple(arbNarrativeKey, arbPartText).map(([part, text]): Edit => (i) => (i.report.parts ? withReport(i, { ...i.report, parts: { ...i.report.parts, [part]: text } }) : i)) },
  { weight: 1, arbitrary: fc.integer({ min: 2019, max: 2026 }).map((year): Edit => (i) => withReport(i, { ...i.report, year })) },
  { weight: 1, arbitrary: fc.constant<Edit>((i) => ({ ...i, previous: undefined })) },
  { weight: 1, arbitrary: fc.constant<Edit>((i) => ({ ...i, register: i.report.tables.applications })) },
  { weight: 1, arbitrary: fc.constant<Edit>((i) => withReport(i, withPendingInCells(i.report))) },
);

describe('the rule engine on generated reports', () => {
  it('lists every cell a rule reads in RULE_TABLE_CELLS: no cell outside it changes the rule\'s hits', () => {
    fc.assert(fc.property(arbRuleInput, arbCellValue, (input, value) => {
      const judged = withReport(input, withPendingInCells(input.report));
      for (const [rule, read] of Object.entries(RULE_TABLE_CELLS)) {
        const hits = RULE_CHECKS[rule](judged);
        for (const { key } of CELLS.filter((c) => !read!.includes(c.key))) {
          const typed = withReport(judged, { ...judged.report, tables: setCell(judged.report.tables, key, value) });
          expect(RULE_CHECKS[rule](typed), `${rule} reads ${key}`).toEqual(hits);
        }
      }
    }), { numRuns: 40 });
  });

  it('adds up Table 2 and Table 3 as a plain reading by key does', () => {
    fc.assert(fc.property(arbRuleInput, (input) => {
      const judged = withReport(input, withPendingInCells(input.report));
      expect(RULE_CHECKS['APP-BALANCE'](judged)).toEqual(referenceBalance(judged));
      for (const rule of Object.keys(SUM_RELATIONS_OF) as SumRule[]) expect(RULE_CHECKS[rule](judged)).toEqual(referenceSums(rule, judged));
    }), { numRuns: 400 });
  });

  it('finds in the editor’s rule session what findBrokenRules finds, after any sequence of edits', () => {
    fc.assert(fc.property(arbRuleInput, fc.array(arbEdit, { minLength: 1, maxLength: 8 }), (first, edits) => {
      const run = createRuleSession();
      let input = first;
      expect(run(input)).toEqual(findBrokenRules(structuredClone(input)));
      for (const edit of edits) {
        input = edit(input);
        expect(run(input)).toEqual(findBrokenRules(structuredClone(input)));
      }
    }), { numRuns: 300 });
  });
});
