// Cells run together (a crawler's page text): read only when the split is certain (spec: never guess).
import { describe, expect, it } from 'vitest';
import { runsAfterLabels, splitRun } from './run-together';

describe('splitRun', () => {
  it.each([
    ['1000001', 7, ['1', '0', '0', '0', '0', '0', '1']], // as many digits as cells
    ['000', 3, ['0', '0', '0']],
    ['500000 5', 7, ['5', '0', '0', '0', '0', '0', '5']], // a space is a boundary, digits = cells
    ['0 1 1 0 2 1 0 0 0 1 0 0 0 0 0', 15, ['0', '1', '1', '0', '2', '1', '0', '0', '0', '1', '0', '0', '0', '0', '0']],
    ['24252.311082', 1, ['24252.311082']],
    ['2293', 1, ['2293']],
    ['100', 2, ['10', '0']], // 「1」「00」 is no split: 00 is no number
    ['1 / 3', 3, ['1', '/', '3']],
  ])('「%s」 into %i cells', (run, n, values) => {
    expect(splitRun(run, n)).toEqual({ ok: true, values });
  });

  it.each([
    ['693665', 3], // 69|36|65, 6|93|665, 693|66|5 …
    ['640020470', 7],
    ['10203120001200000', 15],
    ['123', 2],
  ])('「%s」 into %i cells is ambiguous', (run, n) => {
    expect(splitRun(run, n)).toEqual({ ok: false, reason: 'ambiguous', text: run });
  });

  it('says when there are too few or too many numbers', () => {
    expect(splitRun('12', 3)).toMatchObject({ ok: false, reason: 'too-few' });
    expect(splitRun('1 2 3 4', 3)).toMatchObject({ ok: false, reason: 'too-many' });
    expect(splitRun('1 2 年', 3)).toMatchObject({ ok: false, reason: 'ambiguous' });
  });
});

describe('runsAfterLabels', () => {
  const labels = ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”'];
  const matches = (row: number, text: string) => text.replace(/[“”]/g, '').includes(labels[row].replace(/[“”]/g, '').slice(2, 8));

  it('gives the next row its number prefix back (「00000002.其他…」 → 0000000 and 2.其他…)', () => {
    const text = '（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开 00000003.危及“三安全一稳定” 1000001（四）无法提供';
    expect(runsAfterLabels(text, labels, matches)).toEqual([
      { row: 0, run: '0000000' }, { row: 1, run: '0000000' }, { row: 2, run: '1000001' },
    ]);
  });

  it('finds no run for a row whose numbers are missing before the next label', () => {
    const text = '1.属于国家秘密2.其他法律行政法规禁止公开0000000';
    expect(runsAfterLabels(text, labels.slice(0, 2), matches)).toEqual([{ row: 0, run: null }, { row: 1, run: '0000000' }]);
  });
});
