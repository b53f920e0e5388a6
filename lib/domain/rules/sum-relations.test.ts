// APP-ROW-TOTAL, APP-RESULT-TOTAL and LITIGATION-TOTAL (spec §6): a printed total equals the sum of its parts.
// Clean tables: see test-support (一 row 35+5 = 40; 自然人 results 20+5+2+6+1+2 = 36; 行政复议 1+1+0+0 = 2).
import { describe, expect, it } from 'vitest';
import { appKey, litKey, setCell } from '../cells';
import type { TTables } from '../model';
import { ROW_RECEIVED, ROW_RESULT_TOTAL } from '../template';
import { appRow, check, cleanTables, rulesOf, tablesOnlyReport } from '../test-support';
import { deriveTotals } from '../totals';

type Expected = { rule: string; message: string; left: string; right: string; difference: string; cells: (string | undefined)[] };
type Case = { name: string; edit: (t: TTables) => TTables; expected: Expected[]; alsoFires: string[] };

const TOTAL = 6;
const PROTECT_THIRD_PARTY = appRow('（三）不予公开', '4.');
const PARTIAL = appRow('（二）部分公开');
const LIT_RECONSIDERATION_TOTAL = litKey(4);
const LIT_DIRECT_PENDING = litKey(8);

const cases: Case[] = [
  {
    name: 'APP-ROW-TOTAL: 一/总计 printed 41, 35+5+0+0+0+0 = 40',
    edit: (t) => setCell(t, appKey(ROW_RECEIVED, TOTAL), 41),
    expected: [{
      rule: 'APP-ROW-TOTAL', message: '一、本年新收政府信息公开申请数量：总计=41，六类申请人之和=40，相差1',
      left: '41', right: '40', difference: '1',
      cells: ['一、本年新收政府信息公开申请数量 / 总计', '一、本年新收政府信息公开申请数量 / 自然人', '一、本年新收政府信息公开申请数量 / 商业企业',
        '一、本年新收政府信息公开申请数量 / 科研机构', '一、本年新收政府信息公开申请数量 / 社会公益组织', '一、本年新收政府信息公开申请数量 / 法律服务机构',
        '一、本年新收政府信息公开申请数量 / 其他'],
    }],
    alsoFires: ['APP-BALANCE'],
  },
  {
    name: 'APP-ROW-TOTAL and APP-RESULT-TOTAL: （三）4./自然人 2→3 with totals as printed',
    edit: (t) => setCell(t, appKey(PROTECT_THIRD_PARTY, 0), 3),
    expected: [
      {
        rule: 'APP-ROW-TOTAL', message: '（三）不予公开 / 4.保护第三方合法权益：总计=2，六类申请人之和=3，相差1',
        left: '2', right: '3', difference: '-1',
        cells: ['三、本年度办理结果 / （三）不予公开 / 4.保护第三方合法权益 / 总计', '三、本年度办理结果 / （三）不予公开 / 4.保护第三方合法权益 / 自然人'],
      },
      {
        // 20+5+0+0+0+3+0+… +6+1+2 = 37
        rule: 'APP-RESULT-TOTAL', message: '自然人：三（七）总计=36，（一）至（六）各项之和=37，相差1',
        left: '36', right: '37', difference: '-1',
        cells: ['三、本年度办理结果 / （七）总计 / 自然人', '三、本年度办理结果 / （一）予以公开 / 自然人'],
      },
    ],
    alsoFires: [],
  },
  {
    name: 'APP-RESULT-TOTAL: 三（七）/自然人 printed 37, results 36',
    edit: (t) => setCell(t, appKey(ROW_RESULT_TOTAL, 0), 37),
    expected: [
      {
        rule: 'APP-ROW-TOTAL', message: '（七）总计：总计=40，六类申请人之和=41，相差1', left: '40', right: '41', difference: '-1',
        cells: ['三、本年度办理结果 / （七）总计 / 总计', '三、本年度办理结果 / （七）总计 / 自然人'],
      },
      {
        rule: 'APP-RESULT-TOTAL', message: '自然人：三（七）总计=37，（一）至（六）各项之和=36，相差1', left: '37', right: '36', difference: '1',
        cells: ['三、本年度办理结果 / （七）总计 / 自然人', '三、本年度办理结果 / （一）予以公开 / 自然人'],
      },
    ],
    alsoFires: ['APP-BALANCE'],
  },
  {
    name: 'APP-RESULT-TOTAL in the 总计 column: （二）/总计 printed 6; column 总计 24+6+2+6+1+2 = 41 ≠ 40',
    edit: (t) => setCell(t, appKey(PARTIAL, TOTAL), 6),
    expected: [
      {
        rule: 'APP-ROW-TOTAL', message: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）：总计=6，六类申请人之和=5，相差1',
        left: '6', right: '5', difference: '1',
        cells: ['三、本年度办理结果 / （二）部分公开（区分处理的，只计这一情形，不计其他情形） / 总计'],
      },
      {
        rule: 'APP-RESULT-TOTAL', message: '总计：三（七）总计=40，（一）至（六）各项之和=41，相差1', left: '40', right: '41', difference: '-1',
        cells: ['三、本年度办理结果 / （七）总计 / 总计', '三、本年度办理结果 / （一）予以公开 / 总计',
          '三、本年度办理结果 / （二）部分公开（区分处理的，只计这一情形，不计其他情形） / 总计'],
      },
    ],
    alsoFires: [],
  },
  {
    name: 'LITIGATION-TOTAL: 行政复议 总计 printed 3, 1+1+0+0 = 2',
    edit: (t) => setCell(t, LIT_RECONSIDERATION_TOTAL, 3),
    expected: [{
      rule: 'LITIGATION-TOTAL', message: '行政复议：总计=3，结果维持+结果纠正+其他结果+尚未审结=2，相差1', left: '3', right: '2', difference: '1',
      cells: ['行政复议 / 总计', '行政复议 / 结果维持', '行政复议 / 结果纠正', '行政复议 / 其他结果', '行政复议 / 尚未审结'],
    }],
    alsoFires: [],
  },
  {
    name: 'LITIGATION-TOTAL: 未经复议直接起诉 尚未审结 1→0, 总计 printed 2, 1+0+0+0 = 1',
    edit: (t) => setCell(t, LIT_DIRECT_PENDING, 0),
    expected: [{
      rule: 'LITIGATION-TOTAL', message: '行政诉讼·未经复议直接起诉：总计=2，结果维持+结果纠正+其他结果+尚未审结=1，相差1',
      left: '2', right: '1', difference: '1',
      cells: ['行政诉讼 / 未经复议直接起诉 / 总计', '行政诉讼 / 未经复议直接起诉 / 结果维持'],
    }],
    alsoFires: [],
  },
];

