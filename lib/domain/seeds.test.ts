// The two real reports in the 2021 format (spec §6): seed 003 has no finding; seed 004 exactly two warnings.
import { describe, expect, it } from 'vitest';
import { readCanonical } from './canonical';
import { findBrokenRules } from './engine';
import seed003 from './fixtures/seed-003.json';
import seed004 from './fixtures/seed-004.json';
import type { TReport } from './model';

function load(data: unknown): TReport {
  const read = readCanonical(data);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.report;
}

describe('seeds', () => {
  it('003 (a town, 2024) has no finding', () => {
    expect(findBrokenRules({ report: load(seed003) })).toEqual([]);
  });

  it('004 (a district government, 2021) has exactly NARRATIVE-NUMBER and FEE-STATEMENT-MISSING', () => {
    const findings = findBrokenRules({ report: load(seed004) });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['NARRATIVE-NUMBER', 'warning'],
      ['FEE-STATEMENT-MISSING', 'warning'],
    ]);
    const [narrative, fee] = findings;
    expect(narrative.quote).toContain('其他处理，5件，占9.8%');
    // 其他处理 5 of 三（七）总计 57: 5÷57 = 8.77…% → 8.8%, not 9.8%.
    expect(narrative.message).toBe('一、总体情况「其他处理，5件，占9.8%」：占比应为5÷57=8.8%，叙述为9.8%');
    expect(narrative.cells.at(-1)).toBe('三、本年度办理结果 / （七）总计 / 总计');
    expect(fee.part).toBe('other');
  });

  it('004 stays clean in its other shares: 30÷57 = 52.6%, 16÷57 = 28.1%, 6÷57 = 10.5%', () => {
    expect([30, 16, 6].map((n) => ((n / 57) * 100).toFixed(1))).toEqual(['52.6', '28.1', '10.5']);
    const overview = load(seed004).parts?.overview ?? '';
    for (const phrase of ['予以公开及部分公开30件，占52.6%', '无法提供16件，占28.1%', '不予处理6件，占10.5%']) expect(overview).toContain(phrase);
  });
});
