// Year over year beside Table 2: each row's 总计 last year / this year / change / percent, 「—」 when last is 0 or unknown.
import { describe, expect, it } from 'vitest';
import seed003 from './fixtures/seed-003.json';
import seed004 from './fixtures/seed-004.json';
import type { TReport } from './model';
import { APP_ROWS, APP_TOTAL_COL, ROW_RECEIVED, ROW_RESULT_TOTAL } from './template';
import { formatChange, formatCount, formatPercent, yearOverYear } from './year-over-year';

const report = (fixture: unknown): TReport => structuredClone(fixture) as TReport;

describe('yearOverYear', () => {
  // seed 004 (57 new applications) as last year, seed 003 (1 new application) as this year.
  const rows = yearOverYear(report(seed003), report(seed004));

  it('has one row per Table 2 row, labelled like its cells', () => {
    expect(rows).toHaveLength(APP_ROWS);
    expect(rows[ROW_RECEIVED].label).toBe('一、本年新收政府信息公开申请数量');
    expect(rows[2].label).toBe('三、本年度办理结果 / （一）予以公开');
    expect(rows[4].label).toBe('三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密');
  });

  it.each([
    // row, last, this, change, percent
    ['一 新收: 1 − 53 = −52, −52÷53 = −98.1%', ROW_RECEIVED, 53, 1, -52, -98.1],
    ['（一）予以公开: 1 − 27 = −26, −26÷27 = −96.3%', 2, 27, 1, -26, -96.3],
    ['三（七）总计: 1 − 57 = −56, −56÷57 = −98.2%', ROW_RESULT_TOTAL, 57, 1, -56, -98.2],
    ['二 上年结转: 0 − 4 = −4, −4÷4 = −100.0%', 1, 4, 0, -4, -100],
    ['（三）1. 国家秘密: 0 → 0, last is 0 so no percent', 4, 0, 0, 0, null],
  ] as const)('%s', (_name, row, last, current, change, percent) => {
    expect(rows[row]).toMatchObject({ last, current, change, percent });
  });

  it('gives no percent when last year is 0, and nothing but this year when last year is unknown', () => {
    const last = report(seed004);
    last.tables.applications[ROW_RECEIVED][APP_TOTAL_COL] = 0;
    last.tables.applications[2][APP_TOTAL_COL] = null;
    const now = report(seed003);
    now.tables.applications[ROW_RECEIVED][APP_TOTAL_COL] = 4;
    const [received, , granted] = yearOverYear(now, last);
    expect(received).toMatchObject({ last: 0, current: 4, change: 4, percent: null });
    expect(granted).toMatchObject({ last: null, current: 1, change: null, percent: null });
    expect(yearOverYear(now, null).every((r) => r.last === null && r.change === null && r.percent === null)).toBe(true);
  });

  it('reads totals printed as text (「1,234」) and treats text that is no number as unknown', () => {
    const last = report(seed004);
    last.tables.applications[ROW_RECEIVED][APP_TOTAL_COL] = '1,000';
    last.tables.applications[2][APP_TOTAL_COL] = '约30';
    const [received, , granted] = yearOverYear(report(seed003), last);
    expect(received).toMatchObject({ last: 1000, change: -999, percent: -99.9 });
    expect(granted).toMatchObject({ last: null, change: null, percent: null });
  });

  it('rounds half away from zero alike for rises and falls (1÷8 = 12.5%, 1÷16 = 6.25% → 6.3%)', () => {
    const at = (last: number, current: number) => {
      const a = report(seed003);
      const b = report(seed004);
      a.tables.applications[ROW_RECEIVED][APP_TOTAL_COL] = current;
      b.tables.applications[ROW_RECEIVED][APP_TOTAL_COL] = last;
      return yearOverYear(a, b)[ROW_RECEIVED].percent;
    };
    expect([at(8, 9), at(8, 7), at(16, 17), at(16, 15), at(3, 4)]).toEqual([12.5, -12.5, 6.3, -6.3, 33.3]);
  });
});

describe('formatting', () => {
  it.each([
    [3, '+3'], [-2, '−2'], [0, '0'], [null, '—'],
  ] as const)('change %s → %s', (v, s) => expect(formatChange(v)).toBe(s));
  it.each([
    [50, '+50.0%'], [-33.3, '−33.3%'], [0, '0.0%'], [null, '—'],
  ] as const)('percent %s → %s', (v, s) => expect(formatPercent(v)).toBe(s));
  it.each([[0, '0'], [12, '12'], [null, '—']] as const)('count %s → %s', (v, s) => expect(formatCount(v)).toBe(s));
});
