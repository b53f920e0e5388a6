import { describe, expect, it } from 'vitest';
import { appKey, setCell } from './cells';
import { readOnlyTablesRefusal, withClerkContent } from './clerk-content';
import { createEmptyReport, type TTables } from './model';

const stored = { ...createEmptyReport('演示区人民政府', 2025, 'government'), scope: 'region' as const, title: '演示区人民政府2025年政府信息公开工作年度报告' };

describe('a clerk save takes the content only', () => {
  it('keeps organ, year, level, scope, format and title as stored', () => {
    const sent = { ...createEmptyReport('别的机关', 2099, 'town'), scope: 'organ' as const, title: '别的标题', parts: { preamble: '前言', overview: '', problems: '', other: '' } };
    expect(withClerkContent(stored, sent)).toEqual({ ...stored, parts: sent.parts, signature: sent.signature, tables: sent.tables });
  });
});

describe('read-only tables', () => {
  it('accepts tables left as stored, computed cells aside', () => {
    expect(readOnlyTablesRefusal(stored, stored)).toBeNull();
    expect(readOnlyTablesRefusal(stored, { tables: setCell(stored.tables, appKey(0, 6), 9) })).toBeNull(); // 总计: derived
  });

  it('names the tables and the cells a save changed', () => {
    const one: TTables = { ...stored.tables, active: { ...stored.tables.active, licensing: 99 } };
    expect(readOnlyTablesRefusal(stored, { tables: one })).toBe(
      '「二、主动公开政府信息情况」的数字由本地区汇总生成，不能修改（改动了「第二十条第（五）项 / 行政许可 / 本年处理决定数量」）。本次保存未被接受，文字部分也未保存：请撤销表格中的改动，或刷新页面后再修改文字。',
    );
    const many = [0, 1, 2, 3].reduce((t, c) => setCell(t, appKey(0, c), 1), one);
    expect(readOnlyTablesRefusal(stored, { tables: many })).toMatch(/^「二、主动公开政府信息情况」、「三、收到和处理政府信息公开申请情况」的数字由本地区汇总生成，不能修改（改动了「.+」、「.+」、「.+」等5处）/);
  });
});
