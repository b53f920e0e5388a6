// What a clerk types or pastes into a cell (spec §7): full-width digits, separators, spaces, units — normalised;
// anything else kept as typed, with a problem; never a throw, never a value silently turned into 0 or dropped.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalPlaces, isDecimalString } from './decimal';
import { cellProblem, countOf, normalizeCell } from './normalize';
import type { ValueType } from './template';

describe('normalizeCell: counts', () => {
  it.each([
    ['１２', 12],
    ['1,234', 1234],
    ['1，234', 1234],
    ['1、234', 1234],
    ['１，２３４，５６７', 1234567],
    [' 12 ', 12],
    ['　１２　', 12],
    ['12\t', 12],
    ['12件', 12],
    ['12.0', 12],
    ['+5', 5],
    ['0', 0],
    ['０', 0],
    ['007', 7],
    [3, 3],
  ] as const)('%j → %s', (input, value) => {
    expect(normalizeCell(input, 'count')).toEqual({ value });
  });

  it.each([' / ', '/', '／', '', '   ', null, undefined])('%j → empty', (input) => {
    expect(normalizeCell(input, 'count')).toEqual({ value: null });
  });

  it.each([
    ['abc', 'abc', '不是数字'],
    [' abc ', 'abc', '不是数字'],
    ['12a', '12a', '含有非数字字符'],
    ['12.5', '12.5', '须为整数'],
    ['12,34', '12,34', '千位分隔符位置不对'],
    ['1e3', '1e3', '含有非数字字符'],
    ['99999999999999999999', '99999999999999999999', '数值过大'],
  ] as const)('%j stays %j with the problem 「%s」', (input, value, problem) => {
    expect(normalizeCell(input, 'count')).toEqual({ value, problem });
  });

  it.each([
    ['-3', -3],
    [-3, -3],
  ] as const)('a negative count %j is kept as %s and flagged', (input, value) => {
    expect(normalizeCell(input, 'count')).toEqual({ value, problem: '不能为负数' });
  });

  it('flags a fractional JSON number as not a whole count', () => {
    expect(normalizeCell(2.5, 'count')).toEqual({ value: '2.5', problem: '须为整数' });
  });
});

describe('normalizeCell: amounts (万元)', () => {
  it.each([
    ['4,618.24', '4618.24'],
    ['4618.240', '4618.24'],
    ['４６１８．２４', '4618.24'],
    ['24252.311082', '24252.311082'],
    ['12万元', '12'],
    ['007.50', '7.5'],
    [4618.24, '4618.24'],
    [0.1, '0.1'],
    ['0', '0'],
  ] as const)('%j → %j', (input, value) => {
    expect(normalizeCell(input, 'amount')).toEqual({ value });
  });

  it.each([
    ['1.1234567', '小数不能超过6位'],
    ['-5', '不能为负数'],
    ['abc', '不是数字'],
  ])('%j is kept and flagged 「%s」', (input, problem) => {
    expect(normalizeCell(input, 'amount')).toEqual({ value: input, problem });
  });

  it('flags a JSON number that is not a 6-decimal amount (0.1 + 0.2)', () => {
    expect(normalizeCell(0.1 + 0.2, 'amount').problem).toBe('须为不超过6位小数的金额');
  });
});

describe('cellProblem / countOf', () => {
  it.each([
    [null, 'count', undefined],
    [12, 'count', undefined],
    ['1,234', 'count', undefined],
    [-1, 'count', '不能为负数'],
    ['x', 'amount', '不是数字'],
  ] as const)('cellProblem(%j, %s) = %s', (value, type, problem) => {
    expect(cellProblem(value, type)).toBe(problem);
  });

  it.each([
    [12, 12],
    ['１２', 12],
    [-1, null],
    [1.5, null],
    ['abc', null],
    [null, null],
  ] as const)('countOf(%j) = %s', (value, n) => {
    expect(countOf(value)).toBe(n);
  });
});

// --- properties -------------------------------------------------------------------------------

