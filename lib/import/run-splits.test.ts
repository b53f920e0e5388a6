import { describe, expect, it } from 'vitest';
import { enumerateSplits } from './run-splits';

const values = (run: string, n: number, amount?: (c: number) => boolean) => {
  const r = enumerateSplits(run, n, { amount });
  return r.ok ? r.splits.map((s) => s.map((c) => c.value)) : r.reason;
};

describe('enumerateSplits', () => {
  it('gives every split without leading zeros: 「220000325」 into 7 (Pingtan 2021, （四）1.)', () => {
    const splits = values('220000325', 7) as string[][];
    expect(splits).toEqual(expect.arrayContaining([['22', '0', '0', '0', '0', '3', '25'], ['2', '20', '0', '0', '0', '3', '25']]));
    for (const s of splits) {
      expect(s.join('')).toBe('220000325');
      expect(s.every((v) => v === '0' || !v.startsWith('0'))).toBe(true);
    }
    expect(new Set(splits.map((s) => s.join(','))).size).toBe(splits.length);
  });

  it('is one split when the digits are as many as the cells (「0000000」)', () => {
    expect(values('0000000', 7)).toEqual([['0', '0', '0', '0', '0', '0', '0']]);
  });

  it('ignores spaces, which crawlers drop and misplace (「20 0 0 0 02」 is 2,0,0,0,0,0,2 only)', () => {
    expect(values('20 0 0 0 02', 7)).toEqual([['2', '0', '0', '0', '0', '0', '2']]);
  });

  it('keeps a decimal whole, only in an amount cell; 「/」 is a blank cell', () => {
    expect(values('24252.311082', 1, () => true)).toEqual([['24252.311082']]);
    expect(values('24252.311082', 1)).toBe('none');
    expect(values('1/2', 3)).toEqual([['1', null, '2']]);
  });

  it('says so when the digits are too few, or the splits too many to search', () => {
    expect(values('12', 3)).toBe('none');
    expect(values('1'.repeat(60), 7)).toBe('too-many');
  });

  it('refuses text that is no run of numbers', () => {
    expect(values('1 2 年', 3)).toBe('none');
  });

  it('keeps where each cell was printed', () => {
    const r = enumerateSplits('5 00', 3);
    expect(r.ok && r.splits[0].map((c) => [c.start, c.end])).toEqual([[0, 1], [2, 3], [3, 4]]);
  });
});
