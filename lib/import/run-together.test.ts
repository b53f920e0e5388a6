import { describe, expect, it } from 'vitest';
import { runsAfterLabels, withoutTrailingYear } from './run-together';

describe('runsAfterLabels', () => {
  const labels = ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”'];
  const matches = (row: number, text: string) => text.replace(/[“”]/g, '').includes(labels[row].replace(/[“”]/g, '').slice(2, 8));
  const runs = (text: string, n = labels.length) => runsAfterLabels(text, labels.slice(0, n), matches).map(({ row, run, found }) => ({ row, run, found }));

  it('gives the next row its number prefix back (「00000002.其他…」 → 0000000 and 2.其他…)', () => {
    const text = '（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开 00000003.危及“三安全一稳定” 1000001（四）无法提供';
    expect(runs(text)).toEqual([
      { row: 0, run: '0000000', found: true }, { row: 1, run: '0000000', found: true }, { row: 2, run: '1000001', found: true },
    ]);
  });

  it('keeps each run\'s place in the text, for evidence', () => {
    const text = '1.属于国家秘密 0000000';
    expect(runsAfterLabels(text, labels.slice(0, 1), matches)[0].start).toBe(text.indexOf('0000000'));
  });

  it('finds no run for a row whose numbers are missing before the next label; a label not printed is not found', () => {
    expect(runs('1.属于国家秘密2.其他法律行政法规禁止公开0000000')).toEqual([
      { row: 0, run: null, found: true }, { row: 1, run: '0000000', found: true }, { row: 2, run: null, found: false },
    ]);
  });

  it('drops the next paragraph\'s year that ran into the last run (「10000012025年」)', () => {
    expect(runs('3.危及“三安全一稳定”10000012025年，本机关……').slice(2)).toEqual([{ row: 2, run: '1000001', found: true }]);
    expect(withoutTrailingYear('1000001 2025', '年')).toBe('1000001');
    expect(withoutTrailingYear('1000001 2025', '件')).toBe('1000001 2025');
  });
});
