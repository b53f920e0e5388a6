// The twelve published reports of ../shared/corpus: each is read exactly (numbers below checked against
// the file by eye) or refused with a reason naming what could not be read.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findBrokenRulesAnyEdition } from '../domain/edition-2019';
import type { TReport } from '../domain/model';
import { importReport } from './import-report';
import { corpusPath, corpusText, readText, refusalOf } from './test-support';

const z = (n = 7) => Array(n).fill(0);
const nul = Array(7).fill(null);

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

describe('refused with a reason naming the place', () => {
  it('05 上海市科委 2024: a conversion scattered Table 2; a lone 「1」 cannot be placed', () => {
    expect(refusalOf(corpusText('05_shanghai_stcsm_2024.txt'))).toEqual([
      '三、收到和处理政府信息公开申请情况 / （六）其他处理 / 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请：应有7个数，只读到1个（1）',
      '三、收到和处理政府信息公开申请情况：读到26行数字，标准表应有25行（「（六）其他处理」印作一行时为23行），无法确定各行的归属',
    ]);
  });

  it('06 上海市人民政府办公厅 2025: Table 1 lost a column of 第二十条第（一）项', () => {
    expect(refusalOf(corpusText('06_shanghai_gov_office_2025.txt'))).toEqual([
      '二、主动公开政府信息情况 / 第二十条第（一）项 / 规章：应有3个数，只读到2个（22 235）',
      '二、主动公开政府信息情况 / 第二十条第（一）项 / 行政规范性文件：应有3个数，只读到2个（34 189）',
    ]);
  });

  it.each([
    ['07_pingtan_zone_2021.txt', '693665', '640020470'],
    ['08_pingtan_zone_2022.txt', '8855698', '713000074'],
    ['09_pingtan_zone_2023.txt', '77132470', '801000081'],
    ['10_pingtan_zone_2024.txt', '6233440', '21710000218'],
    ['11_pingtan_zone_2025.txt', '5845546', '15130000154'],
  ])('%s (a crawler ran the cells together): 行政规范性文件 「%s」, 一 「%s」', (name, normative, received) => {
    const reasons = refusalOf(corpusText(name));
    expect(reasons).toContain(`二、主动公开政府信息情况 / 第二十条第（一）项 / 行政规范性文件：3个单元格的数字连写为「${normative}」，之间没有分隔，无法确定各数的分界`);
    expect(reasons).toContain(`三、收到和处理政府信息公开申请情况 / 一、本年新收政府信息公开申请数量：7个单元格的数字连写为「${received}」，之间没有分隔，无法确定各数的分界`);
    // Rows whose digits are as many as their cells are certain and are not reported: 二 「0000000」.
    expect(reasons.some((r) => r.includes('二、上年结转'))).toBe(false);
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
