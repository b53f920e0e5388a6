import { describe, expect, it } from 'vitest';
import { currentYearInBeijing, importYearRefusal } from './import-year';

describe('import year guard', () => {
  it.each([
    ['2026-12-31T15:59:59Z', 2026], // 23:59:59 in Beijing
    ['2026-12-31T16:00:00Z', 2027], // midnight in Beijing: the new year has begun there
    ['2027-01-01T00:00:00Z', 2027],
  ])('at %s the year in progress in Beijing is %i', (at, year) => {
    expect(currentYearInBeijing(new Date(at))).toBe(year);
  });

  it.each([
    [2025, null],
    [2021, null],
    [2026, '2026年度尚未结束，不能导入该年度已发布的报告：只能导入2025年度及以前的报告。'],
    [2067, '2067年度还未到来，不能导入该年度已发布的报告：只能导入2025年度及以前的报告。'],
  ])('in June 2026, importing %i: %s', (year, refusal) => {
    expect(importYearRefusal(year, new Date('2026-06-01T00:00:00Z'))).toBe(refusal);
  });
});
