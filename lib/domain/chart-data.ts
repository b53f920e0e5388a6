// Figures people would rather look at than read: the outcome mix of Table 2 and the trend of
// applications and litigation over the years on file. Pure data; the UI draws it.
import { appKey, getCell, litKey } from './cells';
import type { TReport, TTables } from './model';
import { countOf } from './normalize';
import { sumCounts } from './totals';
import { APP_TOTAL_COL, LIT_COLS, LIT_TOTAL_COL, ROW_RECEIVED, resultGroups, template } from './template';

export type OutcomeSlice = { label: string; count: number };
export type TrendPoint = { year: number; applications: number | null; litigation: number | null };

/** （一）…（六） with their totals, as printed in 三（七）. Groups whose cells are incomplete are left out. */
export function outcomeMix(tables: TTables): OutcomeSlice[] {
  return resultGroups().flatMap((g) => {
    const count = sumCounts(g.rows.map((r) => getCell(tables, appKey(r, APP_TOTAL_COL))));
    return count === null ? [] : [{ label: g.label.replace(/（区分处理[^（）]*）$/, ''), count }];
  });
}

/**
 * 一、本年新收 总计 and all 行政复议/行政诉讼 totals per year, oldest first, up to the report's own year:
 * a report's chart never shows years after it (a later draft is not part of its history).
 */
export function trendSeries(reports: Pick<TReport, 'year' | 'tables'>[], upToYear: number): TrendPoint[] {
  const litigationTotals = template.litigation.groups.map((_, g) => litKey(g * LIT_COLS + LIT_TOTAL_COL));
  return reports
    .filter((r) => r.year <= upToYear)
    .sort((a, b) => a.year - b.year)
    .map((r) => ({
      year: r.year,
      applications: countOf(getCell(r.tables, appKey(ROW_RECEIVED, APP_TOTAL_COL))),
      litigation: sumCounts(litigationTotals.map((k) => getCell(r.tables, k))),
    }));
}
