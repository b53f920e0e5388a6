import { describe, expect, it } from 'vitest';
import explanations from '@/templates/national-2021/explanations.json';
import { appKey, CELLS, litKey } from './cells';
import { describeExplanation, explainCell, explainCells } from './cell-explanations';
import { template } from './template';
import { ZExplanations } from './template-schema';

describe('填报说明 of each cell', () => {
  it('explains every cell of the three tables, by its row and its column', () => {
    expect(CELLS.filter((c) => !explainCell(c.key)).map((c) => c.key)).toEqual([]);
  });

  it.each([
    [appKey(1, 0), '「二、上年结转政府信息公开申请数量」：应等于上一年度报告「四、结转下年度继续办理」的数字；「自然人」：以个人名义提出的申请。'],
    [appKey(8, 6), '「5.属于三类内部事务信息」：人事管理、后勤管理、内部工作流程等方面的信息（条例第十六条第一款）；「总计」：自然人与各类法人或其他组织之和，由系统计算。'],
    [litKey(5 + 3), '「未经复议直接起诉」：就本机关政府信息公开行为未经复议直接提起行政诉讼的案件；「尚未审结」：截至本年底尚未审结的案件。'],
    ['active.feesWan', '「行政事业性收费」：本机关依法收取的行政事业性收费；「本年收费金额（单位：万元）」：本年收费总额，以万元为单位。'],
  ])('%s', (key, line) => {
    expect(describeExplanation(explainCell(key)!)).toBe(line);
  });

  it('refuses an explanation whose label drifted from tables.json, naming where', () => {
    const parsed = ZExplanations.parse(explanations);
    const drifted = { ...parsed, applications: { ...parsed.applications, rows: parsed.applications.rows.map((r, i) => (i === 1 ? { ...r, label: '二、上年结转' } : r)) } };
    expect(() => explainCells(template, drifted)).toThrow('$.applications.rows[1] is 「二、上年结转」, tables.json says 「二、上年结转政府信息公开申请数量」');
    const short = { ...parsed, litigation: { ...parsed.litigation, columns: parsed.litigation.columns.slice(1) } };
    expect(() => explainCells(template, short)).toThrow('$.litigation.columns has 4 entries, tables.json 5');
  });

  it('the schema wants a hint for every Table 1 row', () => {
    const { feesWan: _dropped, ...rows } = ZExplanations.parse(explanations).active.rows;
    expect(ZExplanations.safeParse({ ...explanations, active: { ...explanations.active, rows } }).success).toBe(false);
  });
});
