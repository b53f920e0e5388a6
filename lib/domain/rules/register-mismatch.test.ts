// REGISTER-MISMATCH (issue 16): typed Table 2 against the register's count, per entry cell.
import { describe, expect, it } from 'vitest';
import { appKey, setCell } from '../cells';
import { cleanReport, findingsOf } from '../test-support';
import { ROW_RECEIVED } from '../template';

describe('REGISTER-MISMATCH', () => {
  const report = cleanReport();

  it('names the cell and both counts when the register counts 36 natural persons and the report says 35', () => {
    const register = setCell(report.tables, appKey(ROW_RECEIVED, 0), 36).applications;
    const found = findingsOf({ report, register }, 'REGISTER-MISMATCH');
    expect(found.map((f) => ({ severity: f.severity, message: f.message, cells: f.cells, left: f.left, right: f.right }))).toEqual([{
      severity: 'warning',
      message: '一、本年新收政府信息公开申请数量 / 自然人：报告填写35件，申请台账统计36件，相差1件',
      cells: ['一、本年新收政府信息公开申请数量 / 自然人'], left: '35', right: '36',
    }]);
  });

  it('does not compare totals (they follow from the entry cells) nor judge without a register', () => {
    const register = setCell(report.tables, appKey(ROW_RECEIVED, 6), 99).applications;
    expect(findingsOf({ report, register }, 'REGISTER-MISMATCH')).toEqual([]);
    expect(findingsOf(report, 'REGISTER-MISMATCH')).toEqual([]);
  });

  it('skips a cell the report leaves empty (VALUE-MISSING speaks for it)', () => {
    const empty = { ...report, tables: setCell(report.tables, appKey(ROW_RECEIVED, 0), null) };
    const register = setCell(report.tables, appKey(ROW_RECEIVED, 0), 36).applications;
    expect(findingsOf({ report: empty, register }, 'REGISTER-MISMATCH')).toEqual([]);
  });
});
