// Derived totals (spec §4–§6): 总计 column = six applicant columns; 三（七） = 21 result rows; Table 3 总计 = four results.
import { describe, expect, it } from 'vitest';
import { appKey, getCell, litKey, setCell } from './cells';
import { ROW_CARRIED_OUT, ROW_RECEIVED, ROW_RESULT_TOTAL } from './template';
import { appRow, cleanTables } from './test-support';
import { deriveTotals, SUM_RELATIONS, sumCounts } from './totals';

describe('SUM_RELATIONS', () => {
  it('has 7 result-column totals, 25 row totals and 3 Table 3 group totals', () => {
    const count = (rule: string) => SUM_RELATIONS.filter((r) => r.rule === rule).length;
    expect([count('APP-RESULT-TOTAL'), count('APP-ROW-TOTAL'), count('LITIGATION-TOTAL')]).toEqual([7, 25, 3]);
    expect(SUM_RELATIONS.filter((r) => r.rule === 'APP-RESULT-TOTAL').every((r) => r.parts.length === 21)).toBe(true);
    expect(SUM_RELATIONS.filter((r) => r.rule === 'APP-ROW-TOTAL').every((r) => r.parts.length === 6)).toBe(true);
    expect(SUM_RELATIONS.filter((r) => r.rule === 'LITIGATION-TOTAL').every((r) => r.parts.length === 4)).toBe(true);
  });

  it('derives 三（七）/总计 once, from its row (the column relation only checks it)', () => {
    const deriving = SUM_RELATIONS.filter((r) => r.derives && r.total === appKey(ROW_RESULT_TOTAL, 6));
    expect(deriving.map((r) => r.rule)).toEqual(['APP-ROW-TOTAL']);
  });
});

describe('sumCounts', () => {
  it.each([
    [[1, 2, 3], 6],
    [['1,234', 6], 1240],
    [[0, '0'], 0],
    [[], 0],
    [[1, null], null],
    [[1, 'abc'], null],
    [[1, -1], null],
    [[1, 2.5], null],
  ] as const)('%j → %s', (values, expected) => {
    expect(sumCounts([...values])).toBe(expected);
  });
});

describe('deriveTotals', () => {
  it.each([
    ['一/总计 = 35+5+0+0+0+0', appKey(ROW_RECEIVED, 6), 40],
    ['三（七）/自然人 = 20+5+2+6+1+2', appKey(ROW_RESULT_TOTAL, 0), 36],
    ['三（七）/总计 = 36+4', appKey(ROW_RESULT_TOTAL, 6), 40],
    ['四/总计 = 3+1', appKey(ROW_CARRIED_OUT, 6), 4],
    ['行政复议/总计 = 1+1+0+0', litKey(4), 2],
    ['未经复议直接起诉/总计 = 1+0+0+1', litKey(9), 2],
  ])('%s', (_name, key, expected) => {
    expect(getCell(cleanTables(), key)).toBe(expected);
  });

  it('recomputes a wrong printed total', () => {
    const t = deriveTotals(setCell(cleanTables(), appKey(ROW_RESULT_TOTAL, 6), 99));
    expect(getCell(t, appKey(ROW_RESULT_TOTAL, 6))).toBe(40);
  });

  it('follows an entered cell through its row total, its column 三（七） and 三（七）/总计', () => {
    const row = appRow('（五）不予处理', '3.');
    const t = deriveTotals(setCell(cleanTables(), appKey(row, 3), 7));
    expect([getCell(t, appKey(row, 6)), getCell(t, appKey(ROW_RESULT_TOTAL, 3)), getCell(t, appKey(ROW_RESULT_TOTAL, 6))]).toEqual([7, 7, 47]);
  });

  it('leaves a total empty while a part is empty or not a count', () => {
    const t = deriveTotals(setCell(setCell(cleanTables(), appKey(ROW_RECEIVED, 0), null), litKey(0), 'x'));
    expect([getCell(t, appKey(ROW_RECEIVED, 6)), getCell(t, litKey(4))]).toEqual([null, null]);
  });

  it('is idempotent', () => {
    const once = deriveTotals(cleanTables());
    expect(deriveTotals(once)).toEqual(once);
  });
});
