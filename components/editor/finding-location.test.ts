import { describe, expect, it } from 'vitest';
import seed from '@/lib/domain/fixtures/seed-004.json';
import { appKey, setCell } from '@/lib/domain/cells';
import { findBrokenRules } from '@/lib/domain/engine';
import type { Finding } from '@/lib/domain/findings';
import { createEmptyReport, type TReport } from '@/lib/domain/model';
import { deriveTotals } from '@/lib/domain/totals';
import { indexFindings, messageAtCell, placeOf, quoteRange, shownAtCell, targetIdOf } from './finding-location';
import { countsBySection, SECTIONS } from './sections';

const seedReport = seed as TReport;
const findingsOf = (report: TReport) => findBrokenRules({ report: { ...report, tables: deriveTotals(report.tables) } });
const finding = (over: Partial<Finding>): Finding => ({ rule: 'X', severity: 'error', message: 'm', cells: [], cellKeys: [], ...over });

describe('where a finding shows and where its link goes', () => {
  it.each([
    ['cells: the first cell the clerk can change', finding({ cellKeys: [appKey(23, 0), appKey(0, 0)] }), 'cell-applications-0-0'],
    ['a narrative part: its text', finding({ rule: 'NARRATIVE-NUMBER', part: 'overview', cellKeys: [appKey(2, 6)] }), 'part-overview-text'],
    ['a missing table: its first cell', finding({ rule: 'SECTION-MISSING', message: '缺少或未填写「四、政府信息公开行政复议、行政诉讼情况」' }), 'cell-litigation-0'],
    ['a missing narrative part: its text', finding({ rule: 'SECTION-MISSING', message: '缺少或未填写「五、存在的主要问题及改进情况」' }), 'part-problems-text'],
    ['LATE: the date of the report', finding({ rule: 'LATE' }), 'signature-date'],
    ['PERIOD-MISMATCH on the title: the title', finding({ rule: 'PERIOD-MISMATCH' }), 'report-title'],
    ['OUTDATED-FORMAT: Table 2', finding({ rule: 'OUTDATED-FORMAT' }), 'cell-applications-0-0'],
  ])('%s', (_name, f, target) => {
    expect(targetIdOf(f)).toBe(target);
  });

  it('places every finding of seed 004 (NARRATIVE-NUMBER and FEE-STATEMENT-MISSING) at its part', () => {
    expect(findingsOf(seedReport).map((f) => [f.rule, placeOf(f)])).toEqual([
      ['NARRATIVE-NUMBER', { kind: 'part', part: 'overview' }],
      ['FEE-STATEMENT-MISSING', { kind: 'part', part: 'other' }],
    ]);
  });

  it('says a cell finding without repeating the cell name', () => {
    const f = finding({ message: '一、本年新收政府信息公开申请数量 / 自然人：「abc」不是数字' });
    expect(messageAtCell(f, '一、本年新收政府信息公开申请数量 / 自然人')).toBe('「abc」不是数字');
    expect(messageAtCell(finding({ message: '自然人：一+二=39，三（七）+四=38，相差1' }), '二、上年结转政府信息公开申请数量 / 自然人'))
      .toBe('自然人：一+二=39，三（七）+四=38，相差1');
  });
});

describe('indexFindings', () => {
  it('indexes APP-BALANCE at each of its four cells and counts by severity', () => {
    const report = { ...seedReport, tables: setCell(seedReport.tables, appKey(1, 0), 5) };
    const index = indexFindings(findingsOf(report));
    expect(index.byCell.get(appKey(1, 0))?.map((f) => f.rule)).toEqual(['APP-BALANCE']);
    expect(index.byCell.get(appKey(24, 0))?.map((f) => f.rule)).toEqual(['APP-BALANCE']);
    // Errors: APP-BALANCE in the 自然人 and 总计 columns. Warnings: seed 004's two, and its narrative's
    // 「上年度结转申请4件」 (twice) and 「受理…57件（含上年度结转申请4件）」, now stale.
    expect([index.errors, index.warnings]).toEqual([2, 5]);
  });

  it('leaves accepted warnings out of the marks and the counts', () => {
    const accepted = finding({ severity: 'warning', part: 'other', accepted: { reason: '已另行说明', by: '审核人' } });
    const index = indexFindings([accepted]);
    expect([index.warnings, index.accepted, index.byPart.size]).toEqual([0, 1, 0]);
  });

  it('counts by section for the navigation', () => {
    const counts = countsBySection(indexFindings(findingsOf(createEmptyReport('某镇人民政府', 2024))), () => true);
    expect(SECTIONS.map((s) => s.heading)).toEqual([
      '标题与前言', '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项', '落款',
    ]);
    expect(counts.applications).toEqual({ errors: 1, warnings: 0 }); // SECTION-MISSING
    expect(counts.other).toEqual({ errors: 1, warnings: 1 }); // SECTION-MISSING, FEE-STATEMENT-MISSING
  });
});

describe('a calm grid: an empty cell is a task until its table is checked', () => {
  const missing = finding({ rule: 'VALUE-MISSING', cellKeys: [appKey(0, 0)] });
  const sum = finding({ rule: 'SUM-RELATION', cellKeys: [appKey(0, 0)] });
  it.each([
    ['drafting: VALUE-MISSING left out, other findings kept', [missing, sum], false, [sum]],
    ['checked: everything shown', [missing, sum], true, [missing, sum]],
    ['drafting, only VALUE-MISSING: nothing to show', [missing], false, []],
  ])('%s', (_name, findings, isRevealed, shown) => {
    expect(shownAtCell(findings, isRevealed)).toEqual(shown);
  });

  it.each([
    ['no table checked: only the broken sum', () => false, 1],
    ['another table checked: still only the broken sum', (t: string) => t === 'litigation', 1],
    ['Table 2 checked: the empty cell too', (t: string) => t === 'applications', 2],
  ])('the navigation counts as the grid shows: %s', (_name, isRevealed, errors) => {
    expect(countsBySection(indexFindings([missing, sum]), isRevealed).applications).toEqual({ errors, warnings: 0 });
  });

  it('keeps the same list when there is nothing to leave out (a cell re-renders only on change)', () => {
    const list = [sum];
    expect(shownAtCell(list, false)).toBe(list);
  });
});

describe('quoteRange: the words a narrative finding is about, to select them', () => {
  it.each([
    // 9 characters of heading and line break, then 7 before the quote: it starts at 16
    ['found', '（二）依申请公开\n其他处理5件，占9.8%。', '占9.8%', { start: 16, end: 21 }],
    ['edited away since', '其他处理5件，占8.8%。', '占9.8%', null],
    ['no quote', '任何文字', undefined, null],
  ])('%s', (_name, text, quote, range) => {
    expect(quoteRange(text, quote)).toEqual(range);
  });
});
