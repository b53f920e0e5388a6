// Cell catalogue (spec §11): one name per statutory cell, labels from the outside in, joined by 「 / 」.
import { describe, expect, it } from 'vitest';
import { appKey, CELLS, cellSpec, getCell, litKey, setCell } from './cells';
import { ROW_CARRIED_OUT, ROW_RECEIVED, ROW_RESULT_TOTAL } from './template';
import { appRow, cleanTables } from './test-support';

describe('cell names (spec §11)', () => {
  it.each([
    ['active.regulations.0', '第二十条第（一）项 / 规章 / 本年制发件数', 'tables.active.regulations[0]'],
    ['active.feesWan', '第二十条第（八）项 / 行政事业性收费 / 本年收费金额（单位：万元）', 'tables.active.feesWan'],
    [appKey(ROW_RECEIVED, 0), '一、本年新收政府信息公开申请数量 / 自然人', 'tables.applications[0][0]'],
    [appKey(appRow('（三）不予公开', '1.'), 1), '三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 / 商业企业', 'tables.applications[4][1]'],
    [appKey(appRow('（一）予以公开'), 6), '三、本年度办理结果 / （一）予以公开 / 总计', 'tables.applications[2][6]'],
    [appKey(ROW_CARRIED_OUT, 5), '四、结转下年度继续办理 / 其他', 'tables.applications[24][5]'],
    [litKey(0), '行政复议 / 结果维持', 'tables.litigation[0]'],
    [litKey(9), '行政诉讼 / 未经复议直接起诉 / 总计', 'tables.litigation[9]'],
    [litKey(13), '行政诉讼 / 复议后起诉 / 尚未审结', 'tables.litigation[13]'],
  ])('%s is 「%s」 at %s', (key, name, jsonPath) => {
    expect(cellSpec(key)).toMatchObject({ name, jsonPath });
  });

  it('counts 10 + 25×7 + 15 = 200 cells with unique keys and names', () => {
    expect(CELLS).toHaveLength(10 + 25 * 7 + 15);
    expect(new Set(CELLS.map((c) => c.key)).size).toBe(200);
    expect(new Set(CELLS.map((c) => c.name)).size).toBe(200);
  });

  it('marks as computed the 总计 column (25) and row 三（七） (7) of Table 2, overlapping once, and Table 3\'s three 总计', () => {
    const computed = CELLS.filter((c) => c.computed).map((c) => c.key);
    expect(computed).toHaveLength(25 + 7 - 1 + 3);
    expect(computed).toContain(appKey(ROW_RESULT_TOTAL, 0));
    expect(computed).toContain(appKey(ROW_CARRIED_OUT, 6));
    expect(computed).toEqual(expect.arrayContaining([litKey(4), litKey(9), litKey(14)]));
    expect(CELLS.filter((c) => c.table === 'active').every((c) => !c.computed)).toBe(true);
  });

  it('types only 收费金额 as an amount', () => {
    expect(CELLS.filter((c) => c.type === 'amount').map((c) => c.key)).toEqual(['active.feesWan']);
  });

  it('throws on an unknown key', () => {
    expect(() => cellSpec('applications.25.0')).toThrow('unknown cell');
  });
});

describe('getCell / setCell', () => {
  it.each(CELLS.map((c) => c.key))('%s round-trips and leaves the input untouched', (key) => {
    const tables = cleanTables();
    const before = JSON.stringify(tables);
    const changed = setCell(tables, key, 987);
    expect(getCell(changed, key)).toBe(987);
    expect(JSON.stringify(tables)).toBe(before);
    // Exactly one cell differs.
    const differing = CELLS.filter((c) => getCell(changed, c.key) !== getCell(tables, c.key)).map((c) => c.key);
    expect(differing).toEqual(getCell(tables, key) === 987 ? [] : [key]);
  });
});
