// The checker reads published reports too (issue 6): .txt, .docx, .html, .pdf and JSON of either edition,
// with --previous in any of them; an unreadable file is exit 2 with the importer's reasons.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCanonicalAnyEdition } from '../domain/edition-2019';
import { report2019 } from '../domain/edition-2019.test-support';
import { checkFiles } from './check-files';
import { loadReportFile } from './load-report-file';

const SHARED = path.resolve(__dirname, '../../../shared');
const seed = (name: string) => path.join(SHARED, 'seeds', name);
const corpus = (name: string) => path.join(SHARED, 'corpus', name);
const SEED_003 = seed('003_45de351d9f0b6075.txt');
const SEED_004 = seed('004_27b6cab774d2b1c9.txt');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'nianbao-load-'));
  await writeFile(path.join(dir, 'r2019.json'), writeCanonicalAnyEdition(report2019(2020)));
  await writeFile(path.join(dir, 'report.html'), '<html><body><p>通知</p></body></html>');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('loadReportFile for published reports', () => {
  it('reads the seeds as text, with the importer\'s warnings', async () => {
    const loaded = await loadReportFile(SEED_004);
    expect(loaded.ok && [loaded.report.organ, loaded.report.year, loaded.warnings.length]).toEqual(['重庆市荣昌区人民政府', 2021, 1]);
  });

  it('reads a corpus PDF', async () => {
    const loaded = await loadReportFile(corpus('03_huaian_city_gov_2024.pdf'));
    expect(loaded.ok && loaded.report.tables.litigation[4]).toBe(351);
  });

  it('reads canonical JSON of the 2019 edition', async () => {
    const loaded = await loadReportFile(path.join(dir, 'r2019.json'));
    expect(loaded.ok && loaded.report.format).toBe('national-2019');
  });

  it('reads a crawler\'s run-together text, with the cells it could not decide unread', async () => {
    const loaded = await loadReportFile(corpus('07_pingtan_zone_2021.txt'));
    if (!loaded.ok) throw new Error(loaded.reason);
    const unread = Object.entries(loaded.reading?.cells ?? {}).filter(([, c]) => c.status === 'unread').map(([name]) => name);
    expect(unread).toEqual([
      ...['本年制发件数', '本年废止件数', '现行有效件数'].map((c) => `第二十条第（一）项 / 行政规范性文件 / ${c}`),
      '行政诉讼 / 未经复议直接起诉 / 结果维持', '行政诉讼 / 未经复议直接起诉 / 结果纠正',
      '行政诉讼 / 未经复议直接起诉 / 尚未审结', '行政诉讼 / 未经复议直接起诉 / 总计',
    ]);
  });
});

describe('checkFiles over published reports', () => {
  it('seeds as text: 003 clean, 004 two warnings → exit 0', async () => {
    const { results, exitCode } = await checkFiles([SEED_003, SEED_004]);
    expect(exitCode).toBe(0);
    expect(results.map((r) => (r.ok ? r.findings.map((f) => f.rule) : r.reason))).toEqual([[], ['NARRATIVE-NUMBER', 'FEE-STATEMENT-MISSING']]);
  });

  it('corpus 01 (its authors\' Table 3 totals) → exit 1; an unreadable page → exit 2, the others still checked', async () => {
    expect((await checkFiles([corpus('01_huaian_hongze_district_2023.txt')])).exitCode).toBe(1);
    const { results, exitCode } = await checkFiles([corpus('03_huaian_city_gov_2024.txt'), path.join(dir, 'report.html')]);
    expect(exitCode).toBe(2);
    expect(results.map((r) => r.ok)).toEqual([true, false]);
  });

  it('--previous as text: 洪泽区 2023 before 2024 — 二 matches last 四, 现行有效 8 = 5 + 3 − 0', async () => {
    const withPrevious = await checkFiles([corpus('02_huaian_hongze_district_2024.txt')], corpus('01_huaian_hongze_district_2023.txt'));
    const alone = await checkFiles([corpus('02_huaian_hongze_district_2024.txt')]);
    const rules = (o: typeof alone) => (o.results[0].ok ? o.results[0].findings.map((f) => f.rule) : []);
    expect(rules(withPrevious)).toEqual(rules(alone));
    expect(rules(alone)).toEqual(['OUTDATED-FORMAT', 'NARRATIVE-NUMBER']);
  });

  it('a 2019-edition JSON checks with the 2019 rules', async () => {
    const { results, exitCode } = await checkFiles([path.join(dir, 'r2019.json')]);
    expect([exitCode, results[0].ok && results[0].findings]).toEqual([0, []]);
  });
});