const SUM_RULES = ['APP-ROW-TOTAL', 'APP-RESULT-TOTAL', 'LITIGATION-TOTAL'];

describe('sum relations', () => {
  it('hold on the clean tables', () => {
    expect(check(tablesOnlyReport(cleanTables()))).toEqual([]);
  });

  it('hold after an entered cell changes and the totals are derived again (复议后起诉 其他结果 0→3)', () => {
    expect(check(tablesOnlyReport(deriveTotals(setCell(cleanTables(), litKey(12), 3))))).toEqual([]);
  });

  it.each(cases)('fire: $name', ({ edit, expected, alsoFires }) => {
    const findings = check(tablesOnlyReport(edit(cleanTables())));
    const sums = findings.filter((f) => SUM_RULES.includes(f.rule));
    expect(sums).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      const f = sums[i];
      expect({ rule: f.rule, severity: f.severity, message: f.message, left: f.left, right: f.right, difference: f.difference })
        .toEqual({ rule: e.rule, severity: 'error', message: e.message, left: e.left, right: e.right, difference: e.difference });
      // The total comes first, then its parts in printed order.
      expect(f.cells.slice(0, e.cells.length)).toEqual(e.cells);
    });
    expect(rulesOf(findings.filter((f) => !SUM_RULES.includes(f.rule)))).toEqual(alsoFires);
  });

  it('name all 21 result rows as the parts of 三（七）', () => {
    const [f] = check(tablesOnlyReport(setCell(cleanTables(), appKey(ROW_RESULT_TOTAL, 2), 1))).filter((x) => x.rule === 'APP-RESULT-TOTAL');
    expect(f.message).toBe('科研机构：三（七）总计=1，（一）至（六）各项之和=0，相差1');
    expect(f.cells).toHaveLength(1 + 21);
    expect(f.cells[21]).toBe('三、本年度办理结果 / （六）其他处理 / 3.其他 / 科研机构');
  });

  it('are not judged while a part is empty', () => {
    const findings = check(tablesOnlyReport(setCell(cleanTables(), litKey(0), null)));
    expect(rulesOf(findings)).toEqual(['VALUE-MISSING']);
  });
});
