// Starting next year's report from last year's (issue 6): 二 from last year's 四, everything else empty for the
// clerk, last year's words as the starting text, and the STALE-YEAR sentences located for highlighting.
import { describe, expect, it } from 'vitest';
import { carryOverFrom, previousForRules, staleYearSentences } from './carry-over';
import { report2019 } from './edition-2019.test-support';
import { findBrokenRules } from './engine';
import seed003 from './fixtures/seed-003.json';
import seed004 from './fixtures/seed-004.json';
import type { TReport } from './model';
import { ROW_CARRIED_IN } from './template';

const last = (): TReport => {
  const r = structuredClone(seed004) as unknown as TReport;
  r.tables.applications[24] = [3, 1, 0, 0, 0, 0, 4]; // 四 of 2021: 4 carried into 2022
  return r;
};

describe('carryOverFrom', () => {
  const draft = carryOverFrom(last(), '重庆市荣昌区人民政府', 2022);

  it('sets 二、上年结转 to last year\'s 四 per column and leaves every other cell empty', () => {
    expect(draft.tables.applications[ROW_CARRIED_IN]).toEqual([3, 1, 0, 0, 0, 0, 4]);
    const others = draft.tables.applications.filter((_, r) => r !== ROW_CARRIED_IN).flat();
    expect(others.every((v) => v === null)).toBe(true);
    expect(draft.tables.litigation.every((v) => v === null)).toBe(true);
    expect(draft.tables.active).toEqual({
      regulations: [null, null, null], normativeDocuments: [null, null, null], licensing: null, punishment: null, enforcement: null, feesWan: null,
    });
  });

  it('is a 2022 draft of the organ, with last year\'s level and scope and words, unsigned', () => {
    expect([draft.format, draft.year, draft.organ, draft.level, draft.scope]).toEqual(['national-2021', 2022, '重庆市荣昌区人民政府', 'government', undefined]);
    expect(draft.parts).toEqual(seed004.parts);
    expect(draft.signature).toEqual({ organ: '重庆市荣昌区人民政府', date: null });
    expect(draft.title).toBeUndefined();
  });

  it('lets REGULATIONS-STOCK judge the clerk\'s 现行有效件数 against last year\'s 107 (107+5−2=110)', () => {
    const filled = structuredClone(draft);
    filled.tables.active.normativeDocuments = [5, 2, 111];
    const stock = findBrokenRules({ report: filled, previous: previousForRules(last()) }).filter((f) => f.rule === 'REGULATIONS-STOCK');
    expect(stock.map((f) => f.message)).toEqual(['行政规范性文件：现行有效件数=111，上年现行有效107+本年制发5−本年废止2=110，相差1']);
  });

  it('carries over from a 2019-edition report (2020 → 2021): its single-（六） 四 row', () => {
    const previous = report2019(2020);
    previous.tables.applications[22] = [2, 0, 0, 0, 0, 0, 2];
    const d = carryOverFrom(previous, previous.organ, 2021);
    expect(d.tables.applications[ROW_CARRIED_IN]).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(d.level).toBe('town');
  });

  it('does not take another organ\'s level', () => {
    expect(carryOverFrom(last(), '重庆市荣昌区某某镇人民政府', 2022).level).toBeUndefined();
  });
});

describe('staleYearSentences', () => {
  it('locates every sentence STALE-YEAR finds in the carried-over words, with offsets into its part', () => {
    const draft = carryOverFrom(structuredClone(seed003) as unknown as TReport, seed003.organ, 2025);
    const stale = staleYearSentences(draft);
    expect(stale.length).toBeGreaterThan(0);
    for (const s of stale) {
      const text = (draft.parts as Record<string, string>)[s.part];
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toMatch(/2024/);
      expect(s.message).toContain('本报告为2025年度');
    }
    expect(stale.map((s) => s.text)).toContain('2024年，我镇严格按照《条例》要求，持续规范信息管理。');
    const findings = findBrokenRules({ report: draft }).filter((f) => f.rule === 'STALE-YEAR');
    expect(stale).toHaveLength(findings.length);
  });

  it('finds none in this year\'s own words', () => {
    expect(staleYearSentences(structuredClone(seed003) as unknown as TReport)).toEqual([]);
  });
});
