// Year over year beside Table 2 (issue 6): each row's 总计 last year and this year, the change and the
// percent change. Totals are read as stored (derived on save for drafts, as printed for imported reports).
import type { TReport } from './model';
import { countOf } from './normalize';
import { APP_TOTAL_COL, template } from './template';

export type YearOverYearRow = {
  row: number;
  /** The row named like its cells (spec §11) without the column: 「三、本年度办理结果 / （一）予以公开」. */
  label: string;
  last: number | null;
  current: number | null;
  /** current − last; null when either is unknown. */
  change: number | null;
  /** change ÷ last in percent, one decimal; null when last is 0 or unknown (shown as 「—」). */
  percent: number | null;
};

/** Percent to one decimal, rounded half away from zero so +x and −x round alike. */
function percentOf(change: number, last: number): number {
  const tenths = Math.round((Math.abs(change) * 1000) / last) / 10;
  return change < 0 ? -tenths : tenths;
}

export function yearOverYear(current: TReport, previous: TReport | null | undefined): YearOverYearRow[] {
  return template.applications.rows.map((r, row) => {
    const now = countOf(current.tables.applications[row][APP_TOTAL_COL]);
    const last = previous ? countOf(previous.tables.applications[row][APP_TOTAL_COL]) : null;
    const change = now === null || last === null ? null : now - last;
    return {
      row,
      label: [r.section, r.group, r.label].filter(Boolean).join(' / '),
      last,
      current: now,
      change,
      percent: change === null || !last ? null : percentOf(change, last),
    };
  });
}

export const NO_VALUE = '—';

/** 「+3」「−2」「0」, or 「—」. */
export function formatChange(change: number | null): string {
  if (change === null) return NO_VALUE;
  return change > 0 ? `+${change}` : change < 0 ? `−${-change}` : '0';
}

/** 「+50.0%」「−33.3%」「0.0%」, or 「—」. */
export function formatPercent(percent: number | null): string {
  if (percent === null) return NO_VALUE;
  const body = `${Math.abs(percent).toFixed(1)}%`;
  return percent > 0 ? `+${body}` : percent < 0 ? `−${body}` : body;
}

export const formatCount = (n: number | null): string => (n === null ? NO_VALUE : String(n));
