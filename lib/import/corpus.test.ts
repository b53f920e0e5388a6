// The twelve published reports of ../shared/corpus: each is read (numbers below checked against the file by
// eye), with the cells the print does not determine left unread and the reasons named; none is refused.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findBrokenRulesAnyEdition } from '../domain/edition-2019';
import type { TReport } from '../domain/model';
import { importReport } from './import-report';
import { judge } from '../checker/judge';
import type { Reading } from './reading';
import { corpusPath, corpusText, readText } from './test-support';

const z = (n = 7) => Array(n).fill(0);
const nul = Array(7).fill(null);
const APP_COLUMNS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];

function read2021(name: string): { report: TReport; warnings: string[] } {
  const { report, warnings } = readText(corpusText(name));
  if (report.format !== 'national-2021') throw new Error(`${name}: read as ${report.format}`);
  return { report, warnings };
}
const rulesOf = (report: TReport) => findBrokenRulesAnyEdition({ report }).map((f) => f.rule);

describe('01 洪泽区 2023 (pdftotext -layout): read; （六） printed as one row; 行政复议 totals wrong in the original', () => {
  const { report, warnings } = read2021('01_huaian_hongze_district_2023.txt');

  it('reads Table 1', () => {
    expect(report.tables.active).toEqual({
      regulations: [0, 0, 0], normativeDocuments: [0, 5, 5], licensing: 550, punishment: 4119, enforcement: 195, feesWan: '7730.28',
    });
  });

  it('reads Table 2: 一 21, （二） 4, （四）1. 10, （七） 21; the single （六） row in 「3.其他」, （六）1./2. empty', () => {
    const a = report.tables.applications;
    expect(a[0]).toEqual([21, 0, 0, 0, 0, 0, 21]);
    expect(a[3]).toEqual([4, 0, 0, 0, 0, 0, 4]);
    expect(a[12]).toEqual([10, 0, 0, 0, 0, 0, 10]);
    expect([a[20], a[21], a[22]]).toEqual([nul, nul, z()]);
    expect(a[23]).toEqual([21, 0, 0, 0, 0, 0, 21]);
    expect(a[24]).toEqual(z());
    expect(warnings).toContain('三、收到和处理政府信息公开申请情况：「（六）其他处理」只印了一行（2019年版写法），其数字读入「（六）其他处理 / 3.其他」，另两行留空');
  });

  it('reads Table 3 as printed (10 1 0 0 0 | 0 0 0 0 0 | 5 0 0 0 0) and the checker finds the authors\' totals and the old （六）', () => {
    expect(report.tables.litigation).toEqual([10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0]);
    expect(rulesOf(report)).toEqual(['LITIGATION-TOTAL', 'LITIGATION-TOTAL', 'OUTDATED-FORMAT']);
  });

  it('reads organ, year, scope and the wrapped narrative as paragraphs', () => {
    expect([report.organ, report.year, report.level, report.scope]).toEqual(['洪泽区人民政府', 2023, 'government', 'region']);
    expect(report.parts?.overview.split('\n')[1]).toMatch(/^（一）主动公开情况。主要通过政府门户网站主动公开政府文件、项目审批/);
    expect(report.parts?.other).toBe('2023年，区政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费0元。');
  });
});

describe('02 淮安市洪泽区 2024: read', () => {
  const { report } = read2021('02_huaian_hongze_district_2024.txt');
  it('reads the tables', () => {
    expect(report.tables.active).toEqual({
      regulations: [0, 0, 0], normativeDocuments: [3, 0, 8], licensing: 9487, punishment: 2776, enforcement: 84, feesWan: '7545',
    });
    expect(report.tables.applications[0]).toEqual([95, 0, 0, 0, 0, 0, 95]);
    expect(report.tables.applications[12]).toEqual([31, 0, 0, 0, 0, 0, 31]);
    expect(report.tables.applications[23]).toEqual([95, 0, 0, 0, 0, 0, 95]);
    expect(report.tables.litigation).toEqual([1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3]);
  });
  it('gets OUTDATED-FORMAT, and NARRATIVE-NUMBER for 「受理政府信息公开申请17件」 against 一 = 95', () => {
    expect(rulesOf(report)).toEqual(['OUTDATED-FORMAT', 'NARRATIVE-NUMBER']);
  });
});

