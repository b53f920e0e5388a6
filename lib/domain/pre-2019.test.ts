// A report from before the statutory tables (「pre-2019」): canonical JSON with every cell null, and the rules
// that apply to it — its words judged, its tables never (no VALUE-MISSING, no OUTDATED-FORMAT).
import { describe, expect, it } from 'vitest';
import { readCanonicalAnyEdition, writeCanonicalAnyEdition } from './canonical-2019';
import { findBrokenRulesAnyEdition } from './rules-2019';
import { createEmptyReport } from './model';
import type { TReportPre2019 } from './pre-2019';

const PARTS = {
  preamble: '本年度报告根据《中华人民共和国政府信息公开条例》要求编制。本年报中所列数据的统计期限自2017年1月1日起至12月31日止。',
  overview: '一、工作开展情况\n2017年，全区设有信息公开查阅点60个。',
  problems: '一是工作力度有待进一步加大。',
  other: '',
};

function oldReport(edit: (r: TReportPre2019) => void = () => {}): TReportPre2019 {
  const report: TReportPre2019 = { ...createEmptyReport('重庆市长寿区', 2017), format: 'pre-2019', parts: { ...PARTS }, signature: { organ: '重庆市长寿区', date: null } };
  edit(report);
  return report;
}

describe('pre-2019 canonical JSON', () => {
  it('is written and read back unchanged', () => {
    const report = oldReport();
    const read = readCanonicalAnyEdition(JSON.parse(writeCanonicalAnyEdition(report)));
    expect(read).toEqual({ ok: true, report });
  });

  it.each([
    ['a number in a table (it would be invented)', (r: TReportPre2019) => { r.tables.litigation[0] = 4; }, 'tables'],
    ['a year from 2019 on (that report has the statutory tables)', (r: TReportPre2019) => { r.year = 2019; }, 'year'],
  ])('refuses %s', (_, edit, path) => {
    const read = readCanonicalAnyEdition(JSON.parse(JSON.stringify(oldReport(edit))));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors.map((e) => e.path)).toEqual([path]);
  });
});

describe('the rules on a pre-2019 report', () => {
  it('finds nothing on its tables: no VALUE-MISSING, no SECTION-MISSING of 二–四, no OUTDATED-FORMAT', () => {
    expect(findBrokenRulesAnyEdition({ report: oldReport() })).toEqual([]);
  });

  it('still judges its words: 五 left empty is SECTION-MISSING, 六 and the 信息处理费 are not asked for', () => {
    const findings = findBrokenRulesAnyEdition({ report: oldReport((r) => { if (r.parts) r.parts.problems = ''; }) });
    expect(findings.map((f) => [f.rule, f.part])).toEqual([['SECTION-MISSING', 'problems']]);
  });

  it('would judge the same report in the 2021 edition by its tables and fees too', () => {
    const { format: _old, ...rest } = oldReport();
    const findings = findBrokenRulesAnyEdition({ report: { ...rest, format: 'national-2021' } });
    expect(findings.filter((f) => f.rule === 'SECTION-MISSING' && f.part === undefined)).toHaveLength(3); // 二, 三, 四 empty
    expect(findings.map((f) => f.rule)).toContain('FEE-STATEMENT-MISSING');
  });
});
