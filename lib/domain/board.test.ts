import { describe, expect, it } from 'vitest';
import { boardViewParams, DEFAULT_VIEW, isDueSoon, parseBoardView, visibleRows, type BoardRow } from './board';

const row = (organName: string, state: BoardRow['state'], daysLeft: number, extra: Partial<BoardRow> = {}): BoardRow => ({
  organId: organName, organName, level: 'department', reportId: state === 'not-started' ? null : organName, state,
  errors: 0, warnings: 0, deadline: '2027-01-31', daysLeft, publishedOn: null, late: daysLeft < 0, lastActivity: null, ...extra,
});

describe('the board order', () => {
  const rows = [
    row('甲局', 'draft', 30),
    row('乙局', 'approved', 3), // final: not urgent however close
    row('丙局', 'not-started', 5),
    row('丁局', 'submitted', -2), // overdue
    row('戊局', 'draft', 7), // exactly 7 days: due soon
    row('己局', 'returned', 8),
  ];

  it('puts units due within 7 days or overdue first, nearest deadline first, then the rest by deadline', () => {
    expect(visibleRows(rows, DEFAULT_VIEW).map((r) => r.organName)).toEqual(['丁局', '丙局', '戊局', '乙局', '己局', '甲局']);
  });

  it('counts a final report as never due', () => {
    expect(rows.filter(isDueSoon).map((r) => r.organName)).toEqual(['丙局', '丁局', '戊局']);
  });

  it('filters and sorts in both directions, ties by name', () => {
    const tied = [row('乙局', 'draft', 1, { errors: 2 }), row('甲局', 'draft', 1, { errors: 2 }), row('丙局', 'draft', 1, { errors: 5 })];
    expect(visibleRows(tied, { filter: 'all', sort: 'errors', asc: false }).map((r) => r.organName)).toEqual(['丙局', '乙局', '甲局']);
    expect(visibleRows(rows, { filter: 'late', sort: 'organName', asc: true }).map((r) => r.organName)).toEqual(['丁局']);
    expect(visibleRows(rows, { filter: 'draft', sort: 'daysLeft', asc: true }).map((r) => r.organName)).toEqual(['戊局', '甲局']);
  });

  it('sorts by last activity, units without any first', () => {
    const active = [
      row('甲局', 'draft', 9, { lastActivity: { at: '2026-11-02T01:00:00.000Z', actor: '张', action: '保存草稿' } }),
      row('乙局', 'draft', 9, { lastActivity: { at: '2026-11-01T01:00:00.000Z', actor: '李', action: '提交审核' } }),
      row('丙局', 'not-started', 9),
    ];
    expect(visibleRows(active, { filter: 'all', sort: 'lastActivity', asc: true }).map((r) => r.organName)).toEqual(['丙局', '乙局', '甲局']);
  });
});

describe('the view in the address', () => {
  it('round-trips through the URL parameters, leaving the defaults out', () => {
    const view = { filter: 'submitted' as const, sort: 'errors' as const, asc: false };
    expect(boardViewParams(view)).toEqual({ state: 'submitted', sort: 'errors', dir: 'desc' });
    expect(parseBoardView(boardViewParams(view))).toEqual(view);
    expect(boardViewParams(DEFAULT_VIEW)).toEqual({});
  });

  it('falls back to the default for anything it does not know', () => {
    expect(parseBoardView({ state: 'drop table', sort: 'constructor', dir: 'sideways' })).toEqual(DEFAULT_VIEW);
  });
});
