import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCell } from './cells';
import { createRuleSession, findBrokenRules } from './engine';
import type { TReport } from './model';
import { RULE_CHECKS } from './rules';
import { readCanonical } from './canonical';
import seed004 from './fixtures/seed-004.json';

afterEach(() => vi.restoreAllMocks());

describe('the editor’s rule session', () => {
  const read = readCanonical(seed004);
  if (!read.ok) throw new Error('seed 004 unreadable');
  const base = read.report;
  const steps: [string, (r: TReport) => TReport][] = [
    ['a cell typed', (r) => ({ ...r, tables: setCell(r.tables, 'applications.1.0', 5) })],
    ['a cell typed back', (r) => ({ ...r, tables: setCell(r.tables, 'applications.1.0', 4) })],
    ['text in a cell', (r) => ({ ...r, tables: setCell(r.tables, 'litigation.3', 'abc') })],
    ['the narrative edited', (r) => ({ ...r, parts: { ...r.parts!, other: '本机关本年度未收取信息处理费。' } })],
    ['the year changed', (r) => ({ ...r, year: 2022 })],
    ['a Table 1 cell emptied', (r) => ({ ...r, tables: setCell(r.tables, 'active.licensing', null) })],
  ];

  it('finds what findBrokenRules finds after every kind of change', () => {
    const run = createRuleSession();
    let report = base;
    expect(run({ report })).toEqual(findBrokenRules({ report }));
    for (const [what, step] of steps) {
      report = step(report);
      expect(run({ report }), what).toEqual(findBrokenRules({ report }));
      expect(run({ report, previous: base }), `${what}, with last year`).toEqual(findBrokenRules({ report, previous: base }));
    }
  });

  it('runs a narrative-only rule again when the parts change, not when a cell does', () => {
    const staleYear = vi.spyOn(RULE_CHECKS, 'STALE-YEAR');
    const balance = vi.spyOn(RULE_CHECKS, 'APP-BALANCE');
    const run = createRuleSession();
    run({ report: base });
    const typed = { ...base, tables: setCell(base.tables, 'applications.1.0', 5) };
    run({ report: typed });
    expect([staleYear.mock.calls.length, balance.mock.calls.length]).toEqual([1, 2]);
    run({ report: { ...typed, parts: { ...typed.parts!, problems: '无。' } } });
    expect([staleYear.mock.calls.length, balance.mock.calls.length]).toEqual([2, 2]);
  });

  it('runs a table rule again only when a cell it reads changes', () => {
    const narrative = vi.spyOn(RULE_CHECKS, 'NARRATIVE-NUMBER');
    const rowTotals = vi.spyOn(RULE_CHECKS, 'APP-ROW-TOTAL');
    const run = createRuleSession();
    run({ report: base });
    // 二、上年结转 / 自然人: its row total reads it, the narrative's counts (总计 column only) do not.
    const typed = { ...base, tables: setCell(base.tables, 'applications.1.0', 5) };
    run({ report: typed });
    expect([narrative.mock.calls.length, rowTotals.mock.calls.length]).toEqual([1, 2]);
    run({ report: { ...typed, tables: setCell(typed.tables, 'applications.1.6', 5) } });
    expect([narrative.mock.calls.length, rowTotals.mock.calls.length]).toEqual([2, 3]);
  });
});
