// The 2019 edition (spec §9): its own Table 1, a single （六）其他处理 row; the shared rules judge Tables 2/3
// with 2019 names; OUTDATED-FORMAT for a report of 2021 or later; canonical JSON of either edition.
import { describe, expect, it } from 'vitest';
import {
  findBrokenRules2019, findBrokenRulesAnyEdition, readCanonicalAnyEdition, toView2021, writeCanonicalAnyEdition,
  type TReport2019,
} from './edition-2019';
import { report2019 } from './edition-2019.test-support';
import seed003 from './fixtures/seed-003.json';
import type { TReport } from './model';

const rules = (r: TReport2019) => findBrokenRules2019({ report: r }).map((f) => f.rule);

describe('2019-edition rules', () => {
  it('a clean 2020 report has no finding', () => {
    expect(findBrokenRules2019({ report: report2019() })).toEqual([]);
  });

  it('a 2021 report in the 2019 tables gets OUTDATED-FORMAT, naming what is old', () => {
    const findings = findBrokenRules2019({ report: report2019(2021) });
    expect(findings.map((f) => [f.rule, f.severity, f.message])).toEqual([[
      'OUTDATED-FORMAT', 'error',
      '2021年度报告使用了2019年版表格：表格为2019年版（本年新制作数量、上一年项目数量、政府集中采购，「（六）其他处理」只有一行），应使用国办公开办函〔2021〕30号格式',
    ]]);
  });

  it('APP-BALANCE and APP-ROW-TOTAL name 2019 cells: 一/自然人 1→3 (一+二=3, 三（七）+四=1)', () => {
    const r = report2019();
    r.tables.applications[0][0] = 3;
    const findings = findBrokenRules2019({ report: r });
    expect(findings.map((f) => f.message)).toEqual([
      '自然人：一+二=3，三（七）+四=1，相差2',
      '一、本年新收政府信息公开申请数量：总计=1，六类申请人之和=3，相差2',
    ]);
    expect(findings[0].cells).toEqual([
      '一、本年新收政府信息公开申请数量 / 自然人', '二、上年结转政府信息公开申请数量 / 自然人',
      '三、本年度办理结果 / （七）总计 / 自然人', '四、结转下年度继续办理 / 自然人',
    ]);
    expect(findings[0].cellKeys).toEqual(['applications.0.0', 'applications.1.0', 'applications.21.0', 'applications.22.0']);
  });

  it('the single （六） row is 「（六）其他处理」 in messages and cell names (row 20 of 23)', () => {
    const r = report2019();
    r.tables.applications[20] = [2, 0, 0, 0, 0, 0, 3]; // 2 ≠ 3; and 三（七） (自然人 1, 总计 1) no longer adds up
    const findings = findBrokenRules2019({ report: r });
    expect(findings.map((f) => f.rule)).toEqual(['APP-ROW-TOTAL', 'APP-RESULT-TOTAL', 'APP-RESULT-TOTAL']);
    const rowTotal = findings.find((f) => f.rule === 'APP-ROW-TOTAL');
    expect(rowTotal?.message).toBe('（六）其他处理：总计=3，六类申请人之和=2，相差1');
    expect(rowTotal?.cells[0]).toBe('三、本年度办理结果 / （六）其他处理 / 总计');
    const resultTotal = findings.find((f) => f.rule === 'APP-RESULT-TOTAL');
    expect(resultTotal?.message).toBe('自然人：三（七）总计=1，（一）至（六）各项之和=3，相差2');
    expect(resultTotal?.cells).toContain('三、本年度办理结果 / （六）其他处理 / 自然人');
    expect(resultTotal?.cells).toHaveLength(20); // the total and its 19 result rows
  });

  it('LITIGATION-TOTAL as in 2021', () => {
    const r = report2019();
    r.tables.litigation[0] = 1;
    expect(findBrokenRules2019({ report: r }).map((f) => f.message)).toEqual(['行政复议：总计=0，结果维持+结果纠正+其他结果+尚未审结=1，相差1']);
  });

  it('Table 1 values: 本年增/减 may be negative, counts may not; a blank is missing; odd text is VALUE-FORMAT', () => {
    const r = report2019();
    r.tables.active.licensing[1] = '−7';
    r.tables.active.punishment[0] = -1;
    r.tables.active.procurement[1] = null;
    r.tables.active.fees[1] = '增加';
    const findings = findBrokenRules2019({ report: r });
    expect(findings.map((f) => [f.rule, f.message])).toEqual([
      ['VALUE-FORMAT', '第二十条第（六）项 / 行政处罚 / 上一年项目数量：「-1」不能为负数'],
      ['VALUE-FORMAT', '第二十条第（八）项 / 行政事业性收费 / 本年增/减：「增加」不是数字'],
      ['VALUE-MISSING', '第二十条第（九）项 / 政府集中采购 / 采购总金额：未填写（没有数量请填0）'],
    ]);
  });

  it('a blank （六） row is six missing values of 「（六）其他处理」, not of three 2021 rows', () => {
    const r = report2019();
    r.tables.applications[20] = Array(7).fill(null);
    const findings = findBrokenRules2019({ report: r });
    expect(findings.map((f) => f.cells[0])).toEqual(
      ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((c) => `三、本年度办理结果 / （六）其他处理 / ${c}`),
    );
  });

  it('an empty Table 1 is SECTION-MISSING of 二', () => {
    const r = report2019();
    for (const key of Object.keys(r.tables.active) as (keyof TReport2019['tables']['active'])[]) {
      r.tables.active[key] = r.tables.active[key].map(() => null) as never;
    }
    expect(rules(r)).toEqual(['SECTION-MISSING']);
  });
});

