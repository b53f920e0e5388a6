// Seeds 000–002: reports from before the statutory tables (2017, 2018) are read — organ, year, the narrative
// mapped into the canonical parts — with every statutory cell unread, never a number from the old 统计表.
import { describe, expect, it } from 'vitest';
import { CELLS, cellValues } from '../domain/cells';
import { PRE_2019_REASON } from '../domain/pre-2019';
import { importText } from './import-text';
import { readText, seedText } from './test-support';
import { ReadLog } from './types';

const SEEDS = [
  {
    file: '000_7ef3ec98eff50ee2.txt', organ: '重庆市长寿区', year: 2017, date: null, oldTable: false, scope: 'region',
    preamble: '本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由重庆市长寿区人民政府办公室编制。',
    overviewHeadings: ['一、工作开展情况', '二、主动公开政府信息的情况', '三、依申请公开政府信息和不予公开政府信息的情况', '四、政府信息公开的收费及减免情况', '五、因政府信息公开申请行政复议、提起行政诉讼的情况'],
    problems: '2017年，长寿区政府信息公开工作取得了一定成效，但也存在一些问题。',
  },
  {
    file: '001_2d63126c8570951a.txt', organ: '重庆市长寿区', year: 2018, date: '2019-01-23', oldTable: true, scope: 'region',
    preamble: '本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由重庆市长寿区人民政府办公室编制。',
    overviewHeadings: ['一、工作开展情况', '二、主动公开政府信息的情况', '三、依申请公开政府信息和不予公开政府信息的情况', '四、政府信息公开的收费及减免情况', '五、因政府信息公开申请行政复议、提起行政诉讼的情况'],
    problems: '2018年,长寿区政府信息公开工作取得了长足的发展',
  },
  {
    file: '002_f1d1333ed414e61a.txt', organ: '重庆市', year: 2017, date: null, oldTable: true, scope: 'region',
    preamble: '本年度工作报告根据《中华人民共和国政府信息公开条例》要求，由市政府办公厅编制。',
    overviewHeadings: ['一、概述', '二、主动公开情况', '三、主动公开形式', '四、依申请公开情况'],
    problems: '按照党中央、国务院关于全面推进政务公开有关部署',
  },
];

describe.each(SEEDS)('seed $file ($year, before the statutory tables)', (seed) => {
  const { report, edition, reading, warnings } = readText(seedText(seed.file));

  it('is imported as 「pre-2019」 with its organ and year from the title', () => {
    expect(edition).toBe('pre-2019');
    expect({ format: report.format, organ: report.organ, year: report.year }).toEqual({ format: 'pre-2019', organ: seed.organ, year: seed.year });
    expect(report.signature?.date).toBe(seed.date);
  });

  it('counts the whole district or city (「全区共主动公开」, 「全市主动公开」): scope region', () => {
    expect(report.scope).toBe(seed.scope);
  });

  it('keeps the narrative: preamble, the old parts in 一 under their own headings, the problems in 五', () => {
    const parts = report.parts;
    if (!parts) throw new Error('no parts');
    expect(parts.preamble.startsWith(seed.preamble)).toBe(true);
    const lines = parts.overview.split('\n');
    expect(lines.filter((l) => /^[一二三四五六七八九十]、/.test(l))).toEqual(seed.overviewHeadings);
    expect(lines[0]).toBe(seed.overviewHeadings[0]);
    expect(parts.problems.startsWith(seed.problems)).toBe(true);
    expect(parts.other).toBe('');
  });

  it('reads no number: every statutory cell is unread with the reason, every canonical cell null', () => {
    expect(Object.keys(reading.cells).sort()).toEqual(CELLS.map((c) => c.name).sort());
    for (const cell of Object.values(reading.cells)) expect(cell).toEqual({ status: 'unread', reason: PRE_2019_REASON, candidates: [], evidence: null });
    if (report.format !== 'pre-2019') throw new Error('edition');
    expect(cellValues(report.tables).every((v) => v === null)).toBe(true);
  });

  it('leaves the old 统计表 out of the narrative and says so', () => {
    const words = Object.values(report.parts ?? {}).join('\n');
    expect(words).not.toContain('统计表');
    expect(words).not.toContain('接受培训人员数');
    expect(warnings.some((w) => w.includes('未读入') && w.includes('统计表'))).toBe(seed.oldTable);
    expect(warnings).toContain(`这是2019年以前格式的报告（${seed.year}年度），没有法定统计表：表格各单元格未能读取（${PRE_2019_REASON}）`);
    // The statutory outline's heading warnings do not apply to the old outline.
    expect(warnings.filter((w) => w.includes('的标题'))).toEqual([]);
  });
});

describe('a file without statutory tables', () => {
  it('is refused when it is for 2019 or later: it should have had them', () => {
    const log = new ReadLog();
    const text = seedText('000_7ef3ec98eff50ee2.txt').replace(/2017/g, '2020');
    expect(importText(text, log)).toBeNull();
    expect(log.errors.map((e) => e.message)).toEqual([expect.stringContaining('未找到法定统计表')]);
  });

  it('is refused when it is no report at all, whatever year it names', () => {
    const log = new ReadLog();
    expect(importText('2017年天气很好。\n'.repeat(30), log)).toBeNull();
    expect(log.errors).toHaveLength(1);
  });
});
