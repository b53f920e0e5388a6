// The supervising office's board (issue: the supervising office's desk): one row per unit, the order that
// puts the units needing attention first, and the view (filter and sort) as it travels in the URL.
import type { TLevel } from './model';
import { isFinal, STATUS_LABEL, type ReportStatus } from './workflow';

export type BoardState = ReportStatus | 'not-started';

export type LastActivity = { at: string; actor: string; action: string };

export type BoardRow = {
  organId: string;
  organName: string;
  level: TLevel;
  reportId: string | null;
  state: BoardState;
  errors: number;
  warnings: number;
  deadline: string;
  /** Days from today to the deadline; negative once it has passed. */
  daysLeft: number;
  /** The date the report was published, once it is: the column then shows it instead of the days left. */
  publishedOn: string | null;
  late: boolean;
  /** The report's latest audited step: who did what, when. */
  lastActivity: LastActivity | null;
};

/** In the order of progress; an import not yet confirmed is not 已审定 and comes before it (issue 11). */
export const BOARD_STATES: BoardState[] = ['not-started', 'draft', 'returned', 'submitted', 'imported', 'approved', 'published'];
// 「已导入，待审核人确认」 shortened to fit the chart's axis.
export const BOARD_STATE_LABEL: Record<BoardState, string> = { 'not-started': '未开始', ...STATUS_LABEL, imported: '已导入待确认' };

/** A unit within this many days of its deadline (or past it) without a final report comes first. */
export const DUE_SOON_DAYS = 7;

export const isDueSoon = (row: Pick<BoardRow, 'state' | 'daysLeft'>): boolean =>
  !(row.state !== 'not-started' && isFinal(row.state)) && row.daysLeft <= DUE_SOON_DAYS;

export const SORT_KEYS = ['due', 'organName', 'state', 'errors', 'warnings', 'daysLeft', 'lastActivity'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type BoardFilter = BoardState | 'all' | 'late';
export type BoardView = { filter: BoardFilter; sort: SortKey; asc: boolean };

export const DEFAULT_VIEW: BoardView = { filter: 'all', sort: 'due', asc: true };

const FILTERS: BoardFilter[] = ['all', 'late', ...BOARD_STATES];

const byName = (a: BoardRow, b: BoardRow) => a.organName.localeCompare(b.organName, 'zh-CN');

/** Ascending order for each sort key; ties fall back to the unit's name so the order is stable. */
export function compareRows(a: BoardRow, b: BoardRow, key: SortKey): number {
  const primary = (() => {
    switch (key) {
      case 'due': return Number(isDueSoon(b)) - Number(isDueSoon(a)) || a.daysLeft - b.daysLeft;
      case 'organName': return 0;
      case 'state': return BOARD_STATES.indexOf(a.state) - BOARD_STATES.indexOf(b.state);
      case 'lastActivity': return (a.lastActivity?.at ?? '').localeCompare(b.lastActivity?.at ?? '');
      default: return a[key] - b[key];
    }
  })();
  return primary || byName(a, b);
}

export function visibleRows(rows: BoardRow[], view: BoardView): BoardRow[] {
  const kept = rows.filter((r) => view.filter === 'all' || (view.filter === 'late' ? r.late : r.state === view.filter));
  return kept.sort((a, b) => (view.asc ? 1 : -1) * compareRows(a, b, view.sort));
}

/** The view from URL parameters (state, sort, dir); anything unknown falls back to the default. */
export function parseBoardView(params: { state?: string; sort?: string; dir?: string }): BoardView {
  const filter = FILTERS.find((f) => f === params.state) ?? DEFAULT_VIEW.filter;
  const sort = SORT_KEYS.find((k) => k === params.sort) ?? DEFAULT_VIEW.sort;
  return { filter, sort, asc: params.dir !== 'desc' };
}

/** The URL parameters of a view; the default parts are left out so a plain link shows the default. */
export function boardViewParams(view: BoardView): Record<string, string> {
  return {
    ...(view.filter !== DEFAULT_VIEW.filter ? { state: view.filter } : {}),
    ...(view.sort !== DEFAULT_VIEW.sort ? { sort: view.sort } : {}),
    ...(!view.asc ? { dir: 'desc' } : {}),
  };
}