describe('canonical JSON of either edition', () => {
  it('reads and writes a 2019 report; cells given as text become values', () => {
    const r = report2019();
    const text = writeCanonicalAnyEdition(r);
    expect(text).toContain('"format": "national-2019"');
    expect(text).toContain('"licensing": [12, -2, 110]');
    const data = JSON.parse(text);
    data.tables.active.licensing[1] = '－2';
    data.tables.applications[0][0] = '１';
    const read = readCanonicalAnyEdition(data);
    expect(read).toEqual({ ok: true, report: r });
  });

  it('names the path of a 2019 report of the wrong shape', () => {
    const data = JSON.parse(writeCanonicalAnyEdition(report2019()));
    data.tables.applications.push(Array(7).fill(0));
    data.tables.active.fees.push(0);
    const read = readCanonicalAnyEdition(data);
    expect(read.ok ? [] : read.errors.map((e) => e.path)).toEqual(['tables.active.fees', 'tables.applications']);
  });

  it('reads a 2021 report as readCanonical does', () => {
    expect(readCanonicalAnyEdition(seed003)).toMatchObject({ ok: true, report: { format: 'national-2021', year: 2024 } });
  });
});

describe('across editions', () => {
  it('the 2021 view puts （六） in 「3.其他」 and leaves （六）1./2. empty', () => {
    const r = report2019();
    r.tables.applications[20] = [1, 0, 0, 0, 0, 0, 1];
    const view = toView2021(r);
    expect(view.tables.applications.slice(20, 23)).toEqual([Array(7).fill(null), Array(7).fill(null), [1, 0, 0, 0, 0, 0, 1]]);
    expect(view.tables.applications[24]).toEqual(r.tables.applications[22]);
  });

  it('a 2021 report checked against a 2019-edition previous year: CARRY-OVER-MISMATCH, and no REGULATIONS-STOCK', () => {
    const previous = report2019(2020);
    previous.tables.applications[22] = [2, 0, 0, 0, 0, 0, 2]; // 四 of 2020: 2 carried over
    const current = structuredClone(seed003) as unknown as TReport;
    current.year = 2021;
    current.parts = report2019(2021).parts;
    current.signature = { organ: current.organ, date: '2022-01-17' };
    const findings = findBrokenRulesAnyEdition({ report: current, previous });
    expect(findings.map((f) => [f.rule, f.message])).toEqual([
      ['CARRY-OVER-MISMATCH', '自然人：本年“二、上年结转”=0，上年“四、结转下年度继续办理”=2，相差2'],
      ['CARRY-OVER-MISMATCH', '总计：本年“二、上年结转”=0，上年“四、结转下年度继续办理”=2，相差2'],
    ]);
  });
});
