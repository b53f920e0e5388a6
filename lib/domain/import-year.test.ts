import { describe, expect, it } from 'vitest';
import { importYearRefusal } from './import-year';

describe('import year guard', () => {
  it.each([
    [2025, null],
    [2021, null],
    [2026, '2026年度尚未结束，不能导入该年度已发布的报告：只能导入2025年度及以前的报告。'],
    [2067, '2067年度还未到来，不能导入该年度已发布的报告：只能导入2025年度及以前的报告。'],
  ])('in June 2026, importing %i: %s', (year, refusal) => {
    expect(importYearRefusal(year, new Date('2026-06-01T00:00:00Z'))).toBe(refusal);
  });
});