describe('03 淮安市 2024: read (labels broken over lines, 三、本年度办理结果 printed vertically)', () => {
  const { report } = read2021('03_huaian_city_gov_2024.txt');
  it('reads the tables', () => {
    const a = report.tables.applications;
    expect(report.tables.active).toEqual({
      regulations: [1, 0, 11], normativeDocuments: [8, 26, 66], licensing: 447228, punishment: 3985758, enforcement: 88283, feesWan: '96171.6',
    });
    expect(a[0]).toEqual([3001, 53, 0, 0, 61, 4, 3119]);
    expect(a[1]).toEqual([34, 0, 0, 0, 0, 0, 34]);
    expect(a[11]).toEqual([105, 0, 0, 0, 0, 0, 105]);
    expect(a[20]).toEqual([67, 3, 0, 0, 1, 0, 71]);
    expect(a[22]).toEqual([108, 2, 0, 0, 0, 0, 110]);
    expect(a[23]).toEqual([2932, 53, 0, 0, 61, 4, 3050]);
    expect(a[24]).toEqual([103, 0, 0, 0, 0, 0, 103]);
    expect(report.tables.litigation).toEqual([72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20]);
  });
  it('is consistent: no finding', () => {
    expect(rulesOf(report)).toEqual([]);
  });
});

describe('04 沭阳县 2025 (OCR to Markdown): read, with a misleading header over the last rows', () => {
  const { report } = read2021('04_shuyang_county_gov_2025.txt');
  it('reads the tables', () => {
    const a = report.tables.applications;
    expect(report.tables.active).toEqual({
      regulations: [0, 0, 0], normativeDocuments: [6, 1, 32], licensing: 517645, punishment: 693957, enforcement: 2154, feesWan: '4068.208',
    });
    expect(a[0]).toEqual([705, 3, 0, 0, 5, 0, 713]);
    expect(a[21]).toEqual([7, 0, 0, 0, 0, 0, 7]);
    expect(a[22]).toEqual([142, 1, 0, 0, 0, 0, 143]);
    expect(a[23]).toEqual([710, 3, 0, 0, 5, 0, 718]);
    expect(a[24]).toEqual([31, 0, 0, 0, 0, 0, 31]);
    expect(report.tables.litigation).toEqual([27, 10, 9, 15, 61, 3, 0, 0, 0, 3, 8, 0, 1, 1, 10]);
  });
  it('keeps the organ as the OCR printed it, and the signature date', () => {
    expect([report.organ, report.signature]).toEqual(['沐阳县人民政府', { organ: '沐阳县人民政府', date: '2026-01-23' }]);
  });
});

const unreadOf = (reading: Reading) => Object.entries(reading.cells).filter(([, c]) => c.status === 'unread');

