// VALUE-FORMAT and VALUE-MISSING (spec §6): counts are non-negative integers, 收费金额 a non-negative amount
// with at most 6 decimals; no statutory cell is empty.
import { describe, expect, it } from 'vitest';
import { appKey, litKey, setCell, type CellKey } from '../cells';
import type { TCell } from '../model';
import { ROW_RECEIVED } from '../template';
import { check, cleanReport, cleanTables, emptyLitigation, findingsOf, rulesOf, tablesOnlyReport } from '../test-support';
import { deriveTotals } from '../totals';

const withCell = (key: CellKey, value: TCell) => tablesOnlyReport(setCell(cleanTables(), key, value));

describe('VALUE-FORMAT', () => {
  const holds: { name: string; key: CellKey; value: TCell }[] = [
    { name: 'a count of 0', key: 'active.licensing', value: 0 },
    { name: 'an amount with 2 decimals', key: 'active.feesWan', value: '4618.24' },
    { name: 'an amount with 6 decimals (24252.311082)', key: 'active.feesWan', value: '24252.311082' },
    { name: 'an amount given as a JSON number', key: 'active.feesWan', value: 4618.24 },
    { name: 'a count held as text "110"', key: 'active.licensing', value: '110' },
  ];
  it.each(holds)('holds for $name', ({ key, value }) => {
    expect(check(withCell(key, value))).toEqual([]);
  });

  const fires: { name: string; key: CellKey; value: TCell; cell: string; message: string }[] = [
    {
      name: 'a negative count', key: 'active.licensing', value: -3,
      cell: '第二十条第（五）项 / 行政许可 / 本年处理决定数量', message: '第二十条第（五）项 / 行政许可 / 本年处理决定数量：「-3」不能为负数',
    },
    {
      name: 'a fractional count', key: 'active.normativeDocuments.0', value: 2.5,
      cell: '第二十条第（一）项 / 行政规范性文件 / 本年制发件数', message: '第二十条第（一）项 / 行政规范性文件 / 本年制发件数：「2.5」须为整数',
    },
    {
      name: 'an amount with 7 decimals', key: 'active.feesWan', value: '1.1234567',
      cell: '第二十条第（八）项 / 行政事业性收费 / 本年收费金额（单位：万元）',
      message: '第二十条第（八）项 / 行政事业性收费 / 本年收费金额（单位：万元）：「1.1234567」小数不能超过6位',
    },
    {
      name: 'a negative amount', key: 'active.feesWan', value: '-5',
      cell: '第二十条第（八）项 / 行政事业性收费 / 本年收费金额（单位：万元）',
      message: '第二十条第（八）项 / 行政事业性收费 / 本年收费金额（单位：万元）：「-5」不能为负数',
    },
    {
      name: 'text in a Table 3 cell', key: litKey(1), value: 'abc',
      cell: '行政复议 / 结果纠正', message: '行政复议 / 结果纠正：「abc」不是数字',
    },
    {
      name: 'a misplaced thousands separator in Table 2', key: appKey(ROW_RECEIVED, 0), value: '3,5',
      cell: '一、本年新收政府信息公开申请数量 / 自然人', message: '一、本年新收政府信息公开申请数量 / 自然人：「3,5」千位分隔符位置不对',
    },
  ];
  it.each(fires)('fires for $name', ({ key, value, cell, message }) => {
    const findings = check(withCell(key, value));
    // The sums the cell takes part in are not judged: its value is unknown, not wrong.
    expect(findings.map((f) => ({ rule: f.rule, severity: f.severity, cells: f.cells, message: f.message })))
      .toEqual([{ rule: 'VALUE-FORMAT', severity: 'error', cells: [cell], message }]);
  });
});

describe('VALUE-MISSING', () => {
  it('holds on the clean report', () => {
    expect(findingsOf(cleanReport(), 'VALUE-MISSING')).toEqual([]);
  });

  it('fires for an empty entered cell, naming it', () => {
    const findings = check(withCell('active.licensing', null));
    expect(findings.map((f) => ({ rule: f.rule, severity: f.severity, cells: f.cells, message: f.message }))).toEqual([{
      rule: 'VALUE-MISSING', severity: 'error', cells: ['第二十条第（五）项 / 行政许可 / 本年处理决定数量'],
      message: '第二十条第（五）项 / 行政许可 / 本年处理决定数量：未填写（没有数量请填0）',
    }]);
  });

  it('fires for an empty total whose parts are all filled', () => {
    const findings = check(withCell(appKey(ROW_RECEIVED, 6), null));
    expect(findings.map((f) => [f.rule, f.cells])).toEqual([['VALUE-MISSING', ['一、本年新收政府信息公开申请数量 / 总计']]]);
  });

  it('is not repeated for a derived total whose part is missing', () => {
    // 一/自然人 empty → deriving leaves 一/总计 empty too; only the part is reported.
    const tables = deriveTotals(setCell(cleanTables(), appKey(ROW_RECEIVED, 0), null));
    expect(tables.applications[ROW_RECEIVED][6]).toBeNull();
    const findings = check(tablesOnlyReport(tables));
    expect(findings.map((f) => [f.rule, f.cells])).toEqual([['VALUE-MISSING', ['一、本年新收政府信息公开申请数量 / 自然人']]]);
  });

  it('reports each empty cell of an empty table when the report has no narrative parts (12 entered cells, not the 3 totals)', () => {
    const findings = check(tablesOnlyReport({ ...cleanTables(), litigation: emptyLitigation() }));
    expect(rulesOf(findings)).toEqual(Array(12).fill('VALUE-MISSING'));
    expect(findings[0].cells).toEqual(['行政复议 / 结果维持']);
    expect(findings.flatMap((f) => f.cells)).not.toContain('行政复议 / 总计');
  });

  it('gives way to one SECTION-MISSING for a whole empty table of a full report', () => {
    const report = cleanReport();
    const findings = check({ ...report, tables: { ...report.tables, litigation: emptyLitigation() } });
    expect(findings.map((f) => [f.rule, f.message])).toEqual([['SECTION-MISSING', '缺少或未填写「四、政府信息公开行政复议、行政诉讼情况」']]);
  });

  it.each(['/', '／', ' / ', '', '　'])('fires for %j held as text in the model (a draft not read through readCanonical)', (blank) => {
    const findings = check(withCell('active.punishment', blank));
    expect(findings.map((f) => [f.rule, f.message])).toEqual([['VALUE-MISSING', '第二十条第（六）项 / 行政处罚 / 本年处理决定数量：未填写（没有数量请填0）']]);
  });

  it('counts a table of 「/」 as empty: one SECTION-MISSING for a full report', () => {
    const report = cleanReport();
    const findings = check({ ...report, tables: { ...report.tables, litigation: emptyLitigation().map(() => '/') } });
    expect(rulesOf(findings)).toEqual(['SECTION-MISSING']);
  });
});
