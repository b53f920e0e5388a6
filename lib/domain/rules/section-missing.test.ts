// SECTION-MISSING (spec §6): one of the six parts 一…六 is absent or empty. Judged only for a full report (with parts).
import { describe, expect, it } from 'vitest';
import type { TParts } from '../model';
import { check, cleanReport, cleanTables, emptyLitigation, findingsOf, tablesOnlyReport, withParts } from '../test-support';

const blankActive = () => ({
  regulations: [null, null, null] as [null, null, null],
  normativeDocuments: [null, null, null] as [null, null, null],
  licensing: null, punishment: null, enforcement: null, feesWan: null,
});

describe('SECTION-MISSING', () => {
  it('holds on the clean report', () => {
    expect(findingsOf(cleanReport(), 'SECTION-MISSING')).toEqual([]);
  });

  const narrative: { name: string; parts: Partial<TParts>; message: string }[] = [
    { name: '一 empty', parts: { overview: '' }, message: '缺少或未填写「一、总体情况」' },
    { name: '五 only whitespace', parts: { problems: ' \n　' }, message: '缺少或未填写「五、存在的主要问题及改进情况」' },
    { name: '六 empty', parts: { other: '' }, message: '缺少或未填写「六、其他需要报告的事项」' },
  ];
  it.each(narrative)('fires for a narrative part: $name', ({ parts, message }) => {
    const found = findingsOf(withParts(cleanReport(), parts), 'SECTION-MISSING');
    expect(found.map((f) => ({ severity: f.severity, message: f.message, cells: f.cells }))).toEqual([{ severity: 'error', message, cells: [] }]);
  });

  it('does not fire for an empty preamble (not one of the six parts)', () => {
    expect(check(withParts(cleanReport(), { preamble: '' }))).toEqual([]);
  });

  it('fires for a whole empty table of a full report, once', () => {
    const report = cleanReport();
    const found = check({ ...report, tables: { ...report.tables, active: blankActive() } });
    expect(found.map((f) => [f.rule, f.message])).toEqual([['SECTION-MISSING', '缺少或未填写「二、主动公开政府信息情况」']]);
  });

  it('fires once per empty part, in outline order', () => {
    const report = withParts(cleanReport(), { overview: '', problems: '' });
    const found = findingsOf({ ...report, tables: { ...report.tables, litigation: emptyLitigation() } }, 'SECTION-MISSING');
    expect(found.map((f) => f.message)).toEqual([
      '缺少或未填写「一、总体情况」',
      '缺少或未填写「四、政府信息公开行政复议、行政诉讼情况」',
      '缺少或未填写「五、存在的主要问题及改进情况」',
    ]);
  });

  it('is not judged for a tables-only report (no parts): empty cells are VALUE-MISSING instead', () => {
    const found = check(tablesOnlyReport({ ...cleanTables(), litigation: emptyLitigation() }));
    expect(found.filter((f) => f.rule === 'SECTION-MISSING')).toEqual([]);
    expect(found.length).toBeGreaterThan(0);
  });
});
