// Edition detection (spec §9): a report printed in the 2019 tables reads as national-2019 (2019–2020) and a
// 2021-or-later one in those tables gets OUTDATED-FORMAT; a 2021 report printing （六） as one row keeps the
// 2021 shape with the numbers in 「3.其他」 (spec §10) and gets OUTDATED-FORMAT, not VALUE-MISSING.
import { describe, expect, it } from 'vitest';
import { findBrokenRulesAnyEdition, template2019, type TReport2019 } from '../domain/edition-2019';
import { report2019 } from '../domain/edition-2019.test-support';
import seed004 from '../domain/fixtures/seed-004.json';
import type { TCell } from '../domain/model';
import { template } from '../domain/template';
import { readText, SEED_004, seedText } from './test-support';

const show = (v: TCell) => (v === null ? '/' : String(v));
const row = (label: string, values: TCell[]) => `${label}    ${values.map(show).join('    ')}`;

/** A 2019-edition report as pdftotext -layout prints it: one table row per line, columns apart. */
function layoutText(r: TReport2019): string {
  const t1 = template2019.active.blocks.flatMap((b) => [
    `        ${b.label}`,
    `    信息内容    ${b.columns.map((c) => c.label).join('    ')}`,
    ...b.rows.map((x) => row(x.label, r.tables.active[x.key] as TCell[])),
  ]);
  const t2 = template2019.applications.rows.map((x, i) => row([x.group, x.label].filter(Boolean).join('  '), r.tables.applications[i]));
  const parts = r.parts as NonNullable<TReport2019['parts']>;
  return [
    r.organ, `${r.year}年政府信息公开工作年度报告`, parts.preamble, '一、总体情况', parts.overview,
    '二、主动公开政府信息情况', ...t1,
    '三、收到和处理政府信息公开申请情况', template.applications.note, '    自然人    商业企业    科研机构    社会公益组织    法律服务机构    其他    总计', ...t2,
    '四、政府信息公开行政复议、行政诉讼情况', '行政复议    行政诉讼', r.tables.litigation.map(show).join('   '),
    '五、存在的主要问题及改进情况', parts.problems, '六、其他需要报告的事项', parts.other, r.organ, `${r.year + 1}年1月17日`,
  ].join('\n');
}

describe('the 2019 edition', () => {
  it('reads a 2020 report printed in the 2019 tables as national-2019, every cell (本年增/减 −2 included)', () => {
    const expected = report2019(2020);
    const { report, edition } = readText(layoutText(expected));
    expect(edition).toBe('national-2019');
    expect(report.tables).toEqual(expected.tables);
    expect(report.parts).toEqual(expected.parts);
    expect(findBrokenRulesAnyEdition({ report })).toEqual([]);
  });

  it('a 2022 report in the 2019 tables: read, and OUTDATED-FORMAT', () => {
    const { report } = readText(layoutText(report2019(2022)));
    expect(report.format).toBe('national-2019');
    expect(findBrokenRulesAnyEdition({ report }).map((f) => f.rule)).toEqual(['OUTDATED-FORMAT']);
  });
});

describe('a 2021-edition report printing （六）其他处理 as one row', () => {
  // Seed 004's three （六） rows (5, 0, 0 cases) printed as the single row 「（六）其他处理 2 3 0 0 0 0 5」.
  const text = seedText(SEED_004).replace(
    /\t（六）其他处理\n[\s\S]*?(?=\t\n\t（七）总计)/,
    '\t（六）其他处理\n\t2\n\t3\n\t0\n\t0\n\t0\n\t0\n\t5\n\n',
  );

  it('keeps the 2021 shape: the numbers in 「3.其他」, （六）1./2. empty', () => {
    const { report, warnings } = readText(text);
    expect(report.format).toBe('national-2021');
    const a = report.tables.applications;
    expect([a[20], a[21], a[22]]).toEqual([Array(7).fill(null), Array(7).fill(null), [2, 3, 0, 0, 0, 0, 5]]);
    expect(a.filter((_, i) => i < 20 || i > 22)).toEqual(seed004.tables.applications.filter((_, i) => i < 20 || i > 22));
    expect(warnings).toContain('三、收到和处理政府信息公开申请情况：「（六）其他处理」只印了一行（2019年版写法），其数字读入「（六）其他处理 / 3.其他」，另两行留空');
  });

  it('gets OUTDATED-FORMAT from the checker, not VALUE-MISSING', () => {
    const { report } = readText(text);
    expect(findBrokenRulesAnyEdition({ report }).map((f) => f.rule)).toEqual(['OUTDATED-FORMAT', 'FEE-STATEMENT-MISSING']);
  });
});
