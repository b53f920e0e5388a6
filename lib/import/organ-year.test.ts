// Title, level, scope, signature and the section headings of spec §2, as published reports print them.
import { describe, expect, it } from 'vitest';
import { detectLevel, detectScope, detectTitle } from './organ-year';
import { splitSections } from './sections';
import { parseDateLine, splitSignature } from './signature';
import { ReadLog } from './types';

const title = (text: string) => detectTitle(text, 0, text.length);

describe('detectTitle', () => {
  it.each([
    ['重庆市长寿区长寿湖镇人民政府\n\n2024年政府信息公开工作年度报告\n', '重庆市长寿区长寿湖镇人民政府', 2024],
    ['      2023 年政府信息公开工作年度报告', '', 2023],
    ['正文\n2024 年上海市科委政府信息公开工作\n年度报告\n根据……', '上海市科委', 2024],
    ['标题：沭阳县发展和改革局2023年政府信息公开年度报告-沭阳县发改局', '沭阳县发展和改革局', 2023],
    ['平潭综合实验区2021年度政府信息公开工作年度报告', '平潭综合实验区', 2021],
  ])('%j → %s %i', (text, organ, year) => {
    expect(title(text)).toMatchObject({ organ, year });
  });

  it('does not take a sentence quoting a title for the title', () => {
    expect(title('根据重庆市长寿区人民政府办公室《关于做好2024年政府信息公开工作年度报告编制工作的通知》要求，')).toBeNull();
  });
});

describe('level and scope', () => {
  it.each([
    ['重庆市长寿区长寿湖镇人民政府', 'town'], ['某某街道办事处', 'town'], ['重庆市荣昌区人民政府', 'government'],
    ['沭阳县人民政府', 'government'], ['沭阳县发展和改革局', 'department'], ['上海市人民政府办公厅', 'department'],
    ['平潭综合实验区', undefined],
  ])('%s → %s', (organ, level) => {
    expect(detectLevel(organ)).toBe(level);
  });

  it('reads 「全区共受理」 as the whole region, 「我镇…收到」 as the organ alone', () => {
    expect(detectScope('2021年，全区共受理政府信息公开申请57件')).toBe('region');
    expect(detectScope('2023 年全区受理政府信息公开申请 21 件')).toBe('region');
    expect(detectScope('我镇2024年度收到政府信息公开申请1条')).toBe('organ');
  });

  it('reads the whole region from its other counts too (seed 000: 「全区共主动公开」, 「全区发生了」)', () => {
    expect(detectScope('全区共主动公开政府信息14569条')).toBe('region');
    expect(detectScope('全区发生了 11件因政府信息公开引起的行政复议')).toBe('region');
    expect(detectScope('全区建有信息公开工作专门机构 29 个')).toBe('region');
    expect(detectScope('推动全区政务公开工作高质量发展，我局主动公开政府信息120条')).toBe('organ');
  });
});

describe('signature', () => {
  it.each([
    ['2025年1月17日', '2025-01-17'], ['  2026年1月23日 ', '2026-01-23'], ['(2026年1月23日)', '2026-01-23'],
    ['二〇二五年一月十七日', '2025-01-17'], ['二〇二四年十二月三十一日', '2024-12-31'], ['2025年2月30日', null], ['2025年', null],
  ])('%s → %s', (line, date) => {
    expect(parseDateLine(line)).toBe(date);
  });

  it('takes the organ and the date off the end of 六, page numbers and page chrome too', () => {
    expect(splitSignature('本机关本年度未收取信息处理费。\n        重庆市某某局\n\n   2025年1月17日\n  -5-\n')).toEqual({
      body: '本机关本年度未收取信息处理费。', organ: '重庆市某某局', date: '2025-01-17', trailing: [],
    });
    expect(splitSignature('无。\n某某县人民政府\n2025年1月17日\n主办：某某县人民政府办公室').trailing).toEqual(['主办：某某县人民政府办公室']);
    expect(splitSignature('无。')).toEqual({ body: '无。', organ: null, date: null, trailing: [] });
  });
});

describe('section headings (spec §2 variants)', () => {
  const doc = (h5: string, h4 = '四、政府信息公开行政复议、行政诉讼情况') =>
    ['前言', '一、总体情况', 'a', '二、主动公开政府信息情况', 'b', '三、收到和处理政府信息公开申请情况', 'c', h4, 'd', h5, 'e', '六、其他需要报告的事项', 'f'].join('\n');

  it.each([
    '五、存在的主要问题及改进情况', '五、政府信息公开工作存在的主要问题及改进情况', '五、当前存在的主要问题及下步改进措施', '五、存在的主要问题及整改措施',
  ])('finds 五 printed as 「%s」', (h5) => {
    const { regions } = splitSections(doc(h5), 0, new ReadLog());
    expect(regions).toEqual({ preamble: '前言\n', overview: '\na\n', active: '\nb\n', applications: '\nc\n', litigation: '\nd\n', problems: '\ne\n', other: '\nf' });
  });

  it('finds 四 printed as 「四、政府信息公开行政复议和行政诉讼情况」, and headings run into one line of text', () => {
    expect(splitSections(doc('五、存在的主要问题及改进情况', '四、政府信息公开行政复议和行政诉讼情况'), 0, new ReadLog()).regions.litigation).toBe('\nd\n');
    const run = '前言。一、总体情况总体。二、主动公开政府信息情况表一三、收到和处理政府信息公开申请情况表二 四、政府信息公开行政复议、行政诉讼情况表三五、存在的主要问题及改进情况问题。六、其他需要报告的事项无。';
    expect(splitSections(run, 0, new ReadLog()).regions).toMatchObject({ overview: '总体。', active: '表一', applications: '表二 ', litigation: '表三', problems: '问题。', other: '无。' });
  });

  it('warns of a missing heading', () => {
    const log = new ReadLog();
    splitSections('一、总体情况\na', 0, log);
    expect(log.warnings).toContain('未找到「六、其他需要报告的事项」的标题');
  });
});