const TYPES: ValueType[] = ['count', 'amount'];
/** Characters a clerk's input is made of: digits of both widths, separators, signs, units, spaces, slashes, letters. */
const CLERK_CHARS = [...'0123456789０１２３４５６７８９,，、.．+-－ \t　/／件个条次万元aé中'];
const clerkString = fc.array(fc.constantFrom(...CLERK_CHARS), { maxLength: 14 }).map((cs) => cs.join(''));
const anyString = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), clerkString);

const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const group = (digits: string, sep: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);

/** The input's digits, after width folding: the independent oracle for "denotes zero". */
const digitsOf = (s: string) => (s.normalize('NFKC').match(/\d/g) ?? []).join('');
const denotesZero = (s: string) => digitsOf(s).length > 0 && /^0+$/.test(digitsOf(s));

describe('normalizeCell properties', () => {
  it('(c) never throws, on any string and for both value types', () => {
    fc.assert(fc.property(anyString, fc.constantFrom(...TYPES), (s, type) => {
      expect(() => normalizeCell(s, type)).not.toThrow();
    }), { numRuns: 2000 });
  });

  it('(c) turns a non-empty input into 0 only when it denotes zero', () => {
    fc.assert(fc.property(anyString, fc.constantFrom(...TYPES), (s, type) => {
      const { value } = normalizeCell(s, type);
      if (value === 0 || value === '0') expect(denotesZero(s)).toBe(true);
    }), { numRuns: 2000 });
  });

  it('(c) makes an input empty only when it holds no digit or letter besides a unit', () => {
    fc.assert(fc.property(anyString, fc.constantFrom(...TYPES), (s, type) => {
      if (normalizeCell(s, type).value === null) expect(s.replace(/件|个|条|次|万元/g, '')).not.toMatch(/[\p{L}\p{N}]/u);
    }), { numRuns: 2000 });
  });

  it('(c) keeps what it cannot read as typed, with a problem; what it reads is a valid value', () => {
    fc.assert(fc.property(anyString, fc.constantFrom(...TYPES), (s, type) => {
      const { value, problem } = normalizeCell(s, type);
      if (problem !== undefined) {
        expect(value === s.trim() || (typeof value === 'number' && value < 0)).toBe(true);
      } else if (type === 'count') {
        expect(value === null || (Number.isSafeInteger(value) && (value as number) >= 0)).toBe(true);
      } else {
        expect(value === null || (typeof value === 'string' && isDecimalString(value) && decimalPlaces(value) <= 6)).toBe(true);
      }
    }), { numRuns: 2000 });
  });

  it('(c) reads any count however it is written: full width, grouped with , ， 、, spaced, with 件', () => {
    const written = fc.record({
      n: fc.oneof(fc.nat({ max: 999 }), fc.nat({ max: Number.MAX_SAFE_INTEGER })),
      sep: fc.constantFrom('', ',', '，', '、'),
      wide: fc.boolean(),
      pad: fc.constantFrom('', ' ', '　', '\t'),
      unit: fc.constantFrom('', '件'),
    });
    fc.assert(fc.property(written, ({ n, sep, wide, pad, unit }) => {
      const digits = group(String(n), sep);
      const text = `${pad}${wide ? fullWidth(digits) : digits}${unit}${pad}`;
      expect(normalizeCell(text, 'count')).toEqual({ value: n });
    }), { numRuns: 1000 });
  });

  it('(c) reads any amount with up to 6 decimals exactly, grouped or full width', () => {
    const written = fc.record({
      whole: fc.nat({ max: 10_000_000 }),
      frac: fc.stringMatching(/^\d{0,6}$/),
      sep: fc.constantFrom('', ',', '，'),
      wide: fc.boolean(),
    });
    fc.assert(fc.property(written, ({ whole, frac, sep, wide }) => {
      const plain = frac ? `${whole}.${frac}` : String(whole);
      const typed = `${group(String(whole), sep)}${frac ? `.${frac}` : ''}`;
      const expected = plain.includes('.') ? plain.replace(/\.?0+$/, '') : plain;
      expect(normalizeCell(wide ? fullWidth(typed) : typed, 'amount')).toEqual({ value: expected });
    }), { numRuns: 1000 });
  });
});
