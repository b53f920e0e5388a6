// Seeds 003 and 004 (spec §6) as published text → exactly the hand-typed fixtures, then the checker's findings.
import { describe, expect, it } from 'vitest';
import { findBrokenRules } from '../domain/engine';
import seed003 from '../domain/fixtures/seed-003.json';
import seed004 from '../domain/fixtures/seed-004.json';
import { readText, SEED_003, SEED_004, seedText } from './test-support';

describe.each([
  { name: '003 (a town, 2024)', file: SEED_003, fixture: seed003 },
  { name: '004 (a district government, 2021)', file: SEED_004, fixture: seed004 },
])('seed $name', ({ file, fixture }) => {
  const { report, edition } = readText(seedText(file));

  it('reads every cell of the three tables exactly', () => {
    expect(edition).toBe('national-2021');
    expect(report.tables).toEqual(fixture.tables);
  });

  it('reads organ, year, level, signature and the four narrative parts split at the right headings', () => {
    expect({ format: report.format, organ: report.organ, year: report.year, level: report.level }).toEqual({
      format: fixture.format, organ: fixture.organ, year: fixture.year, level: fixture.level,
    });
    expect(report.signature).toEqual(fixture.signature);
    expect(report.parts).toEqual(fixture.parts);
  });
});

describe('seed scope and title', () => {
  it('003 speaks of its own applications (「我镇…收到」); 004 of the whole district (「全区共受理」)', () => {
    expect(readText(seedText(SEED_003)).report.scope).toBe('organ');
    expect(readText(seedText(SEED_004)).report.scope).toBe('region');
  });

  it('keeps the printed title: organ on the line above 「2024年政府信息公开工作年度报告」', () => {
    expect(readText(seedText(SEED_003)).report.title).toBe('重庆市长寿区长寿湖镇人民政府2024年政府信息公开工作年度报告');
  });

  it('warns of 004\'s heading variant of 五 (spec §2) and nothing else', () => {
    expect(readText(seedText(SEED_004)).warnings).toEqual(['「五、存在的主要问题及改进情况」印作「五、当前存在的主要问题及下步改进措施」']);
    expect(readText(seedText(SEED_003)).warnings).toEqual([]);
  });
});

describe('seed findings after import (spec §6)', () => {
  it('003 has none', () => {
    const { report } = readText(seedText(SEED_003));
    if (report.format !== 'national-2021') throw new Error('edition');
    expect(findBrokenRules({ report })).toEqual([]);
  });

  it('004 has exactly NARRATIVE-NUMBER on 「其他处理，5件，占9.8%」 and FEE-STATEMENT-MISSING', () => {
    const { report } = readText(seedText(SEED_004));
    if (report.format !== 'national-2021') throw new Error('edition');
    const findings = findBrokenRules({ report });
    expect(findings.map((f) => f.rule)).toEqual(['NARRATIVE-NUMBER', 'FEE-STATEMENT-MISSING']);
    expect(findings[0].message).toBe('一、总体情况「其他处理，5件，占9.8%」：占比应为5÷57=8.8%，叙述为9.8%');
  });
});