describe('05 上海市科委 2024 (a conversion scattered Table 2): rows without labels placed in the gaps; the lone 「1」 row unread', () => {
  const read = readText(corpusText('05_shanghai_stcsm_2024.txt'));
  const a = (read.report as TReport).tables.applications;
  const other2 = '三、本年度办理结果 / （六）其他处理 / 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请';

  it('reads the labelled rows, and the unlabelled ones where their number fits the gap (the sums then hold)', () => {
    expect(a[0]).toEqual([32, 2, 0, 0, 0, 0, 34]);
    expect(a[3]).toEqual(z()); // （二）部分公开: a row of zeros printed under 予以公开 without its label
    expect([a[8], a[9], a[12], a[13]]).toEqual([[1, 0, 0, 0, 0, 0, 1], [1, 0, 0, 0, 0, 0, 1], [4, 0, 0, 0, 0, 0, 4], [6, 0, 0, 0, 0, 0, 6]]);
    expect(a[20]).toEqual([8, 2, 0, 0, 0, 0, 10]);
    expect(a[23]).toEqual([33, 2, 0, 0, 0, 0, 35]);
    expect(a[24]).toEqual([1, 0, 0, 0, 0, 0, null]); // printed without its total
    expect(read.report.tables.litigation).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('leaves （六）2. unread (only a 「1」 printed under its label), and the checker cannot judge the sums it enters', () => {
    expect(unreadOf(read.reading).map(([name]) => name)).toEqual(APP_COLUMNS.map((c) => `${other2} / ${c}`));
    expect(a[21]).toEqual(nul);
    const { findings, undecidable } = judge(read.report, read.reading);
    expect(findings.map((f) => f.rule)).toEqual(['VALUE-MISSING', 'SECTION-MISSING', 'NARRATIVE-NUMBER', 'NARRATIVE-NUMBER']);
    expect(findings[0].cells).toEqual(['四、结转下年度继续办理 / 总计']);
    expect(undecidable.map((u) => u.rule)).toEqual(['APP-ROW-TOTAL', ...Array(7).fill('APP-RESULT-TOTAL')]);
  });
});

describe('06 上海市人民政府办公厅 2025: Table 1 lost a column of 第二十条第（一）项', () => {
  const read = readText(corpusText('06_shanghai_gov_office_2025.txt'));
  it('leaves 规章 and 行政规范性文件 unread (two numbers under three columns) and reads the rest', () => {
    expect(unreadOf(read.reading).map(([name, c]) => [name, c.status === 'unread' && c.reason])).toEqual(
      ['规章 / 本年制发件数', '规章 / 本年废止件数', '规章 / 现行有效件数'].map((n) => [`第二十条第（一）项 / ${n}`, '应有3个数，只读到2个（22 235），无法确定各数所在的列'])
        .concat(['本年制发件数', '本年废止件数', '现行有效件数'].map((n) => [`第二十条第（一）项 / 行政规范性文件 / ${n}`, '应有3个数，只读到2个（34 189），无法确定各数所在的列'])),
    );
    expect(read.report.tables.litigation).toEqual([40, 0, 10, 5, 55, 2, 0, 4, 6, 12, 6, 0, 9, 7, 22]);
    expect(judge(read.report, read.reading).findings.map((f) => f.rule)).toEqual(['SECTION-MISSING']);
  });
});

describe('07–11 平潭综合实验区 (a crawler ran the cells together): decoded by digit count and by the sums', () => {
  it.each([
    // Table 3: a value only where the split is the same even if one group's total were the author's error.
    ['07_pingtan_zone_2021.txt', '693665', [64, 0, 0, 2, 0, 4, 70], [22, 0, 0, 0, 0, 3, 25], [1, 0, 2, 0, 3, null, null, 0, null, null, 0, 0, 0, 0, 0], []],
    ['08_pingtan_zone_2022.txt', '8855698', [71, 3, 0, 0, 0, 0, 74], [37, 0, 0, 0, 0, 0, 37], [0, 1, 1, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0], ['NARRATIVE-NUMBER']],
    ['09_pingtan_zone_2023.txt', '77132470', [80, 1, 0, 0, 0, 0, 81], [31, 0, 0, 0, 0, 0, 31], [1, 1, 0, 0, 2, 4, 0, 0, 1, 5, 1, 0, 1, 0, 2], []],
    ['10_pingtan_zone_2024.txt', '6233440', [217, 1, 0, 0, 0, 0, 218], [75, 0, 0, 0, 0, 0, 75], [2, 1, 3, 1, 7, 0, 0, 0, 0, 0, null, null, null, null, null], []],
    ['11_pingtan_zone_2025.txt', '5845546', [151, 3, 0, 0, 0, 0, 154], [49, 1, 0, 0, 0, 0, 50], [null, null, null, null, null, 3, 3, 0, 0, 6, 3, 0, 0, 0, 3], []],
  ])('%s: 行政规范性文件 「%s」 unread with candidates; 一, （四）1. and Table 3 decoded', (name, normative, received, notHeld, litigation, rules) => {
    const read = readText(corpusText(name));
    const t = (read.report as TReport).tables;
    expect(t.applications[0]).toEqual(received);
    expect(t.applications[12]).toEqual(notHeld);
    expect(t.litigation).toEqual(litigation);
    expect(t.active.normativeDocuments).toEqual([null, null, null]);
    const unread = unreadOf(read.reading).filter(([n]) => n.startsWith('第二十条'));
    expect(unread.map(([n]) => n)).toEqual(['本年制发件数', '本年废止件数', '现行有效件数'].map((c) => `第二十条第（一）项 / 行政规范性文件 / ${c}`));
    for (const [, c] of unread) if (c.status === 'unread') expect(c.candidates.every((v) => normative.includes(v))).toBe(true);
    // Every other unread cell is one of Table 3's left undecided, each with its candidates.
    const others = unreadOf(read.reading).filter(([n]) => !n.startsWith('第二十条'));
    expect(others.length).toBe(litigation.filter((v) => v === null).length);
    for (const [, c] of others) expect(c.status === 'unread' && c.candidates.length > 1).toBe(true);
    expect(read.reading.cells['三、本年度办理结果 / （七）总计 / 总计']).toMatchObject({ status: 'value' });
    expect(judge(read.report, read.reading).findings.map((f) => f.rule)).toEqual(rules);
  });

  it('07: 「220000325」 fits 22,0,0,0,0,3,25 and 2,20,0,0,0,3,25 alone; the column sums decide, naming the rules', () => {
    const read = readText(corpusText('07_pingtan_zone_2021.txt'));
    expect(read.reading.cells['三、本年度办理结果 / （四）无法提供 / 1.本机关不掌握相关政府信息 / 自然人']).toMatchObject({
      status: 'value', value: '22', method: 'sums', rules: ['APP-ROW-TOTAL', 'APP-RESULT-TOTAL', 'APP-BALANCE'],
    });
    // 二 「0000000」: as many digits as cells.
    expect(read.reading.cells['二、上年结转政府信息公开申请数量 / 总计']).toMatchObject({ status: 'value', value: '0', method: 'digit-count' });
  });
});

describe('12 沭阳县发展和改革局 2023 (a saved page\'s text): read, blank cells as printed', () => {
  const { report, warnings } = read2021('12_shuyang_county_fgj_2023.txt');
  it('reads the numbers, and the five blank 法人或其他组织 columns as empty with a warning', () => {
    expect(report.tables.active).toEqual({
      regulations: [0, 0, 0], normativeDocuments: [8, 0, 18], licensing: 0, punishment: 0, enforcement: 0, feesWan: '0',
    });
    expect(report.tables.applications[0]).toEqual([26, null, null, null, null, null, 26]);
    expect(report.tables.applications[23]).toEqual([26, null, null, null, null, null, 26]);
    expect(report.tables.litigation).toEqual([0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(warnings.some((w) => w.startsWith('三、收到和处理政府信息公开申请情况：125个单元格在文件中为空或印作「/」'))).toBe(true);
  });
  it('reads organ, level, signature; the checker asks for the 125−5 blank cells (totals of blank parts wait)', () => {
    expect([report.organ, report.year, report.level]).toEqual(['沭阳县发展和改革局', 2023, 'department']);
    expect(report.signature).toEqual({ organ: '沭阳县发展和改革局', date: '2024-01-17' });
    const rules = rulesOf(report);
    expect(new Set(rules)).toEqual(new Set(['VALUE-MISSING']));
    expect(rules).toHaveLength(120);
  });
});

describe('the corpus PDFs read as their text files do (pdftotext -layout)', () => {
  it.each(['01_huaian_hongze_district_2023', '02_huaian_hongze_district_2024', '03_huaian_city_gov_2024'])('%s.pdf', async (name) => {
    const result = await importReport({ bytes: readFileSync(corpusPath(`${name}.pdf`)), filename: `${name}.pdf` });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.report.tables).toEqual(readText(corpusText(`${name}.txt`)).report.tables);
  });
});
