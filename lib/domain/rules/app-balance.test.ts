// APP-BALANCE (spec §6): per column, 一 + 二 = 三（七）总计 + 四. Clean report: see test-support.cleanEntered.
import { describe, expect, it } from 'vitest';
import { appKey, setCell } from '../cells';
import type { TTables } from '../model';
import { ROW_CARRIED_OUT, ROW_RECEIVED, ROW_RESULT_TOTAL } from '../template';
import { check, cleanReport, cleanTables, findingsOf, rulesOf, tablesOnlyReport } from '../test-support';
import { deriveTotals } from '../totals';

const NATURAL_PERSON_CELLS = [
  '一、本年新收政府信息公开申请数量 / 自然人',
  '二、上年结转政府信息公开申请数量 / 自然人',
  '三、本年度办理结果 / （七）总计 / 自然人',
  '四、结转下年度继续办理 / 自然人',
];

type Case = {
  name: string;
  edit: (t: TTables) => TTables;
  expected: { message: string; cells?: string[]; left: string; right: string; difference: string }[];
  /** Every rule the edit breaks, APP-BALANCE included. */
  rules: string[];
};

const cases: Case[] = [
  {
    name: '四/自然人 3→2 with the printed 总计 kept: 35+4=39, 36+2=38',
    edit: (t) => setCell(t, appKey(ROW_CARRIED_OUT, 0), 2),
    expected: [{ message: '自然人：一+二=39，三（七）+四=38，相差1', cells: NATURAL_PERSON_CELLS, left: '39', right: '38', difference: '1' }],
    rules: ['APP-BALANCE', 'APP-ROW-TOTAL'],
  },
  {
    name: '一/商业企业 5→7, totals derived: 商业企业 7+0=7 vs 4+1=5; 总计 42+4=46 vs 40+4=44',
    edit: (t) => deriveTotals(setCell(t, appKey(ROW_RECEIVED, 1), 7)),
    expected: [
      { message: '商业企业：一+二=7，三（七）+四=5，相差2', left: '7', right: '5', difference: '2' },
      { message: '总计：一+二=46，三（七）+四=44，相差2', left: '46', right: '44', difference: '2' },
    ],
    rules: ['APP-BALANCE', 'APP-BALANCE'],
  },
  {
    name: '三（七）/总计 printed 40→41: 总计 40+4=44 vs 41+4=45 (difference negative, message absolute)',
    edit: (t) => setCell(t, appKey(ROW_RESULT_TOTAL, 6), 41),
    expected: [{ message: '总计：一+二=44，三（七）+四=45，相差1', left: '44', right: '45', difference: '-1' }],
    rules: ['APP-BALANCE', 'APP-ROW-TOTAL', 'APP-RESULT-TOTAL'],
  },
];

describe('APP-BALANCE', () => {
  it('holds on the clean report (40+4 = 40+4 in 总计)', () => {
    expect(findingsOf(cleanReport(), 'APP-BALANCE')).toEqual([]);
  });

  it.each(cases)('fires: $name', ({ edit, expected, rules }) => {
    // Tables only: a full report would add NARRATIVE-NUMBER for the shares of 三（七）.
    const edited = tablesOnlyReport(edit(cleanTables()));
    const found = findingsOf(edited, 'APP-BALANCE');
    expect(found.map((f) => f.severity)).toEqual(expected.map(() => 'error'));
    expect(found).toMatchObject(expected);
    expect(rulesOf(check(edited)).sort()).toEqual([...rules].sort());
  });

  it('is not judged for a column with an empty cell (VALUE-MISSING reports that instead)', () => {
    const report = cleanReport();
    const edited = { ...report, tables: setCell(report.tables, appKey(ROW_CARRIED_OUT, 0), null) };
    expect(findingsOf(edited, 'APP-BALANCE')).toEqual([]);
    expect(findingsOf(edited, 'VALUE-MISSING').map((f) => f.cells)).toEqual([['四、结转下年度继续办理 / 自然人']]);
  });
});
