import { describe, expect, it } from 'vitest';
import { fillUnreadCells } from './fill-unread';
import { corpusText, readText } from './test-support';
import type { TReport } from '../domain/model';

describe('fillUnreadCells', () => {
  const read = readText(corpusText('06_shanghai_gov_office_2025.txt'));
  const report = read.report as TReport;
  const names = ['本年制发件数', '本年废止件数', '现行有效件数'];
  const all = Object.fromEntries([...names.map((n) => `第二十条第（一）项 / 规章 / ${n}`), ...names.map((n) => `第二十条第（一）项 / 行政规范性文件 / ${n}`)].map((n, i) => [n, String(i + 1)]));

  it('sets every unread cell from what the clerk typed (full-width digits normalised)', () => {
    const filled = fillUnreadCells(report, read.reading, { ...all, '第二十条第（一）项 / 规章 / 本年制发件数': '２２' });
    expect(filled.ok && filled.report.tables.active.regulations).toEqual([22, 2, 3]);
    expect(filled.ok && filled.report.tables.active.normativeDocuments).toEqual([4, 5, 6]);
  });

  it('names each unread cell left empty or not a count', () => {
    const { '第二十条第（一）项 / 规章 / 本年制发件数': _, ...rest } = all;
    const filled = fillUnreadCells(report, read.reading, { ...rest, '第二十条第（一）项 / 规章 / 本年废止件数': '-1' });
    expect(filled.ok ? [] : filled.errors).toEqual([
      '第二十条第（一）项 / 规章 / 本年制发件数：未能从文件读取，请填写',
      '第二十条第（一）项 / 规章 / 本年废止件数：「-1」不能为负数',
    ]);
  });
});
