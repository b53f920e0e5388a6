// OUTDATED-FORMAT (spec §6, §10): a 2021-or-later report printing （六）其他处理 as one row (2019 habit):
// its numbers sit in one of the three （六） rows, the other two are null.
import { describe, expect, it } from 'vitest';
import { appKey, setCell } from '../cells';
import type { TCell, TTables } from '../model';
import { ROW_RESULT_TOTAL } from '../template';
import { appRow, check, cleanTables, rulesOf, tablesOnlyReport } from '../test-support';

const OTHER = [appRow('（六）其他处理', '1.'), appRow('（六）其他处理', '2.'), appRow('（六）其他处理', '3.')];
const blankRow = (): TCell[] => Array<TCell>(7).fill(null);

/** The clean tables with the given （六） rows emptied (the clean report has its 2 cases in （六）3.其他). */
function withEmptyOtherRows(rows: number[]): TTables {
  const t = cleanTables();
  return { ...t, applications: t.applications.map((row, r) => (rows.includes(r) ? blankRow() : row)) };
}

describe('OUTDATED-FORMAT', () => {
  it('fires for a 2024 report with only （六）3. filled, without VALUE-MISSING for the two empty rows', () => {
    const findings = check(tablesOnlyReport(withEmptyOtherRows([OTHER[0], OTHER[1]]), 2024));
    expect(findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, cells: f.cells }))).toEqual([{
      rule: 'OUTDATED-FORMAT', severity: 'error', cells: [],
      message: '2024年度报告使用了2019年版表格：「（六）其他处理」只有一行，应使用国办公开办函〔2021〕30号格式',
    }]);
  });

  it('reads rows of 「/」 the same way as empty rows', () => {
    const t = cleanTables();
    const slashed = { ...t, applications: t.applications.map((row, r) => (r === OTHER[0] || r === OTHER[1] ? row.map(() => '/') : row)) };
    expect(rulesOf(check(tablesOnlyReport(slashed, 2024)))).toEqual(['OUTDATED-FORMAT']);
  });

  it('fires for 2021, the first year of the 2021 edition, whichever （六） row holds the numbers', () => {
    const t = withEmptyOtherRows([OTHER[1], OTHER[2]]);
    const moved = setCell(setCell(t, appKey(OTHER[0], 0), 2), appKey(OTHER[0], 6), 2);
    expect(rulesOf(check(tablesOnlyReport(moved, 2021)))).toEqual(['OUTDATED-FORMAT']);
  });

  it('does not flag a 2020 report (the 2019 edition was still current)', () => {
    expect(check(tablesOnlyReport(withEmptyOtherRows([OTHER[0], OTHER[1]]), 2020))).toEqual([]);
  });

  it('holds when all three （六） rows are filled', () => {
    expect(rulesOf(check(tablesOnlyReport(cleanTables(), 2024)))).toEqual([]);
  });

  it('does not fire when all three （六） rows are empty: that is 18 missing values (6 columns × 3 rows)', () => {
    const findings = check(tablesOnlyReport(withEmptyOtherRows(OTHER), 2024));
    expect(rulesOf(findings)).toEqual(Array(18).fill('VALUE-MISSING'));
  });

  it('does not fire when one （六） row is empty: 6 missing values', () => {
    expect(rulesOf(check(tablesOnlyReport(withEmptyOtherRows([OTHER[0]]), 2024)))).toEqual(Array(6).fill('VALUE-MISSING'));
  });

  it('still lets APP-RESULT-TOTAL judge 三（七） of a collapsed report (the empty rows count for nothing)', () => {
    // 自然人 results 20+5+2+6+1+2 = 36; printed 三（七）/自然人 37.
    const t = setCell(withEmptyOtherRows([OTHER[0], OTHER[1]]), appKey(ROW_RESULT_TOTAL, 0), 37);
    const findings = check(tablesOnlyReport(t, 2024)).filter((f) => f.rule === 'APP-RESULT-TOTAL');
    expect(findings.map((f) => f.message)).toEqual(['自然人：三（七）总计=37，（一）至（六）各项之和=36，相差1']);
  });
});
