// Cell readings by index (cell-readings.ts) agree with reading each cell by key through the normaliser, on
// generated tables with counts, blanks, text, negatives and full-width digits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCells, sumAt } from './cell-readings';
import { CELLS, getCell } from './cells';
import { cellProblem, countOf, isBlankCell } from './normalize';
import { arbCellKey, arbRuleInput } from './rule-inputs.test-support';
import { sumCounts } from './totals';

describe('readCells', () => {
  it('reads each cell as countOf, isBlankCell and cellProblem do', () => {
    fc.assert(fc.property(arbRuleInput, ({ report: { tables } }) => {
      const read = readCells(tables);
      expect(read).toEqual({
        counts: CELLS.map((c) => countOf(getCell(tables, c.key))),
        blank: CELLS.map((c) => isBlankCell(getCell(tables, c.key), c.type)),
        problems: CELLS.map((c) => cellProblem(getCell(tables, c.key), c.type)),
      });
    }), { numRuns: 300 });
  });

  it('adds cells by index as sumCounts adds them by key', () => {
    fc.assert(fc.property(arbRuleInput, fc.array(arbCellKey, { maxLength: 12 }), ({ report: { tables } }, keys) => {
      const indices = keys.map((k) => CELLS.findIndex((c) => c.key === k));
      expect(sumAt(readCells(tables).counts, indices)).toBe(sumCounts(keys.map((k) => getCell(tables, k))));
    }), { numRuns: 300 });
  });
});
